package dev.insomnia.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The simple matcher decides exactly as {@link Pattern} does, for every pattern the schema and
 * the secret scan use, on edge cases and on generated strings built from the characters that
 * matter (members of the classes, their neighbours, non-ASCII look-alikes, surrogates).
 */
class CharClassPatternTest {
  /** Every simple pattern in the schema (kept in step by {@link #schemaPatternsAreSimple}). */
  private static final List<String> SCHEMA_PATTERNS =
      List.of(
          "[A-Z_][A-Z0-9_]*", // env names, secret_env
          "[a-z][a-z0-9-]{0,62}", // slug
          "[a-z][a-z0-9_.-]*", // worker tools
          "[a-z0-9][a-z0-9._-]*", // model provider
          "[0-9a-f]{64}", // digests
          "[a-z0-9][a-z0-9-]{0,62}", // pod names
          "[A-Za-z0-9_-]{20,}"); // a credential's tail

  /** Some more, with fixed counts before the last class, and a class taken no times. */
  private static final List<String> EXTRA_PATTERNS =
      List.of("[a-c][x-z]{2}[0-1]+", "[-a][b-]{1,3}", "[a]{0}[b]{0,}");

  private static final String ALPHABET =
      "AZaz09_-.:/@[]^`{}\\ \t\nÀéİıſK\u212a\u00dfＡ０\ud83d\ude00\ud800\udc00"
          // at the masks' edges (63, 64, 127, 128), and 64, 128 or 256 off a class member
          + "?~\u007f\u0080\u0001\u001f\u00c1\u00e1\u00b0\u0141\u0161";

  /** A string each pattern matches, to change one char of at a time. */
  private static final Map<String, String> SAMPLES =
      Map.of(
          "[A-Z_][A-Z0-9_]*", "P01_VAR_12",
          "[a-z][a-z0-9-]{0,62}", "a-9z",
          "[a-z][a-z0-9_.-]*", "z_.-09a",
          "[a-z0-9][a-z0-9._-]*", "0a._-z9",
          "[0-9a-f]{64}", "09af".repeat(16),
          "[a-z0-9][a-z0-9-]{0,62}", "9z-a0",
          "[A-Za-z0-9_-]{20,}", "AZaz09_-".repeat(3),
          "[a-c][x-z]{2}[0-1]+", "axz01",
          "[-a][b-]{1,3}", "-b-",
          "[a]{0}[b]{0,}", "bb");

  @Test
  void schemaPatternsAreSimple() {
    for (String regex : SCHEMA_PATTERNS) {
      assertTrue(CharClassPattern.compile(regex).isPresent(), regex);
    }
  }

  @Test
  void agreesWithTheRegexOnGeneratedStrings() {
    List<String> all = new ArrayList<>(SCHEMA_PATTERNS);
    all.addAll(EXTRA_PATTERNS);
    Random random = new Random(6);
    for (String regex : all) {
      Pattern pattern = Pattern.compile(regex);
      CharClassPattern simple = CharClassPattern.compile(regex).orElseThrow();
      for (String s : edgeCases()) {
        assertEquals(pattern.matcher(s).matches(), simple.matches(s), regex + " on " + s);
      }
      for (int round = 0; round < 20_000; round++) {
        String s = generated(random, regex);
        assertEquals(pattern.matcher(s).matches(), simple.matches(s), regex + " on " + s);
      }
    }
  }

  /**
   * Every char from 0 to U+017F (each mask's edges, and the chars that share a member's low six
   * or seven bits) and some above, put in place of each char of a matching string and between
   * them: a class that held one char too many or too few, or a length bound off by one, shows.
   */
  @Test
  void agreesWithTheRegexOnEveryCharAtEveryPosition() {
    StringBuilder chars = new StringBuilder("\ud83d\ude00\ud800\udfff\uff21\uffff\u212a");
    for (char c = 0; c < 0x180; c++) chars.append(c);
    SAMPLES.forEach(
        (regex, sample) -> {
          Pattern pattern = Pattern.compile(regex);
          CharClassPattern simple = CharClassPattern.compile(regex).orElseThrow();
          assertTrue(simple.matches(sample), regex);
          List<String> variants = new ArrayList<>();
          for (int at = 0; at <= sample.length(); at++) {
            String before = sample.substring(0, at);
            if (at < sample.length()) variants.add(before + sample.substring(at + 1));
            for (int i = 0; i < chars.length(); i++) {
              variants.add(before + chars.charAt(i) + sample.substring(at));
              if (at < sample.length()) {
                variants.add(before + chars.charAt(i) + sample.substring(at + 1));
              }
            }
          }
          for (String s : variants) {
            assertEquals(pattern.matcher(s).matches(), simple.matches(s), regex + " on " + s);
          }
        });
  }

  @Test
  void samplesCoverEveryPattern() {
    List<String> all = new ArrayList<>(SCHEMA_PATTERNS);
    all.addAll(EXTRA_PATTERNS);
    assertEquals(new java.util.HashSet<>(all), SAMPLES.keySet());
  }

  private static List<String> edgeCases() {
    List<String> cases = new ArrayList<>(List.of("", "a", "A", "_", "-", ".", "0", "a-", "-a"));
    for (int n : new int[] {19, 20, 21, 62, 63, 64, 65}) {
      cases.add("a".repeat(n));
      cases.add("0".repeat(n));
      cases.add("f".repeat(n - 1) + "g");
      cases.add("A".repeat(n) + "\n");
    }
    return cases;
  }

  /** Mostly strings close to matching: characters of the pattern itself and some others. */
  private static String generated(Random random, String regex) {
    int length = random.nextInt(4) == 0 ? random.nextInt(80) : random.nextInt(8);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int pick = random.nextInt(10);
      if (pick < 6) {
        s.append((char) ('a' + random.nextInt(26)));
      } else if (pick < 8) {
        s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      } else {
        s.append(regex.charAt(random.nextInt(regex.length())));
      }
    }
    if (random.nextBoolean()) return s.toString().toUpperCase(java.util.Locale.ROOT);
    return s.toString();
  }

  @Test
  void declinesWhatItDoesNotModel() {
    for (String regex :
        List.of(
            "",
            "abc",
            "[^a]",
            "[a-z]*[a-z]",
            "[a-z]+x",
            "[\\w]",
            "[a-z]|[0-9]",
            "([a-z])",
            "[a&&b]",
            "[a-z]{2,1}",
            "[a-z]{x}",
            "[a-z]{1,2,3}",
            "[a-c-e]",
            "[z-a]",
            "[a-z]?",
            "(\\*\\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")) {
      assertTrue(CharClassPattern.compile(regex).isEmpty(), regex);
    }
  }

  @Test
  void aDeclinedPatternStillMatchesThroughTheRegex() {
    Pattern pattern = Pattern.compile("[a-z]*[a-z]");
    assertTrue(CharClassPattern.matcherOf(pattern).test("abc"));
    assertEquals(false, CharClassPattern.matcherOf(pattern).test(""));
  }
}
