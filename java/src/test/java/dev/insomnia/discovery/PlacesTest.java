package dev.insomnia.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The config dir: INSOMNIA_CONFIG_DIR, else $XDG_CONFIG_HOME/insomnia, else ~/.config/insomnia. */
class PlacesTest {
  private static final Path CWD = Path.of("/work/dir");
  private static final Path HOME = Path.of("/home/ada");

  private static Places places(Map<String, String> environment) {
    return new Places(CWD, CWD, HOME, environment);
  }

  @Test
  void insomniaConfigDirWinsOverXdg() {
    Places p =
        places(Map.of("INSOMNIA_CONFIG_DIR", "/etc/ins", "XDG_CONFIG_HOME", "/home/ada/.xdg"));
    assertEquals(Path.of("/etc/ins"), p.configDir());
    assertEquals(Path.of("/etc/ins/profiles.toml"), p.userRegistry());
  }

  @Test
  void relativeInsomniaConfigDirResolvesAgainstTheWorkingDirectory() {
    assertEquals(
        Path.of("/work/dir/conf"), places(Map.of("INSOMNIA_CONFIG_DIR", "./conf")).configDir());
  }

  @Test
  void xdgConfigHomeIsNext() {
    assertEquals(
        Path.of("/home/ada/.xdg/insomnia"),
        places(Map.of("XDG_CONFIG_HOME", "/home/ada/.xdg")).configDir());
  }

  @Test
  void homeConfigIsTheFallback() {
    assertEquals(Path.of("/home/ada/.config/insomnia"), places(Map.of()).configDir());
  }

  @Test
  void emptyVariablesCountAsUnset() {
    assertEquals(
        Path.of("/home/ada/.config/insomnia"),
        places(Map.of("INSOMNIA_CONFIG_DIR", "", "XDG_CONFIG_HOME", "")).configDir());
  }

  @Test
  void relativeXdgConfigHomeIsIgnored() {
    assertEquals(
        Path.of("/home/ada/.config/insomnia"),
        places(Map.of("XDG_CONFIG_HOME", "relative/xdg")).configDir());
  }

  @Test
  void workspaceResolvesAgainstTheWorkingDirectory() {
    Places p = places(Map.of()).withWorkspace(Path.of("sub/../proj"));
    assertEquals(Path.of("/work/dir/proj"), p.workspace());
    assertEquals(CWD, p.workingDirectory());
  }

  @Test
  void systemPlacesAreThisProcesssWithTheWorkingDirectoryAsWorkspace() {
    Places p = Places.fromSystem();
    assertEquals(
        Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize(),
        p.workingDirectory());
    assertEquals(p.workingDirectory(), p.workspace());
    assertEquals(System.getenv(), p.environment());
  }

  @Test
  void relativeWorkingDirectoryOrHomeIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Places(Path.of("rel"), CWD, HOME, Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Places(CWD, CWD, Path.of("rel"), Map.of()));
  }
}
