package io.errorsplus.processor.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The component schemas of the document: the standard bodies and every schema derived from a
 * {@code body = X.class}. Each Java type gets one name, so a type is derived once however many
 * responses use it: a nested type is always named within its top-level type
 * ({@code ReadingQuotaExceededException.Body}, whatever other types exist); a top-level type by
 * its simple name, or, when another type already has that name, by its qualified name
 * ({@code shop_other_Body}).
 */
public final class SchemaCatalog {

  private final SortedMap<String, ObjectSchema> schemas = new TreeMap<>();
  private final Map<String, String> namesByType = new HashMap<>();
  private final Map<String, String> typesByName = new HashMap<>();

  /** The standard {@code ErrorBody} schema: {@code {detail (required), code}}. */
  public static final ObjectSchema ERROR_BODY = new ObjectSchema(List.of(
      new ObjectSchema.Property("detail", TypeSchema.Scalar.of("string"), true),
      new ObjectSchema.Property("code", TypeSchema.Scalar.of("string"), false)));

  /** The RFC 9457 {@code Problem} schema. */
  public static final ObjectSchema PROBLEM = new ObjectSchema(List.of(
      new ObjectSchema.Property("type", TypeSchema.Scalar.of("string", "uri-reference"), false),
      new ObjectSchema.Property("title", TypeSchema.Scalar.of("string"), false),
      new ObjectSchema.Property("status", TypeSchema.Scalar.of("integer", "int32"), false),
      new ObjectSchema.Property("detail", TypeSchema.Scalar.of("string"), false),
      new ObjectSchema.Property("instance", TypeSchema.Scalar.of("string", "uri-reference"), false),
      new ObjectSchema.Property("code", TypeSchema.Scalar.of("string"), false)));

  public SchemaCatalog() {
    // The standard bodies' names are reserved so a user type never takes them.
    typesByName.put("ErrorBody", "<standard>");
    typesByName.put("Problem", "<standard>");
  }

  /** The component name already given to a type, if any. */
  public Optional<String> nameOf(String qualifiedTypeName) {
    return Optional.ofNullable(namesByType.get(qualifiedTypeName));
  }

  /**
   * Gives a type its component name, before its schema is derived (so recursion can refer to it).
   *
   * @param nameInTopLevel {@code Outer.Inner} for a nested type, the simple name otherwise
   */
  public String reserve(String qualifiedTypeName, String nameInTopLevel) {
    String existing = namesByType.get(qualifiedTypeName);
    if (existing != null) {
      return existing;
    }
    String name = nameInTopLevel;
    if (typesByName.containsKey(name)) {
      name = qualifiedTypeName.replace('.', '_').replace('$', '_');
    }
    int n = 2;
    String base = name;
    while (typesByName.containsKey(name)) {
      name = base + "_" + n++;
    }
    namesByType.put(qualifiedTypeName, name);
    typesByName.put(name, qualifiedTypeName);
    return name;
  }

  public void define(String name, ObjectSchema schema) {
    schemas.put(name, schema);
  }

  /** Adds a standard body schema (only those used end up in the document). */
  public void useStandard(ProcessorOptions.BodyStyle style) {
    schemas.put(style.schemaName(),
        style == ProcessorOptions.BodyStyle.DETAIL ? ERROR_BODY : PROBLEM);
  }

  public Optional<ObjectSchema> schema(String name) {
    if (name.equals("ErrorBody")) {
      return Optional.of(ERROR_BODY);
    }
    if (name.equals("Problem")) {
      return Optional.of(PROBLEM);
    }
    return Optional.ofNullable(schemas.get(name));
  }

  /** Every defined schema, sorted by name. */
  public SortedMap<String, ObjectSchema> schemas() {
    return Collections.unmodifiableSortedMap(schemas);
  }
}
