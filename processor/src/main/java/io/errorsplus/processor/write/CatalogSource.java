package io.errorsplus.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.errorsplus.processor.ErrorsPlusProcessor;
import io.errorsplus.processor.model.HandlerRef;
import io.errorsplus.processor.model.ProcessorOptions;
import io.errorsplus.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * The Java source of one generated catalogue class: a subclass of the runtime's
 * {@code GeneratedErrorCatalog} whose constructor registers every dto and endpoint with class
 * literals, and whose {@code customBody} makes the typed call of each dto's body method.
 *
 * <p>Registrations are spread over pages, nested classes {@code ErrorsN}, {@code OperationsN}
 * (and {@code BodiesN} for many typed bodies) of bounded size, so that thousands of entries stay
 * far below the JVM's limits of 64 KiB of byte code per method and 65,535 constants per class
 * (5,000 dtos and 5,000 endpoints in one class would fill 82% of its constant pool).
 */
final class CatalogSource {

  static final String RUNTIME_PACKAGE = "io.errorsplus.dispatch.catalog";
  private static final ClassName BASE = ClassName.get(RUNTIME_PACKAGE, "GeneratedErrorCatalog");
  private static final ClassName BODY_STYLE = ClassName.get(RUNTIME_PACKAGE, "BodyStyle");
  private static final ClassName REGISTRAR = BASE.nestedClass("Registrar");
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  /**
   * Dtos per page (a nested class with one method): about 25 bytes of byte code and 6 constant
   * pool entries each.
   */
  static final int ERRORS_PER_PAGE = 500;
  /** Endpoints per page: about 100-300 bytes of byte code and 5-10 constants each. */
  static final int OPERATIONS_PER_PAGE = 200;
  /** Typed body calls per page. */
  static final int BODIES_PER_PAGE = 500;

  /** One dto to register; {@code bodyMethod} present for a typed body call. */
  record Dto(TypeRef type, int status, String code, String message, Optional<String> bodyMethod) {}

  /** One endpoint to register. */
  record Operation(String operationId, String method, String path, int validationStatus,
      List<Integer> statuses, List<TypeRef> documents, List<HandlerRef> handlers) {}

  private CatalogSource() {}

  /**
   * @param main the first catalogue class of the compilation; {@code name} itself, or the class
   *     this one completes
   */
  static JavaFile of(ClassName name, ClassName main, ProcessorOptions.BodyStyle bodyStyle,
      List<Dto> dtos, List<Operation> operations, List<? extends Element> originating,
      boolean generatedAvailable) {
    CodeBlock javadoc = name.equals(main)
        ? CodeBlock.of("The documented errors and endpoints of this compilation, for\n"
            + "{@code ErrorCatalog.load()} (registered in\n"
            + "{@code META-INF/services/io.errorsplus.dispatch.catalog.ErrorCatalog}).\n")
        : CodeBlock.of("More documented errors and endpoints of this compilation: those that only a\n"
            + "class of this package can name, or those of a later processing round.\n"
            + "{@code ErrorCatalog.load()} merges it with {@code $L}.\n", main.canonicalName());
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addJavadoc(javadoc)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(BASE);
    if (generatedAvailable) {
      type.addAnnotation(AnnotationSpec.builder(GENERATED)
          .addMember("value", "$S", ErrorsPlusProcessor.class.getName())
          .build());
    }
    if (anyDeprecated(dtos, operations)) {
      // The catalogue names deprecated types like any other; the user's code already warned.
      type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
          .addMember("value", "{$S, $S}", "deprecation", "removal")
          .build());
    }
    originating.forEach(type::addOriginatingElement);

    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addJavadoc("Called by {@code ServiceLoader}.\n")
        .addModifiers(Modifier.PUBLIC)
        .addStatement("super($T.$L, $L, $L)", BODY_STYLE, bodyStyle.name(), dtos.size(),
            operations.size());
    if (!dtos.isEmpty() || !operations.isEmpty()) {
      constructor.addStatement("$T registrar = registrar()", REGISTRAR);
    }
    List<TypeSpec> pages = new ArrayList<>();
    List<Dto> withBody = new ArrayList<>();
    for (int start = 0, n = 0; start < dtos.size(); start += ERRORS_PER_PAGE, n++) {
      MethodSpec.Builder register = register();
      for (Dto dto : dtos.subList(start, Math.min(dtos.size(), start + ERRORS_PER_PAGE))) {
        CodeBlock body = dto.bodyMethod().isPresent()
            ? CodeBlock.of("$L", withBody.size()) : CodeBlock.of("NO_BODY");
        if (dto.bodyMethod().isPresent()) {
          withBody.add(dto);
        }
        register.addStatement("catalog.error($T.class, $L, $S, $S, $L)", dto.type().name(),
            dto.status(), dto.code(), dto.message(), body);
      }
      pages.add(page("Errors" + n, register.build()));
      constructor.addStatement("Errors$L.register(registrar)", n);
    }
    for (int start = 0, n = 0; start < operations.size(); start += OPERATIONS_PER_PAGE, n++) {
      MethodSpec.Builder register = register();
      for (Operation operation : operations.subList(start,
          Math.min(operations.size(), start + OPERATIONS_PER_PAGE))) {
        register.addStatement(registration(operation));
      }
      pages.add(page("Operations" + n, register.build()));
      constructor.addStatement("Operations$L.register(registrar)", n);
    }
    type.addMethod(constructor.build());
    if (!withBody.isEmpty()) {
      addCustomBody(type, withBody, pages);
    }
    type.addTypes(pages);
    return JavaFile.builder(name.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private static MethodSpec.Builder register() {
    return MethodSpec.methodBuilder("register")
        .addModifiers(Modifier.STATIC)
        .addParameter(REGISTRAR, "catalog");
  }

  /** A nested class holding one page of registrations, with a constant pool of its own. */
  private static TypeSpec page(String name, MethodSpec... methods) {
    return TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethods(List.of(methods))
        .build();
  }

  private static CodeBlock registration(Operation operation) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("catalog.operation($S, $S, $S, $L", operation.operationId(), operation.method(),
            operation.path(), operation.validationStatus());
    for (int status : operation.statuses()) {
      code.add(", $L", status);
    }
    code.add(")");
    if (!operation.documents().isEmpty()) {
      code.add("\n.documents(");
      for (int i = 0; i < operation.documents().size(); i++) {
        code.add(i == 0 ? "$T.class" : ", $T.class", operation.documents().get(i).name());
      }
      code.add(")");
    }
    for (HandlerRef handler : operation.handlers()) {
      code.add("\n.handler($T.class, $S", handler.declaringClass().name(), handler.name());
      for (TypeRef parameter : handler.parameterTypes()) {
        code.add(", $T.class", parameter.name());
      }
      code.add(")");
    }
    return code.build();
  }

  /**
   * {@code customBody}: a switch of typed calls; with many, a switch over pages of them, each
   * page a nested class.
   */
  private static void addCustomBody(TypeSpec.Builder type, List<Dto> withBody, List<TypeSpec> pages) {
    MethodSpec.Builder customBody = MethodSpec.methodBuilder("customBody")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(Object.class)
        .addParameter(int.class, "body")
        .addParameter(Throwable.class, "error");
    if (withBody.size() <= BODIES_PER_PAGE) {
      CodeBlock.Builder code = switchOfCalls(withBody, 0);
      code.add("default:\n$>return super.customBody(body, error);\n$<");
      type.addMethod(customBody.addCode(code.endControlFlow().build()).build());
      return;
    }
    customBody.beginControlFlow("switch (body / $L)", BODIES_PER_PAGE);
    for (int start = 0, n = 0; start < withBody.size(); start += BODIES_PER_PAGE, n++) {
      customBody.addCode("case $L:\n$>return Bodies$L.body(body, error);\n$<", n, n);
      CodeBlock.Builder code = switchOfCalls(withBody.subList(start,
          Math.min(withBody.size(), start + BODIES_PER_PAGE)), start);
      code.add("default:\n$>return null;\n$<");
      pages.add(page("Bodies" + n, MethodSpec.methodBuilder("body")
          .addModifiers(Modifier.STATIC)
          .returns(Object.class)
          .addParameter(int.class, "body")
          .addParameter(Throwable.class, "error")
          .addCode(code.endControlFlow().build())
          .build()));
    }
    customBody.addCode("default:\n$>return super.customBody(body, error);\n$<").endControlFlow();
    type.addMethod(customBody.build());
  }

  /** The cases of a switch on {@code body}, open for its {@code default}. */
  private static CodeBlock.Builder switchOfCalls(List<Dto> dtos, int first) {
    CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("switch (body)");
    for (int i = 0; i < dtos.size(); i++) {
      Dto dto = dtos.get(i);
      code.add("case $L:\n$>return (($T) error).$N();\n$<", first + i, dto.type().name(),
          dto.bodyMethod().orElseThrow());
    }
    return code;
  }

  private static boolean anyDeprecated(List<Dto> dtos, List<Operation> operations) {
    for (Dto dto : dtos) {
      if (dto.type().deprecated()) {
        return true;
      }
    }
    for (Operation operation : operations) {
      for (TypeRef t : operation.documents()) {
        if (t.deprecated()) {
          return true;
        }
      }
      for (HandlerRef h : operation.handlers()) {
        if (h.declaringClass().deprecated()
            || h.parameterTypes().stream().anyMatch(TypeRef::deprecated)) {
          return true;
        }
      }
    }
    return false;
  }
}
