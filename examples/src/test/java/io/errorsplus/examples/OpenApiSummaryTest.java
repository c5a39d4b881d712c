package io.errorsplus.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's summary of the examples' real document. */
class OpenApiSummaryTest {

  private static OpenApiSummary summary() throws IOException {
    try (InputStream in = OpenApiSummaryTest.class.getClassLoader().getResourceAsStream(Demo.DOCUMENT)) {
      assertThat(in).isNotNull();
      return OpenApiSummary.read(in);
    }
  }

  @Test
  void listsEachOperationWithItsStatusesAndDescriptions() throws IOException {
    OpenApiSummary summary = summary();
    assertThat(summary.header()).startsWith("OpenAPI 3.1.0, \"Plant manager API errors\" ");
    assertThat(summary.operationLines())
        .anySatisfy(line -> assertThat(line)
            .matches("GET +/api/plants/\\{plantId}/sensors +401 · 403 · 404 Plant not found · 422 · 500"))
        .anySatisfy(line -> assertThat(line)
            .matches("GET +/api/status +503 Plant controllers unreachable"))
        // the five operations of the method-less mapping share one line
        .anySatisfy(line -> assertThat(line)
            .matches("GET/PUT/POST/DELETE/PATCH +/v1/\\{path} +410 The v1 API has been retired"));
    long legacy = summary.operations().stream().filter(o -> o.path().equals("/v1/{path}")).count();
    assertThat(legacy).isEqualTo(5);
    int responses = summary.operations().stream().mapToInt(o -> o.responses().size()).sum();
    assertThat(summary.totals()).startsWith(summary.operations().size() + " operations on ")
        .contains(responses + " error responses");
  }

  @Test
  void documentPathPrintsRelativeToTheRepositoryRoot(@TempDir Path root) throws Exception {
    Path file = Files.createDirectories(root.resolve("examples/target/classes/META-INF/errors-plus"))
        .resolve("openapi.json");
    Files.writeString(file, "{}");
    URL url = file.toUri().toURL();
    assertThat(Demo.displayPath(root, url)).isEqualTo("examples/target/classes/META-INF/errors-plus/openapi.json");
    assertThat(Demo.displayPath(root.resolve("elsewhere"), url)).isEqualTo(file.toAbsolutePath().normalize().toString());
  }
}
