package io.errorsplus.processor.model;

import java.util.Objects;

/**
 * One named example of an error body.
 *
 * @param name the key in the {@code examples} map
 * @param summary the summary, or {@code ""}
 * @param json the body as compact JSON text (see {@link JsonText#normalize})
 */
public record ExampleDoc(String name, String summary, String json) {
  public ExampleDoc {
    Objects.requireNonNull(name, "name is required");
    Objects.requireNonNull(summary, "summary is required");
    Objects.requireNonNull(json, "json is required");
  }

  public ExampleDoc withName(String newName) {
    return new ExampleDoc(newName, summary, json);
  }
}
