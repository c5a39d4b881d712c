package io.errorsplus.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * A few readable lines about an errors-plus OpenAPI document: one line per operation with its
 * error statuses, then totals.
 *
 * <pre>{@code
 * OpenApiSummary summary = OpenApiSummary.read(in);
 * summary.lines().forEach(System.out::println);
 * }</pre>
 */
public final class OpenApiSummary {

  /** HTTP methods in the order an OpenAPI path item lists them. */
  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /** One documented operation. */
  public record Operation(String method, String path, String operationId, Map<String, String> responses) {}

  private final JsonNode document;
  private final List<Operation> operations;

  private OpenApiSummary(JsonNode document, List<Operation> operations) {
    this.document = document;
    this.operations = List.copyOf(operations);
  }

  /** Reads a document; the stream is not closed. */
  public static OpenApiSummary read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in is required");
    JsonNode document = new ObjectMapper().readTree(in);
    List<Operation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      for (String method : METHODS) {
        JsonNode operation = path.getValue().get(method);
        if (operation == null) {
          continue;
        }
        Map<String, String> responses = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
          responses.put(response.getKey(), response.getValue().path("description").asText());
        }
        operations.add(new Operation(
            method.toUpperCase(Locale.ROOT), path.getKey(), operation.path("operationId").asText(), responses));
      }
    }
    return new OpenApiSummary(document, operations);
  }

  public List<Operation> operations() {
    return operations;
  }

  /** {@code OpenAPI 3.1.0, "Plant manager API errors" 0.1.0}. */
  public String header() {
    return "OpenAPI " + document.path("openapi").asText() + ", \""
        + document.path("info").path("title").asText() + "\" " + document.path("info").path("version").asText();
  }

  /** One line per operation, {@code GET    /api/plants/{id}    404 Plant not found · 500 …}. */
  public List<String> operationLines() {
    int width = operations.stream().mapToInt(o -> o.path().length()).max().orElse(0);
    List<String> lines = new ArrayList<>();
    for (Operation operation : operations) {
      StringJoiner statuses = new StringJoiner(" · ");
      operation.responses().forEach((status, description) -> statuses.add(status + " " + description));
      lines.add(String.format(Locale.ROOT, "%-6s %-" + width + "s  %s", operation.method(), operation.path(), statuses));
    }
    return lines;
  }

  /** {@code 21 operations on 14 paths, 58 error responses, 8 schemas}. */
  public String totals() {
    long responses = operations.stream().mapToLong(o -> o.responses().size()).sum();
    return operations.size() + " operations on " + document.path("paths").size() + " paths, "
        + responses + " error responses, " + document.path("components").path("schemas").size() + " schemas";
  }
}
