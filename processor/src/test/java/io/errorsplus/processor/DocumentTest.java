package io.errorsplus.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Good inputs: every document is compared with its reviewed golden file and validated by
 * swagger-parser.
 */
class DocumentTest {

  private static String documentOf(String folder, String... options) {
    Compilation compilation = ProcessorRun.compile(folder, options);
    assertThat(compilation).succeededWithoutWarnings();
    return ProcessorRun.document(compilation);
  }

  @Test
  void slice() {
    ProcessorRun.assertGolden(documentOf("good/slice"), "slice");
  }

  @Test
  void jakartaResourcesWithInterfacesCustomVerbsAndApplicationPath() {
    ProcessorRun.assertGolden(documentOf("good/jaxrs"), "jaxrs");
  }

  @Test
  void javaxResources() {
    ProcessorRun.assertGolden(documentOf("good/javax"), "javax");
  }

  @Test
  void springControllersWithPathArraysAndMethodlessRequestMapping() {
    ProcessorRun.assertGolden(documentOf("good/spring"), "spring");
  }

  @Test
  void mergeRules() {
    ProcessorRun.assertGolden(documentOf("good/merge"), "merge");
  }

  @Test
  void problemBodyStyle() {
    ProcessorRun.assertGolden(documentOf("good/merge", "-Aerrorsplus.bodyStyle=problem"), "merge-problem");
  }

  @Test
  void derivedBodySchemas() {
    ProcessorRun.assertGolden(documentOf("good/bodies"), "bodies");
  }

  @Test
  void openApi30() {
    String document = documentOf("good/bodies", "-Aerrorsplus.openapi=3.0");
    assertThat(ProcessorRun.tree(document).path("openapi").asText()).isEqualTo("3.0.3");
    ProcessorRun.assertGolden(document, "bodies-openapi30");
  }

  @Test
  void titleVersionBasePathAndValidationStatus() {
    ProcessorRun.assertGolden(documentOf("good/jaxrs", "-Aerrorsplus.title=Shop API",
        "-Aerrorsplus.version=2.1.0", "-Aerrorsplus.basePath=/v2/", "-Aerrorsplus.validationStatus=400"),
        "jaxrs-options");
  }

  @Test
  void operationIdsKeepTheFirstNameAndSkipSuffixesThatAMethodHas() {
    String api = """
        package shop;
        import io.errorsplus.Errors;
        import jakarta.ws.rs.*;
        @Path("/a") @Errors(internalServerError500 = true)
        public class A {
          @GET public String get() { return ""; }
          @GET @Path("/x") public String get_1() { return ""; }
          @POST public String get(String s) { return s; }
          @PUT public String get(int i) { return ""; }
        }
        """;
    Compilation compilation = ProcessorRun.compile(
        java.util.List.of(com.google.testing.compile.JavaFileObjects.forSourceString("shop.A", api)));
    assertThat(compilation).succeededWithoutWarnings();
    JsonNode paths = ProcessorRun.tree(ProcessorRun.document(compilation)).path("paths");
    assertThat(paths.path("/a").path("get").path("operationId").asText()).isEqualTo("get");
    assertThat(paths.path("/a/x").path("get").path("operationId").asText()).isEqualTo("get_1");
    assertThat(paths.path("/a").path("post").path("operationId").asText()).isEqualTo("get_2");
    assertThat(paths.path("/a").path("put").path("operationId").asText()).isEqualTo("get_3");
  }

  @Test
  void nestedSchemasAreNamedWithinTheirTopLevelTypeWhateverElseExists() {
    String errors = """
        package shop.errors;
        import io.errorsplus.ErrorDto;
        public final class Errs {
          @ErrorDto(status = 409, message = "Taken", body = TakenException.Body.class)
          public static class TakenException extends RuntimeException {
            public record Body(String detail, String holder) {}
          }
          @ErrorDto(status = 423, message = "Locked", body = LockedException.Body.class)
          public static class LockedException extends RuntimeException {
            public record Body(String detail, long until) {}
          }
          @ErrorDto(status = 410, message = "Gone", body = shop.other.Body.class)
          public static class GoneException extends RuntimeException {}
        }
        """;
    String other = """
        package shop.other;
        public record Body(String detail, String successor) {}
        """;
    String api = """
        package shop;
        import io.errorsplus.Errors;
        import jakarta.ws.rs.*;
        import shop.errors.Errs.*;
        @Path("/a")
        public class A {
          @GET @Errors({TakenException.class, LockedException.class, GoneException.class})
          public String get() { return ""; }
        }
        """;
    Compilation compilation = ProcessorRun.compile(java.util.List.of(
        com.google.testing.compile.JavaFileObjects.forSourceString("shop.errors.Errs", errors),
        com.google.testing.compile.JavaFileObjects.forSourceString("shop.other.Body", other),
        com.google.testing.compile.JavaFileObjects.forSourceString("shop.A", api)));
    assertThat(compilation).succeededWithoutWarnings();
    String document = ProcessorRun.document(compilation);
    ProcessorRun.assertValidOpenApi(document);
    JsonNode schemas = ProcessorRun.tree(document).path("components").path("schemas");
    java.util.List<String> names = new java.util.ArrayList<>();
    schemas.fieldNames().forEachRemaining(names::add);
    // Nested types always carry their enclosing types (a legal component name); the top-level
    // shop.other.Body keeps its simple name, as it has no clash.
    assertThat(names).containsExactly("Body", "Errs.LockedException.Body", "Errs.TakenException.Body");
    assertThat(names).allMatch(n -> n.matches("^[a-zA-Z0-9.\\-_]+$"), "OpenAPI component names");
  }

  @Test
  void clashingTopLevelSchemaNamesAreQualifiedByPackage() {
    String first = "package shop.a;\npublic record Body(String detail, String holder) {}\n";
    String second = "package shop.b;\npublic record Body(String detail, long until) {}\n";
    String api = """
        package shop;
        import io.errorsplus.*;
        import jakarta.ws.rs.*;
        @Path("/a")
        public class A {
          @ErrorDto(status = 409, message = "Taken", body = shop.a.Body.class)
          public static class Taken extends RuntimeException {}
          @ErrorDto(status = 423, message = "Locked", body = shop.b.Body.class)
          public static class Locked extends RuntimeException {}
          @GET @Errors({Taken.class, Locked.class})
          public String get() { return ""; }
        }
        """;
    Compilation compilation = ProcessorRun.compile(java.util.List.of(
        com.google.testing.compile.JavaFileObjects.forSourceString("shop.a.Body", first),
        com.google.testing.compile.JavaFileObjects.forSourceString("shop.b.Body", second),
        com.google.testing.compile.JavaFileObjects.forSourceString("shop.A", api)));
    assertThat(compilation).succeededWithoutWarnings();
    JsonNode schemas = ProcessorRun.tree(ProcessorRun.document(compilation)).path("components").path("schemas");
    java.util.List<String> names = new java.util.ArrayList<>();
    schemas.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("Body", "shop_b_Body");
  }

  @Test
  void operationsAreTaggedWithTheirControllerAsSpringdocDoesAndSummarisedByTheirJavadoc() {
    String api = """
        package shop;
        import io.errorsplus.Errors;
        import org.springframework.web.bind.annotation.*;
        @RestController @Errors(internalServerError500 = true)
        public class HTTPStatusController {
          /**
           * Reads the {@code status} of <b>one</b> item,
           * paused or not. Further sentences are the description.
           *
           * @param id the item
           */
          @GetMapping("/status/{id}") public String status(@PathVariable long id) { return ""; }
          /** @return nothing: only block tags, so no summary */
          @PostMapping("/status") public String post() { return ""; }
          @DeleteMapping("/status") public void delete() {}
        }
        """;
    Compilation compilation = ProcessorRun.compile(
        java.util.List.of(com.google.testing.compile.JavaFileObjects.forSourceString("shop.HTTPStatusController", api)));
    assertThat(compilation).succeededWithoutWarnings();
    JsonNode doc = ProcessorRun.tree(ProcessorRun.document(compilation));
    JsonNode get = doc.path("paths").path("/status/{id}").path("get");
    assertThat(get.path("tags").toString()).isEqualTo("[\"http-status-controller\"]");
    assertThat(get.path("summary").asText()).isEqualTo("Reads the status of one item, paused or not.");
    assertThat(doc.path("paths").path("/status").path("post").has("summary")).isFalse();
    assertThat(doc.path("paths").path("/status").path("delete").has("summary")).isFalse();
    assertThat(doc.path("tags").toString()).isEqualTo("[{\"name\":\"http-status-controller\"}]");
  }

  @Test
  void basePathAlsoPrefixesSpring() {
    JsonNode paths = ProcessorRun.tree(documentOf("good/spring", "-Aerrorsplus.basePath=shop")).path("paths");
    assertThat(paths.has("/shop/orders/{id}")).isTrue();
    assertThat(paths.has("/orders/{id}")).isFalse();
  }

  @Test
  void outputOptionWritesAnIdenticalCopy(@TempDir Path dir) throws Exception {
    Path copy = dir.resolve("nested/errors.json");
    String document = documentOf("good/slice", "-Aerrorsplus.output=" + copy);
    assertThat(Files.readString(copy, StandardCharsets.UTF_8)).isEqualTo(document);
  }

  @Test
  void throwsWarnWarnsInsteadOfDocumenting() {
    Compilation compilation = ProcessorRun.compile("good/jaxrs", "-Aerrorsplus.throws=warn");
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(
        io.errorsplus.processor.validate.Message.THROWS_NOT_DOCUMENTED.format("shop.jaxrs.NotFound"))
        .inFile(compilation.sourceFiles().stream().filter(f -> f.getName().endsWith("ItemApi.java")).findFirst().orElseThrow())
        .onLineContaining("void delete");
    JsonNode delete = ProcessorRun.tree(ProcessorRun.document(compilation)).path("paths").path("/api/items/{id}").path("delete");
    assertThat(delete.isMissingNode()).as("delete has no other error source").isTrue();
  }

  @Test
  void throwsIgnoreLeavesThrownDtosOut() {
    JsonNode paths = ProcessorRun.tree(documentOf("good/javax", "-Aerrorsplus.throws=ignore")).path("paths");
    assertThat(paths.path("/legacy/records/{key}").has("put")).isFalse();
    assertThat(paths.path("/legacy/records/{key}").has("get")).isTrue();
  }

  @Test
  void twoCompilationsAreByteIdenticalWhateverTheSourceOrder() {
    String first = documentOf("good/merge");
    java.util.List<javax.tools.JavaFileObject> reversed = new java.util.ArrayList<>(ProcessorRun.sources("good/merge"));
    java.util.Collections.reverse(reversed);
    Compilation compilation = ProcessorRun.compile(reversed);
    assertThat(compilation).succeededWithoutWarnings();
    String second = ProcessorRun.document(compilation);
    assertThat(second).isEqualTo(first);
    assertThat(first).doesNotContain("\r").endsWith("}\n");
  }

  /** A test compile runs the same processor path; its empty document would shadow the real one. */
  @Test
  void aCompilationWithoutEndpointsOrErrorsPlusAnnotationsWritesNoDocument(@TempDir Path dir) {
    Path copy = dir.resolve("errors.json");
    Compilation compilation = ProcessorRun.compile(java.util.List.of(
        com.google.testing.compile.JavaFileObjects.forSourceString("shop.ItemTest",
            "package shop;\n@Deprecated public class ItemTest { void itWorks() throws Exception {} }\n")),
        "-Aerrorsplus.output=" + copy);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT,
        "META-INF/errors-plus/openapi.json")).isEmpty();
    assertThat(copy).doesNotExist();
  }

  @Test
  void anErrorDtoWithoutEndpointsStillGetsAValidDocument() {
    Compilation compilation = ProcessorRun.compile(java.util.List.of(
        com.google.testing.compile.JavaFileObjects.forSourceString("shop.Gone",
            "package shop;\n@io.errorsplus.ErrorDto(status = 410, message = \"Gone\")\n"
                + "public class Gone extends RuntimeException {}\n")));
    assertThat(compilation).succeededWithoutWarnings();
    String document = ProcessorRun.document(compilation);
    ProcessorRun.assertValidOpenApi(document);
    assertThat(ProcessorRun.tree(document).path("paths").size()).isZero();
  }

  /** Generates the dto that good/deferred refers to, in the first round. */
  @javax.annotation.processing.SupportedAnnotationTypes("*")
  static final class GeneratingProcessor extends javax.annotation.processing.AbstractProcessor {
    private boolean done;

    @Override
    public javax.lang.model.SourceVersion getSupportedSourceVersion() {
      return javax.lang.model.SourceVersion.latestSupported();
    }

    @Override
    public boolean process(java.util.Set<? extends javax.lang.model.element.TypeElement> annotations,
        javax.annotation.processing.RoundEnvironment round) {
      if (!done) {
        done = true;
        try (java.io.Writer out = processingEnv.getFiler().createSourceFile("later.GeneratedLater").openWriter()) {
          out.write("package later;\n@io.errorsplus.ErrorDto(status = 418, message = \"Generated later\")\n"
              + "public class GeneratedLater extends RuntimeException {}\n");
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void aDtoGeneratedInALaterRoundIsDocumented() {
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new GeneratingProcessor(), new ErrorsPlusProcessor())
        .compile(ProcessorRun.sources("good/deferred"));
    assertThat(compilation).succeededWithoutWarnings();
    String document = ProcessorRun.document(compilation);
    ProcessorRun.assertValidOpenApi(document);
    JsonNode response = ProcessorRun.tree(document).path("paths").path("/later").path("get")
        .path("responses").path("418");
    assertThat(response.path("description").asText()).isEqualTo("Generated later");
  }
}
