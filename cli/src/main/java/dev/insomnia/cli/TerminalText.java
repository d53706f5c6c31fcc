package dev.insomnia.cli;

/**
 * Text that came from a profile (messages, print() output, source lines) made safe for a
 * terminal: control characters other than tab, and DEL and the C1 controls, are shown as
 * {@code \xNN} instead of being sent, so a profile cannot clear the screen, retitle the window
 * or move the cursor. JSON output needs none of this: the generator escapes them.
 */
final class TerminalText {
  private TerminalText() {}

  static String safe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f);
      if (control && out == null) out = new StringBuilder(text.length() + 8).append(text, 0, i);
      if (out == null) continue;
      if (control) out.append(String.format("\\x%02x", (int) c));
      else out.append(c);
    }
    return out == null ? text : out.toString();
  }
}
