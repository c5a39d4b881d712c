package io.errorsplus.dispatch.web;

/**
 * A framework's route template written as the document writes paths: regular expressions of
 * variables dropped ({@code {id:\d+}} → {@code {id}}), Spring's catch-all {@code {*rest}} →
 * {@code {rest}}, single slashes, a leading and no trailing slash. One rule for the catalogue's
 * look-up by route and for the JAX-RS integration's templates of resources the catalogue does not
 * know (a regular expression may itself hold {@code /} or braces).
 */
public final class RouteTemplate {

  private RouteTemplate() {}

  public static String normalize(String template) {
    if (template == null || template.isEmpty()) {
      return "/";
    }
    StringBuilder out = new StringBuilder(template.length() + 1);
    int depth = 0;
    boolean skipping = false;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (depth > 0) {
        if (c == '{') {
          depth++;
        } else if (c == '}') {
          depth--;
          if (depth == 0) {
            skipping = false;
            out.append('}');
          }
          continue;
        }
        if (depth == 1 && c == ':') {
          skipping = true;
        } else if (!skipping && depth == 1 && !(c == '*' && out.charAt(out.length() - 1) == '{')
            && !Character.isWhitespace(c)) {
          out.append(c);
        }
        continue;
      }
      if (c == '{') {
        depth = 1;
        out.append('{');
      } else if (c == '/') {
        if (out.length() == 0 || out.charAt(out.length() - 1) != '/') {
          out.append('/');
        }
      } else {
        if (out.length() == 0) {
          out.append('/');
        }
        out.append(c);
      }
    }
    if (out.length() == 0 || out.charAt(0) != '/') {
      out.insert(0, '/');
    }
    if (out.length() > 1 && out.charAt(out.length() - 1) == '/') {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }
}
