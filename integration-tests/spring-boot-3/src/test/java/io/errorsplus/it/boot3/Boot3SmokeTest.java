package io.errorsplus.it.boot3;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorsplus.dispatch.Await;
import io.errorsplus.dispatch.ErrorProvider;
import io.errorsplus.dispatch.ErrorReport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/** The Spring Boot smoke test on Spring Boot 3.5 (Spring Framework 6.2, Jackson 2). */
class Boot3SmokeTest {

  static final List<ErrorReport> REPORTS = new CopyOnWriteArrayList<>();
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static ConfigurableApplicationContext context;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    ErrorProvider recorder = new ErrorProvider() {
      @Override public void send(ErrorReport report) { REPORTS.add(report); }
      @Override public String name() { return "recording"; }
    };
    context = new SpringApplicationBuilder(Boot3Application.class)
        .properties(Map.of("server.port", "0", "spring.main.banner-mode", "off",
            "errors-plus.spool-directory",
            Files.createTempDirectory("errors-plus-it-spool").toString()))
        .initializers(c -> ((GenericApplicationContext) c)
            .registerBean("recorder", ErrorProvider.class, () -> recorder))
        .run();
    base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
  }

  @AfterAll
  static void stop() {
    context.close();
  }

  @Test
  void runsOnSpringBoot35() {
    assertThat(SpringBootVersion.getVersion()).startsWith("3.5.");
  }

  @Test
  void documentedAnswerDespiteTheCatchAll() throws Exception {
    HttpResponse<String> r = get("/plants/0");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(r.body()).isEqualTo("{\"detail\":\"Plant 0 does not exist\",\"code\":\"PLANT_NOT_FOUND\"}");
  }

  @Test
  void validationFailuresGetTheDocumentedStatus() throws Exception {
    assertThat(post("/plants", "{\"name\":\"\"}").statusCode()).isEqualTo(422);
    assertThat(post("/plants", "{\"name\":").statusCode()).isEqualTo(422);
    assertThat(get("/plants/abc").statusCode()).isEqualTo(422);
  }

  @Test
  void aBugIsAnsweredByTheApplicationAndReported() throws Exception {
    HttpResponse<String> r = get("/plants/1?x=1");
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.body()).contains("catch-all");
    Await.until("the report", () -> REPORTS.stream().anyMatch(p -> p.fullUrl().endsWith("/plants/1?x=1")));
    ErrorReport report = REPORTS.stream().filter(p -> p.fullUrl().endsWith("/plants/1?x=1"))
        .findFirst().orElseThrow();
    assertThat(report.endpoint()).isEqualTo("/plants/{id}");
    assertThat(report.operationId()).isEqualTo("get");
    assertThat(report.statusCode()).isEqualTo(500);
    assertThat(report.queryParams()).containsEntry("x", "1");
    assertThat(report.errorType()).isEqualTo("IllegalStateException");
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String json) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
