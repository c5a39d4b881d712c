package io.errorsplus.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.errorsplus.dispatch.catalog.DocumentedError;
import io.errorsplus.dispatch.catalog.DocumentedOperation;
import io.errorsplus.dispatch.catalog.ErrorCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue is a Java source, so it must be written before the last round; these tests make
 * sure that what later rounds bring (sources of other processors) is not lost.
 */
class CatalogRoundsTest {

  /** Generates a dto and a resource throwing it in the first round, as another processor may. */
  @SupportedAnnotationTypes("*")
  static final class LateSourcesProcessor extends AbstractProcessor {
    private boolean done;

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        write("late.LateProblem", "package late;\n"
            + "@io.errorsplus.ErrorDto(status = 418, message = \"Late\", code = \"LATE\")\n"
            + "public class LateProblem extends RuntimeException {\n"
            + "  private static final long serialVersionUID = 1L;\n}\n");
        write("late.LateResource", "package late;\n"
            + "@jakarta.ws.rs.Path(\"late\")\n"
            + "public class LateResource {\n"
            + "  @jakarta.ws.rs.GET @io.errorsplus.Errors(LateProblem.class)\n"
            + "  public String get() { throw new LateProblem(); }\n}\n");
      }
      return false;
    }

    private void write(String name, String source) {
      try (Writer out = processingEnv.getFiler().createSourceFile(name).openWriter()) {
        out.write(source);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final JavaFileObject EARLY = JavaFileObjects.forSourceLines("late.EarlyResource",
      "package late;",
      "@jakarta.ws.rs.Path(\"early\")",
      "public class EarlyResource {",
      "  @jakarta.ws.rs.GET @io.errorsplus.Errors(EarlyProblem.class)",
      "  public String get() { throw new EarlyProblem(); }",
      "}");
  private static final JavaFileObject EARLY_PROBLEM = JavaFileObjects.forSourceLines("late.EarlyProblem",
      "package late;",
      "@io.errorsplus.ErrorDto(status = 409, message = \"Early\")",
      "public class EarlyProblem extends RuntimeException {",
      "  private static final long serialVersionUID = 1L;",
      "}");

  @Test
  void whatALaterRoundBringsGoesIntoOneMoreRegisteredClass(@TempDir Path folder) throws Exception {
    Compilation compilation = Compiler.javac()
        .withProcessors(new LateSourcesProcessor(), new ErrorsPlusProcessor())
        .withClasspath(CatalogRun.classPath())
        .compile(EARLY, EARLY_PROBLEM);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(CatalogRun.source(compilation, "late.ErrorsPlusCatalog").orElseThrow())
        .contains("EarlyProblem.class").doesNotContain("LateProblem");
    assertThat(CatalogRun.source(compilation, "late.ErrorsPlusCatalog2").orElseThrow())
        .contains("LateProblem.class").contains("LateResource.class").doesNotContain("Early");
    assertThat(CatalogRun.services(compilation))
        .hasValue("late.ErrorsPlusCatalog\nlate.ErrorsPlusCatalog2\n");

    try (URLClassLoader loader = CatalogRun.loader(CatalogRun.writeClassOutput(compilation, folder))) {
      ErrorCatalog catalog = ErrorCatalog.load(loader);
      assertThat(catalog.operations()).extracting(DocumentedOperation::path)
          .containsExactlyInAnyOrder("/early", "/late");
      Class<?> lateResource = loader.loadClass("late.LateResource");
      DocumentedOperation late = catalog.operation(lateResource.getMethod("get")).orElseThrow();
      DocumentedError lateProblem = catalog.find(loader.loadClass("late.LateProblem")).orElseThrow();
      assertThat(lateProblem.code()).isEqualTo("LATE");
      assertThat(late.documents(lateProblem)).isTrue();
      assertThat(late.statuses()).containsExactly(418);
    }
  }

  @Test
  void aRoundWaitingForAGeneratedTypeWritesTheCatalogueWhenItIsThere() {
    // good/deferred's resource lists a dto another processor generates in the first round: its
    // type is read in the second round, and the catalogue waits for it.
    Compilation compilation = Compiler.javac()
        .withProcessors(new DocumentTest.GeneratingProcessor(), new ErrorsPlusProcessor())
        .withClasspath(CatalogRun.classPath())
        .compile(ProcessorRun.sources("good/deferred"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(CatalogRun.source(compilation, "later.ErrorsPlusCatalog").orElseThrow())
        .contains("error(GeneratedLater.class, 418")
        .contains("catalog.operations(new java.lang.Class<?>[] {\n          GeneratedLater.class,\n");
    assertThat(compilation.generatedSourceFile("later.ErrorsPlusCatalog2")).isEmpty();
    assertThat(CatalogRun.services(compilation)).hasValue("later.ErrorsPlusCatalog\n");
  }

  @Test
  void everyEndpointAndDtoOfTheFirstRoundIsPresent() {
    Compilation compilation = CatalogRun.compile(List.of(EARLY, EARLY_PROBLEM));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(CatalogRun.source(compilation, "late.ErrorsPlusCatalog").orElseThrow())
        .contains("error(EarlyProblem.class, 409, \"\", \"Early\", NO_BODY);")
        .contains("\"get\\tGET\\t/early\\t0\\t409\\t");
  }
}
