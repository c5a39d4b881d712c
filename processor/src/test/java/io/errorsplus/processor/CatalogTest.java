package io.errorsplus.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.errorsplus.dispatch.catalog.ErrorCatalog;
import io.errorsplus.processor.validate.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated error catalogue: what is generated, when, under which name, and that it compiles
 * cleanly. The golden sources ({@code src/test/resources/golden/catalog}) are refreshed with
 * {@code -Derrorsplus.updateGolden=true}, like the documents.
 */
class CatalogTest {

  private static final String MAIN = "garden.ErrorsPlusCatalog";
  /** Where the package-private controller and dto of good/catalog are registered. */
  private static final String PART = "garden.spring.ErrorsPlusCatalog";

  @Test
  void goldenSources() {
    Compilation compilation = CatalogRun.compile("good/catalog");
    assertThat(compilation).succeededWithoutWarnings();
    assertGoldenSource(compilation, MAIN);
    assertGoldenSource(compilation, PART);
    assertThat(CatalogRun.services(compilation)).hasValue(MAIN + "\n" + PART + "\n");
  }

  @Test
  void generatedSourcesCompileWithEveryLintWarningAsAnError() {
    Compilation compilation = CatalogRun.compile("good/catalog");
    assertThat(compilation).succeeded();
    List<JavaFileObject> sources = new ArrayList<>(ProcessorRun.sources("good/catalog"));
    sources.add(JavaFileObjects.forSourceString(MAIN, CatalogRun.source(compilation, MAIN).orElseThrow()));
    sources.add(JavaFileObjects.forSourceString(PART, CatalogRun.source(compilation, PART).orElseThrow()));
    // The generated code on its own, processors off: any lint warning fails.
    Compilation strict = Compiler.javac()
        .withClasspath(CatalogRun.classPath())
        .withOptions("-proc:none", "-Xlint:all", "-Werror")
        .compile(sources);
    assertThat(strict).succeededWithoutWarnings();
  }

  @Test
  void theProcessorItselfCompilesTheCatalogueUnderWerror() {
    Compilation compilation = CatalogRun.compile("good/catalog", "-Xlint:all,-processing", "-Werror");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile(MAIN);
  }

  @Test
  void withoutTheRuntimeNothingIsGeneratedAndNothingSaid() {
    Compilation compilation = ProcessorRun.compile(ProcessorRun.sources("good/catalog"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFiles()).isEmpty();
    assertThat(CatalogRun.services(compilation)).isEmpty();
    assertThat(ProcessorRun.document(compilation)).contains("/api/plots/{id}");
  }

  @Test
  void offGeneratesNothingButTheDocument() {
    Compilation compilation = CatalogRun.compile("good/catalog", "-Aerrorsplus.catalog=off");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFiles()).isEmpty();
    assertThat(CatalogRun.services(compilation)).isEmpty();
    assertThat(ProcessorRun.document(compilation)).contains("/api/plots/{id}");
  }

  @Test
  void aQualifiedNameNamesTheCatalogue() {
    Compilation compilation = CatalogRun.compile("good/catalog", "-Aerrorsplus.catalog=com.acme.api.GardenErrors");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.acme.api.GardenErrors");
    // what com.acme.api cannot name goes into a class of the same simple name in its package
    assertThat(compilation).generatedSourceFile("garden.spring.GardenErrors");
    assertThat(CatalogRun.services(compilation))
        .hasValue("com.acme.api.GardenErrors\ngarden.spring.GardenErrors\n");
  }

  @Test
  void anInvalidCatalogueValueIsAnError() {
    Compilation compilation = CatalogRun.compile("good/catalog", "-Aerrorsplus.catalog=Garden Errors");
    assertThat(compilation).hadErrorContaining(Message.INVALID_OPTION.format("errorsplus.catalog",
        "Garden Errors", "auto, off or a qualified class name, e.g. com.acme.api.ErrorsPlusCatalog"));
  }

  @Test
  void theRemovedRegistryOptionNamesItsReplacement() {
    Compilation compilation = CatalogRun.compile("good/catalog",
        "-Aerrorsplus.registryClass=garden.ErrorsPlusRegistry");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(Message.REMOVED_OPTION.format(
        "errorsplus.registryClass", "errorsplus.catalog"));
  }

  @Test
  void aBodyWithoutItsMethodIsAWarningOnTheBodyValue() {
    JavaFileObject dto = JavaFileObjects.forSourceLines("shop.Overdrawn",
        "package shop;",
        "",
        "import io.errorsplus.ErrorDto;",
        "",
        "@ErrorDto(status = 402, message = \"Overdrawn\",",
        "    body = Overdrawn.Balance.class)",
        "public class Overdrawn extends RuntimeException {",
        "  private static final long serialVersionUID = 1L;",
        "",
        "  public record Balance(long cents) {}",
        "}");
    Compilation compilation = CatalogRun.compile(List.of(dto));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(
            Message.CATALOG_BODY_METHOD_MISSING.format("Overdrawn", "Balance", "Balance", "Balance"))
        .inFile(dto).onLineContaining("body = Overdrawn.Balance.class");
    assertThat(compilation.diagnostics()).hasSize(1);
    // still in the catalogue, answered with the standard body
    assertThat(CatalogRun.source(compilation, "shop.ErrorsPlusCatalog").orElseThrow())
        .contains("error(Overdrawn.class, 402, \"\", \"Overdrawn\", NO_BODY);");
    // documentation-only users are not told about a runtime they do not use
    assertThat(ProcessorRun.compile(List.of(dto))).succeededWithoutWarnings();
  }

  @Test
  void aPrivateDtoIsLeftOutWithAWarning() {
    JavaFileObject dto = JavaFileObjects.forSourceLines("shop.Outer",
        "package shop;",
        "",
        "public class Outer {",
        "  @io.errorsplus.ErrorDto(status = 410, message = \"Gone\")",
        "  private static class Gone extends RuntimeException {",
        "    private static final long serialVersionUID = 1L;",
        "  }",
        "",
        "  @io.errorsplus.ErrorDto(status = 404, message = \"Missing\")",
        "  public static class Missing extends RuntimeException {",
        "    private static final long serialVersionUID = 1L;",
        "  }",
        "}");
    Compilation compilation = CatalogRun.compile(List.of(dto));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(
            Message.CATALOG_TYPE_PRIVATE.format("shop.Outer.Gone", "this dto"))
        .inFile(dto).onLineContaining("status = 410");
    String source = CatalogRun.source(compilation, "shop.ErrorsPlusCatalog").orElseThrow();
    assertThat(source).contains("Outer.Missing.class").doesNotContain("Gone");
  }

  @Test
  void clashingSimpleNamesAreWrittenQualified() {
    JavaFileObject a = JavaFileObjects.forSourceLines("shop.a.Conflict", "package shop.a;",
        "@io.errorsplus.ErrorDto(status = 409, message = \"A\")",
        "public class Conflict extends RuntimeException { private static final long serialVersionUID = 1L; }");
    JavaFileObject b = JavaFileObjects.forSourceLines("shop.b.Conflict", "package shop.b;",
        "@io.errorsplus.ErrorDto(status = 409, message = \"B\")",
        "public class Conflict extends RuntimeException { private static final long serialVersionUID = 1L; }");
    // the names of the catalogue's base class's member types
    JavaFileObject operation = JavaFileObjects.forSourceLines("shop.c.Operation", "package shop.c;",
        "@io.errorsplus.ErrorDto(status = 400, message = \"Bad operation\")",
        "public class Operation extends RuntimeException { private static final long serialVersionUID = 1L; }");
    JavaFileObject resource = JavaFileObjects.forSourceLines("shop.c.Registrar", "package shop.c;",
        "@jakarta.ws.rs.Path(\"r\")",
        "public class Registrar {",
        "  @jakarta.ws.rs.GET @io.errorsplus.Errors({shop.a.Conflict.class, shop.b.Conflict.class, Operation.class})",
        "  public String get(@jakarta.ws.rs.QueryParam(\"q\") java.util.List<String> q) { return \"\"; }",
        "}");
    Compilation compilation = CatalogRun.compile(List.of(a, b, operation, resource),
        "-Xlint:all,-processing", "-Werror");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(CatalogRun.source(compilation, "shop.ErrorsPlusCatalog").orElseThrow())
        .contains("catalog.error(shop.a.Conflict.class, 409")
        .contains("catalog.error(shop.b.Conflict.class, 409")
        .contains("catalog.error(shop.c.Operation.class, 400")
        .contains("          shop.c.Registrar.class,\n          List.class,\n")
        .contains("import java.util.List;");
  }

  @Test
  void aCompilationWithNeitherEndpointsNorDtosGetsNoCatalogue() {
    JavaFileObject plain = JavaFileObjects.forSourceLines("shop.Plain", "package shop;", "public class Plain {}");
    Compilation compilation = CatalogRun.compile(List.of(plain));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFiles()).isEmpty();
    assertThat(CatalogRun.services(compilation)).isEmpty();
  }

  private static void assertGoldenSource(Compilation compilation, String qualifiedName) {
    String source = CatalogRun.source(compilation, qualifiedName)
        .orElseThrow(() -> new AssertionError("no " + qualifiedName + " generated: "
            + compilation.diagnostics()));
    Path golden = ProcessorRun.RESOURCES.resolve("golden/catalog/" + qualifiedName + ".java");
    try {
      if (Boolean.getBoolean("errorsplus.updateGolden")) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, source, StandardCharsets.UTF_8);
      }
      assertThat(golden).as("golden source; create it with -Derrorsplus.updateGolden=true").exists();
      assertThat(source).isEqualTo(Files.readString(golden));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void loadsAsAServiceFromTheClassOutput(@TempDir Path folder) throws Exception {
    Compilation compilation = CatalogRun.compile("good/catalog");
    try (URLClassLoader loader = CatalogRun.loader(CatalogRun.writeClassOutput(compilation, folder))) {
      ErrorCatalog catalog = ErrorCatalog.load(loader);
      assertThat(catalog.errors()).hasSize(4);
      assertThat(catalog.operations()).hasSize(5);
    }
  }
}
