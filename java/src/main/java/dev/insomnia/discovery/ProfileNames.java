package dev.insomnia.discovery;

/** The profile name rule, {@code ^[a-z][a-z0-9_-]{0,62}$}, checked without a regex engine. */
final class ProfileNames {
  static final int MAX_LENGTH = 63;

  private ProfileNames() {}

  static boolean isValid(String name) {
    int n = name.length();
    if (n == 0 || n > MAX_LENGTH || !isLower(name.charAt(0))) return false;
    for (int i = 1; i < n; i++) {
      char c = name.charAt(i);
      if (!isLower(c) && !(c >= '0' && c <= '9') && c != '_' && c != '-') return false;
    }
    return true;
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }
}
