package dev.insomnia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs parsed without the subcommands (the main path) answer exactly as the whole command tree
 * does: same exit code, same output, same messages and suggestions.
 */
class LazySubcommandsTest {
  @TempDir Path dir;

  record Outcome(int exit, String out, String err) {}

  private Outcome run(String line, boolean lazily) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Console console =
        new Console(
            Map.of("INSOMNIA_CONFIG_DIR", dir.resolve("config").toString(),
                "INSOMNIA_DATA_DIR", dir.resolve("data").toString(), "NO_COLOR", "1"),
            dir.resolve("home"), dir, new PrintWriter(out, true), new PrintWriter(err, true), false);
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");
    int exit = InsomniaPod.run(args, console, lazily);
    return new Outcome(exit, out.toString(), err.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--help",
        "-h",
        "--version",
        "--profile a --manifest b.toml",
        "--profile a --pod b",
        "--pod a --profile-pod-name b",
        "--profile",
        "--unknown",
        "profile list",
        "profiles",
        "--profile profiles",
        "generate-completion",
        "--json --pod missing",
        "--pod missing",
        "--profile ./missing.lua --dry-run",
        "--manifest ./missing.toml --dry-run --json",
      })
  void answersAsTheWholeTreeDoes(String line) {
    assertEquals(run(line, false), run(line, true), line);
  }

  @org.junit.jupiter.api.Test
  void subcommandNamesAreTheDeclaredOnes() {
    Console console = Console.system();
    Set<String> declared = InsomniaPod.commandLine(console, true).getSubcommands().keySet();
    assertEquals(declared, InsomniaPod.SUBCOMMAND_NAMES);
  }
}
