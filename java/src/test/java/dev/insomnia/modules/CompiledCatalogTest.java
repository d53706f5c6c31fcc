package dev.insomnia.modules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The build's compiled model catalog is what the TOML renders to now (never stale). */
class CompiledCatalogTest {
  @Test
  void compiledCatalogMatchesTheData() throws IOException {
    try (InputStream in = HostModules.class.getResourceAsStream(CompileModelCatalog.RESOURCE)) {
      assertNotNull(in, "the build compiles the model catalog");
      assertEquals(ModelCatalog.bundled().luaSource(), new String(in.readAllBytes(), UTF_8));
    }
  }
}
