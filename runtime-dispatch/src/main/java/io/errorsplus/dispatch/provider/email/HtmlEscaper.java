package io.errorsplus.dispatch.provider.email;

/**
 * Escapes text for HTML element content and double- or single-quoted attribute values. Every value
 * that reaches the HTML part of a mail passes through here: error details, headers and request
 * bodies are written by whoever sent the failing request.
 */
final class HtmlEscaper {

  private HtmlEscaper() {}

  /** The text with {@code & < > " '} escaped and control characters other than tab and newline dropped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    append(out, text);
    return out.toString();
  }

  /** Appends the escaped text. */
  static void append(StringBuilder out, CharSequence text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n', '\t' -> out.append(c);
        case '\r' -> { } // a CRLF keeps its LF; a lone CR carries nothing worth showing
        default -> {
          if (!Character.isISOControl(c)) {
            out.append(c);
          }
        }
      }
    }
  }
}
