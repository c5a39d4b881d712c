package io.errorsplus.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.errorsplus.processor.validate.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of every generated document, validated against its media type's schema by an
 * independent JSON Schema validator (networknt, draft 2020-12, the dialect of OpenAPI 3.1; the
 * 3.0 documents use no keyword that differs), and the processor's own example warnings held to
 * the same verdicts.
 */
class ExampleSchemaTest {

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  /** Example key ("METHOD path status media example") to the validator's messages; empty when valid. */
  static Map<String, List<String>> validate(JsonNode document) {
    Map<String, List<String>> verdicts = new TreeMap<>();
    document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op ->
        op.getValue().path("responses").properties().forEach(response ->
            response.getValue().path("content").properties().forEach(media -> {
              // The media schema, with the document's components beside it so $refs resolve.
              ObjectNode schema = media.getValue().path("schema").deepCopy();
              schema.set("components", document.path("components"));
              Schema validator = REGISTRY.getSchema(schema);
              media.getValue().path("examples").properties().forEach(example -> {
                List<String> messages = new ArrayList<>();
                validator.validate(example.getValue().path("value")).forEach(e -> messages.add(e.getMessage()));
                verdicts.put(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey() + " "
                    + response.getKey() + " " + media.getKey() + " " + example.getKey(), messages);
              });
            }))));
    return verdicts;
  }

  static Stream<Path> goldens() throws IOException {
    try (Stream<Path> files = Files.list(ProcessorRun.RESOURCES.resolve("golden"))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void everyExampleOfEveryGoldenFitsItsSchema(Path golden) throws IOException {
    Map<String, List<String>> verdicts = validate(ProcessorRun.tree(Files.readString(golden)));
    if (golden.getFileName().toString().equals("warnings.json")) {
      // The warnings input holds misfits on purpose; the agreement test below covers it.
      verdicts.keySet().removeIf(k -> k.matches(".* (NoDetail|WrongType|NotAnObject|Fraction)$"));
    }
    assertThat(verdicts).as("examples of %s", golden).isNotEmpty();
    assertThat(verdicts).allSatisfy((example, messages) -> assertThat(messages).as(example).isEmpty());
  }

  /** The sample API of examples/ (its API packages, with the options of its pom). */
  @Test
  void everyExampleOfTheExamplesDocumentFitsItsSchemaAndSeveralBodiesAreAnyOf() throws IOException {
    Path root = Path.of("..", "examples", "src", "main", "java");
    List<JavaFileObject> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve("io/errorsplus/examples"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        // The demo classes beside the API (and the runnable apps in app/ and demo/) use the
        // runtime, Spring Boot and Jersey, which are not on this class path.
        if (relative.chars().filter(c -> c == '/').count() > 3
            && !relative.startsWith("io/errorsplus/examples/app/")
            && !relative.startsWith("io/errorsplus/examples/demo/")) {
          sources.add(JavaFileObjects.forSourceString(relative.replaceAll("\\.java$", "").replace('/', '.'),
              Files.readString(file)));
        }
      }
    }
    Compilation compilation = ProcessorRun.compile(sources, "-Aerrorsplus.title=Plant manager API errors");
    assertThat(compilation).succeeded();
    String document = ProcessorRun.document(compilation);
    ProcessorRun.assertValidOpenApi(document);
    JsonNode tree = ProcessorRun.tree(document);
    Map<String, List<String>> verdicts = validate(tree);
    assertThat(verdicts).hasSizeGreaterThan(20);
    assertThat(verdicts).allSatisfy((example, messages) -> assertThat(messages).as(example).isEmpty());
    assertThat(document).doesNotContain("oneOf");
    JsonNode conflict = tree.at("/paths/~1maintenance~1tasks/post/responses/409/content/application~1json/schema");
    assertThat(conflict.path("anyOf").size()).as("409 of POST /maintenance/tasks: %s", conflict).isEqualTo(2);
  }

  /**
   * The processor warns about an example exactly when the validator rejects it; a property the
   * schema does not declare is warned about too, though a validator accepts it (schemas are open).
   */
  @Test
  void theProcessorsExampleWarningsAgreeWithTheValidator() {
    List<JavaFileObject> sources = ProcessorRun.sources("bad/warnings");
    Compilation compilation = ProcessorRun.compile(sources);
    assertThat(compilation).succeeded();
    Map<String, List<String>> verdicts = validate(ProcessorRun.tree(ProcessorRun.document(compilation)));
    List<String> warned = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : compilation.warnings()) {
      String message = d.getMessage(null);
      if (message.contains("lacks property") || message.contains("where its body schema expects")) {
        warned.add(message.substring("@Example \"".length(), message.indexOf('"', "@Example \"".length())));
      }
    }
    List<String> rejected = new ArrayList<>();
    verdicts.forEach((example, messages) -> {
      if (!messages.isEmpty()) {
        rejected.add(example.substring(example.lastIndexOf(' ') + 1));
      }
    });
    assertThat(warned).containsExactlyInAnyOrder("NoDetail", "WrongType", "NotAnObject", "Fraction");
    assertThat(rejected).containsExactlyInAnyOrderElementsOf(warned);
    // Accepted by both: a whole number written 2.0 is an integer in JSON Schema.
    assertThat(verdicts).anySatisfy((example, messages) -> {
      assertThat(example).endsWith(" WholeNumber");
      assertThat(messages).isEmpty();
    });
    assertThat(compilation).hadWarningContaining(
        Message.EXAMPLE_WRONG_VALUE.format("WrongType", "\"three\"", "/attempts", "an integer"));
    assertThat(compilation).hadWarningContaining(
        Message.EXAMPLE_PROPERTY_NOT_DECLARED.format("Extra", "extra", "Detail"));
  }
}
