package io.errorsplus.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Compiles test inputs from {@code src/test/resources/good|bad/<case>} with the processor.
 *
 * <p>Golden files ({@code src/test/resources/golden/<name>.json}) are compared as JSON trees. Run
 * with {@code -Derrorsplus.updateGolden=true} to rewrite them from the current output; review the
 * diff before committing.
 */
final class ProcessorRun {

  static final Path RESOURCES = Path.of("src", "test", "resources");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final boolean UPDATE_GOLDEN = Boolean.getBoolean("errorsplus.updateGolden");

  private ProcessorRun() {}

  /** The Java sources of one input folder, sorted by path. */
  static List<JavaFileObject> sources(String folder) {
    Path root = RESOURCES.resolve(folder);
    try (Stream<Path> files = Files.walk(root)) {
      List<JavaFileObject> sources = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String name = root.relativize(file).toString().replace('\\', '/').replaceAll("\\.java$", "")
            .replace('/', '.');
        sources.add(JavaFileObjects.forSourceString(name, Files.readString(file)));
      }
      assertThat(sources).as("sources in %s", root).isNotEmpty();
      return sources;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compiles as a documentation-only user does: without errors-plus-runtime-dispatch on the class
   * path, so no error catalogue is generated ({@link CatalogRun} compiles with it).
   */
  static Compilation compile(List<JavaFileObject> sources, String... options) {
    return Compiler.javac()
        .withProcessors(new ErrorsPlusProcessor())
        .withClasspath(CatalogRun.classPathWithoutRuntime())
        .withOptions(options)
        .compile(sources);
  }

  static Compilation compile(String folder, String... options) {
    return compile(sources(folder), options);
  }

  /** The generated document; fails when there is none. */
  static String document(Compilation compilation) {
    var file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/errors-plus/openapi.json");
    if (file.isEmpty()) {
      fail("no openapi.json generated; diagnostics: %s", compilation.diagnostics());
    }
    try {
      return file.get().getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts that swagger-parser reads the document without a single message. */
  static void assertValidOpenApi(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
    assertThat(result.getMessages()).as("swagger-parser messages for%n%s", document).isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
  }

  static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compares a document with its golden file as JSON trees (and validates it). */
  static void assertGolden(String document, String goldenName) {
    assertValidOpenApi(document);
    Path golden = RESOURCES.resolve("golden").resolve(goldenName + ".json");
    try {
      if (UPDATE_GOLDEN) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, document, StandardCharsets.UTF_8);
      }
      assertThat(golden).as("golden file; create it with -Derrorsplus.updateGolden=true").exists();
      JsonNode expected = tree(Files.readString(golden));
      JsonNode actual = tree(document);
      assertThat(actual).as("document vs %s:%n%s", golden, document).isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String[] options(String... options) {
    return Arrays.copyOf(options, options.length);
  }
}
