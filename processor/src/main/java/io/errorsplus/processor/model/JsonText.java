package io.errorsplus.processor.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Example bodies as compact JSON text, parsed and written with jackson-core's streaming API only.
 * (jackson-databind's start-up and bean introspection cost more than the whole rest of the
 * processor; a compiler plug-in has to stay cheap.)
 */
public final class JsonText {

  /** Shared and thread-safe; duplicate keys are an error. */
  public static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private JsonText() {}

  /**
   * The compact form of one JSON value.
   *
   * @throws JsonProcessingException when the text is not exactly one valid JSON value
   */
  public static String normalize(String json) throws JsonProcessingException {
    StringWriter out = new StringWriter(json.length());
    try (JsonParser parser = FACTORY.createParser(json);
        JsonGenerator generator = FACTORY.createGenerator(out)) {
      if (parser.nextToken() == null) {
        throw new JsonProcessingException("no JSON value") {
          private static final long serialVersionUID = 1L;
        };
      }
      generator.copyCurrentStructure(parser);
      if (parser.nextToken() != null) {
        throw new JsonProcessingException("text after the JSON value", parser.currentLocation()) {
          private static final long serialVersionUID = 1L;
        };
      }
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The top-level property names of a JSON object text; empty for other values. */
  public static List<String> fieldNames(String json) {
    List<String> names = new ArrayList<>();
    try (JsonParser parser = FACTORY.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return names;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        names.add(parser.currentName());
        parser.nextToken();
        parser.skipChildren();
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a compact JSON object from alternating names and values (String or Integer). */
  public static String object(Object... namesAndValues) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      generator.writeStartObject();
      for (int i = 0; i < namesAndValues.length; i += 2) {
        generator.writeFieldName((String) namesAndValues[i]);
        Object value = namesAndValues[i + 1];
        if (value instanceof Integer number) {
          generator.writeNumber(number);
        } else {
          generator.writeString((String) value);
        }
      }
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A JSON string literal. */
  public static String string(String text) {
    StringWriter out = new StringWriter(text.length() + 2);
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      generator.writeString(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
