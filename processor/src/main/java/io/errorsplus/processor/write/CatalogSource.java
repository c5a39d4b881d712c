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
 * <p>Registrations are spread over {@code errorsN()}, {@code operationsN()} and
 * {@code customBodyN()} methods of bounded size, so that thousands of entries stay far below the
 * JVM's 64 KiB limit per method.
 */
final class CatalogSource {

  static final String RUNTIME_PACKAGE = "io.errorsplus.dispatch.catalog";
  private static final ClassName BASE = ClassName.get(RUNTIME_PACKAGE, "GeneratedErrorCatalog");
  private static final ClassName BODY_STYLE = ClassName.get(RUNTIME_PACKAGE, "BodyStyle");
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  /** Dtos per {@code errorsN()} method (about 20 bytes of byte code each). */
  static final int ERRORS_PER_METHOD = 500;
  /** Endpoints per {@code operationsN()} method (about 100-300 bytes each). */
  static final int OPERATIONS_PER_METHOD = 100;
  /** Cases per {@code customBodyN()} method. */
  static final int BODIES_PER_METHOD = 500;

  /** One dto to register; {@code bodyMethod} present for a typed body call. */
  record Dto(TypeRef type, int status, String code, String message, Optional<String> bodyMethod) {}

  /** One endpoint to register. */
  record Operation(String operationId, String method, String path, int validationStatus,
      List<Integer> statuses, List<TypeRef> documents, List<HandlerRef> handlers) {}

  private CatalogSource() {}

  static JavaFile of(ClassName name, ProcessorOptions.BodyStyle bodyStyle, List<Dto> dtos,
      List<Operation> operations, List<? extends Element> originating, boolean generatedAvailable) {
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addJavadoc("The documented errors and endpoints of this compilation, for\n"
            + "{@code ErrorCatalog.load()} (registered in\n"
            + "{@code META-INF/services/io.errorsplus.dispatch.catalog.ErrorCatalog}).\n")
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
    List<MethodSpec> chunks = new ArrayList<>();
    List<Dto> withBody = new ArrayList<>();
    for (int start = 0, n = 0; start < dtos.size(); start += ERRORS_PER_METHOD, n++) {
      MethodSpec.Builder chunk = MethodSpec.methodBuilder("errors" + n).addModifiers(Modifier.PRIVATE);
      for (Dto dto : dtos.subList(start, Math.min(dtos.size(), start + ERRORS_PER_METHOD))) {
        CodeBlock body = dto.bodyMethod().isPresent()
            ? CodeBlock.of("$L", withBody.size()) : CodeBlock.of("NO_BODY");
        if (dto.bodyMethod().isPresent()) {
          withBody.add(dto);
        }
        chunk.addStatement("error($T.class, $L, $S, $S, $L)", dto.type().name(), dto.status(),
            dto.code(), dto.message(), body);
      }
      constructor.addStatement("errors$L()", n);
      chunks.add(chunk.build());
    }
    for (int start = 0, n = 0; start < operations.size(); start += OPERATIONS_PER_METHOD, n++) {
      MethodSpec.Builder chunk = MethodSpec.methodBuilder("operations" + n).addModifiers(Modifier.PRIVATE);
      for (Operation operation : operations.subList(start,
          Math.min(operations.size(), start + OPERATIONS_PER_METHOD))) {
        chunk.addStatement(registration(operation));
      }
      constructor.addStatement("operations$L()", n);
      chunks.add(chunk.build());
    }
    type.addMethod(constructor.build());
    type.addMethods(chunks);
    if (!withBody.isEmpty()) {
      addCustomBody(type, withBody);
    }
    return JavaFile.builder(name.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private static CodeBlock registration(Operation operation) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("operation($S, $S, $S, $L", operation.operationId(), operation.method(),
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

  /** {@code customBody}: a switch of typed calls, split by hundreds when there are many. */
  private static void addCustomBody(TypeSpec.Builder type, List<Dto> withBody) {
    MethodSpec.Builder customBody = MethodSpec.methodBuilder("customBody")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(Object.class)
        .addParameter(int.class, "body")
        .addParameter(Throwable.class, "error");
    if (withBody.size() <= BODIES_PER_METHOD) {
      type.addMethod(customBody.addCode(switchOfCalls(withBody, 0)).build());
      return;
    }
    customBody.beginControlFlow("switch (body / $L)", BODIES_PER_METHOD);
    for (int start = 0, n = 0; start < withBody.size(); start += BODIES_PER_METHOD, n++) {
      customBody.addCode("case $L:\n$>return customBody$L(body, error);\n$<", n, n);
      type.addMethod(MethodSpec.methodBuilder("customBody" + n)
          .addModifiers(Modifier.PRIVATE)
          .returns(Object.class)
          .addParameter(int.class, "body")
          .addParameter(Throwable.class, "error")
          .addCode(switchOfCalls(withBody.subList(start,
              Math.min(withBody.size(), start + BODIES_PER_METHOD)), start))
          .build());
    }
    customBody.addCode("default:\n$>return super.customBody(body, error);\n$<").endControlFlow();
    type.addMethod(customBody.build());
  }

  private static CodeBlock switchOfCalls(List<Dto> dtos, int first) {
    CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("switch (body)");
    for (int i = 0; i < dtos.size(); i++) {
      Dto dto = dtos.get(i);
      code.add("case $L:\n$>return (($T) error).$N();\n$<", first + i, dto.type().name(),
          dto.bodyMethod().orElseThrow());
    }
    code.add("default:\n$>return super.customBody(body, error);\n$<");
    return code.endControlFlow().build();
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
