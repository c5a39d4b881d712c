package io.errorsplus.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The document the processor wrote while the sample API compiled (target/classes): valid, and
 * showing every feature the sample uses. Each test names the source feature it proves.
 */
class ExamplesDocumentTest {

  private static String json;
  private static JsonNode doc;

  @BeforeAll
  static void readDocument() throws IOException {
    URL url = ExamplesDocumentTest.class.getClassLoader().getResource(Demo.DOCUMENT);
    assertThat(url).as("the processor wrote " + Demo.DOCUMENT + " into the class output").isNotNull();
    assertThat(url.toString()).contains("/target/classes/");
    try (InputStream in = url.openStream()) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    doc = new ObjectMapper().readTree(json);
  }

  @Test
  void documentIsValidOpenApi() {
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, null);
    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
    assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
    assertThat(doc.path("info").path("title").asText()).isEqualTo("Plant manager API errors");
    assertThat(doc.path("info").path("version").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void jaxRsPathsCarryTheApplicationPathAndLoseTheirRegexes() {
    List<String> paths = new ArrayList<>();
    doc.path("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).contains(
        "/api/plants", "/api/plants/{id}", "/api/plants/{id}/start",
        "/api/plants/{plantId}/sensors", "/api/plants/{plantId}/sensors/{sensorId}", "/api/status");
    assertThat(paths).noneMatch(p -> p.contains(":") || p.contains("\\") || p.contains("*"));
    assertThat(paths).isSorted();

    // Declared on the interface PlantsApi, implemented by PlantsResource: documented once.
    assertThat(operation("/api/plants/{id}", "get").path("operationId").asText()).startsWith("get");
    JsonNode id = operation("/api/plants/{id}", "get").path("parameters").get(0);
    assertThat(id.path("name").asText()).isEqualTo("id");
    assertThat(id.path("in").asText()).isEqualTo("path");
    assertThat(id.path("required").asBoolean()).isTrue();
    assertThat(id.path("schema").path("type").asText()).isEqualTo("integer");
  }

  @Test
  void everyOperationHasItsOwnOperationId() {
    List<String> ids = new ArrayList<>();
    doc.path("paths").forEach(item -> item.properties().forEach(op -> {
      if (op.getValue().has("responses")) {
        ids.add(op.getValue().path("operationId").asText());
      }
    }));
    // 23: the JAX-RS sign-in (documented by the package 500 and its 422) joined the 22 of before
    assertThat(ids).hasSize(23).doesNotHaveDuplicates().allMatch(id -> !id.isBlank());
  }

  @Test
  void springMappingsGiveOneOperationPerPathAndMethod() {
    // @GetMapping({"/tasks", "/tasks/upcoming"}) under @RequestMapping("/maintenance")
    assertThat(operation("/maintenance/tasks", "get").isMissingNode()).isFalse();
    assertThat(operation("/maintenance/tasks/upcoming", "get").isMissingNode()).isFalse();
    assertThat(operation("/maintenance/tasks", "get").path("operationId").asText())
        .isNotEqualTo(operation("/maintenance/tasks/upcoming", "get").path("operationId").asText());
    // @RequestMapping(path = …, method = POST)
    assertThat(statuses("/maintenance/tasks/{taskId}/complete", "post")).contains("404", "500");
    // @RequestMapping("/{*path}") without method: five operations, {*path} becomes {path}
    JsonNode legacy = doc.path("paths").path("/v1/{path}");
    assertThat(legacy.isMissingNode()).isFalse();
    for (String method : List.of("get", "post", "put", "patch", "delete")) {
      assertThat(statuses("/v1/{path}", method)).as(method).containsExactly("410");
    }
    assertThat(legacy.has("head")).isFalse();
    assertThat(operation("/v1/{path}", "get").path("parameters").get(0).path("name").asText()).isEqualTo("path");
  }

  @Test
  void throwsClauseDocumentsTheDtoWithItsCodeAndExample() {
    JsonNode notFound = response("/maintenance/tasks/{taskId}", "get", "404");
    assertThat(notFound.path("description").asText()).isEqualTo("Maintenance task not found");
    assertThat(examples(notFound, "application/json").path("TaskNotFound").path("value"))
        .isEqualTo(tree("{\"detail\":\"No maintenance task with id 7\",\"code\":\"TASK_NOT_FOUND\"}"));
    assertThat(schemaRef(notFound, "application/json")).isEqualTo("#/components/schemas/ErrorBody");
  }

  @Test
  void throwsOnTheInterfaceMethodIsDocumentedForTheResourceImplementingIt() {
    // PlantsApi.get declares throws PlantNotFoundException; PlantsResource.get does not repeat it
    JsonNode notFound = response("/api/plants/{id}", "get", "404");
    assertThat(notFound.path("description").asText()).isEqualTo("Plant not found");
    assertThat(fieldNames(examples(notFound, "application/json"))).containsExactly("PlantNotFound");
  }

  @Test
  void exampleSummaryAndCodeReachTheDocument() {
    JsonNode notFound = response("/api/plants/{plantId}/sensors", "get", "404"); // class-level @Errors
    assertThat(notFound.path("description").asText()).isEqualTo("Plant not found");
    JsonNode example = examples(notFound, "application/json").path("PlantNotFound");
    assertThat(example.path("summary").asText()).isEqualTo("Unknown plant id");
    assertThat(example.path("value")).isEqualTo(tree("{\"detail\":\"No plant with id 42\",\"code\":\"PLANT_NOT_FOUND\"}"));
  }

  @Test
  void classErrorsAndThrowsOnTheSameStatusMergeIntoOneResponse() {
    JsonNode notFound = response("/api/plants/{plantId}/sensors/{sensorId}", "get", "404");
    // two dtos contributed: the description falls back to the reason phrase
    assertThat(notFound.path("description").asText()).isEqualTo("Not Found");
    JsonNode examples = examples(notFound, "application/json");
    assertThat(fieldNames(examples)).containsExactly("PlantNotFound", "Sensor not found");
    assertThat(examples.path("Sensor not found").path("value"))
        .isEqualTo(tree("{\"detail\":\"Sensor not found\",\"code\":\"SENSOR_NOT_FOUND\"}"));
  }

  @Test
  void differentBodiesOnOneStatusBecomeAnyOf() {
    JsonNode conflict = response("/maintenance/tasks", "post", "409");
    assertThat(conflict.path("description").asText()).isEqualTo("Conflict");
    JsonNode media = conflict.path("content").path("application/json");
    List<String> refs = new ArrayList<>();
    media.path("schema").path("anyOf").forEach(s -> refs.add(s.path("$ref").asText()));
    assertThat(refs).hasSize(2).contains("#/components/schemas/ErrorBody");
    String custom = refs.stream().filter(r -> !r.endsWith("/ErrorBody")).findFirst().orElseThrow();
    assertThat(resolve(custom).path("properties").has("conflictingTaskIds")).isTrue();
    // @Errors(value) first, then throws; the json example keeps its own body
    assertThat(fieldNames(media.path("examples"))).containsExactly("AlreadyRunning", "InMaintenance", "OverlappingTasks");
    assertThat(media.path("examples").path("InMaintenance").path("value")).isEqualTo(
        tree("{\"detail\":\"Plant 42 is in maintenance until 14:00\",\"code\":\"PLANT_STATE_CONFLICT\"}"));
    assertThat(media.path("examples").path("OverlappingTasks").path("value").path("conflictingTaskIds"))
        .isEqualTo(tree("[17,18]"));
  }

  @Test
  void reusableSetOnAClassAndOnAMethodAdds401And403() {
    for (String[] op : new String[][] {
        {"/api/plants/{plantId}/sensors", "get"}, // @Secured on SensorsResource
        {"/maintenance/tasks/{taskId}", "get"},   // @Secured on MaintenanceController
        {"/api/plants/{id}", "delete"}}) {        // @Secured on PlantsApi.decommission
      assertThat(statuses(op[0], op[1])).as(op[0] + " " + op[1]).contains("401", "403");
    }
    assertThat(statuses("/api/plants/{id}", "get")).doesNotContain("401", "403");
    JsonNode unauthorized = response("/api/plants/{id}", "delete", "401");
    assertThat(unauthorized.path("description").asText()).isEqualTo("Unauthorized");
    assertThat(fieldNames(examples(unauthorized, "application/json"))).containsExactly("StandardUnauthorized");
    assertThat(fieldNames(examples(response("/api/plants/{id}", "delete", "403"), "application/json")))
        .containsExactly("StandardForbidden");
  }

  @Test
  void packageErrorsReachEveryJaxRsOperationExceptTheNonInheritingOne() {
    for (String[] op : new String[][] {
        {"/api/plants", "get"}, {"/api/plants", "post"}, {"/api/plants/{id}", "get"},
        {"/api/plants/{id}/start", "post"}, {"/api/plants/{plantId}/sensors/{sensorId}", "get"}}) {
      assertThat(statuses(op[0], op[1])).as(op[0] + " " + op[1]).contains("500");
    }
    JsonNode serverError = response("/api/plants", "get", "500");
    assertThat(serverError.path("description").asText()).isEqualTo("Internal Server Error");
    assertThat(fieldNames(examples(serverError, "application/json"))).containsExactly("StandardInternalServerError");
    // Spring controllers live in another package
    assertThat(statuses("/maintenance/tasks/{taskId}", "get")).doesNotContain("500");
    // inherit = false: only the method's own 503, no package 500, and no 422 (no parameters)
    assertThat(statuses("/api/status", "get")).containsExactly("503");
    assertThat(response("/api/status", "get", "503").path("description").asText())
        .isEqualTo("Plant controllers unreachable");
  }

  @Test
  void validationErrorOnlyWhereARequestBoundParameterCanBeInvalid() {
    JsonNode validation = response("/api/plants/{id}", "get", "422");
    assertThat(validation.path("description").asText()).isEqualTo("Validation Error");
    assertThat(examples(validation, "application/json").path("StandardValidationError").path("value"))
        .isEqualTo(tree("{\"detail\":\"Validation error\"}"));
    assertThat(statuses("/maintenance/tasks", "post")).contains("422");      // @RequestBody
    assertThat(statuses("/telemetry/export", "get")).contains("422");        // @RequestParam
    assertThat(statuses("/api/plants", "get")).doesNotContain("422");        // validationError422 = false
    assertThat(statuses("/v1/{path}", "delete")).doesNotContain("422");      // validationError422 = false
    assertThat(statuses("/api/status", "get")).doesNotContain("422");        // no parameters, inherit = false
  }

  @Test
  void inlineResponsesKeepTheirDescriptionMediaTypeBodyAndExamples() {
    JsonNode duplicate = response("/api/plants", "post", "409");
    assertThat(duplicate.path("description").asText()).isEqualTo("A plant with this name already exists");
    assertThat(examples(duplicate, "application/json").path("DuplicateName").path("value"))
        .isEqualTo(tree("{\"detail\":\"A plant named 'North 2' already exists\"}"));

    JsonNode warmingUp = response("/telemetry/export", "get", "503");
    assertThat(warmingUp.path("description").asText()).isEqualTo("Telemetry archive is warming up");
    assertThat(fieldNames(warmingUp.path("content"))).containsExactly("application/problem+json");
    JsonNode body = resolve(schemaRef(warmingUp, "application/problem+json"));
    assertThat(fieldNames(body.path("properties")))
        .containsExactlyInAnyOrder("type", "title", "status", "detail", "retryAfterSeconds");
    JsonNode example = examples(warmingUp, "application/problem+json").path("WarmingUp");
    assertThat(example.path("summary").asText()).isEqualTo("Right after a deploy");
    assertThat(example.path("value").path("retryAfterSeconds").asInt()).isEqualTo(30);
  }

  @Test
  void customBodyTypeBecomesASchemaWithNestedRecordEnumListMapAndOptional() {
    JsonNode quota = response("/telemetry/readings", "post", "429");
    assertThat(quota.path("description").asText()).isEqualTo("Sensor reading quota exceeded");
    JsonNode body = resolve(schemaRef(quota, "application/json"));
    JsonNode properties = body.path("properties");
    assertThat(fieldNames(properties)).containsExactlyInAnyOrder(
        "detail", "code", "quota", "blockedSensors", "remainingBySite", "retryAfterSeconds");
    JsonNode nested = resolve(properties.path("quota").path("$ref").asText());
    assertThat(nested.path("properties").path("limit").path("type").asText()).isEqualTo("integer");
    JsonNode window = nested.path("properties").path("window");
    if (window.has("$ref")) {
      window = resolve(window.path("$ref").asText());
    }
    assertThat(window.path("enum")).isEqualTo(tree("[\"MINUTE\",\"HOUR\",\"DAY\"]"));
    assertThat(properties.path("blockedSensors").path("type").asText()).isEqualTo("array");
    assertThat(properties.path("blockedSensors").path("items").path("type").asText()).isEqualTo("string");
    assertThat(properties.path("remainingBySite").path("type").asText()).isEqualTo("object");
    assertThat(properties.path("remainingBySite").path("additionalProperties").path("type").asText()).isEqualTo("integer");
    assertThat(properties.path("retryAfterSeconds").path("type").asText()).isEqualTo("integer");
    assertThat(examples(quota, "application/json").path("HourlyQuota").path("value").path("quota"))
        .isEqualTo(tree("{\"window\":\"HOUR\",\"limit\":10000}"));
  }

  @Test
  void standardBodyIsTheDetailStyle() {
    JsonNode errorBody = doc.path("components").path("schemas").path("ErrorBody");
    assertThat(fieldNames(errorBody.path("properties"))).containsExactlyInAnyOrder("detail", "code");
    assertThat(errorBody.path("required")).isEqualTo(tree("[\"detail\"]"));
    assertThat(doc.path("components").path("schemas").has("Problem")).isFalse();
  }

  // --- reading the document

  private static JsonNode operation(String path, String method) {
    return doc.path("paths").path(path).path(method);
  }

  private static List<String> statuses(String path, String method) {
    JsonNode op = operation(path, method);
    assertThat(op.isMissingNode()).as(method + " " + path + " is documented").isFalse();
    return fieldNames(op.path("responses"));
  }

  private static JsonNode response(String path, String method, String status) {
    assertThat(statuses(path, method)).as(method + " " + path).contains(status);
    return operation(path, method).path("responses").path(status);
  }

  private static JsonNode examples(JsonNode response, String mediaType) {
    return response.path("content").path(mediaType).path("examples");
  }

  private static String schemaRef(JsonNode response, String mediaType) {
    return response.path("content").path(mediaType).path("schema").path("$ref").asText();
  }

  private static JsonNode resolve(String ref) {
    assertThat(ref).startsWith("#/components/schemas/");
    JsonNode schema = doc.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
    assertThat(schema.isMissingNode()).as(ref + " resolves").isFalse();
    return schema;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode tree(String jsonText) {
    try {
      return new ObjectMapper().readTree(jsonText);
    } catch (IOException e) {
      throw new IllegalArgumentException(jsonText, e);
    }
  }
}
