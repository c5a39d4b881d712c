package io.errorsplus.dispatch.provider.discord;

/** A piece of text with its budget: rendered plain (cut with a marker) or as a code block. */
final class Part {
  final String text;
  final String language; // null: plain text
  final int min;
  String rendered;

  private Part(String text, String language, int min, int budget) {
    this.text = text;
    this.language = language;
    this.min = min;
    render(budget);
  }

  static Part plain(String raw, int min, int budget) {
    String text = DiscordText.breakFences(DiscordText.neutraliseMentions(head(raw, budget)));
    return new Part(text, null, Math.min(min, budget), budget);
  }

  static Part code(String language, String raw, int min, int budget) {
    int floor = Math.max(min, DiscordText.minimumCodeBlock(language));
    int max = Math.max(budget, DiscordText.minimumCodeBlock(language));
    return new Part(DiscordText.neutraliseMentions(head(raw, max)), language, Math.min(floor, budget), max);
  }

  /**
   * No more of the text than can be shown, plus one character so it is still seen as too long:
   * a 100 KB stack trace costs what its first 4 KB cost.
   */
  private static String head(String raw, int budget) {
    return raw.length() > budget + 1 ? raw.substring(0, budget + 1) : raw;
  }

  private void render(int budget) {
    rendered = language == null
        ? DiscordText.truncate(text, budget)
        : DiscordText.codeBlock(language, text, budget);
  }

  int length() {
    return rendered.length();
  }

  boolean shrinkable() {
    return length() > min;
  }

  void shrinkBy(int excess) {
    render(Math.max(min, length() - excess));
  }
}
