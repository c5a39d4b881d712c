package io.errorsplus.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.errorsplus.dispatch.scrub.ScrubbingOptions;
import io.errorsplus.dispatch.testing.SampleReports;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The request-thread side: concurrency, the report's JSON, templates, failing rules, the shutdown hook. */
class CaptureTest {

  @TempDir Path spool;

  private ErrorDispatcher.Builder dispatcher() {
    return ErrorDispatcher.builder().appName("shop").spoolDirectory(spool).shutdownHook(false);
  }

  @Test
  void concurrentCapturesNeverMixFieldsOfDifferentReports() throws Exception {
    int threads = 8;
    int perThread = 400;
    RecordingProvider sink = new RecordingProvider("sink", DeliveryOptions.builder().queueCapacity(8192).build());
    try (ErrorDispatcher d = dispatcher().provider(sink).build()) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int base = t * perThread;
        done.add(pool.submit(() -> {
          start.await();
          for (int i = base; i < base + perThread; i++) {
            d.capture(SampleReports.itemLookup(i));
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
      Await.until("all delivered", () -> sink.received.size() == threads * perThread);
    }
    assertThat(sink.guids()).doesNotHaveDuplicates();
    for (ErrorReport r : sink.received) {
      String id = r.errorDetails().substring("stock is empty #".length());
      assertThat(r.headers()).containsEntry("X-Request-Id", "req-" + id);
      assertThat(r.fullUrl()).isEqualTo("http://host/items/" + id + "?x=1");
      assertThat(r.requestBody()).isEqualTo("{\"id\":" + id + ",\"name\":\"n" + id + "\"}");
      assertThat(r.traceback()).contains("stock is empty #" + id + "\n");
    }
  }

  @Test
  void theJsonOfADeliveredReportHasExactlyTheContractsFieldNames() throws Exception {
    RecordingProvider sink = new RecordingProvider("sink");
    try (ErrorDispatcher d = dispatcher().provider(sink).build()) {
      d.capture(ErrorReport.builder().error(new IllegalStateException("boom"))
          .method("GET").endpoint("/items/{id}").fullUrl("http://host/items/7?x=1")
          .statusCode(500).duration(Duration.ofMillis(12))
          .header("User-Agent", "curl/8").queryParam("x", "1")
          .requestBody("application/json", "{\"name\":\"a\"}").clientIp("10.0.0.1")
          .operationId("getItem").documented(true).errorCode("OUT_OF_STOCK").build());
      assertThat(d.flush(Duration.ofSeconds(10))).isTrue();
    }
    JsonNode json = new ObjectMapper().readTree(sink.received.get(0).toJson(MessageTemplate.all()));
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    assertThat(names).containsExactly("app_name", "endpoint", "full_url", "method", "status_code", "duration",
        "headers", "query_params", "request_body", "client_ip", "user_agent", "error_details", "error_type",
        "traceback", "timestamp", "guid_error", "exception_class", "operation_id", "documented", "error_code",
        "fingerprint", "occurrences");
    assertThat(json.get("app_name").asText()).isEqualTo("shop");
    assertThat(json.get("status_code").isInt()).isTrue();
    assertThat(json.get("duration").isDouble()).isTrue();
    assertThat(json.get("duration").asDouble()).isEqualTo(0.012);
    assertThat(json.get("headers").get("User-Agent").asText()).isEqualTo("curl/8");
    assertThat(json.get("query_params").get("x").asText()).isEqualTo("1");
    assertThat(json.get("request_body").asText()).isEqualTo("{\"name\":\"a\"}");
    assertThat(json.get("user_agent").asText()).isEqualTo("curl/8");
    assertThat(json.get("error_type").asText()).isEqualTo("IllegalStateException");
    assertThat(json.get("exception_class").asText()).isEqualTo("java.lang.IllegalStateException");
    assertThat(json.get("traceback").asText()).startsWith("java.lang.IllegalStateException: boom\n\tat ");
    assertThat(json.get("timestamp").isIntegralNumber()).isTrue();
    assertThat(json.get("documented").asBoolean()).isTrue();
    assertThat(json.get("error_code").asText()).isEqualTo("OUT_OF_STOCK");
    assertThat(json.get("occurrences").asInt()).isEqualTo(1);
  }

  @Test
  void templatesChooseTheFieldsAndAddConstants() throws Exception {
    ErrorReport r = SampleReports.itemLookup(3);
    JsonNode few = new ObjectMapper().readTree(
        r.toJson(MessageTemplate.of(ReportField.ERROR_TYPE, ReportField.APP_NAME).withConstant("env", "prod")));
    List<String> names = new ArrayList<>();
    few.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("app_name", "error_type", "env");
    assertThat(few.get("env").asText()).isEqualTo("prod");
    assertThat(r.toMap(MessageTemplate.all().without(ReportField.TRACEBACK, ReportField.HEADERS)))
        .doesNotContainKeys("traceback", "headers").containsKeys("endpoint", "guid_error");
  }

  /** An error that notes which threads render its stack. */
  static final class WatchedError extends RuntimeException {
    final java.util.Set<String> renderedOn = java.util.concurrent.ConcurrentHashMap.newKeySet();

    WatchedError() {
      super("watched");
    }

    @Override
    public StackTraceElement[] getStackTrace() {
      renderedOn.add(Thread.currentThread().getName());
      return super.getStackTrace();
    }

    @Override
    public void printStackTrace(java.io.PrintWriter s) {
      renderedOn.add(Thread.currentThread().getName());
      super.printStackTrace(s);
    }
  }

  @Test
  void stackRenderingScrubbingAndFingerprintingHappenOffTheRequestThread() {
    java.util.Set<String> scrubbedOn = java.util.concurrent.ConcurrentHashMap.newKeySet();
    RecordingProvider sink = new RecordingProvider("sink") {
      @Override
      public void send(ErrorReport report) throws Exception {
        report.traceback(); // a provider that shows the traceback renders it, on its worker
        super.send(report);
      }
    };
    WatchedError error = new WatchedError();
    try (ErrorDispatcher d = dispatcher().provider(sink)
        .scrubbing(ScrubbingOptions.builder().rule(r -> {
          scrubbedOn.add(Thread.currentThread().getName());
          return r;
        }).build()).build()) {
      d.capture(ErrorReport.builder().error(error).header("Authorization", "x").build());
      assertThat(d.flush(Duration.ofSeconds(10))).isTrue();
    }
    String me = Thread.currentThread().getName();
    assertThat(sink.received.get(0).fingerprint()).isNotNull();
    assertThat(sink.received.get(0).traceback()).contains("watched");
    assertThat(error.renderedOn).isNotEmpty().doesNotContain(me).allMatch(t -> t.startsWith("errors-plus-"));
    assertThat(scrubbedOn).isNotEmpty().doesNotContain(me).allMatch(t -> t.startsWith("errors-plus-"));
  }

  @Test
  void aScrubRuleThatFailsDropsTheReportAndCountsIt() {
    RecordingProvider sink = new RecordingProvider("sink");
    ScrubbingOptions failing = ScrubbingOptions.builder().rule(r -> {
      throw new IllegalStateException("rule bug");
    }).build();
    try (ErrorDispatcher d = dispatcher().provider(sink).scrubbing(failing).build()) {
      d.capture(SampleReports.itemLookup(1));
      assertThat(d.flush(Duration.ofSeconds(10))).isTrue();
      assertThat(sink.received).isEmpty();
      assertThat(d.stats().provider("sink").dropped()).isEqualTo(1);
    }
  }

  @Test
  void aCapturedReportKeepsItsOwnAppNameTimestampAndGuid() {
    RecordingProvider sink = new RecordingProvider("sink");
    try (ErrorDispatcher d = dispatcher().provider(sink).build()) {
      d.capture(ErrorReport.builder().appName("batch-job").timestamp(42).guidError("g-1").fingerprint("fp").build());
      assertThat(d.flush(Duration.ofSeconds(10))).isTrue();
    }
    ErrorReport r = sink.received.get(0);
    assertThat(r.appName()).isEqualTo("batch-job");
    assertThat(r.timestamp()).isEqualTo(42);
    assertThat(r.guidError()).isEqualTo("g-1");
    assertThat(r.fingerprint()).isEqualTo("fp");
  }

  @Test
  void theShutdownHookClosesTheDispatcherAndCloseRemovesIt() throws Exception {
    RecordingProvider sink = new RecordingProvider("sink");
    ErrorDispatcher d = ErrorDispatcher.builder().spoolDirectory(spool).provider(sink).build();
    Thread hook = d.shutdownHook();
    assertThat(hook).isNotNull();
    d.capture(SampleReports.small(1));
    hook.start(); // what the JVM does at exit
    hook.join(10_000);
    assertThat(sink.closed).isTrue();
    assertThat(sink.received).hasSize(1);
    assertThat(d.shutdownHook()).isNull();
    assertThat(Runtime.getRuntime().removeShutdownHook(hook)).isFalse(); // close() removed it: never runs twice

    ErrorDispatcher noHook = dispatcher().provider(new RecordingProvider("x")).build();
    assertThat(noHook.shutdownHook()).isNull();
    noHook.close();
    noHook.close(); // idempotent
  }
}
