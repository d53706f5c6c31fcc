package dev.insomnia.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's compiled builtin index says exactly what the TOML says, without tomlj. */
class CompiledRegistryTest {
  @TempDir Path temporary;

  @Test
  void compiledFormEqualsTheParsedToml() {
    ClassLoader loader = getClass().getClassLoader();
    Registry parsed = RegistryLoader.builtin(BuiltinIndex.fromToml(loader));
    BuiltinIndex compiled = BuiltinIndex.fromClassPath(loader);
    assertTrue(compiled.compiled().isPresent(), "the build compiles the builtin index");
    assertEquals(parsed, RegistryLoader.builtin(compiled));
    assertEquals(
        parsed, CompiledRegistry.read(RegistryFile.builtin(), CompiledRegistry.write(parsed)));
    assertFalse(parsed.entries().isEmpty());
  }

  /** Found with the fuzz test's round trip: the compiled form read "" back as no description. */
  @Test
  void anEmptyDescriptionIsNotLost() {
    Registry parsed =
        RegistryReader.read(
            RegistryFile.builtin(),
            "[profile.a]\npath = \"a.lua\"\ndescription = \"\"\n[profile.b]\npath = \"b.lua\"\n");
    assertEquals(List.of(), parsed.problems());
    assertEquals(
        parsed, CompiledRegistry.read(RegistryFile.builtin(), CompiledRegistry.write(parsed)));
  }

  @Test
  void discoveringTheBuiltinsLoadsNoToml() throws Exception {
    URL library = ProfileDiscovery.class.getProtectionDomain().getCodeSource().getLocation();
    URL builtins =
        Path.of(
                getClass()
                    .getClassLoader()
                    .getResource(BuiltinIndex.INDEX)
                    .toString()
                    .replaceFirst("^jar:file:", "")
                    .replaceFirst("!/.*$", ""))
            .toUri()
            .toURL();
    URL toml = Class.forName("org.tomlj.Toml").getProtectionDomain().getCodeSource().getLocation();
    URL jackson =
        Class.forName("com.fasterxml.jackson.core.JsonFactory")
            .getProtectionDomain().getCodeSource().getLocation();
    try (Isolated loader = new Isolated(library, builtins, toml, jackson)) {
      Class<?> places = loader.loadClass(Places.class.getName());
      Object here =
          places
              .getConstructor(Path.class, Path.class, Path.class, Map.class)
              .newInstance(
                  temporary, temporary, temporary,
                  Map.of(Places.CONFIG_DIR_VARIABLE, temporary.resolve("cfg").toString()));
      Object discovery =
          loader.loadClass(ProfileDiscovery.class.getName())
              .getMethod("discover", places)
              .invoke(null, here);
      assertTrue(discovery.toString().contains("builtin"), discovery.toString());
      assertFalse(loader.hasLoaded("org.tomlj.Toml"), "tomlj stayed unloaded");
      assertFalse(loader.hasLoaded(RegistryReader.class.getName()));
    }
  }

  /** A class loader over the given jars that can say what it has loaded. */
  private static final class Isolated extends URLClassLoader {
    Isolated(URL... urls) {
      super(urls, ClassLoader.getPlatformClassLoader());
    }

    boolean hasLoaded(String name) {
      return findLoadedClass(name) != null;
    }
  }
}
