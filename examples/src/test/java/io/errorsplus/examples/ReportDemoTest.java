package io.errorsplus.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's run-time part with the real dispatcher and file provider. */
class ReportDemoTest {

  @Test
  void failingRequestReachesTheFileAsOneScrubbedJsonLine(@TempDir Path folder) throws Exception {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("reports.jsonl"), "{\"left\":\"from an earlier run\"}\n");

    ReportDemo.Outcome outcome = ReportDemo.run(folder);

    assertThat(outcome.drained()).isTrue();
    assertThat(outcome.file()).isEqualTo(folder.resolve("reports.jsonl"));
    assertThat(Files.readAllLines(outcome.file())).containsExactly(outcome.line());
    assertThat(outcome.line()).doesNotContain("eyJhbGci", "hunter2");

    JsonNode report = outcome.report();
    assertThat(outcome.authorization()).isEqualTo("[Filtered]");
    assertThat(report.path("headers").path("User-Agent").asText()).isEqualTo("plant-console/2.3");
    assertThat(outcome.requestBody()).contains("\"operator\"").contains("[Filtered]");
    assertThat(report.path("app_name").asText()).isEqualTo("api-plant-manager");
    assertThat(report.path("endpoint").asText()).isEqualTo("/api/plants/{id}/start");
    assertThat(report.path("method").asText()).isEqualTo("POST");
    assertThat(report.path("error_type").asText()).isEqualTo("PlantNotFoundException");
    assertThat(report.path("error_details").asText()).isEqualTo("No plant with id 42");
    assertThat(report.path("traceback").asText()).contains("PlantsResource");
    // from the error catalogue the processor generated from the same @ErrorDto and endpoint
    assertThat(report.path("operation_id").asText()).isEqualTo("start");
    assertThat(report.path("status_code").asInt()).isEqualTo(404);
    assertThat(report.path("error_code").asText()).isEqualTo("PLANT_NOT_FOUND");
    assertThat(report.path("documented").asBoolean()).isTrue();
    assertThat(report.path("guid_error").asText()).matches("[0-9a-f-]{36}");
  }
}
