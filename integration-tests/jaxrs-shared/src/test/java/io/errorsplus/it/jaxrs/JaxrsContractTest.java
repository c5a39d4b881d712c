package io.errorsplus.it.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.errorsplus.dispatch.CapturePolicy;
import io.errorsplus.dispatch.ErrorDispatcher;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.catalog.BodyStyle;
import io.errorsplus.dispatch.catalog.ErrorCatalog;
import io.errorsplus.dispatch.jaxrs.ErrorsPlusFeature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * CONTRACT 7 on a real server of one runtime, with real HTTP: each module extends this with its
 * server. The test application is compiled with the processor in the module (its body style
 * comes from the generated catalogue).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class JaxrsContractTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  // HTTP/1.1: the client's default h2c upgrade request confuses Grizzly (Jersey 3.1 module).
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(TIMEOUT).build();
  private final TestProviders.Recording recording = new TestProviders.Recording();
  private final TestProviders.Failing failing = new TestProviders.Failing();
  private final TestProviders.Hanging hanging = new TestProviders.Hanging();
  private ErrorDispatcher dispatcher;
  private JaxrsServer server;
  private BodyStyle style;
  @TempDir static Path spool;

  /** The runtime under test. */
  protected abstract JaxrsServer.Factory servers();

  /**
   * Whether the runtime tells errors-plus the exception an application mapper of a nearer type
   * answered (Jersey: its event listener; RESTEasy: no API for it, so those requests are
   * reported from their status only).
   */
  protected abstract boolean seesExceptionsOfApplicationMappers();

  @BeforeAll
  void start() throws Exception {
    dispatcher = ErrorDispatcher.builder().appName("plants").spoolDirectory(spool.resolve("main"))
        .shutdownHook(false).closeTimeout(Duration.ofMillis(200))
        .provider(recording).provider(failing).provider(hanging).build();
    ErrorsPlusFeature feature = new ErrorsPlusFeature(dispatcher);
    style = feature.catalog().errors().get(0).bodyStyle();
    server = servers().start(new TestApplication(feature));
  }

  @AfterAll
  void stop() {
    hanging.release.countDown();
    if (server != null) {
      server.close();
    }
    if (dispatcher != null) {
      dispatcher.close();
    }
  }

  @Test
  void theCatalogueIsTheGeneratedOne() {
    ErrorCatalog catalog = ErrorCatalog.load();
    assertThat(catalog.operations()).extracting(o -> o.method() + " " + o.path()).contains(
        "GET /plants/{id}", "POST /plants", "GET /sensors/{id}");
    assertThat(catalog.getClass().getName()).isNotEqualTo(ErrorCatalog.empty().getClass().getName());
  }

  @Test
  void aDocumentedExceptionGetsItsDocumentedAnswerDespiteTheCatchAllMapper() throws Exception {
    HttpResponse<String> response = get("/plants/0");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(contentType(response)).isEqualTo(style.mediaType());
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("detail").asText()).isEqualTo("No plant 0");
    assertThat(body.get("code").asText()).isEqualTo("PLANT_NOT_FOUND");
    if (style == BodyStyle.PROBLEM) {
      assertThat(body.get("type").asText()).isEqualTo("about:blank");
      assertThat(body.get("title").asText()).isEqualTo("Not Found");
      assertThat(body.get("status").asInt()).isEqualTo(404);
      assertThat(body.get("instance").asText()).isEqualTo("/plants/0");
    } else {
      assertThat(body.size()).isEqualTo(2);
    }
  }

  @Test
  void aCustomBodyIsWrittenByTheApplicationsJsonProvider() throws Exception {
    HttpResponse<String> response = post("/plants", "application/json", "{\"name\":\"taken\"}");
    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(contentType(response)).isEqualTo(style.mediaType());
    assertThat(JSON.readTree(response.body()))
        .isEqualTo(JSON.readTree("{\"reason\":\"name taken\",\"plantId\":42}"));
  }

  @Test
  void otherExceptionsKeepTheApplicationsCatchAllAnswer() throws Exception {
    HttpResponse<String> response = get("/plants/99");
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).isEqualTo("catch-all: IllegalStateException");
  }

  @Test
  void theApplicationsMapperForTheExceptionsOwnTypeWinsAndIsCaptured() throws Exception {
    HttpResponse<String> response = get("/plants/7?via=quota");
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).contains("5");
    assertThat(response.body()).isEqualTo("quota mapped by the application");
    ErrorReport report = awaitReport(r -> r.fullUrl().endsWith("/plants/7?via=quota"));
    assertThat(report.statusCode()).isEqualTo(503);
    assertThat(report.endpoint()).isEqualTo("/plants/{id}");
    assertThat(report.operationId()).isEqualTo("get");
    if (seesExceptionsOfApplicationMappers()) {
      assertThat(report.errorType()).isEqualTo("QuotaExceededException");
    }
  }

  @Test
  void anUndocumentedExceptionAnsweredByTheApplicationIsCapturedWithItsStatus() throws Exception {
    HttpResponse<String> response = get("/plants/66?via=illegal");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("rejected: id 66");
    if (seesExceptionsOfApplicationMappers()) {
      ErrorReport report = awaitReport(r -> r.fullUrl().endsWith("?via=illegal"));
      assertThat(report.statusCode()).isEqualTo(400);
      assertThat(report.errorType()).isEqualTo("IllegalArgumentException");
      assertThat(report.documented()).isFalse();
    }
  }

  @Test
  void aBeanValidationFailureGetsTheDocumentedValidationStatus() throws Exception {
    HttpResponse<String> response = post("/plants", "application/json", "{\"name\":\"\"}");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(contentType(response)).isEqualTo(style.mediaType());
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("detail").asText()).startsWith("name: ");
    if (style == BodyStyle.PROBLEM) {
      assertThat(body.get("title").asText()).isEqualTo("Unprocessable Content");
      assertThat(body.get("status").asInt()).isEqualTo(422);
    }
  }

  @Test
  void aWronglyTypedPathValueGetsTheDocumentedValidationStatus() throws Exception {
    HttpResponse<String> response = get("/plants/abc");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(contentType(response)).isEqualTo(style.mediaType());
    assertThat(JSON.readTree(response.body()).get("detail").asText()).isEqualTo("Validation error");
  }

  @Test
  void aValidationFailureOfAnUndocumentedOperationKeepsTheRuntimesAnswer() throws Exception {
    HttpResponse<String> response = post("/health", "application/json", "{\"name\":\"\"}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("Validation error");
  }

  @Test
  void anOperationWithoutErrorDeclarationsIsReportedWithItsTemplate() throws Exception {
    assertThat(get("/health/disk").statusCode()).isEqualTo(500);
    ErrorReport report = awaitReport(r -> r.fullUrl().endsWith("/health/disk"));
    assertThat(report.endpoint()).isEqualTo("/health/{part}");
    assertThat(report.operationId()).isEqualTo("check");
    assertThat(report.documented()).isFalse();
    assertThat(report.errorDetails()).isEqualTo("unhealthy disk");
  }

  @Test
  void theApplicationsOwnNotFoundExceptionKeepsItsResponse() throws Exception {
    assertThat(get("/plants/13").statusCode()).isEqualTo(404);
  }

  @Test
  void anUnknownPathIsTheRuntimesNotFound() throws Exception {
    HttpResponse<String> response = get("/nothing/here");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("detail");
  }

  @Test
  void anInterfaceDeclaredResourceIsAnsweredAndReportedAsItsOperation() throws Exception {
    assertThat(get("/sensors/1").body()).isEqualTo("sensor 1: 21.5");
    HttpResponse<String> response = get("/sensors/3");
    assertThat(response.statusCode()).isEqualTo(503);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("detail").asText()).isEqualTo("Sensor 3 is offline");
    assertThat(body.get("code").asText()).isEqualTo("SENSOR_OFFLINE");
    ErrorReport report = awaitReport(r -> r.fullUrl().endsWith("/sensors/3"));
    assertThat(report.endpoint()).isEqualTo("/sensors/{id}");
    assertThat(report.operationId()).isEqualTo("read");
    assertThat(report.documented()).isTrue();
    assertThat(report.statusCode()).isEqualTo(503);
    assertThat(report.errorCode()).isEqualTo("SENSOR_OFFLINE");
  }

  @Test
  void aReportCarriesTheRequestScrubbed() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri("/plants?x=1")).timeout(TIMEOUT)
        .header("Content-Type", "application/json").header("Authorization", "Bearer s3cr3t")
        .header("User-Agent", "plants-test/1").header("X-Trace", "t-1")
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"name\":\"explode\",\"password\":\"hunter2\",\"notes\":\"n\"}"))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).isEqualTo("catch-all: IllegalStateException");
    ErrorReport report = awaitReport(r -> r.fullUrl().endsWith("/plants?x=1"));
    assertThat(report.method()).isEqualTo("POST");
    assertThat(report.endpoint()).isEqualTo("/plants");
    assertThat(report.statusCode()).isEqualTo(500);
    assertThat(report.operationId()).isEqualTo("create");
    assertThat(report.documented()).isFalse();
    assertThat(report.errorType()).isEqualTo("IllegalStateException");
    assertThat(report.errorDetails()).isEqualTo("exploded");
    assertThat(report.duration()).isPositive();
    assertThat(report.queryParams()).containsEntry("x", "1");
    assertThat(header(report, "Authorization")).isEqualTo("[Filtered]");
    assertThat(header(report, "X-Trace")).isEqualTo("t-1");
    assertThat(report.userAgent()).isEqualTo("plants-test/1");
    assertThat(report.requestBody()).contains("\"name\":\"explode\"").contains("[Filtered]")
        .doesNotContain("hunter2");
  }

  @Test
  void aBodyLargerThanTheBoundReachesTheApplicationWhole() throws Exception {
    String notes = "n".repeat(50_000);
    HttpResponse<String> response = post("/plants", "application/json",
        "{\"name\":\"big\",\"notes\":\"" + notes + "\"}");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).get("notesLength").asInt()).isEqualTo(50_000);
  }

  @Test
  void formBodiesAreKeptAndBinaryBodiesAreNot() throws Exception {
    assertThat(post("/plants/search", "application/x-www-form-urlencoded",
        "q=fern&password=pw1").statusCode()).isEqualTo(500);
    ErrorReport form = awaitReport(r -> r.fullUrl().endsWith("/plants/search"));
    assertThat(form.requestBody()).contains("q=fern").doesNotContain("pw1");
    assertThat(form.endpoint()).isEqualTo("/plants/search");

    HttpResponse<String> photo = post("/plants/5/photo", "application/octet-stream", "\u0001\u0002binary");
    assertThat(photo.statusCode()).isEqualTo(500);
    ErrorReport binary = awaitReport(r -> r.fullUrl().endsWith("/plants/5/photo"));
    assertThat(binary.errorDetails()).isEqualTo("photo of 8 bytes");
    assertThat(binary.requestBody()).isNull();
  }

  @Test
  void failingAndHangingProvidersChangeNoAnswer() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(get("/plants/99?round=" + i).body()).isEqualTo("catch-all: IllegalStateException");
      assertThat(get("/plants/0").statusCode()).isEqualTo(404);
    }
    awaitReport(r -> r.fullUrl().endsWith("?round=2"));
    Await.until("the failing provider was tried", () -> failing.attempts.get() > 0);
    Await.until("the hanging provider is stuck in send", () -> hanging.entered.get() > 0);
  }

  @Test
  void aNullDispatcherFailsAtConstruction() {
    assertThatThrownBy(() -> new ErrorsPlusFeature(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("ErrorDispatcher");
    assertThatThrownBy(() -> ErrorsPlusFeature.builder(null))
        .hasMessageContaining("ErrorDispatcher.builder()");
  }

  @Test
  void eachCapturePolicyReportsWhatItSays() throws Exception {
    Map<CapturePolicy, Set<String>> expected = new EnumMap<>(CapturePolicy.class);
    expected.put(CapturePolicy.ALL, Set.of("/plants/0", "/plants/409", "/plants/99", "/nothing"));
    expected.put(CapturePolicy.UNDOCUMENTED, Set.of("/plants/409", "/plants/99"));
    expected.put(CapturePolicy.SERVER_ERRORS, Set.of("/plants/99"));
    expected.put(CapturePolicy.OFF, Set.of());
    for (CapturePolicy policy : CapturePolicy.values()) {
      TestProviders.Recording reports = new TestProviders.Recording();
      try (ErrorDispatcher d = ErrorDispatcher.builder().appName("policy")
          .spoolDirectory(spool.resolve(policy.name())).shutdownHook(false).provider(reports).build();
          JaxrsServer s = servers().start(new TestApplication(
              ErrorsPlusFeature.builder(d).capture(policy).answer(true).build()))) {
        for (String path : List.of("/plants/0", "/plants/409", "/plants/99", "/nothing", "/plants/1")) {
          http.send(HttpRequest.newBuilder(URI.create(s.base() + path)).timeout(TIMEOUT).build(),
              HttpResponse.BodyHandlers.ofString());
        }
        assertThat(d.flush(TIMEOUT)).isTrue();
        Set<String> reported = reports.received.stream()
            .map(r -> URI.create(r.fullUrl()).getPath()).collect(Collectors.toSet());
        assertThat(reported).as(policy.name()).isEqualTo(expected.get(policy));
      }
    }
  }

  @Test
  void withoutAnswersTheApplicationsCatchAllAnswersAndTheRequestIsStillReported() throws Exception {
    TestProviders.Recording reports = new TestProviders.Recording();
    try (ErrorDispatcher d = ErrorDispatcher.builder().appName("no-answers")
        .spoolDirectory(spool.resolve("no-answers")).shutdownHook(false).provider(reports).build();
        JaxrsServer s = servers().start(new TestApplication(
            ErrorsPlusFeature.builder(d).answer(false).build()))) {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(
          URI.create(s.base() + "/plants/0")).timeout(TIMEOUT).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(response.body()).isEqualTo("catch-all: PlantNotFoundException");
      assertThat(d.flush(TIMEOUT)).isTrue();
      assertThat(reports.received).singleElement().satisfies(r -> {
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.errorType()).isEqualTo("PlantNotFoundException");
      });
    }
  }

  private ErrorReport awaitReport(java.util.function.Predicate<ErrorReport> which) {
    Await.until("a report", () -> recording.received.stream().anyMatch(which));
    Optional<ErrorReport> found = recording.received.stream().filter(which).findFirst();
    return found.orElseThrow();
  }

  private static String header(ErrorReport report, String name) {
    return report.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue).findFirst().orElse(null);
  }

  private static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
  }

  private URI uri(String path) {
    return URI.create(server.base() + path);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT)
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

}
