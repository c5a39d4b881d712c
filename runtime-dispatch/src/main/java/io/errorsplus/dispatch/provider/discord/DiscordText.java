package io.errorsplus.dispatch.provider.discord;

/**
 * Text rules of a Discord message: mentions that must not ping, truncation with a visible marker,
 * and code blocks whose fences stay balanced however the content looks.
 */
final class DiscordText {

  /** Appended wherever text was cut, so a reader knows there was more. */
  static final String TRUNCATION_MARKER = "…[truncated]";

  /** Zero-width space: breaks mention and fence syntax without changing what a reader sees. */
  static final char ZWSP = '\u200B';

  private static final String FENCE = "```";

  private DiscordText() {}

  /**
   * Breaks {@code @everyone}, {@code @here} and {@code <@…>} (users, {@code <@!…>}, roles
   * {@code <@&…>}) with a zero-width space after the {@code @}. The payload's
   * {@code allowed_mentions} already forbids pings; this keeps them harmless if the message is
   * ever copied or re-posted elsewhere.
   */
  static String neutraliseMentions(String text) {
    if (text == null || text.indexOf('@') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      out.append(c);
      if (c == '@'
          && ((i > 0 && text.charAt(i - 1) == '<')
              || text.regionMatches(true, i + 1, "everyone", 0, 8)
              || text.regionMatches(true, i + 1, "here", 0, 4))) {
        out.append(ZWSP);
      }
    }
    return out.toString();
  }

  /** Breaks every run of three or more backticks, so text can neither open nor close a code block. */
  static String breakFences(String text) {
    if (!text.contains(FENCE)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    int run = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == '`') {
        if (run == 2) {
          out.append(ZWSP);
          run = 0;
        }
        run++;
      } else {
        run = 0;
      }
      out.append(c);
    }
    return out.toString();
  }

  /** The text, or its start plus {@link #TRUNCATION_MARKER}, in at most {@code max} characters. */
  static String truncate(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    if (max <= TRUNCATION_MARKER.length()) {
      return text.substring(0, safeCut(text, max));
    }
    return text.substring(0, safeCut(text, max - TRUNCATION_MARKER.length())) + TRUNCATION_MARKER;
  }

  /**
   * A fenced code block of at most {@code max} characters. Fences inside the content are broken so
   * the block always closes; cut content ends with the marker on its own line, inside the block.
   */
  static String codeBlock(String language, String content, int max) {
    String open = FENCE + language + "\n";
    String close = "\n" + FENCE;
    String body = breakFences(content);
    int room = max - open.length() - close.length();
    if (body.length() > room) {
      int keep = Math.max(0, room - TRUNCATION_MARKER.length() - 1);
      body = body.substring(0, safeCut(body, keep)) + "\n" + TRUNCATION_MARKER;
    }
    return open + body + close;
  }

  /** The shortest {@link #codeBlock} there is, for budgets. */
  static int minimumCodeBlock(String language) {
    return FENCE.length() * 2 + language.length() + 3 + TRUNCATION_MARKER.length();
  }

  /** A cut position at or below {@code index} that does not split a surrogate pair. */
  private static int safeCut(String text, int index) {
    if (index > 0 && index < text.length() && Character.isHighSurrogate(text.charAt(index - 1))) {
      return index - 1;
    }
    return index;
  }
}
