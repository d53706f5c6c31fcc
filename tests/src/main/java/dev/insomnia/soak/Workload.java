package dev.insomnia.soak;

import dev.insomnia.lua.EvaluationLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One profile the soak evaluates over and over, with how every run of it must end.
 *
 * @param name what the report calls it
 * @param selector what {@code --profile} would be given: a builtin name or a file path
 * @param limits the limits it runs under
 * @param expectedCode the code of the first error every run must end with; empty when every
 *     run must resolve (to the same manifest bytes each time)
 */
record Workload(
    String name, String selector, EvaluationLimits limits, Optional<String> expectedCode) {

  /** A builtin profile under the default limits: it must resolve. */
  static Workload builtin(String name) {
    return new Workload(name, "builtin:" + name, EvaluationLimits.DEFAULT, Optional.empty());
  }

  /**
   * A case of the hostile corpus (docs/security.md): its first two header lines say how it
   * must end ({@code -- expect: CODE} or {@code ok}) and, optionally, its limits ({@code --
   * limits: memory=BYTES instructions=N time=MS}). Only those two lines are read: the corpus
   * tests own the full header format.
   */
  static Workload hostile(Path file) throws IOException {
    String fileName = file.getFileName().toString();
    List<String> lines =
        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).lines().limit(2).toList();
    String expect = header(lines, 0, "expect", fileName)
        .orElseThrow(() -> new IllegalArgumentException(fileName + ": no '-- expect:' line"));
    EvaluationLimits limits = EvaluationLimits.DEFAULT;
    Optional<String> limitsLine = header(lines, 1, "limits", fileName);
    if (limitsLine.isPresent()) {
      for (String setting : limitsLine.get().split("\\s+")) {
        String[] kv = setting.split("=", 2);
        long value = Long.parseLong(kv[1]);
        limits =
            switch (kv[0]) {
              case "memory" -> limits.withMemoryBytes(value);
              case "instructions" -> limits.withInstructions(value);
              case "time" -> limits.withTime(Duration.ofMillis(value));
              default -> throw new IllegalArgumentException(fileName + ": limit " + setting);
            };
      }
    }
    String name = fileName.substring(0, fileName.length() - ".lua".length());
    return new Workload(name, file.toAbsolutePath().toString(), limits,
        expect.equals("ok") ? Optional.empty() : Optional.of(expect));
  }

  private static Optional<String> header(List<String> lines, int index, String key, String file) {
    String prefix = "-- " + key + ": ";
    if (lines.size() <= index || !lines.get(index).startsWith(prefix)) return Optional.empty();
    return Optional.of(lines.get(index).substring(prefix.length()).trim());
  }

  /** How every run must end, as the report prints it. */
  String expectation() {
    return expectedCode.orElse("ok");
  }
}
