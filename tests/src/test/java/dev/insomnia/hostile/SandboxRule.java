package dev.insomnia.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of the sandbox list, the {@code SANDBOX} array of native/src/ins_sandbox.c, read
 * from the C source so docs/security.md can be checked against it.
 *
 * @param library {@code ""} for a global, else the library ({@code string})
 * @param kind KEEP, REPLACE or DENY
 * @param why the reason the source gives
 */
record SandboxRule(String library, String name, String kind, String why) {
  static final Path SOURCE = Path.of("..", "native", "src", "ins_sandbox.c");

  private static final Pattern ENTRY =
      Pattern.compile(
          "\\{\\s*\"([a-z]*)\"\\s*,\\s*\"([A-Za-z_][A-Za-z0-9_]*)\"\\s*,\\s*(KEEP|REPLACE|DENY)\\s*,"
              + "\\s*[A-Za-z_]+\\s*,((?:\\s*\"(?:[^\"\\\\]|\\\\.)*\")+)\\s*\\}");
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** The name a profile writes: {@code os}, {@code string.dump}. */
  String qualifiedName() {
    return library.isEmpty() ? name : library + "." + name;
  }

  /** Every rule of ins_sandbox.c, in its order. */
  static List<SandboxRule> read() throws IOException {
    Matcher entry = ENTRY.matcher(array());
    List<SandboxRule> rules = new ArrayList<>();
    while (entry.find()) {
      StringBuilder why = new StringBuilder();
      Matcher literal = LITERAL.matcher(entry.group(4));
      while (literal.find()) why.append(literal.group(1).replaceAll("\\\\(.)", "$1"));
      rules.add(new SandboxRule(entry.group(1), entry.group(2), entry.group(3), why.toString()));
    }
    return List.copyOf(rules);
  }

  /** How many entries the array has, counted by their kind alone (a check on {@link #read}). */
  static int count() throws IOException {
    Matcher kind = Pattern.compile(",\\s*(KEEP|REPLACE|DENY)\\s*,").matcher(array());
    int n = 0;
    while (kind.find()) n++;
    return n;
  }

  /** The text of the SANDBOX array. */
  private static String array() throws IOException {
    String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
    int start = source.indexOf("static const rule SANDBOX[] = {");
    int end = source.indexOf("\n};", start);
    if (start < 0 || end < 0) throw new IllegalStateException(SOURCE + ": no SANDBOX array");
    return source.substring(start, end);
  }
}
