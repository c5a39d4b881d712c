package io.errorsplus.dispatch.provider.kafka;

import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.MessageTemplate;
import io.errorsplus.dispatch.ReportField;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * Writes {@link ErrorReport#toJson(MessageTemplate)} straight to UTF-8 bytes: the same bytes as
 * {@code report.toJson(template).getBytes(UTF_8)}, without the intermediate {@code String} and
 * with a fast path for plain ASCII. JSON rendering was the largest cost per record in the Kafka
 * throughput benchmark (stack traces make a report about 2.5 KB); see BENCHMARKS.md.
 *
 * <p>Reuses one scratch buffer, so calls are serialised; the provider calls it from its single
 * worker thread.
 */
final class ReportJsonEncoder {

  private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  /** A buffer grown past this for an unusually large report is dropped afterwards. */
  private static final int KEEP_AT_MOST = 256 * 1024;

  private final MessageTemplate template;
  private final byte[][] fieldNames;
  private final ReportField[] fields;
  private byte[] buf = new byte[8 * 1024];
  private int len;

  ReportJsonEncoder(MessageTemplate template) {
    this.template = template;
    this.fields = template.fields().toArray(new ReportField[0]);
    this.fieldNames = new byte[fields.length][];
    for (int i = 0; i < fields.length; i++) {
      fieldNames[i] = quotedKey(fields[i].jsonName());
    }
  }

  synchronized byte[] encode(ErrorReport report) {
    len = 0;
    put((byte) '{');
    boolean first = true;
    for (int i = 0; i < fields.length; i++) {
      if (!first) {
        put((byte) ',');
      }
      first = false;
      byte[] name = fieldNames[i];
      ensure(name.length);
      System.arraycopy(name, 0, buf, len, name.length);
      len += name.length;
      value(report.get(fields[i]));
    }
    for (Map.Entry<String, Object> e : template.constants().entrySet()) {
      if (!first) {
        put((byte) ',');
      }
      first = false;
      string(e.getKey());
      put((byte) ':');
      value(e.getValue());
    }
    put((byte) '}');
    byte[] out = Arrays.copyOf(buf, len);
    if (buf.length > KEEP_AT_MOST) {
      buf = new byte[8 * 1024];
    }
    return out;
  }

  /** The same branches, in the same order, as {@code JsonText.write}. */
  private void value(Object value) {
    if (value == null) {
      ascii("null");
    } else if (value instanceof CharSequence s) {
      string(s);
    } else if (value instanceof Boolean b) {
      ascii(b ? "true" : "false");
    } else if (value instanceof Double d) {
      floating(d);
    } else if (value instanceof Float f) {
      floating(f.doubleValue());
    } else if (value instanceof Number n) {
      ascii(n.toString());
    } else if (value instanceof Map<?, ?> map) {
      put((byte) '{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          put((byte) ',');
        }
        first = false;
        string(String.valueOf(e.getKey()));
        put((byte) ':');
        value(e.getValue());
      }
      put((byte) '}');
    } else if (value instanceof Collection<?> list) {
      put((byte) '[');
      boolean first = true;
      for (Object item : list) {
        if (!first) {
          put((byte) ',');
        }
        first = false;
        value(item);
      }
      put((byte) ']');
    } else {
      string(value.toString());
    }
  }

  private void floating(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      ascii("null");
    } else {
      ascii(new StringBuilder(24).append(d).toString());
    }
  }

  /** A JSON string literal in UTF-8, escaped exactly as {@code JsonText.quote}. */
  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the exact copy wanted for ASCII
  private void string(CharSequence s) {
    int n = s.length();
    ensure(n * 6 + 2); // worst case: every char a \\u escape
    byte[] b = buf;
    int p = len;
    b[p++] = '"';
    String str = s instanceof String x ? x : null;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (str != null && c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        // a run of plain ASCII: find its end, then copy it in one go (an array copy for Latin-1 strings)
        int end = i + 1;
        while (end < n) {
          char d = str.charAt(end);
          if (d < 0x20 || d >= 0x80 || d == '"' || d == '\\') {
            break;
          }
          end++;
        }
        str.getBytes(i, end, b, p);
        p += end - i;
        i = end - 1;
      } else if (c >= 0x20 && c < 0x80) {
        if (c == '"' || c == '\\') {
          b[p++] = '\\';
        }
        b[p++] = (byte) c;
      } else if (c < 0x20) {
        b[p++] = '\\';
        switch (c) {
          case '\n' -> b[p++] = 'n';
          case '\r' -> b[p++] = 'r';
          case '\t' -> b[p++] = 't';
          case '\b' -> b[p++] = 'b';
          case '\f' -> b[p++] = 'f';
          default -> {
            b[p++] = 'u';
            b[p++] = '0';
            b[p++] = '0';
            b[p++] = HEX[(c >> 4) & 0xF];
            b[p++] = HEX[c & 0xF];
          }
        }
      } else if (c < 0x800) {
        b[p++] = (byte) (0xC0 | (c >> 6));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (c == '\u2028' || c == '\u2029') {
        // valid JSON, but breaks JavaScript consumers; JsonText escapes them too
        b[p++] = '\\';
        b[p++] = 'u';
        b[p++] = '2';
        b[p++] = '0';
        b[p++] = '2';
        b[p++] = HEX[c & 0xF];
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        b[p++] = (byte) (0xF0 | (cp >> 18));
        b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        b[p++] = '?'; // a lone surrogate: what String.getBytes(UTF_8) writes
      } else {
        b[p++] = (byte) (0xE0 | (c >> 12));
        b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    b[p++] = '"';
    len = p;
  }

  private void ascii(String s) {
    int n = s.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      buf[len++] = (byte) s.charAt(i);
    }
  }

  private void put(byte c) {
    ensure(1);
    buf[len++] = c;
  }

  private void ensure(int more) {
    if (len + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
    }
  }

  /** {@code "name":} as UTF-8. */
  private static byte[] quotedKey(String name) {
    ReportJsonEncoder scratch = new ReportJsonEncoder();
    scratch.string(name);
    scratch.put((byte) ':');
    return Arrays.copyOf(scratch.buf, scratch.len);
  }

  /** Only for {@link #quotedKey}. */
  private ReportJsonEncoder() {
    this.template = null;
    this.fields = new ReportField[0];
    this.fieldNames = new byte[0][];
  }
}
