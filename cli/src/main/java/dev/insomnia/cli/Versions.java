package dev.insomnia.cli;

import dev.insomnia.pod.PodService;
import picocli.CommandLine;

/** {@code --version}: the tool's version and the engine's (which names Lua's). */
final class Versions implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"insomnia-pod " + PodService.toolVersion(), PodService.engineVersion()};
  }
}
