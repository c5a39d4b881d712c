package io.errorsplus.processor.model;

import java.util.List;
import java.util.Objects;

/** The schema of a value, as derived from a Java type; object types are {@link Ref}s to components. */
public sealed interface TypeSchema {

  /** A reference to {@code #/components/schemas/<name>}. */
  record Ref(String name) implements TypeSchema {
    public Ref {
      Objects.requireNonNull(name, "name is required");
    }
  }

  /** A scalar: {@code string}, {@code integer}, {@code number} or {@code boolean}. */
  record Scalar(String type, String format, List<String> enumValues) implements TypeSchema {
    public Scalar {
      Objects.requireNonNull(type, "type is required");
      enumValues = List.copyOf(enumValues);
    }

    public static Scalar of(String type) {
      return new Scalar(type, null, List.of());
    }

    public static Scalar of(String type, String format) {
      return new Scalar(type, format, List.of());
    }
  }

  /** An array of items. */
  record ArrayOf(TypeSchema items) implements TypeSchema {}

  /** An object with arbitrary keys (a {@code Map}). */
  record MapOf(TypeSchema values) implements TypeSchema {}

  /** Any value ({@code Object}, type variables). */
  record AnyValue() implements TypeSchema {}
}
