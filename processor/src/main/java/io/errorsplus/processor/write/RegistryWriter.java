package io.errorsplus.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.errorsplus.processor.ErrorsPlusProcessor;
import io.errorsplus.processor.model.ApiModel;
import io.errorsplus.processor.model.ErrorDtoDoc;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Generates the registry class named by {@code errorsplus.registryClass}: every valid
 * {@code @ErrorDto} type with its status, code and message, so run-time code can tell documented
 * errors from the rest without reflection on annotations.
 *
 * <pre>{@code
 * ErrorsPlusRegistry.find(ItemNotFoundException.class)
 *     .ifPresent(e -> report.errorCode(e.code()));
 * }</pre>
 */
public final class RegistryWriter implements ModelWriter {

  /** Entries per generated method, far below the JVM's 64 KiB method size limit. */
  private static final int ENTRIES_PER_METHOD = 400;

  @Override
  public boolean writesSources() {
    return true;
  }

  /** Writes the registry of the dtos read so far (those of the first round). */
  @Override
  public void write(ApiModel model, ProcessingEnvironment env) throws IOException {
    String qualified = model.options().registryClass().orElseThrow();
    int dot = qualified.lastIndexOf('.');
    ClassName registry = ClassName.get(qualified.substring(0, dot), qualified.substring(dot + 1));
    ClassName entry = registry.nestedClass("Entry");
    TypeName entryMap = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), entry);

    TypeSpec entryType = TypeSpec.recordBuilder(entry)
        .addJavadoc("One documented error type.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .recordConstructor(MethodSpec.constructorBuilder()
            .addParameter(String.class, "type")
            .addParameter(int.class, "status")
            .addParameter(String.class, "code")
            .addParameter(String.class, "message")
            .build())
        .build();

    TypeSpec.Builder type = TypeSpec.classBuilder(registry)
        .addJavadoc("The documented errors of this compilation, by binary class name.\n")
        .addAnnotation(AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
            .addMember("value", "$S", ErrorsPlusProcessor.class.getName())
            .build())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addType(entryType)
        .addField(FieldSpec.builder(entryMap, "ENTRIES",
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("entries()")
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("find")
            .addJavadoc("The entry of a type or of its nearest documented superclass.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), entry))
            .addParameter(ParameterSpec.builder(ParameterizedTypeName.get(ClassName.get(Class.class),
                WildcardTypeName.subtypeOf(Object.class)), "type").build())
            .beginControlFlow("for ($T<?> c = type; c != null; c = c.getSuperclass())", Class.class)
            .addStatement("$T found = ENTRIES.get(c.getName())", entry)
            .beginControlFlow("if (found != null)")
            .addStatement("return $T.of(found)", Optional.class)
            .endControlFlow()
            .endControlFlow()
            .addStatement("return $T.empty()", Optional.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("all")
            .addJavadoc("Every entry, by binary class name, sorted.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(entryMap)
            .addStatement("return ENTRIES")
            .build());

    List<ErrorDtoDoc> dtos = model.errorDtos();
    MethodSpec.Builder entries = MethodSpec.methodBuilder("entries")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(entryMap)
        .addStatement("$T entries = new $T<>()", entryMap, LinkedHashMap.class);
    List<MethodSpec> chunks = new ArrayList<>();
    for (int start = 0; start < dtos.size(); start += ENTRIES_PER_METHOD) {
      MethodSpec.Builder chunk = MethodSpec.methodBuilder("entries" + chunks.size())
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .addParameter(entryMap, "entries");
      for (ErrorDtoDoc dto : dtos.subList(start, Math.min(dtos.size(), start + ENTRIES_PER_METHOD))) {
        chunk.addStatement("entries.put($S, new $T($S, $L, $S, $S))", dto.binaryName(), entry,
            dto.binaryName(), dto.contribution().status(), dto.code(), dto.contribution().description());
        TypeElement element = env.getElementUtils().getTypeElement(dto.qualifiedName());
        if (element != null) {
          type.addOriginatingElement(element);
        }
      }
      entries.addStatement("$N(entries)", "entries" + chunks.size());
      chunks.add(chunk.build());
    }
    entries.addStatement("return $T.unmodifiableMap(entries)", Collections.class);
    type.addMethod(entries.build()).addMethods(chunks);

    JavaFile.builder(registry.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build()
        .writeTo(env.getFiler());
  }
}
