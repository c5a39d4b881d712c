package io.errorsplus.dispatch.provider.email;

/**
 * Makes one safe mail subject out of text that partly comes from the failing request (the error
 * message, the route): no control characters at all, so nothing can end the header and start
 * another ({@code "\r\nBcc: victim@example.com"}), no bidirectional overrides that would make the
 * subject read differently from what it says, whitespace collapsed, and a length cap.
 */
final class SubjectLine {

  /** Long enough for app, status, error type and route; short enough for a phone's inbox. */
  static final int MAX_LENGTH = 160;

  private SubjectLine() {}

  static String of(String raw) {
    StringBuilder out = new StringBuilder(Math.min(raw.length(), MAX_LENGTH + 1));
    boolean pendingSpace = false;
    for (int i = 0, n = raw.length(); i < n && out.length() <= MAX_LENGTH; ) {
      int cp = raw.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        pendingSpace = out.length() > 0; // CR, LF, tabs and runs of spaces become one space
        continue;
      }
      if (isInvisible(cp)) {
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.appendCodePoint(cp);
    }
    if (out.length() > MAX_LENGTH) {
      int cut = MAX_LENGTH - 1;
      if (Character.isHighSurrogate(out.charAt(cut - 1))) {
        cut--;
      }
      out.setLength(cut);
      out.append('\u2026');
    }
    return out.toString();
  }

  /** Control, format (bidi overrides, zero-width), line/paragraph separators and unassigned code points. */
  private static boolean isInvisible(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.UNASSIGNED, Character.SURROGATE, Character.PRIVATE_USE -> true;
      default -> false;
    };
  }
}
