package dev.insomnia.json;

import java.util.Comparator;

/**
 * Orders keys by code point, which is the byte order of their UTF-8 encoding: the order the
 * native encoder sorts in. {@link String#compareTo} differs from it only when surrogates meet
 * characters from U+E000 up, so those are shifted into place before comparing.
 */
public final class KeyOrder implements Comparator<String> {
  public static final KeyOrder INSTANCE = new KeyOrder();

  private KeyOrder() {}

  @Override
  public int compare(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) return codePointRank(x) - codePointRank(y);
    }
    return a.length() - b.length();
  }

  private static int codePointRank(char c) {
    if (c >= 0xE000) return c - 0x800;
    if (c >= 0xD800) return c + 0x2000;
    return c;
  }
}
