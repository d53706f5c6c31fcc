package dev.insomnia.diagnostics;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The message catalog, {@code messages.properties}: for each code a {@code .message} template,
 * a {@code .help} template and a {@code .when} description (for the docs table). Templates take
 * positional arguments {@code {0}}, {@code {1}}, ... replaced verbatim (no MessageFormat
 * quoting rules to trip over).
 */
final class Messages {
  private static final Properties CATALOG = load();

  private Messages() {}

  static String message(DiagnosticCode code, Object... args) {
    return format(template(code, "message"), args);
  }

  static String help(DiagnosticCode code, Object... args) {
    return format(template(code, "help"), args);
  }

  /** The variant's message template, {@code CODE.message.VARIANT}. */
  static String message(DiagnosticCode code, String variant, Object... args) {
    return format(template(code, "message." + variant), args);
  }

  /** The variant's help, {@code CODE.help.VARIANT}, else the code's own help. */
  static String help(DiagnosticCode code, String variant, Object... args) {
    String own = CATALOG.getProperty(code.code() + ".help." + variant);
    return own == null ? help(code, args) : format(own, args);
  }

  /** Every key of the catalog, for the test that checks they all belong to a code. */
  static java.util.Set<String> keys() {
    return CATALOG.stringPropertyNames();
  }

  static String when(DiagnosticCode code) {
    return template(code, "when");
  }

  static String template(DiagnosticCode code, String part) {
    String key = code.code() + "." + part;
    String value = CATALOG.getProperty(key);
    if (value == null) throw new IllegalStateException("messages.properties lacks " + key);
    return value;
  }

  /**
   * Replaces {@code {i}} by {@code args[i]} in one pass over the template, so an argument that
   * itself contains {@code {1}} (a user's selector, a file name) is never substituted again.
   * Placeholders without an argument stay as written.
   */
  static String format(String template, Object... args) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i + 1) : -1;
      int index = close > i + 1 ? argumentIndex(template, i + 1, close) : -1;
      if (index >= 0 && index < args.length) {
        out.append(args[index]);
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int argumentIndex(String template, int from, int to) {
    if (to - from > 2) return -1;
    int value = 0;
    for (int k = from; k < to; k++) {
      char d = template.charAt(k);
      if (d < '0' || d > '9') return -1;
      value = value * 10 + (d - '0');
    }
    return value;
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream("messages.properties")) {
      if (in == null) throw new IllegalStateException("messages.properties is missing");
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
