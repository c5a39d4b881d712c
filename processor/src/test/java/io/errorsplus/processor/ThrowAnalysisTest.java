package io.errorsplus.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.errorsplus.processor.validate.Message;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contract 8: undocumented throws, reported on the throw, in warn, error and ignore mode. */
class ThrowAnalysisTest {

  private static final List<JavaFileObject> SOURCES = ProcessorRun.sources("bad/undocumented");

  private static JavaFileObject file(String simpleName) {
    return SOURCES.stream().filter(f -> f.getName().endsWith("/" + simpleName + ".java"))
        .findFirst().orElseThrow();
  }

  private static String undocumented(String type, int status, String verb, String path, String method) {
    return Message.UNDOCUMENTED_THROW.format(type, status, verb, path, "ItemsResource", method);
  }

  private static long count(Compilation compilation, Diagnostic.Kind kind) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == kind && d.getMessage(null).contains("but not documented for it")).count();
  }

  @Test
  void theContractsMessageOnTheThrowStatement() {
    Compilation compilation = ProcessorRun.compile(SOURCES);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(
            "ItemNotFoundException (404) is thrown by GET /items/{id} (ItemsResource.get) but not "
                + "documented for it; add it to @Errors or the throws clause")
        .inFile(file("ItemsResource")).onLineContaining("// in the endpoint");
  }

  @Test
  void followsHelpersServicesInterfacesLambdasRecursionAndCycles() {
    Compilation compilation = ProcessorRun.compile(SOURCES);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(undocumented("OutOfStockException", 409, "PUT", "/items/{id}", "put"))
        .inFile(file("ItemsResource")).onLineContaining("// in a private helper");
    assertThat(compilation).hadWarningContaining(
            undocumented("OutOfStockException", 409, "POST", "/items/{id}/reservations", "reserve"))
        .inFile(file("StockService")).onLineContaining("// in the service");
    assertThat(compilation).hadWarningContaining(
            undocumented("ItemNotFoundException", 404, "GET", "/items/{id}/description", "describe"))
        .inFile(file("CatalogImpl")).onLineContaining("// through the interface");
    assertThat(compilation).hadWarningContaining(
            undocumented("OutOfStockException", 409, "GET", "/items/{id}/lambda", "lambda"))
        .inFile(file("ItemsResource")).onLineContaining("// in a lambda");
    assertThat(compilation).hadWarningContaining(
            undocumented("ItemNotFoundException", 404, "GET", "/items/{id}/lambda", "lambda"))
        .inFile(file("ItemsResource")).onLineContaining("// supplier");
    assertThat(compilation).hadWarningContaining(
            undocumented("OutOfStockException", 409, "GET", "/items/depth/{n}", "depth"))
        .inFile(file("StockService")).onLineContaining("// recursive");
    assertThat(compilation).hadWarningContaining(
            undocumented("ItemNotFoundException", 404, "GET", "/items/depth/{n}", "depth"))
        .inFile(file("StockService")).onLineContaining("// in a cycle");
    // Not flagged: caught in the same method (directly and around a call), a subclass of a
    // documented dto, a dto in the throws clause. Each of the others once.
    assertThat(count(compilation, Diagnostic.Kind.WARNING)).isEqualTo(8);
    assertThat(compilation.diagnostics()).noneMatch(d -> d.getMessage(null).contains("ItemsResource.caught")
        || d.getMessage(null).contains("ItemsResource.delete") || d.getMessage(null).contains("ItemsResource.declared"));
  }

  @Test
  void errorModeFailsTheBuildAndWritesNothing(@TempDir Path dir) {
    Path copy = dir.resolve("openapi.json");
    Compilation compilation = ProcessorRun.compile(SOURCES, "-Aerrorsplus.undocumented=error",
        "-Aerrorsplus.output=" + copy);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(undocumented("ItemNotFoundException", 404, "GET", "/items/{id}", "get"))
        .inFile(file("ItemsResource")).onLineContaining("// in the endpoint");
    assertThat(count(compilation, Diagnostic.Kind.ERROR)).isEqualTo(8);
    assertThat(count(compilation, Diagnostic.Kind.WARNING)).isZero();
    assertThat(copy).doesNotExist();
  }

  @Test
  void ignoreModeChecksNothing() {
    Compilation compilation = ProcessorRun.compile(SOURCES, "-Aerrorsplus.undocumented=ignore");
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void theApplicationPathAndBasePathPrefixTheNamedOperation() {
    Compilation compilation = ProcessorRun.compile(SOURCES, "-Aerrorsplus.basePath=/v2");
    assertThat(compilation).hadWarningContaining(
        undocumented("ItemNotFoundException", 404, "GET", "/v2/items/{id}", "get"));
  }

  @Test
  void aMethodReachedByAThousandEndpointsIsAnalysedOnce() {
    StringBuilder resource = new StringBuilder("""
        package many;
        import io.errorsplus.*;
        import jakarta.ws.rs.*;
        @Path("/many") @Errors(Gone.class)
        public class Many {
          private final Shared shared = new Shared();
        """);
    for (int i = 0; i < 1000; i++) {
      resource.append("  @GET @Path(\"/e").append(i).append("\") public String e").append(i)
          .append("() { return shared.check(").append(i).append("); }\n");
    }
    resource.append("}\n");
    String shared = """
        package many;
        public class Shared {
          public String check(int i) {
            if (i < 0) {
              throw new Gone();
            }
            return deeper(i);
          }
          private String deeper(int i) {
            if (i > 5000) {
              throw new Gone();
            }
            return "ok";
          }
        }
        """;
    String gone = "package many;\n@io.errorsplus.ErrorDto(status = 410, message = \"Gone\")\n"
        + "public class Gone extends RuntimeException {}\n";
    ErrorsPlusProcessor processor = new ErrorsPlusProcessor();
    Compilation compilation = com.google.testing.compile.Compiler.javac().withProcessors(processor)
        .compile(JavaFileObjects.forSourceString("many.Many", resource.toString()),
            JavaFileObjects.forSourceString("many.Shared", shared),
            JavaFileObjects.forSourceString("many.Gone", gone));
    assertThat(compilation).succeededWithoutWarnings();
    // 1,000 endpoint bodies, then check and deeper once each.
    assertThat(processor.methodsAnalysed()).isEqualTo(1002);
  }

  @Test
  void aDocumentedStatusFromAnotherSourceDoesNotDocumentTheType() {
    String api = """
        package other;
        import io.errorsplus.*;
        import jakarta.ws.rs.*;
        @Path("/x")
        public class X {
          @GET @Errors(responses = @ErrorResponse(status = 404, description = "Nothing here"))
          public String get() {
            throw new Missing(); // flagged
          }
        }
        """;
    String missing = "package other;\n@io.errorsplus.ErrorDto(status = 404, message = \"Missing\")\n"
        + "public class Missing extends RuntimeException {}\n";
    List<JavaFileObject> sources = new ArrayList<>(List.of(JavaFileObjects.forSourceString("other.X", api),
        JavaFileObjects.forSourceString("other.Missing", missing)));
    Compilation compilation = ProcessorRun.compile(sources);
    assertThat(compilation).hadWarningContaining(
            Message.UNDOCUMENTED_THROW.format("Missing", 404, "GET", "/x", "X", "get"))
        .inFile(sources.get(0)).onLineContaining("// flagged");
  }
}
