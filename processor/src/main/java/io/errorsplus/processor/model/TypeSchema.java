package io.errorsplus.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * The schema of a value, as derived from a Java type; object types are {@link Ref}s to components.
 *
 * <p>Schemas are compared and hashed while responses merge. The records write {@code equals} and
 * {@code hashCode} by hand: a record's generated ones are bound by {@code invokedynamic} on their
 * first call, a cost that every cold build pays per record class (BENCHMARKS.md, what a cold build
 * pays).
 */
public sealed interface TypeSchema {

  /** A reference to {@code #/components/schemas/<name>}. */
  record Ref(String name) implements TypeSchema {
    public Ref {
      Objects.requireNonNull(name, "name is required");
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Ref r && name.equals(r.name);
    }

    @Override
    public int hashCode() {
      return name.hashCode();
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

    @Override
    public boolean equals(Object o) {
      return o instanceof Scalar s && type.equals(s.type) && Objects.equals(format, s.format)
          && enumValues.equals(s.enumValues);
    }

    @Override
    public int hashCode() {
      return (type.hashCode() * 31 + Objects.hashCode(format)) * 31 + enumValues.hashCode();
    }
  }

  /** An array of items. */
  record ArrayOf(TypeSchema items) implements TypeSchema {
    @Override
    public boolean equals(Object o) {
      return o instanceof ArrayOf a && Objects.equals(items, a.items);
    }

    @Override
    public int hashCode() {
      return 31 + Objects.hashCode(items);
    }
  }

  /** An object with arbitrary keys (a {@code Map}). */
  record MapOf(TypeSchema values) implements TypeSchema {
    @Override
    public boolean equals(Object o) {
      return o instanceof MapOf m && Objects.equals(values, m.values);
    }

    @Override
    public int hashCode() {
      return 37 + Objects.hashCode(values);
    }
  }

  /** Any value ({@code Object}, type variables). */
  record AnyValue() implements TypeSchema {
    @Override
    public boolean equals(Object o) {
      return o instanceof AnyValue;
    }

    @Override
    public int hashCode() {
      return 41;
    }
  }
}
