package dev.insomnia.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code profiles list}: every discovered profile; never evaluates Lua. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    versionProvider = Versions.class,
    description = "List the discovered profiles: qualified name, source, path, description, and which is the default.")
final class ListCommand implements Callable<Integer> {
  @Mixin Common common;

  @Override
  public Integer call() {
    return common.run((service, out) -> out.listing(service.listProfiles()));
  }
}
