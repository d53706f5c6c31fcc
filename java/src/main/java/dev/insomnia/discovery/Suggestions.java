package dev.insomnia.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * "Did you mean" candidates by edit distance (Levenshtein). Only computed on the failure path;
 * linear in the number of candidates, with an early exit when the lengths alone are too far.
 */
final class Suggestions {
  static final int LIMIT = 3;

  private Suggestions() {}

  /** The closest candidate within the threshold, if any (ties: the first in order). */
  static Optional<String> closest(String input, Iterable<String> candidates) {
    List<String> close = close(input, candidates, 1);
    return close.isEmpty() ? Optional.empty() : Optional.of(close.get(0));
  }

  /** Up to {@code limit} candidates within the threshold, closest first, then by name. */
  static List<String> close(String input, Iterable<String> candidates, int limit) {
    int threshold = threshold(input);
    record Scored(String name, int distance) {}
    List<Scored> scored = new ArrayList<>();
    for (String candidate : candidates) {
      int d = distance(input, candidate, threshold);
      if (d <= threshold) scored.add(new Scored(candidate, d));
    }
    scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
    return scored.stream().limit(limit).map(Scored::name).toList();
  }

  /** Short inputs tolerate one edit, longer ones a third of their length (at least two). */
  static int threshold(String input) {
    return input.length() <= 3 ? 1 : Math.max(2, input.length() / 3);
  }

  /** The edit distance, or {@code limit + 1} as soon as it is known to exceed {@code limit}. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) return limit + 1;
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) previous[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMinimum = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
        rowMinimum = Math.min(rowMinimum, current[j]);
      }
      if (rowMinimum > limit) return limit + 1;
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length()], limit + 1);
  }
}
