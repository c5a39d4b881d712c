package io.errorsplus.dispatch;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which fields of a report a provider shows, plus constant extra fields. Immutable.
 *
 * <pre>{@code
 * MessageTemplate.all().without(ReportField.TRACEBACK, ReportField.HEADERS)
 * MessageTemplate.of(ReportField.APP_NAME, ReportField.ERROR_TYPE).withConstant("env", "prod")
 * }</pre>
 */
public final class MessageTemplate {

  private static final MessageTemplate ALL =
      new MessageTemplate(EnumSet.allOf(ReportField.class), Map.of());

  private final Set<ReportField> fields;
  private final Map<String, Object> constants;

  private MessageTemplate(EnumSet<ReportField> fields, Map<String, Object> constants) {
    this.fields = Collections.unmodifiableSet(fields);
    this.constants = constants;
  }

  /** Every field. */
  public static MessageTemplate all() {
    return ALL;
  }

  /** Exactly these fields, written in {@link ReportField} order. */
  public static MessageTemplate of(ReportField... fields) {
    EnumSet<ReportField> set = EnumSet.noneOf(ReportField.class);
    for (ReportField f : fields) {
      set.add(Objects.requireNonNull(f, "field is required"));
    }
    return new MessageTemplate(set, Map.of());
  }

  /** This template less these fields. */
  public MessageTemplate without(ReportField... removed) {
    EnumSet<ReportField> set = copyOfFields();
    for (ReportField f : removed) {
      set.remove(Objects.requireNonNull(f, "field is required"));
    }
    return new MessageTemplate(set, constants);
  }

  /** This template plus these fields. */
  public MessageTemplate with(ReportField... added) {
    EnumSet<ReportField> set = copyOfFields();
    for (ReportField f : added) {
      set.add(Objects.requireNonNull(f, "field is required"));
    }
    return new MessageTemplate(set, constants);
  }

  /**
   * This template plus a constant field written after the report's fields, e.g. {@code env=prod}.
   *
   * @param name a key that is not one of the report's JSON names
   * @param value a String, Number or Boolean
   */
  public MessageTemplate withConstant(String name, Object value) {
    Objects.requireNonNull(name, "name is required");
    Objects.requireNonNull(value, "value is required");
    if (name.isBlank()) {
      throw new IllegalArgumentException("constant name must not be blank");
    }
    for (ReportField f : ReportField.values()) {
      if (f.jsonName().equals(name)) {
        throw new IllegalArgumentException(
            "constant '" + name + "' clashes with the report field of that name; choose another name");
      }
    }
    if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
      throw new IllegalArgumentException(
          "constant '" + name + "' must be a String, Number or Boolean, not " + value.getClass().getName());
    }
    Map<String, Object> copy = new LinkedHashMap<>(constants);
    copy.put(name, value);
    return new MessageTemplate(copyOfFields(), Collections.unmodifiableMap(copy));
  }

  /** Whether this template shows the field. */
  public boolean includes(ReportField field) {
    return fields.contains(field);
  }

  /** The fields shown, in {@link ReportField} order. */
  public Set<ReportField> fields() {
    return fields;
  }

  /** The constant extra fields, in the order they were added. */
  public Map<String, Object> constants() {
    return constants;
  }

  private EnumSet<ReportField> copyOfFields() {
    return fields.isEmpty() ? EnumSet.noneOf(ReportField.class) : EnumSet.copyOf(fields);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MessageTemplate t && t.fields.equals(fields) && t.constants.equals(constants);
  }

  @Override
  public int hashCode() {
    return fields.hashCode() * 31 + constants.hashCode();
  }

  @Override
  public String toString() {
    return "MessageTemplate" + fields + (constants.isEmpty() ? "" : " + " + constants);
  }
}
