package dev.insomnia.pod;

import dev.insomnia.discovery.Places;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What a command runs in: the environment variables, home and working directories, and the
 * workspace (CONTRACT.md, "Environment and places"). Passed in, never read from {@link
 * System} here, so tests control every place.
 */
public record PodEnvironment(
    Map<String, String> env, Path home, Path workingDirectory, Path workspace) {

  public PodEnvironment {
    env = Map.copyOf(env);
    home = home.toAbsolutePath().normalize();
    workingDirectory = workingDirectory.toAbsolutePath().normalize();
    workspace = workingDirectory.resolve(workspace).normalize();
  }

  /** Where discovery looks: the same places. */
  public Places places() {
    return new Places(workingDirectory, workspace, home, env);
  }

  /**
   * The pod store: {@code INSOMNIA_DATA_DIR} (relative to the working directory), else
   * {@code $XDG_DATA_HOME/insomnia} (absolute values only, as the XDG spec says), else {@code
   * ~/.local/share/insomnia}. Empty variables count as unset.
   */
  public Path dataDir() {
    Optional<String> explicit = variable("INSOMNIA_DATA_DIR");
    if (explicit.isPresent()) return workingDirectory.resolve(explicit.get()).normalize();
    Optional<Path> xdg = variable("XDG_DATA_HOME").map(Path::of).filter(Path::isAbsolute);
    return xdg.orElse(home.resolve(".local").resolve("share")).resolve("insomnia");
  }

  private Optional<String> variable(String name) {
    return Optional.ofNullable(env.get(name)).filter(v -> !v.isEmpty());
  }
}
