package dev.insomnia.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The domain and protected-path checks, written out by hand, answer as the regex versions they
 * replaced (kept here as the reference) on edge cases and generated strings.
 */
class HandWrittenChecksTest {
  private static final Pattern DOMAIN = Pattern.compile(WebSettings.DOMAIN_PATTERN);

  /** {@code ScopeIntent.isRelativeInside} as it was. */
  private static boolean relativeInsideReference(String path) {
    if (path.startsWith("/") || path.startsWith("\\") || path.matches("[A-Za-z]:.*")) return false;
    if (path.indexOf('\0') >= 0) return false;
    List<String> named = new ArrayList<>();
    for (String segment : path.split("[/\\\\]")) {
      if (segment.equals("..")) return false;
      if (!segment.isEmpty() && !segment.equals(".")) named.add(segment);
    }
    return !named.isEmpty();
  }

  private static String generated(Random random, List<String> pieces) {
    StringBuilder s = new StringBuilder();
    int count = random.nextInt(10);
    for (int i = 0; i < count; i++) s.append(pieces.get(random.nextInt(pieces.size())));
    return s.toString();
  }

  @Test
  void domainsAgreeWithTheRegex() {
    List<String> cases = new ArrayList<>(List.of("", "*", "*.", "*.a", "a", "-", "a-", "-a", "a.b"));
    cases.addAll(List.of("a..b", ".a", "a.", "*.*.a", "**.a", "A.com", "docs.python.org"));
    for (int n = 60; n <= 66; n++) {
      cases.add("a".repeat(n));
      cases.add("a" + "-".repeat(n - 2) + "b");
      cases.add("*." + "b".repeat(n) + ".com");
    }
    List<String> pieces =
        List.of("a", "z", "0", "9", "-", ".", "*", "*.", "A", "_", "é", "\n", "ab-c", "x".repeat(30));
    Random random = new Random(11);
    for (int i = 0; i < 200_000; i++) cases.add(generated(random, pieces));
    for (String d : cases) {
      assertEquals(DOMAIN.matcher(d).matches(), WebSettings.isDomain(d), d);
    }
  }

  @Test
  void protectedPathsAgreeWithTheRegexVersion() {
    List<String> cases = new ArrayList<>(List.of("", ".", "..", "./", "../a", "a/..", "a/../b"));
    cases.addAll(List.of("/a", "\\a", "C:", "c:/x", "C:\nx", "C:x\r", "C:\u2028", "1:", "a\0b"));
    cases.addAll(List.of(".git", "a//b", "a\\b", "./.", "...", "..a", "a/./", ".//."));
    List<String> pieces =
        List.of("a", ".", "..", "/", "\\", ":", "C", "z", "\0", "\n", "\r", "\u0085", "\u2028",
            "\u2029", "\u00e9", "\ud83d\ude00", " ");
    Random random = new Random(17);
    for (int i = 0; i < 200_000; i++) cases.add(generated(random, pieces));
    for (String path : cases) {
      assertEquals(relativeInsideReference(path), ScopeIntent.isRelativeInside(path), path);
    }
  }
}
