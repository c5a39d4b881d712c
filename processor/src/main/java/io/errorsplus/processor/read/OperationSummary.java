package io.errorsplus.processor.read;

import java.util.List;
import java.util.regex.Pattern;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/**
 * An operation's {@code summary}: the first sentence of the endpoint method's javadoc (of the
 * method itself, else of the nearest method it overrides that has one), as javadoc finds it: up
 * to the first period followed by white space, or the first block tag. Inline tags keep their
 * text ({@code {@code id}} → {@code id}), HTML tags are dropped, white space is collapsed.
 */
final class OperationSummary {

  private static final Pattern INLINE_TAG = Pattern.compile("\\{@[a-zA-Z]+\\s*([^}]*)}");
  private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private OperationSummary() {}

  static String of(List<ExecutableElement> chain, Elements elements) {
    for (ExecutableElement method : chain) {
      String doc = elements.getDocComment(method);
      if (doc != null && !doc.isBlank()) {
        String sentence = firstSentence(doc);
        if (!sentence.isEmpty()) {
          return sentence;
        }
      }
    }
    return "";
  }

  static String firstSentence(String doc) {
    StringBuilder text = new StringBuilder();
    for (String line : doc.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("@")) {
        break; // the block tags: @param, @return...
      }
      text.append(trimmed).append(' ');
    }
    String plain = text.toString();
    if (plain.indexOf('{') >= 0 || plain.indexOf('<') >= 0) {
      plain = HTML_TAG.matcher(INLINE_TAG.matcher(plain).replaceAll("$1")).replaceAll("");
    }
    plain = WHITE_SPACE.matcher(plain).replaceAll(" ").strip();
    for (int i = 0; i < plain.length(); i++) {
      if (plain.charAt(i) == '.' && (i + 1 == plain.length() || Character.isWhitespace(plain.charAt(i + 1)))) {
        return plain.substring(0, i + 1);
      }
    }
    return plain;
  }
}
