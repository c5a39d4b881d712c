package io.errorsplus.dispatch.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One operation of an errors-plus document: its error responses by status, kept as JSON trees so
 * that each target document converts them with its own mapper (OpenAPI 3.0 or 3.1 models).
 *
 * @param method the HTTP method, upper case ({@code "GET"})
 * @param path the route template as the processor wrote it ({@code "/items/{id}"})
 * @param operationId its {@code operationId}, {@code ""} when absent
 * @param responses the response objects by status key ({@code "404"}), in document order
 */
public record ErrorOperation(String method, String path, String operationId,
    Map<String, JsonNode> responses) {

  public ErrorOperation {
    Objects.requireNonNull(method, "method is required");
    Objects.requireNonNull(path, "path is required");
    Objects.requireNonNull(operationId, "operationId is required");
    responses = Collections.unmodifiableMap(new LinkedHashMap<>(responses));
  }

  /** {@code "GET /items/{id}"}, for messages. */
  public String describe() {
    return method + " " + path + (operationId.isEmpty() ? "" : " (operationId " + operationId + ")");
  }
}
