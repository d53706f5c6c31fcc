package dev.insomnia.modules;

/**
 * What {@code require} accepts as a module name: dotted identifiers ({@code shared}, {@code
 * shared.models}), at most 200 characters. Checked by hand rather than with a regular
 * expression: it runs on every require.
 */
final class ModuleNames {
  static final int MAX_LENGTH = 200;
  static final String HOST_ROOT = "insomnia";

  private ModuleNames() {}

  /** {@code ^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$}, at most 200 characters. */
  static boolean isValid(String name) {
    int n = name.length();
    if (n == 0 || n > MAX_LENGTH) return false;
    boolean segmentStart = true;
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c == '.') {
        if (segmentStart) return false; // leading dot or empty segment
        segmentStart = true;
      } else if (isLetter(c) || (!segmentStart && c >= '0' && c <= '9')) {
        segmentStart = false;
      } else {
        return false;
      }
    }
    return !segmentStart; // no trailing dot
  }

  /** {@code insomnia} and {@code insomnia.*} belong to the host: never looked up locally. */
  static boolean isReserved(String name) {
    return name.startsWith(HOST_ROOT)
        && (name.length() == HOST_ROOT.length() || name.charAt(HOST_ROOT.length()) == '.');
  }

  /** {@code a.b} as the path {@code a/b} (without extension), for a valid name. */
  static String path(String name) {
    return name.replace('.', '/');
  }

  /** A name as quoted in a message: control characters shown as '?', long names cut. */
  static String shown(String name) {
    StringBuilder s = new StringBuilder(Math.min(name.length(), 64) + 2).append('\'');
    int end = Math.min(name.length(), 60);
    for (int i = 0; i < end; i++) {
      char c = name.charAt(i);
      s.append(Character.isISOControl(c) ? '?' : c);
    }
    if (end < name.length()) s.append("...");
    return s.append('\'').toString();
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }
}
