package dev.insomnia.cli;

import java.util.Optional;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The few shapes every command declares its model with, through picocli's programmatic API
 * rather than its annotations: on JDK 17 reading annotations costs each cold start a dynamic
 * proxy class per annotation type, ~30 ms of CPU (docs/decisions.md, "Commands declare their model").
 */
final class CommandSpecs {
  private CommandSpecs() {}

  /** A command named {@code name} run by {@code command}, with {@code -h} and {@code -V}. */
  static CommandSpec command(Object command, String name, String... description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
    spec.versionProvider(new Versions());
    spec.usageMessage().description(description);
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
        .description("Print version information and exit.").build());
    return spec;
  }

  /** An option that takes one value, shown as {@code --name=LABEL}. */
  static OptionSpec option(String name, String label, Class<?> type, String description) {
    return OptionSpec.builder(name).paramLabel(label).type(type).description(description).build();
  }

  /** An option that takes no value. */
  static OptionSpec flag(String name, String description) {
    return OptionSpec.builder(name).type(boolean.class).initialValue(false)
        .description(description).build();
  }

  /** The value the command line gave {@code arg}, if it gave one. */
  static <T> Optional<T> value(ArgSpec arg) {
    return Optional.ofNullable(arg.getValue());
  }

  static boolean isSet(OptionSpec flag) {
    return Boolean.TRUE.equals(flag.getValue());
  }
}
