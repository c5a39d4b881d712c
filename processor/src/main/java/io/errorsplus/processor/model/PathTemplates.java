package io.errorsplus.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Normalises path templates (contract 2.2): single slashes, a leading {@code /}, no trailing
 * {@code /} (except the root), {@code {id:\d+}} becomes {@code {id}}, Spring's {@code {*rest}}
 * becomes {@code {rest}}.
 */
public final class PathTemplates {

  private PathTemplates() {}

  /** Joins path parts with single slashes and normalises the result. */
  public static String join(String... parts) {
    StringBuilder joined = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isEmpty()) {
        joined.append('/').append(stripPatterns(part.trim()));
      }
    }
    StringBuilder path = new StringBuilder(joined.length() + 1);
    for (int i = 0; i < joined.length(); i++) {
      char c = joined.charAt(i);
      if (c == '/' && path.length() > 0 && path.charAt(path.length() - 1) == '/') {
        continue;
      }
      path.append(c);
    }
    if (path.length() == 0 || path.charAt(0) != '/') {
      path.insert(0, '/');
    }
    if (path.length() > 1 && path.charAt(path.length() - 1) == '/') {
      path.setLength(path.length() - 1);
    }
    return path.toString();
  }

  /** The variable names of a normalised template, in order. */
  public static List<String> variables(String template) {
    List<String> names = new ArrayList<>();
    int open = template.indexOf('{');
    while (open >= 0) {
      int close = template.indexOf('}', open);
      if (close < 0) {
        break;
      }
      names.add(template.substring(open + 1, close));
      open = template.indexOf('{', close);
    }
    return names;
  }

  /** {@code {id : \d{3}}} to {@code {id}}; a regex may itself hold braces. */
  private static String stripPatterns(String part) {
    StringBuilder out = new StringBuilder(part.length());
    int i = 0;
    while (i < part.length()) {
      char c = part.charAt(i);
      if (c != '{') {
        out.append(c);
        i++;
        continue;
      }
      int depth = 1;
      int j = i + 1;
      int colon = -1;
      while (j < part.length() && depth > 0) {
        char d = part.charAt(j);
        if (d == '\\') {
          j += 2;
          continue;
        }
        if (d == '{') {
          depth++;
        } else if (d == '}') {
          depth--;
        } else if (d == ':' && depth == 1 && colon < 0) {
          colon = j;
        }
        j++;
      }
      int end = depth == 0 ? j - 1 : part.length();
      String name = part.substring(i + 1, colon >= 0 ? colon : end).trim();
      if (name.startsWith("*")) {
        name = name.substring(1).trim();
      }
      out.append('{').append(name).append('}');
      i = end + 1;
    }
    return out.toString();
  }
}
