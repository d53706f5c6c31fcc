package dev.insomnia.hostile;

import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.lua.EvaluationLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One case of the hostile corpus: a profile file whose header says how it must end.
 *
 * <pre>
 * -- expect: CODE                  (or "ok": accepted, and deterministic)
 * -- limits: memory=BYTES instructions=N time=MS     (optional, any of the three)
 * -- native: skip                  (optional: the smoke binary cannot run it)
 * -- symlink: LINK -> TARGET       (optional, repeatable: made by the runner)
 * -- attack: what the case attacks
 * </pre>
 *
 * @param name the file name without {@code .lua}
 * @param limits the evaluation limits, when the case sets any
 */
record HostileCase(
    String name,
    Category category,
    Expectation expectation,
    Optional<EvaluationLimits> limits,
    boolean nativeSkip,
    List<Symlink> symlinks,
    String attack) {

  private static final String PREFIX = "-- ";

  HostileCase {
    symlinks = List.copyOf(symlinks);
  }

  /** The file name, e.g. {@code cpu_endless_loop.lua}. */
  String fileName() {
    return name + ".lua";
  }

  /** The limits to evaluate with: the case's, else the defaults. */
  EvaluationLimits effectiveLimits() {
    return limits.orElse(EvaluationLimits.DEFAULT);
  }

  /**
   * Reads the header of {@code file}. Bytes are read as ISO-8859-1, so a case may hold bytes
   * that are not UTF-8 after its header.
   *
   * @throws IllegalArgumentException the header is malformed
   */
  static HostileCase read(Path file) throws IOException {
    String fileName = file.getFileName().toString();
    String name = fileName.substring(0, fileName.length() - ".lua".length());
    List<String> lines =
        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).lines().toList();
    Category category =
        Category.of(fileName).orElseThrow(() -> malformed(fileName, "no category prefix"));
    Expectation expectation = expectation(fileName, directive(lines, 0, "expect", fileName));
    Optional<EvaluationLimits> limits = Optional.empty();
    boolean nativeSkip = false;
    List<Symlink> symlinks = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith(PREFIX + "attack: ")) {
        return new HostileCase(name, category, expectation, limits, nativeSkip, symlinks,
            line.substring((PREFIX + "attack: ").length()));
      } else if (line.startsWith(PREFIX + "limits: ") && i == 1) {
        limits = Optional.of(limits(fileName, line.substring((PREFIX + "limits: ").length())));
      } else if (line.equals(PREFIX + "native: skip")) {
        nativeSkip = true;
      } else if (line.startsWith(PREFIX + "symlink: ")) {
        symlinks.add(symlink(fileName, line.substring((PREFIX + "symlink: ").length())));
      } else {
        throw malformed(fileName, "unexpected header line " + (i + 1) + ": " + line);
      }
    }
    throw malformed(fileName, "no '-- attack: ...' line ends the header");
  }

  private static String directive(List<String> lines, int index, String key, String file) {
    String start = PREFIX + key + ": ";
    if (lines.size() <= index || !lines.get(index).startsWith(start)) {
      throw malformed(file, "line " + (index + 1) + " must be '" + start + "...'");
    }
    return lines.get(index).substring(start.length()).trim();
  }

  private static Expectation expectation(String file, String text) {
    if (text.equals("ok")) return new Expectation.Accepted();
    return new Expectation.Rejected(
        DiagnosticCode.of(text).orElseThrow(() -> malformed(file, "unknown code " + text)));
  }

  private static EvaluationLimits limits(String file, String text) {
    EvaluationLimits limits = EvaluationLimits.DEFAULT;
    for (String setting : text.trim().split("\\s+")) {
      int eq = setting.indexOf('=');
      if (eq < 0) throw malformed(file, "a limit is key=value: " + setting);
      long value = Long.parseLong(setting.substring(eq + 1));
      limits =
          switch (setting.substring(0, eq)) {
            case "memory" -> limits.withMemoryBytes(value);
            case "instructions" -> limits.withInstructions(value);
            case "time" -> limits.withTime(Duration.ofMillis(value));
            default -> throw malformed(file, "unknown limit " + setting);
          };
    }
    return limits;
  }

  private static Symlink symlink(String file, String text) {
    int arrow = text.indexOf(" -> ");
    if (arrow < 0) throw malformed(file, "a symlink is 'LINK -> TARGET': " + text);
    return new Symlink(text.substring(0, arrow).trim(), text.substring(arrow + 4).trim());
  }

  private static IllegalArgumentException malformed(String file, String why) {
    return new IllegalArgumentException("tests/hostile/" + file + ": " + why);
  }
}
