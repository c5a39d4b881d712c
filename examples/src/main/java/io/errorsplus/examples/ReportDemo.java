package io.errorsplus.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.errorsplus.dispatch.ErrorDispatcher;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.MessageTemplate;
import io.errorsplus.dispatch.ReportField;
import io.errorsplus.dispatch.catalog.DocumentedError;
import io.errorsplus.dispatch.catalog.DocumentedOperation;
import io.errorsplus.dispatch.catalog.ErrorCatalog;
import io.errorsplus.dispatch.provider.file.JsonLinesFileProvider;
import io.errorsplus.dispatch.provider.logging.LoggingProvider;
import io.errorsplus.examples.jaxrs.PlantsResource;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The run-time half of the demo: a request to the sample API fails, the error is captured by an
 * {@link ErrorDispatcher} with the embedded providers (logs and a JSON-lines file), and what
 * reaches the file is scrubbed: no bearer token, no password.
 *
 * <pre>{@code
 * ReportDemo.Outcome outcome = ReportDemo.run(Path.of("target/errors-plus-demo"));
 * outcome.line();                 // the JSON line written to outcome.file()
 * }</pre>
 */
public final class ReportDemo {

  /** What the demo captured and where it went. */
  public record Outcome(Path file, String line, JsonNode report, boolean drained) {

    /** The Authorization header as delivered. */
    public String authorization() {
      return report.path("headers").path("Authorization").asText();
    }

    /** The request body as delivered. */
    public String requestBody() {
      return report.path("request_body").asText();
    }
  }

  private ReportDemo() {}

  /**
   * Captures one report into {@code <folder>/reports.jsonl} (the file is replaced) and the log,
   * flushes and closes the dispatcher.
   */
  public static Outcome run(Path folder) throws IOException {
    Objects.requireNonNull(folder, "folder is required");
    Path file = folder.resolve("reports.jsonl");
    Files.createDirectories(folder);
    Files.deleteIfExists(file);

    boolean drained;
    try (ErrorDispatcher dispatcher = ErrorDispatcher.builder()
        .appName("api-plant-manager")
        // LoggingProvider is what a dispatcher uses when none is configured; named here because
        // the file provider is added too. The log line keeps only a few fields.
        .provider(new LoggingProvider(MessageTemplate.of(
            ReportField.ERROR_TYPE, ReportField.ERROR_CODE, ReportField.HEADERS, ReportField.REQUEST_BODY)))
        .provider(new JsonLinesFileProvider(file))
        .spoolDirectory(folder.resolve("spool"))
        .shutdownHook(false)
        .build()) {
      long start = System.nanoTime();
      try {
        // Start a plant that does not exist: the resource throws its documented 404.
        new PlantsResource().start(42);
        throw new IllegalStateException("plant 42 should not exist");
      } catch (RuntimeException e) {
        dispatcher.capture(reportOf(e, Duration.ofNanos(System.nanoTime() - start)));
      }
      drained = dispatcher.flush(Duration.ofSeconds(5));
    }

    List<String> lines = Files.readAllLines(file);
    if (lines.size() != 1) {
      throw new IllegalStateException("expected one report in " + file + ", found " + lines.size());
    }
    return new Outcome(file, lines.get(0), new ObjectMapper().readTree(lines.get(0)), drained);
  }

  /**
   * The report an exception mapper would build for this request: status, code and route come
   * from the generated error catalogue, as a framework integration gets them.
   */
  static ErrorReport reportOf(RuntimeException e, Duration duration) {
    ErrorCatalog catalog = ErrorCatalog.load();
    Optional<DocumentedError> error = catalog.find(e);
    // What JAX-RS's ResourceInfo.getResourceMethod() hands an exception mapper.
    Optional<DocumentedOperation> operation = catalog.operation(startMethod());
    boolean documented = error.isPresent() && operation.isPresent()
        && operation.get().documents(error.get());
    ErrorReport.Builder report = ErrorReport.builder()
        .error(e)
        .method(operation.map(DocumentedOperation::method).orElse("POST"))
        .endpoint(operation.map(DocumentedOperation::path).orElse("/api/plants/{id}/start"))
        .fullUrl("https://plants.example.com/api/plants/42/start?dryRun=false")
        .statusCode(error.map(DocumentedError::status).orElse(500))
        .documented(documented)
        .duration(duration)
        .header("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.c2hpZnQtbGVhZA.x1Qk")
        .header("User-Agent", "plant-console/2.3")
        .queryParam("dryRun", "false")
        .requestBody("application/json", "{\"operator\": \"jdoe\", \"password\": \"hunter2\"}")
        .clientIp("10.20.0.7");
    operation.ifPresent(o -> report.operationId(o.operationId()));
    error.map(DocumentedError::code).filter(code -> !code.isEmpty()).ifPresent(report::errorCode);
    return report.build();
  }

  private static Method startMethod() {
    try {
      return PlantsResource.class.getMethod("start", long.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("PlantsResource.start(long) is the demo's endpoint", e);
    }
  }
}
