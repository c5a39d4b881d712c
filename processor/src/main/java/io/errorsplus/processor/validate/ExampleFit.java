package io.errorsplus.processor.validate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.errorsplus.processor.model.JsonText;
import io.errorsplus.processor.model.ObjectSchema;
import io.errorsplus.processor.model.SchemaCatalog;
import io.errorsplus.processor.model.TypeSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks an example body against the schema the document gives it, as a JSON Schema validator
 * does: an object where a component schema is, every required property present, strings,
 * integers, numbers, booleans, enum values, arrays and maps where the schema says so, at any
 * depth. A property the schema does not declare is reported too, but as a lint of its own: the
 * schemas are open, so a validator accepts it.
 */
final class ExampleFit {

  /** What is wrong at one place of an example. */
  sealed interface Misfit {
    /** A required property is absent from an object of schema {@code schemaName}. */
    record Missing(String property, String schemaName) implements Misfit {}

    /** A property that schema {@code schemaName} does not declare (accepted by validators). */
    record NotDeclared(String property, String schemaName) implements Misfit {}

    /** A value of the wrong kind at {@code pointer} (a JSON pointer, "" for the whole body). */
    record WrongValue(String pointer, String found, String expected) implements Misfit {}
  }

  private static final Object NULL = new Object();

  private final SchemaCatalog catalog;

  ExampleFit(SchemaCatalog catalog) {
    this.catalog = catalog;
  }

  /** The misfits of a compact JSON text against a schema, in document order. */
  List<Misfit> check(String json, TypeSchema schema) {
    List<Misfit> misfits = new ArrayList<>();
    try (JsonParser parser = JsonText.FACTORY.createParser(json)) {
      parser.nextToken();
      check(read(parser), schema, "", misfits);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the text was normalised, so it parses
    }
    return misfits;
  }

  private void check(Object value, TypeSchema schema, String pointer, List<Misfit> into) {
    if (schema instanceof TypeSchema.Ref ref) {
      Optional<ObjectSchema> object = catalog.schema(ref.name());
      if (object.isEmpty()) {
        return;
      }
      if (!(value instanceof Map<?, ?> map)) {
        into.add(new Misfit.WrongValue(pointer, kind(value), "an object (" + ref.name() + ")"));
        return;
      }
      for (Map.Entry<?, ?> field : map.entrySet()) {
        String name = (String) field.getKey();
        Optional<ObjectSchema.Property> property = object.get().property(name);
        if (property.isEmpty()) {
          into.add(new Misfit.NotDeclared(name, ref.name()));
        } else {
          check(field.getValue(), property.get().schema(), pointer + "/" + name, into);
        }
      }
      for (ObjectSchema.Property property : object.get().properties()) {
        if (property.required() && !map.containsKey(property.name())) {
          into.add(new Misfit.Missing(property.name(), ref.name()));
        }
      }
    } else if (schema instanceof TypeSchema.Scalar scalar) {
      boolean fits = switch (scalar.type()) {
        case "string" -> value instanceof String s && (scalar.enumValues().isEmpty() || scalar.enumValues().contains(s));
        case "integer" -> value instanceof BigDecimal n && n.stripTrailingZeros().scale() <= 0;
        case "number" -> value instanceof BigDecimal;
        case "boolean" -> value instanceof Boolean;
        default -> true;
      };
      if (!fits) {
        String expected = !scalar.enumValues().isEmpty() ? "one of " + String.join(", ", scalar.enumValues())
            : scalar.type().equals("integer") ? "an integer" : "a " + scalar.type();
        into.add(new Misfit.WrongValue(pointer, kind(value), expected));
      }
    } else if (schema instanceof TypeSchema.ArrayOf array) {
      if (!(value instanceof List<?> list)) {
        into.add(new Misfit.WrongValue(pointer, kind(value), "an array"));
        return;
      }
      for (int i = 0; i < list.size(); i++) {
        check(list.get(i), array.items(), pointer + "/" + i, into);
      }
    } else if (schema instanceof TypeSchema.MapOf mapOf) {
      if (!(value instanceof Map<?, ?> map)) {
        into.add(new Misfit.WrongValue(pointer, kind(value), "an object"));
        return;
      }
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        check(entry.getValue(), mapOf.values(), pointer + "/" + entry.getKey(), into);
      }
    }
  }

  private static String kind(Object value) {
    if (value == NULL) {
      return "null";
    }
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof List) {
      return "an array";
    }
    if (value instanceof String s) {
      return "\"" + s + "\"";
    }
    return String.valueOf(value);
  }

  /** The value at the parser's current token: maps, lists, strings, BigDecimals, booleans, NULL. */
  private static Object read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          map.put(name, read(parser));
        }
        return map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          list.add(read(parser));
        }
        return list;
      }
      case VALUE_STRING -> {
        return parser.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return parser.getDecimalValue();
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return parser.getBooleanValue();
      }
      default -> {
        return NULL;
      }
    }
  }
}
