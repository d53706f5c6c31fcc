package dev.insomnia.cli;

import picocli.CommandLine.Command;

/** {@code insomnia-pod profiles}: list, show and check profiles. */
@Command(
    name = "profiles",
    mixinStandardHelpOptions = true,
    versionProvider = Versions.class,
    description = "List, show and check profiles.",
    subcommands = {ListCommand.class, ShowCommand.class, CheckCommand.class})
final class ProfilesCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "name a subcommand: list, show or check");
  }
}
