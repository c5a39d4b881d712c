package io.errorsplus.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

  /** Descriptions not worth repeating on every line: the flags' and the usual reason phrases. */
  private static final Map<String, String> STANDARD = Map.ofEntries(
      Map.entry("400", "Bad Request"), Map.entry("401", "Unauthorized"), Map.entry("403", "Forbidden"),
      Map.entry("404", "Not Found"), Map.entry("409", "Conflict"), Map.entry("410", "Gone"),
      Map.entry("422", "Validation Error"), Map.entry("429", "Too Many Requests"),
      Map.entry("500", "Internal Server Error"), Map.entry("503", "Service Unavailable"));

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
        Map<String, String> responses = new LinkedHashMap<>();
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

  /**
   * One line per operation, {@code GET    /api/plants/{id}    404 Plant not found · 422 · 500}: a
   * bare status has its standard description. Operations of one path with the same responses
   * share a line ({@code GET/PUT/POST/DELETE/PATCH /v1/{path}}).
   */
  public List<String> operationLines() {
    List<String[]> rows = new ArrayList<>();
    Operation previous = null;
    for (Operation operation : operations) {
      if (previous != null && previous.path().equals(operation.path())
          && previous.responses().equals(operation.responses())) {
        String[] last = rows.get(rows.size() - 1);
        last[0] = last[0] + "/" + operation.method();
      } else {
        rows.add(new String[] {operation.method(), operation.path(), statuses(operation)});
      }
      previous = operation;
    }
    List<String> left = rows.stream().map(r -> String.format(Locale.ROOT, "%-6s %s", r[0], r[1])).toList();
    int width = left.stream().mapToInt(String::length).max().orElse(0);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      lines.add(String.format(Locale.ROOT, "%-" + width + "s  %s", left.get(i), rows.get(i)[2]));
    }
    return lines;
  }

  private static String statuses(Operation operation) {
    StringJoiner statuses = new StringJoiner(" · ");
    operation.responses().forEach((status, description) ->
        statuses.add(description.equals(STANDARD.get(status)) ? status : status + " " + description));
    return statuses.toString();
  }

  /** {@code 22 operations on 13 paths, 62 error responses, 5 schemas}. */
  public String totals() {
    long responses = operations.stream().mapToLong(o -> o.responses().size()).sum();
    return operations.size() + " operations on " + document.path("paths").size() + " paths, "
        + responses + " error responses, " + document.path("components").path("schemas").size() + " schemas";
  }
}
