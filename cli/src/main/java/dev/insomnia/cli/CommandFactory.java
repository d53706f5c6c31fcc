package dev.insomnia.cli;

import picocli.CommandLine;

/** Gives every command (and mixin) the run's {@link Console}. */
final class CommandFactory implements CommandLine.IFactory {
  private final Console console;
  private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

  CommandFactory(Console console) {
    this.console = console;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    if (type == Common.class) return type.cast(new Common(console));
    return fallback.create(type);
  }
}
