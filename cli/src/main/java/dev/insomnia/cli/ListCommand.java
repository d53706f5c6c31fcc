package dev.insomnia.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code profiles list}: every discovered profile; never evaluates Lua. */
final class ListCommand implements Callable<Integer> {
  private final Common common;

  ListCommand(Console console) {
    this.common = new Common(console);
  }

  CommandSpec spec() {
    return common.addTo(CommandSpecs.command(this, "list",
        "List the discovered profiles: qualified name, source, path, description, and which is the default."));
  }

  @Override
  public Integer call() {
    return common.run((service, out) -> out.listing(service.listProfiles()));
  }
}
