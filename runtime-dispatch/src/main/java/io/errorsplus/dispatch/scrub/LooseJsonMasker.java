package io.errorsplus.dispatch.scrub;

import io.errorsplus.dispatch.json.Json;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The best-effort path, for JSON text that does not parse (invalid, cut off, or over a parsing
 * bound): every {@code "key":} found in the text (also {@code 'key':} and {@code key:}, which
 * lenient parsers accept) whose key names a secret (escapes in a double-quoted key decoded, as a
 * parser would) gets its value replaced by {@code "[Filtered]"}, every occurrence
 * of it. The value's extent is guessed: a quoted string (double or single quotes) to its closing
 * quote, an object or array to its matching bracket (quoted text skipped), anything else to the
 * next {@code , } ] } or line end; a value cut off by the end of the text is masked to the end.
 * Everything else is kept as it is, since a malformed body is often what explains the error. Linear
 * in the text: possessive patterns and plain loops, no backtracking, no recursion.
 */
final class LooseJsonMasker {

  /** A double-quoted string: an unrolled loop of possessive quantifiers. */
  private static final String STRING = "\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"";
  /** Single-quoted, as lenient parsers (JSON5, Jackson's ALLOW_SINGLE_QUOTES) accept. */
  private static final String SINGLE = "'[^'\\\\]*+(?:\\\\.[^'\\\\]*+)*+'";
  /** An unquoted name after an opening brace, a comma or a space (ALLOW_UNQUOTED_FIELD_NAMES). */
  private static final String BARE = "(?<=[{,\\s])[A-Za-z_$][\\w$-]*+";
  private static final Pattern KEY = Pattern.compile("(" + STRING + "|" + SINGLE + "|" + BARE + ")\\s*+:\\s*+");

  private final SecretNames names;

  LooseJsonMasker(SecretNames names) {
    this.names = names;
  }

  String mask(String text) {
    Matcher m = KEY.matcher(text);
    StringBuilder out = null;
    int copied = 0;
    int from = 0;
    while (from < text.length() && m.find(from)) {
      int valueStart = m.end();
      if (!names.isSecretKey(keyOf(m.group(1)))) {
        from = valueStart; // a non-secret value may hold secret keys: keep scanning inside it
        continue;
      }
      int valueEnd = valueEnd(text, valueStart);
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, valueStart).append('"').append(ReportScrubber.FILTERED).append('"');
      copied = valueEnd;
      from = Math.max(valueEnd, valueStart + 1);
    }
    if (out == null) {
      return text;
    }
    return out.append(text, Math.min(copied, text.length()), text.length()).toString();
  }

  /** The key as a parser reads it ({@code "pass\u0077ord"} is {@code password}). */
  private static String keyOf(String quoted) {
    if (quoted.charAt(0) != '"') {
      return quoted.charAt(0) == '\'' ? quoted.substring(1, quoted.length() - 1) : quoted;
    }
    try {
      Object key = Json.parse(quoted);
      return key instanceof String s ? s : quoted;
    } catch (IllegalArgumentException e) {
      return quoted.substring(1, quoted.length() - 1);
    }
  }

  private static int valueEnd(String text, int i) {
    int n = text.length();
    if (i >= n) {
      return n;
    }
    char c = text.charAt(i);
    if (c == '"' || c == '\'') {
      return afterQuoted(text, i);
    }
    if (c == '{' || c == '[') {
      int depth = 0;
      while (i < n) {
        char d = text.charAt(i);
        if (d == '"' || d == '\'') {
          i = afterQuoted(text, i);
          continue;
        }
        if (d == '{' || d == '[') {
          depth++;
        } else if ((d == '}' || d == ']') && --depth == 0) {
          return i + 1;
        }
        i++;
      }
      return n;
    }
    while (i < n && ",}]\r\n".indexOf(text.charAt(i)) < 0) {
      i++;
    }
    return i;
  }

  /** The index after the quoted text starting at {@code i} (its quote char), or the end. */
  private static int afterQuoted(String text, int i) {
    char quote = text.charAt(i);
    for (int j = i + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == quote) {
        return j + 1;
      }
    }
    return text.length();
  }
}
