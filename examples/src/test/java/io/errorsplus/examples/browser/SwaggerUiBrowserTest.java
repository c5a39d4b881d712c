package io.errorsplus.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.errorsplus.examples.app.SpringPlantsApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a person sees: headless Chromium (Debian's {@code chromium}) opens Swagger UI of the running
 * Spring example on one operation and the merged error response must be rendered, its 404 with the
 * example errors-plus documented. Saves {@code examples/target/swagger-ui-task-404.png}.
 *
 * <p>Without Chromium the test is skipped on a developer's machine (install it with
 * {@code apt-get install -y chromium}) and fails under CI ({@code CI=true}), where {@code .ci/run}
 * installs it.
 */
class SwaggerUiBrowserTest {

  private static ConfigurableApplicationContext app;
  private static URI base;

  @BeforeAll
  static void start() {
    app = new SpringApplicationBuilder(SpringPlantsApplication.class)
        .properties(Map.of("server.address", "127.0.0.1", "server.port", "0",
            "spring.main.banner-mode", "off", "logging.level.root", "WARN",
            "springdoc.swagger-ui.doc-expansion", "full"))
        .run();
    base = URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void swaggerUiRendersTheMergedNotFoundResponseWithItsExample() throws Exception {
    Path chromium = chromium();
    JsonNode operation = new ObjectMapper().readTree(get(base.resolve("/v3/api-docs")))
        .path("paths").path("/maintenance/tasks/{taskId}").path("get");
    // springdoc's own document carries errors-plus's 404 and its example: the merge happened
    assertThat(operation.path("responses").path("404").toString()).contains("No maintenance task with id 7");
    String blockId = "operations-" + operation.path("tags").path(0).asText() + "-"
        + operation.path("operationId").asText();
    String page = base.resolve("/swagger-ui/index.html").toString();

    Path target = Path.of("target").toAbsolutePath();
    String dom = run(chromium, target, "--dump-dom", page);
    // every operation is expanded (docExpansion=full); this one's block runs to the next one's
    int start = dom.indexOf("id=\"" + blockId + "\"");
    assertThat(start).as("Swagger UI rendered the operation block " + blockId).isNotNegative();
    int end = dom.indexOf("id=\"operations-", start + 1);
    String block = dom.substring(start, end < 0 ? dom.length() : end);
    assertThat(block).contains("/maintenance/tasks/{taskId}");
    // its response table: the 404 row with the example body errors-plus documented
    assertThat(block).contains("data-code=\"404\"").contains("No maintenance task with id 7")
        .contains("TASK_NOT_FOUND");

    Path screenshot = target.resolve("swagger-ui-task-404.png");
    Files.deleteIfExists(screenshot);
    run(chromium, target, "--screenshot=" + screenshot, page);
    assertThat(screenshot).exists();
    assertThat(Files.size(screenshot)).isGreaterThan(10_000);
  }

  private static String run(Path chromium, Path target, String action, String page)
      throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(target, "chromium-profile");
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
        "--window-size=1280,2600", "--hide-scrollbars", "--virtual-time-budget=20000", action, page));
    Path out = target.resolve("chromium.out");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(target.resolve("chromium.err").toFile()).start();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish within 90 s: " + String.join(" ", command));
    }
    assertThat(process.exitValue()).as("chromium exit code, see target/chromium.err").isZero();
    return Files.readString(out);
  }

  private static Path chromium() {
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
      Path path = Path.of(candidate);
      if (Files.isExecutable(path)) {
        return path;
      }
    }
    String message = "Chromium is not installed: apt-get install -y chromium (.ci/run does this)";
    if ("true".equals(System.getenv("CI"))) {
      throw new AssertionError(message);
    }
    Assumptions.abort(message);
    return null;
  }

  private static String get(URI uri) throws IOException, InterruptedException {
    HttpResponse<String> response = HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("GET " + uri).isEqualTo(200);
    return response.body();
  }
}
