package dev.insomnia.schema;

import java.util.List;
import java.util.Locale;

/** The allowed name closest to a misspelt one (Levenshtein distance, case ignored). */
final class Closest {
  private Closest() {}

  /** The first of {@code candidates} at the smallest distance from {@code name}. */
  static String to(String name, List<String> candidates) {
    String best = candidates.get(0);
    int bestDistance = Integer.MAX_VALUE;
    String wanted = name.toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      int d = distance(wanted, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Whether {@code name} is near enough to {@code known} to be a misspelling of it. */
  static boolean isMisspelling(String name, String known) {
    int d = distance(name.toLowerCase(Locale.ROOT), known.toLowerCase(Locale.ROOT));
    return d <= Math.max(2, known.length() / 3);
  }

  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) previous[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
