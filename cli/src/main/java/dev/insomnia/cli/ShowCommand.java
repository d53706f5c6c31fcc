package dev.insomnia.cli;

import dev.insomnia.pod.PodRequest;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code profiles show SEL}: resolve and print without persisting. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    versionProvider = Versions.class,
    description = "Resolve a profile and print the manifest it gives, without creating a pod.")
final class ShowCommand implements Callable<Integer> {
  @Mixin Common common;

  @Parameters(paramLabel = "SEL", description = "The profile selector.")
  String selector;

  @Override
  public Integer call() {
    return common.run(
        (service, out) -> out.pod(service.create(new PodRequest(selector, Optional.empty(), true))));
  }
}
