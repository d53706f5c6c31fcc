package dev.insomnia.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A whole-string matcher for the simple patterns the schema uses, such as {@code
 * [A-Z_][A-Z0-9_]*} or {@code [a-z][a-z0-9-]{0,62}}: a run of ASCII character classes, each
 * taken once or exactly {@code {n}} times, the last one possibly {@code *}, {@code +}, {@code
 * {m,}} or {@code {m,n}}. Such a pattern has one way to match, so a loop over the characters
 * decides it exactly as {@link java.util.regex.Matcher#matches()} would, without a matcher per
 * string (the key check was a fifth of validating a large environment; docs/performance.md).
 * {@link #compile} declines anything else (escapes, negation, groups, alternatives, a variable
 * count before the end), and the caller keeps the regex. {@code CharClassPatternTest} checks
 * each schema pattern against {@link Pattern} on generated strings.
 */
final class CharClassPattern {
  /**
   * One class: which ASCII characters it holds as two bit masks (chars 0-63, 64-127), and how
   * many times it repeats.
   */
  private record Item(long low, long high, int min, int max) {}

  // Every class but the last repeats a fixed number of times (compile declines the rest), so
  // a string matches when its length fits and each char is in the class of its position: the
  // fixed classes in flat arrays, then the last one, which takes every remaining char.
  private final long[] fixedLow;
  private final long[] fixedHigh;
  private final int[] fixedCount;
  private final long lastLow;
  private final long lastHigh;
  private final long minLength; // the fixed counts plus the last class's min, then max
  private final long maxLength;

  private CharClassPattern(List<Item> items) {
    int fixed = items.size() - 1;
    fixedLow = new long[fixed];
    fixedHigh = new long[fixed];
    fixedCount = new int[fixed];
    long length = 0;
    for (int k = 0; k < fixed; k++) {
      Item item = items.get(k);
      fixedLow[k] = item.low();
      fixedHigh[k] = item.high();
      fixedCount[k] = item.min();
      length += item.min();
    }
    Item last = items.get(fixed);
    lastLow = last.low();
    lastHigh = last.high();
    minLength = length + last.min();
    maxLength = length + last.max();
  }

  /** The matcher of {@code regex}, when it is of the simple form; otherwise empty. */
  static Optional<CharClassPattern> compile(String regex) {
    List<Item> items = new ArrayList<>();
    int i = 0;
    int n = regex.length();
    while (i < n) {
      if (!items.isEmpty()) {
        Item last = items.get(items.size() - 1);
        if (last.min() != last.max()) return Optional.empty(); // variable count only at the end
      }
      if (regex.charAt(i) != '[') return Optional.empty();
      int close = regex.indexOf(']', i + 1);
      if (close < 0) return Optional.empty();
      Optional<boolean[]> set = set(regex.substring(i + 1, close));
      if (set.isEmpty()) return Optional.empty();
      i = close + 1;
      int min = 1;
      int max = 1;
      if (i < n && regex.charAt(i) == '*') {
        min = 0;
        max = Integer.MAX_VALUE;
        i++;
      } else if (i < n && regex.charAt(i) == '+') {
        max = Integer.MAX_VALUE;
        i++;
      } else if (i < n && regex.charAt(i) == '{') {
        int end = regex.indexOf('}', i);
        if (end < 0) return Optional.empty();
        String[] bounds = regex.substring(i + 1, end).split(",", -1);
        if (bounds.length > 2 || !digits(bounds[0])) return Optional.empty();
        min = Integer.parseInt(bounds[0]);
        if (bounds.length == 1) {
          max = min;
        } else if (bounds[1].isEmpty()) {
          max = Integer.MAX_VALUE;
        } else if (digits(bounds[1])) {
          max = Integer.parseInt(bounds[1]);
        } else {
          return Optional.empty();
        }
        if (max < min) return Optional.empty();
        i = end + 1;
      }
      items.add(new Item(mask(set.get(), 0), mask(set.get(), 64), min, max));
    }
    return items.isEmpty() ? Optional.empty() : Optional.of(new CharClassPattern(items));
  }

  private static boolean digits(String s) {
    if (s.isEmpty() || s.length() > 6) return false;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
    }
    return true;
  }

  /**
   * The characters of a class body: printable ASCII letters, digits, {@code _ . -} and ranges
   * {@code a-z}; a {@code -} first or last is itself. Anything with a special meaning inside a
   * class ({@code ^ [ \ &}) is declined.
   */
  private static Optional<boolean[]> set(String body) {
    if (body.isEmpty()) return Optional.empty();
    boolean[] set = new boolean[128];
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (!plain(c)) return Optional.empty();
      if (c == '-' && i > 0 && i + 1 < body.length()) return Optional.empty(); // a bare range
      if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
        char to = body.charAt(i + 2);
        if (!plain(to) || to == '-' || to < c) return Optional.empty();
        for (char x = c; x <= to; x++) set[x] = true;
        i += 2;
      } else {
        set[c] = true;
      }
    }
    return Optional.of(set);
  }

  /** The bits of {@code set[from]} to {@code set[from + 63]}. */
  private static long mask(boolean[] set, int from) {
    long mask = 0;
    for (int i = 0; i < 64; i++) {
      if (set[from + i]) mask |= 1L << i;
    }
    return mask;
  }

  private static boolean plain(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '.'
        || c == '-';
  }

  /** Whether all of {@code s} matches, as {@code Pattern.matches(regex, s)}. */
  boolean matches(String s) {
    int length = s.length();
    if (length < minLength || length > maxLength) return false;
    int at = 0;
    for (int k = 0; k < fixedCount.length; k++) {
      long low = fixedLow[k];
      long high = fixedHigh[k];
      for (int end = at + fixedCount[k]; at < end; at++) {
        if (!in(low, high, s.charAt(at))) return false;
      }
    }
    for (; at < length; at++) {
      if (!in(lastLow, lastHigh, s.charAt(at))) return false;
    }
    return true;
  }

  /** Whether {@code c} is in the class of masks {@code low} (chars 0-63) and {@code high}. */
  private static boolean in(long low, long high, char c) {
    // a long shift takes its distance mod 64: 1L << c is c's bit in either mask
    return c < 128 && ((c < 64 ? low : high) & (1L << c)) != 0;
  }

  /** A predicate for {@code pattern}: the simple matcher if it applies, else the regex. */
  static java.util.function.Predicate<String> matcherOf(Pattern pattern) {
    Optional<CharClassPattern> simple = compile(pattern.pattern());
    if (simple.isPresent() && pattern.flags() == 0) return simple.get()::matches;
    return s -> pattern.matcher(s).matches();
  }
}
