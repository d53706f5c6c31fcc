package dev.insomnia.cli;

import dev.insomnia.pod.PodRequest;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code profiles show SEL}: resolve and print without persisting. */
final class ShowCommand implements Callable<Integer> {
  private final Common common;
  private final PositionalParamSpec selector =
      PositionalParamSpec.builder().arity("1").required(true).paramLabel("SEL").type(String.class)
          .description("The profile selector.").build();

  ShowCommand(Console console) {
    this.common = new Common(console);
  }

  CommandSpec spec() {
    return common.addTo(CommandSpecs.command(this, "show",
        "Resolve a profile and print the manifest it gives, without creating a pod."))
        .addPositional(selector);
  }

  @Override
  public Integer call() {
    String sel = selector.getValue();
    return common.run(
        (service, out) -> out.pod(service.create(new PodRequest(sel, Optional.empty(), true))));
  }
}
