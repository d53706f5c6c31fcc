package dev.insomnia.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builtin index is read from the class path resource, with its bundled files. */
class BuiltinIndexTest {
  @TempDir Path temporary;

  private URLClassLoader loaderOver(Path root) throws IOException {
    return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
  }

  @Test
  void readsTheIndexAndSeesWhichFilesAreBundled() throws IOException {
    Path root = temporary.resolve("classes");
    Fixture.write(root.resolve(BuiltinIndex.INDEX), "[profile]\ndefault = \"default.lua\"\n");
    Fixture.write(root.resolve(BuiltinIndex.ROOT + "default.lua"), "return {}\n");
    try (URLClassLoader loader = loaderOver(root)) {
      BuiltinIndex index = BuiltinIndex.fromClassPath(loader);
      assertEquals(Optional.of("[profile]\ndefault = \"default.lua\"\n"), index.text());
      assertTrue(index.isBundled("default.lua"));
      assertFalse(index.isBundled("other.lua"));
    }
  }

  @Test
  void noIndexOnTheClassPathMeansNoBuiltinProfiles() throws IOException {
    try (URLClassLoader loader = loaderOver(Fixture.directory(temporary.resolve("empty")))) {
      BuiltinIndex index = BuiltinIndex.fromClassPath(loader);
      assertEquals(Optional.empty(), index.text());
      assertFalse(index.isBundled("default.lua"));
    }
  }
}
