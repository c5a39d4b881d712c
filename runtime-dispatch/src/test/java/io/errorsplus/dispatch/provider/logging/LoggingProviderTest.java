package io.errorsplus.dispatch.provider.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.MessageTemplate;
import io.errorsplus.dispatch.ReportField;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/** Reads what the real SLF4J binding of the tests (slf4j-simple, writing to System.err) prints. */
class LoggingProviderTest {

  private static final ErrorReport REPORT = ErrorReport.builder()
      .appName("shop").error(new IllegalStateException("stock is empty"))
      .method("GET").endpoint("/items/{id}").statusCode(500).duration(Duration.ofMillis(3))
      .guidError("guid-1").occurrences(3).build();

  private static String logged(LoggingProvider provider) {
    PrintStream original = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      provider.send(REPORT);
    } finally {
      System.setErr(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void logsOneReadableLineFollowedByTheJson() throws Exception {
    String out = logged(new LoggingProvider());
    assertThat(out).contains("ERROR errors-plus.reports - 500 IllegalStateException at GET /items/{id}: stock is empty (x3) [guid_error=guid-1] {");
    JsonNode json = new ObjectMapper().readTree(out.substring(out.indexOf("] {") + 2, out.lastIndexOf('}') + 1));
    assertThat(json.get("app_name").asText()).isEqualTo("shop");
    assertThat(json.has("traceback")).isTrue();
    assertThat(json.size()).isEqualTo(ReportField.values().length);
  }

  @Test
  void levelLoggerNameAndTemplateAreConfigurable() throws Exception {
    String out = logged(LoggingProvider.builder().level(Level.WARN).loggerName("alerts")
        .template(MessageTemplate.of(ReportField.APP_NAME, ReportField.STATUS_CODE).withConstant("env", "prod")).build());
    assertThat(out).contains("WARN alerts - 500 IllegalStateException");
    JsonNode json = new ObjectMapper().readTree(out.substring(out.indexOf("] {") + 2, out.lastIndexOf('}') + 1));
    assertThat(json.toString()).isEqualTo("{\"app_name\":\"shop\",\"status_code\":500,\"env\":\"prod\"}");
  }

  @Test
  void aLevelTheLoggerDoesNotEnablePrintsNothing() {
    // slf4j-simple logs INFO and above by default.
    assertThat(logged(LoggingProvider.builder().level(Level.DEBUG).build())).isEmpty();
  }

  @Test
  void itsNameIsLogging() {
    assertThat(new LoggingProvider().name()).isEqualTo("logging");
  }
}
