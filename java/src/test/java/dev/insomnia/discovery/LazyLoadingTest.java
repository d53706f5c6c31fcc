package dev.insomnia.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing about TOML loads before a registry is read: selecting an explicit path leaves tomlj
 * (and its ANTLR runtime, the expensive part of its cold start) unloaded. Runs the library in
 * a fresh class loader, so classes other tests loaded do not count.
 */
class LazyLoadingTest {
  @TempDir Path temporary;

  /** A class loader over the library and tomlj that can say what it has loaded. */
  private static final class Isolated extends URLClassLoader {
    Isolated(URL... urls) {
      super(urls, ClassLoader.getPlatformClassLoader());
    }

    boolean hasLoaded(String name) {
      return findLoadedClass(name) != null;
    }
  }

  private static URL codeSource(String className) throws ClassNotFoundException {
    return Class.forName(className).getProtectionDomain().getCodeSource().getLocation();
  }

  @Test
  void explicitPathSelectionLoadsNoToml() throws Exception {
    Fixture.write(temporary.resolve("x.lua"), "return {}\n");
    Map<String, String> environment =
        Map.of(Places.CONFIG_DIR_VARIABLE, temporary.resolve("cfg").toString());
    try (Isolated loader =
        new Isolated(
            codeSource(ProfileDiscovery.class.getName()),
            codeSource("org.tomlj.Toml"),
            codeSource("org.antlr.v4.runtime.Lexer"))) {
      Class<?> places = loader.loadClass(Places.class.getName());
      Object here =
          places
              .getConstructor(Path.class, Path.class, Path.class, Map.class)
              .newInstance(temporary, temporary, temporary, environment);
      Class<?> discovery = loader.loadClass(ProfileDiscovery.class.getName());

      Object selected =
          discovery.getMethod("select", places, String.class).invoke(null, here, "./x.lua");
      assertEquals(
          "ProfileSource[selector=./x.lua, origin=PATH, location=File[file="
              + temporary.resolve("x.lua")
              + "], description=Optional.empty]",
          selected.toString());
      assertFalse(loader.hasLoaded("org.tomlj.Toml"));
      assertFalse(loader.hasLoaded(RegistryReader.class.getName()));

      discovery.getMethod("discover", places).invoke(null, here);
      assertFalse(loader.hasLoaded("org.tomlj.Toml"), "no registry anywhere: nothing to parse");

      Fixture.write(temporary.resolve("cfg/profiles.toml"), "[profile]\nx = \"../x.lua\"\n");
      discovery.getMethod("discover", places).invoke(null, here);
      assertTrue(loader.hasLoaded("org.tomlj.Toml"), "the control: reading a registry does");
    }
  }
}
