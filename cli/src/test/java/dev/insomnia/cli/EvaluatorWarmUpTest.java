package dev.insomnia.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Which command lines start loading the engine before parsing (InsomniaPod.mayEvaluate). */
class EvaluatorWarmUpTest {
  private static String[] args(String line) {
    return line.isEmpty() ? new String[0] : line.split(" ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "--profile default --dry-run --json",
        "--profile=coder",
        "--profile ./p.lua --profile-pod-name x",
        "--json",
      })
  void createFromAProfileStartsTheEngineEarly(String line) {
    assertTrue(InsomniaPod.mayEvaluate(args(line)), line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--version",
        "-V",
        "--help",
        "-h",
        "--pod a",
        "--pod=a",
        "--session s",
        "--adopt f.json",
        "--manifest m.toml --dry-run",
        "--manifest=m.toml",
        "profiles list",
        "profiles check --bench 10 p.lua",
        "generate-completion",
        "@args.txt",
      })
  void linesThatEvaluateNothingDoNot(String line) {
    assertFalse(InsomniaPod.mayEvaluate(args(line)), line);
  }

  @Test
  void theNonEvaluatingOptionsAreTheMainCommandsOwn() {
    CommandLine.Model.CommandSpec spec = InsomniaPod.commandLine(Console.system(), false).getCommandSpec();
    for (String name : InsomniaPod.NON_EVALUATING_OPTIONS) {
      assertNotNull(spec.findOption(name), name);
    }
  }
}
