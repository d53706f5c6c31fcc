package dev.insomnia.cli;

import dev.insomnia.pod.CheckResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code profiles check PATH-or-SEL...}: evaluate, validate and resolve each; exit 0 only if
 * all pass. {@code --bench N} then times N more evaluations of each in this process.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Versions.class,
    description = "Evaluate, validate and resolve profiles; exit 0 only if all pass.")
final class CheckCommand implements Callable<Integer> {
  @Mixin Common common;

  @Parameters(arity = "1..*", paramLabel = "PATH-or-SEL", description = "Profile files or selectors.")
  List<String> targets;

  @Option(names = "--bench", paramLabel = "N", description = "After a warm-up, evaluate (and validate and resolve) each profile N times and print the median and p90 per evaluation.")
  int bench;

  @Override
  public Integer call() {
    return common.run(
        (service, out) -> {
          List<CheckResult> results = new ArrayList<>();
          for (String target : targets) results.add(service.check(target, bench));
          return out.checks(results);
        });
  }
}
