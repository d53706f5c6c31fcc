package dev.insomnia.cli;

import dev.insomnia.pod.CheckResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code profiles check PATH-or-SEL...}: evaluate, validate and resolve each; exit 0 only if
 * all pass. {@code --bench N} then times N more evaluations of each in this process.
 */
final class CheckCommand implements Callable<Integer> {
  private final Common common;
  private final PositionalParamSpec targets =
      PositionalParamSpec.builder().arity("1..*").required(true).paramLabel("PATH-or-SEL")
          .type(List.class).auxiliaryTypes(String.class)
          .description("Profile files or selectors.").build();
  private final OptionSpec bench =
      OptionSpec.builder("--bench").paramLabel("N").type(int.class).initialValue(0)
          .description(
              "After a warm-up, evaluate (and validate and resolve) each profile N times and"
                  + " print the median and p90 per evaluation. As in a long-running launcher,"
                  + " files unchanged for 3 s are not read again.")
          .build();

  CheckCommand(Console console) {
    this.common = new Common(console);
  }

  CommandSpec spec() {
    return common.addTo(CommandSpecs.command(this, "check",
        "Evaluate, validate and resolve profiles; exit 0 only if all pass."))
        .addOption(bench)
        .addPositional(targets);
  }

  @Override
  public Integer call() {
    List<String> each = targets.getValue();
    int times = bench.getValue();
    return common.run(
        (service, out) -> {
          List<CheckResult> results = new ArrayList<>();
          for (String target : each) results.add(service.check(target, times));
          return out.checks(results);
        });
  }
}
