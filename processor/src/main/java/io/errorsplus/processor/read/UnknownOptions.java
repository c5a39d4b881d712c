package io.errorsplus.processor.read;

import io.errorsplus.processor.validate.Diagnostics;
import io.errorsplus.processor.validate.Message;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rejects {@code -Aerrorsplus.*} options the processor does not know. javac only warns that an
 * option is "not recognized" and the default is used silently, so a misspelt option
 * ({@code errorsplus.bodystyle}) would look applied when it is not.
 */
final class UnknownOptions {

  static final String PREFIX = "errorsplus.";

  private UnknownOptions() {}

  /**
   * Reports every given {@code errorsplus.*} name that is not known, with the nearest known one
   * that is not removed.
   */
  static void report(Set<String> given, Set<String> known, Set<String> removed, Diagnostics diagnostics) {
    Set<String> suggestions = new TreeSet<>(known);
    suggestions.removeAll(removed);
    for (String name : new TreeSet<>(given)) {
      if (name.startsWith(PREFIX) && !known.contains(name)) {
        diagnostics.report(Message.UNKNOWN_OPTION, name, nearest(name, suggestions));
      }
    }
  }

  /** The known name with the smallest edit distance, ignoring case; ties go to the first by name. */
  static String nearest(String name, Set<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : new TreeSet<>(known)) {
      int d = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
