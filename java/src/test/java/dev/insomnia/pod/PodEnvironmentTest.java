package dev.insomnia.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodEnvironmentTest {
  private static PodEnvironment env(Map<String, String> vars) {
    return new PodEnvironment(vars, Path.of("/home/me"), Path.of("/work/dir"), Path.of("."));
  }

  @Test
  void dataDirFollowsTheContractOrder() {
    assertEquals(Path.of("/data"), env(Map.of("INSOMNIA_DATA_DIR", "/data")).dataDir());
    assertEquals(Path.of("/work/dir/rel"), env(Map.of("INSOMNIA_DATA_DIR", "rel")).dataDir());
    assertEquals(Path.of("/xdg/insomnia"), env(Map.of("XDG_DATA_HOME", "/xdg")).dataDir());
    assertEquals(
        Path.of("/home/me/.local/share/insomnia"), env(Map.of("XDG_DATA_HOME", "rel")).dataDir());
    assertEquals(
        Path.of("/home/me/.local/share/insomnia"), env(Map.of("INSOMNIA_DATA_DIR", "")).dataDir());
  }

  @Test
  void workspaceResolvesAgainstTheWorkingDirectory() {
    PodEnvironment e =
        new PodEnvironment(Map.of(), Path.of("/h"), Path.of("/work/dir"), Path.of("../ws"));
    assertEquals(Path.of("/work/ws"), e.workspace());
  }
}
