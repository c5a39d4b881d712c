package io.errorsplus.dispatch.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runtime's JSON, on jackson-core's streaming API: one configured factory for what the
 * runtime writes and for what it reads back (spool records, answers of webhooks), and a bounded
 * one for request bodies (see {@link #HOSTILE}). Values are those of a report: strings, numbers,
 * booleans, {@code null}, maps and collections of those. Internal; not part of the API.
 */
public final class Json {

  /**
   * Writing and trusted reading (our own spool lines). Writes U+2028/U+2029 escaped (valid JSON,
   * but they end a line in JavaScript), lower-case hex, and surrogate pairs as UTF-8.
   */
  public static final JsonFactory FACTORY = new JsonFactoryBuilder()
      .characterEscapes(new LineSeparatorEscapes())
      .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .build();

  /** Nesting deeper than this in a request body is refused: it cannot be a real payload. */
  public static final int MAX_BODY_DEPTH = 256;
  /** Digits of one number in a request body; longer ones are refused (no quadratic parsing). */
  public static final int MAX_BODY_NUMBER_LENGTH = 1000;
  /** Characters of one string in a request body. */
  public static final int MAX_BODY_STRING_LENGTH = 1024 * 1024;

  /**
   * Reading request bodies, which an attacker writes: depth, number and string length bounded by
   * {@link StreamReadConstraints}; a body over a bound fails to parse like invalid JSON does.
   */
  public static final JsonFactory HOSTILE = new JsonFactoryBuilder()
      // an attacker's keys must not fill a symbol table shared by every parse
      .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
      .characterEscapes(new LineSeparatorEscapes())
      .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_BODY_DEPTH)
          .maxNumberLength(MAX_BODY_NUMBER_LENGTH)
          .maxStringLength(MAX_BODY_STRING_LENGTH)
          .build())
      .build();

  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private Json() {}

  /** The compact JSON text of a value. */
  public static String text(Object value) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** Indented JSON, one entry per line, {@code "key": value} (what people read in a message). */
  public static String pretty(Object value) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(PRETTY);
      write(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The compact JSON of a value as UTF-8 bytes. */
  public static byte[] utf8(Object value) {
    ByteArrayBuilder out = new ByteArrayBuilder(FACTORY._getBufferRecycler(), 512);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bytes = out.toByteArray();
    out.release();
    return bytes;
  }

  /** Writes one value; NaN and infinities (which JSON has not) as {@code null}, others as text. */
  public static void write(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof CharSequence s) {
      g.writeString(s.toString());
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Double d) {
      writeFloating(g, d);
    } else if (value instanceof Float f) {
      writeFloating(g, f.doubleValue());
    } else if (value instanceof Integer i) {
      g.writeNumber(i);
    } else if (value instanceof Long l) {
      g.writeNumber(l);
    } else if (value instanceof Number n) {
      g.writeNumber(n.toString());
    } else if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof Collection<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        write(g, item);
      }
      g.writeEndArray();
    } else {
      g.writeString(value.toString());
    }
  }

  private static void writeFloating(JsonGenerator g, double d) throws IOException {
    if (Double.isFinite(d)) {
      g.writeNumber(d);
    } else {
      g.writeNull();
    }
  }

  /**
   * Reads one JSON value spanning the whole text, with the trusted factory: objects become
   * {@link LinkedHashMap}s (key order kept), arrays {@link ArrayList}s, integers {@code Long} (or
   * {@code BigInteger}), other numbers {@code BigDecimal}.
   *
   * @throws IllegalArgumentException when the text is not one JSON value, with Jackson's reason
   */
  public static Object parse(String text) {
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new IllegalArgumentException("invalid JSON: no value");
      }
      Object value = read(p, first);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("invalid JSON: text after the value at " + p.currentLocation());
      }
      return value;
    } catch (IOException e) {
      throw new IllegalArgumentException("invalid JSON: "
          + (e instanceof JsonProcessingException j ? j.getOriginalMessage() + " at " + j.getLocation() : e.toString()), e);
    }
  }

  private static Object read(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        String name;
        while ((name = p.nextFieldName()) != null) {
          map.put(name, read(p, p.nextToken()));
        }
        return map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        JsonToken item;
        while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
          list.add(read(p, item));
        }
        return list;
      }
      case VALUE_STRING -> {
        return p.getText();
      }
      case VALUE_NUMBER_INT -> {
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue() : p.getLongValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        return p.getDecimalValue();
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new IllegalArgumentException("invalid JSON: unexpected " + t + " at " + p.currentLocation());
    }
  }

  /** The standard escapes plus U+2028 and U+2029. */
  private static final class LineSeparatorEscapes extends CharacterEscapes {
    private static final int[] ASCII = CharacterEscapes.standardAsciiEscapesForJSON();
    private static final SerializableString LS = new SerializedString("\\u2028");
    private static final SerializableString PS = new SerializedString("\\u2029");

    @Override
    public int[] getEscapeCodesForAscii() {
      return ASCII;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == '\u2028' ? LS : ch == '\u2029' ? PS : null;
    }
  }
}
