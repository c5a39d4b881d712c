package io.errorsplus.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.errorsplus.dispatch.catalog.DocumentedError;
import io.errorsplus.dispatch.catalog.DocumentedOperation;
import io.errorsplus.dispatch.catalog.ErrorCatalog;
import io.errorsplus.examples.errors.PlantNotFoundException;
import io.errorsplus.examples.errors.ReadingQuotaExceededException;
import io.errorsplus.examples.errors.ScheduleConflictException;
import io.errorsplus.examples.jaxrs.PlantsApi;
import io.errorsplus.examples.jaxrs.PlantsResource;
import io.errorsplus.examples.model.TaskRequest;
import io.errorsplus.examples.spring.MaintenanceController;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The error catalogue the processor generated while the sample API compiled (target/classes), as
 * {@code ErrorCatalog.load()} finds it.
 */
class ExamplesCatalogTest {

  private static ErrorCatalog catalog;

  @BeforeAll
  static void load() {
    catalog = ErrorCatalog.load();
  }

  @Test
  void findsADtoAndItsStandardBody() {
    PlantNotFoundException error = new PlantNotFoundException(42);
    DocumentedError found = catalog.find(error).orElseThrow();
    assertThat(found.type()).isEqualTo(PlantNotFoundException.class);
    assertThat(found.status()).isEqualTo(404);
    assertThat(found.code()).isEqualTo("PLANT_NOT_FOUND");
    assertThat(found.body(error, "/api/plants/42"))
        .isEqualTo(Map.of("detail", "No plant with id 42", "code", "PLANT_NOT_FOUND"));
  }

  @Test
  void theCustomBodyDtosAnswerWithTheirTypedBodies() {
    ScheduleConflictException conflict = new ScheduleConflictException(List.of(17L, 18L));
    assertThat(catalog.find(conflict).orElseThrow().body(conflict, "/maintenance/tasks"))
        .isEqualTo(new ScheduleConflictException.Body("Overlaps 2 scheduled tasks", "SCHEDULE_CONFLICT",
            List.of(17L, 18L)));
    ReadingQuotaExceededException quota = new ReadingQuotaExceededException("north");
    assertThat(catalog.find(quota).orElseThrow().body(quota, "/telemetry/readings"))
        .isInstanceOf(ReadingQuotaExceededException.Body.class);
  }

  @Test
  void findsTheOperationOfAResourceDeclaredOnAnInterface() throws Exception {
    DocumentedOperation start = catalog.operation(PlantsResource.class.getMethod("start", long.class))
        .orElseThrow();
    assertThat(catalog.operation(PlantsApi.class.getMethod("start", long.class))).containsSame(start);
    assertThat(start.method()).isEqualTo("POST");
    assertThat(start.path()).isEqualTo("/api/plants/{id}/start");
    assertThat(start.documents(catalog.find(new PlantNotFoundException(1)).orElseThrow())).isTrue();
  }

  @Test
  void findsTheOperationOfASpringController() throws Exception {
    DocumentedOperation schedule = catalog.operation(
        MaintenanceController.class.getMethod("schedule", TaskRequest.class)).orElseThrow();
    assertThat(schedule.path()).isEqualTo("/maintenance/tasks");
    assertThat(schedule.validationStatus()).isEqualTo(422);
    assertThat(schedule.documents(catalog.find(ScheduleConflictException.class).orElseThrow())).isTrue();
  }

  /** The catalogue and the document agree on every documented operation. */
  @Test
  void everyOperationOfTheDocumentIsInTheCatalogueAsWritten() throws IOException {
    JsonNode paths;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(Demo.DOCUMENT)) {
      paths = new ObjectMapper().readTree(in).path("paths");
    }
    List<String> documented = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : paths.properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        documented.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey() + " "
            + operation.getValue().path("operationId").asText());
      }
    }
    List<String> catalogued = catalog.operations().stream()
        .map(o -> o.method() + " " + o.path() + " " + o.operationId()).toList();
    assertThat(documented).isNotEmpty();
    assertThat(catalogued).containsAll(documented);
  }
}
