package io.errorsplus.dispatch.provider.discord;

/** An embed field; the name is ours or a template constant's, the value a {@link Part}. */
final class Field {

  /** Short values sit side by side (Discord shows up to three inline fields per row). */
  private static final int INLINE_MAX = 40;
  private static final int CODE_FIELD_MIN = 120;
  private static final int PLAIN_FIELD_MIN = 60;
  /** Our field names are short; a template constant's longer name is cut to leave room for values. */
  private static final int FIELD_NAME_SHOWN_MAX = 64;

  final String name;
  final Part value;
  final boolean inline;
  /** Above 0 for the field that says how many fields were left out. */
  final int hiddenCount;

  private Field(String name, Part value, boolean inline, int hiddenCount) {
    this.name = DiscordText.truncate(DiscordText.neutraliseMentions(name),
        Math.min(FIELD_NAME_SHOWN_MAX, DiscordMessageWriter.FIELD_NAME_MAX));
    this.value = value;
    this.inline = inline;
    this.hiddenCount = hiddenCount;
  }

  static Field hidden(int count) {
    String text = count + " more fields not shown";
    return new Field(DiscordText.TRUNCATION_MARKER, Part.plain(text, text.length(), text.length()), false, count);
  }

  int length() {
    return name.length() + value.length();
  }

  static Field plain(String name, String value) {
    boolean inline = value.length() <= INLINE_MAX && value.indexOf('\n') < 0;
    return new Field(name, Part.plain(value, PLAIN_FIELD_MIN, DiscordMessageWriter.FIELD_VALUE_MAX), inline, 0);
  }

  static Field code(String name, String language, String value) {
    return new Field(name, Part.code(language, value, CODE_FIELD_MIN, DiscordMessageWriter.FIELD_VALUE_MAX), false, 0);
  }
}
