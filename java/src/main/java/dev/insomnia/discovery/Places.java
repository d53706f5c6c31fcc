package dev.insomnia.discovery;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The process context discovery depends on, passed in rather than read from {@code System}, so
 * tests and embedders control it.
 *
 * @param workingDirectory absolute; explicit path selectors resolve against it
 * @param workspace the project the Pod works on; the project registry is searched from here up
 * @param home the user's home directory, absolute
 * @param environment the environment variables (only the {@code INSOMNIA_*} and {@code XDG_*}
 *     ones matter)
 */
public record Places(
    Path workingDirectory, Path workspace, Path home, Map<String, String> environment) {

  static final String CONFIG_DIR_VARIABLE = "INSOMNIA_CONFIG_DIR";
  static final String XDG_CONFIG_HOME = "XDG_CONFIG_HOME";
  static final String REGISTRY_FILE = "profiles.toml";

  public Places {
    requireAbsolute(workingDirectory, "workingDirectory");
    requireAbsolute(home, "home");
    workingDirectory = workingDirectory.normalize();
    home = home.normalize();
    workspace = workingDirectory.resolve(workspace).normalize();
    environment = Map.copyOf(environment);
  }

  /** This process's places: its environment, {@code user.dir} and {@code user.home}. */
  public static Places fromSystem() {
    Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    Path home = Path.of(System.getProperty("user.home")).toAbsolutePath();
    return new Places(cwd, cwd, home, System.getenv());
  }

  /** The same places with another workspace; a relative one resolves against the working dir. */
  public Places withWorkspace(Path directory) {
    return new Places(workingDirectory, directory, home, environment);
  }

  /**
   * The user config directory: {@code INSOMNIA_CONFIG_DIR} (relative to the working directory
   * if relative), else {@code $XDG_CONFIG_HOME/insomnia}, else {@code ~/.config/insomnia}. Empty
   * variables count as unset, and a relative {@code XDG_CONFIG_HOME} is ignored, as the XDG
   * base directory specification says.
   */
  public Path configDir() {
    Optional<String> explicit = variable(CONFIG_DIR_VARIABLE);
    if (explicit.isPresent()) {
      return workingDirectory.resolve(explicit.get()).normalize();
    }
    Optional<Path> xdg = variable(XDG_CONFIG_HOME).map(Path::of).filter(Path::isAbsolute);
    return xdg.orElse(home.resolve(".config")).resolve("insomnia").normalize();
  }

  /** Where the user registry is looked for: {@code <config_dir>/profiles.toml}. */
  public Path userRegistry() {
    return configDir().resolve(REGISTRY_FILE);
  }

  private Optional<String> variable(String name) {
    return Optional.ofNullable(environment.get(name)).filter(v -> !v.isEmpty());
  }

  private static void requireAbsolute(Path path, String what) {
    if (!path.isAbsolute()) {
      throw new IllegalArgumentException(what + " must be absolute: " + path);
    }
  }
}
