package io.errorsplus.dispatch;

import java.util.Collection;
import java.util.Map;

/**
 * Writes report values as JSON text: strings, numbers, booleans, {@code null}, maps and
 * collections of those. Small and allocation-light on purpose; providers use it for payloads.
 */
public final class JsonText {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonText() {}

  /** The JSON text of a value. */
  public static String of(Object value) {
    StringBuilder out = new StringBuilder(256);
    write(out, value);
    return out.toString();
  }

  /** Appends the JSON text of a value. */
  public static void write(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof CharSequence s) {
      quote(out, s);
    } else if (value instanceof Boolean b) {
      out.append(b.booleanValue());
    } else if (value instanceof Double d) {
      writeFloating(out, d);
    } else if (value instanceof Float f) {
      writeFloating(out, f.doubleValue());
    } else if (value instanceof Number n) {
      out.append(n.toString());
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        quote(out, String.valueOf(e.getKey()));
        out.append(':');
        write(out, e.getValue());
      }
      out.append('}');
    } else if (value instanceof Collection<?> list) {
      out.append('[');
      boolean first = true;
      for (Object item : list) {
        if (!first) {
          out.append(',');
        }
        first = false;
        write(out, item);
      }
      out.append(']');
    } else {
      quote(out, value.toString());
    }
  }

  /** Appends a JSON string literal, escaping quotes, backslashes and control characters. */
  public static void quote(StringBuilder out, CharSequence s) {
    out.append('"');
    int n = s.length();
    int plain = 0;
    while (plain < n && !needsEscape(s.charAt(plain))) {
      plain++;
    }
    out.append(s, 0, plain); // most text has nothing to escape: copy it in one go
    for (int i = plain; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          // U+2028/2029 are valid JSON but break JavaScript consumers; escape them too.
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append("\\u00").append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
            if (c > 0xFF) {
              out.setLength(out.length() - 4);
              out.append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
                  .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
            }
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean needsEscape(char c) {
    return c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029';
  }

  private static void writeFloating(StringBuilder out, double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      out.append("null"); // JSON has no NaN or Infinity
    } else {
      out.append(d);
    }
  }
}
