package dev.insomnia.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code insomnia-pod profiles}: list, show and check profiles. */
final class ProfilesCommand implements Runnable {
  private final CommandSpec spec = CommandSpecs.command(this, "profiles", "List, show and check profiles.");
  private final Console console;

  ProfilesCommand(Console console) {
    this.console = console;
  }

  /** This command with its subcommands, in the order help lists them. */
  CommandLine commandLine() {
    CommandLine line = new CommandLine(spec);
    line.addSubcommand(new CommandLine(new ListCommand(console).spec()));
    line.addSubcommand(new CommandLine(new ShowCommand(console).spec()));
    line.addSubcommand(new CommandLine(new CheckCommand(console).spec()));
    return line;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a subcommand: list, show or check");
  }
}
