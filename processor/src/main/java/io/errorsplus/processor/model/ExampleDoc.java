package io.errorsplus.processor.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One named example of an error body.
 *
 * @param name the key in the {@code examples} map
 * @param summary the summary, or {@code ""}
 * @param value the body (never mutated once built)
 */
public record ExampleDoc(String name, String summary, JsonNode value) {
  public ExampleDoc {
    Objects.requireNonNull(name, "name is required");
    Objects.requireNonNull(summary, "summary is required");
    Objects.requireNonNull(value, "value is required");
  }

  public ExampleDoc withName(String newName) {
    return new ExampleDoc(newName, summary, value);
  }
}
