package io.errorsplus.processor.model;

import java.util.List;
import java.util.Optional;

/** A component schema of type object, with properties in declaration order. */
public record ObjectSchema(List<Property> properties) {

  public ObjectSchema {
    properties = List.copyOf(properties);
  }

  /** One property; {@code required} when it can never be absent (a primitive). */
  public record Property(String name, TypeSchema schema, boolean required) {}

  public Optional<Property> property(String name) {
    return properties.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
