package io.errorsplus.dispatch.provider.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.errorsplus.dispatch.ErrorDispatcher;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.MessageTemplate;
import io.errorsplus.dispatch.ReportField;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesFileProviderTest {

  @TempDir Path dir;
  private final ObjectMapper json = new ObjectMapper();

  private static ErrorReport report(int i) {
    return ErrorReport.builder().appName("shop").errorType("IllegalStateException").errorDetails("n" + i)
        .traceback("java.lang.IllegalStateException: n" + i + "\n\tat a.B.c(B.java:1)").statusCode(500).build();
  }

  @Test
  void writesOneJsonReportPerLineCreatingParentFolders() throws Exception {
    Path file = dir.resolve("nested/deeper/errors.jsonl");
    try (JsonLinesFileProvider p = new JsonLinesFileProvider(file)) {
      p.send(report(1));
      p.sendBatch(List.of(report(2), report(3)));
    }
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(3);
    for (int i = 0; i < 3; i++) {
      JsonNode n = json.readTree(lines.get(i));
      assertThat(n.get("error_details").asText()).isEqualTo("n" + (i + 1));
      assertThat(n.get("traceback").asText()).contains("\n\tat a.B.c");
      assertThat(n.size()).isEqualTo(ReportField.values().length);
    }
  }

  @Test
  void flushAndCloseAreSafeAndLaterWritesFailClearly() throws Exception {
    Path file = dir.resolve("errors.jsonl");
    JsonLinesFileProvider p = new JsonLinesFileProvider(file);
    p.send(report(1));
    p.flush();
    p.close();
    p.flush(); // nothing left to force
    assertThat(Files.readAllLines(file)).hasSize(1);
    assertThatThrownBy(() -> p.send(report(2))).hasMessageContaining("is closed");
  }

  @Test
  void theTemplateChoosesTheFields() throws Exception {
    Path file = dir.resolve("errors.jsonl");
    try (JsonLinesFileProvider p = new JsonLinesFileProvider(file,
        MessageTemplate.of(ReportField.ERROR_DETAILS).withConstant("env", "prod"))) {
      p.send(report(1));
    }
    assertThat(Files.readAllLines(file)).containsExactly("{\"error_details\":\"n1\",\"env\":\"prod\"}");
  }

  @Test
  void rotatesBySizeKeepingNFiles() throws Exception {
    Path file = dir.resolve("errors.jsonl");
    int lineBytes = (report(10).toJson(MessageTemplate.all()) + "\n").length();
    try (JsonLinesFileProvider p = JsonLinesFileProvider.builder(file)
        .maxFileBytes(lineBytes * 3L).maxRotatedFiles(2).syncEveryReport(true).build()) {
      for (int i = 10; i < 30; i++) {
        p.send(report(i));
      }
    }
    assertThat(Files.exists(dir.resolve("errors.jsonl.1"))).isTrue();
    assertThat(Files.exists(dir.resolve("errors.jsonl.2"))).isTrue();
    assertThat(Files.exists(dir.resolve("errors.jsonl.3"))).isFalse();
    List<String> kept = new ArrayList<>();
    for (String f : List.of("errors.jsonl.2", "errors.jsonl.1", "errors.jsonl")) {
      List<String> lines = Files.readAllLines(dir.resolve(f));
      assertThat(Files.size(dir.resolve(f))).isLessThanOrEqualTo(lineBytes * 3L);
      for (String l : lines) {
        kept.add(json.readTree(l).get("error_details").asText());
      }
    }
    // The newest reports, in order: 20 reports, 3 per file, so the last 8 are kept (2 + 3 + 3).
    assertThat(kept).containsExactly("n22", "n23", "n24", "n25", "n26", "n27", "n28", "n29");
  }

  @Test
  void anUnwritablePathIsAClearError() throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
    assertThatThrownBy(() -> new JsonLinesFileProvider(notAFolder.resolve("errors.jsonl")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot write to").hasMessageContaining("choose a file in a writable folder");
    assertThatThrownBy(() -> new JsonLinesFileProvider(dir))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("it is a folder");
  }

  @Test
  void worksThroughTheDispatcher() throws Exception {
    Path file = dir.resolve("out/errors.jsonl");
    try (ErrorDispatcher d = ErrorDispatcher.builder().appName("shop").spoolDirectory(dir.resolve("spool"))
        .shutdownHook(false).provider(new JsonLinesFileProvider(file)).build()) {
      d.capture(ErrorReport.builder().error(new IllegalStateException("x")).header("Cookie", "id=1").build());
      assertThat(d.flush(Duration.ofSeconds(10))).isTrue();
    }
    JsonNode n = json.readTree(Files.readAllLines(file).get(0));
    assertThat(n.get("headers").get("Cookie").asText()).isEqualTo("[Filtered]");
    assertThat(n.get("guid_error").asText()).isNotEmpty();
  }
}
