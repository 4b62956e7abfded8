package dev.qpsbind.azure.validation;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/** "Did you mean" for misspelled element and member names. Stateless and thread-safe. */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The known name nearest to a misspelling (case ignored), when it is near enough to be a good
   * guess: at most two edits, or a third of the name's length for longer names; null otherwise.
   */
  public static String closest(String name, Collection<String> known) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(known, "known == null");
    return known.stream()
        .filter(candidate -> !candidate.isEmpty())
        .min(Comparator.comparingInt(candidate -> distance(name, candidate)))
        .filter(candidate -> distance(name, candidate) <= Math.max(2, name.length() / 3))
        .orElse(null);
  }

  /** Levenshtein distance, case ignored. */
  static int distance(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length()];
  }
}
