package dev.insomnia.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.insomnia.discovery.DiscoveredProfile;
import dev.insomnia.discovery.Discovery;
import dev.insomnia.discovery.ProfileDiscovery;
import dev.insomnia.source.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery over the generated 1,000-entry registry of {@link DiscoveryBenchmark} lists every
 * entry as selectable, and never evaluates Lua: run in a class loader of its own, it loads no
 * class of the engine or the evaluator (the only way to run Lua).
 */
class GeneratedRegistryTest {
  private static final int ENTRIES = 1000;

  @TempDir Path root;

  @Test
  void discoveryListsEveryEntryWithoutEvaluatingLua() throws Exception {
    RecordingLoader loader = new RecordingLoader(getClass().getClassLoader());
    @SuppressWarnings("unchecked")
    Function<Path, List<String>> listing =
        (Function<Path, List<String>>)
            loader.loadClass(Listing.class.getName()).getDeclaredConstructor().newInstance();

    List<String> listed = listing.apply(root);

    assertEquals(ENTRIES, listed.size());
    for (int i = 0; i < ENTRIES; i++) {
      String name = GeneratedRegistry.name(i);
      assertEquals("user:" + name + " OK" + (i == 0 ? " default" : ""), listed.get(i));
    }
    // the listing did run in the recording loader, so what it did not load it never used
    assertTrue(loader.loaded().contains(ProfileDiscovery.class.getName()), loader::toString);
    for (String name : loader.loaded()) {
      assertTrue(
          !name.startsWith("dev.insomnia.lua.") && !name.startsWith("dev.insomnia.evaluate."),
          () -> "discovery loaded " + name);
    }
  }

  /** Generates the registry and lists what discovery found in it; runs in the loader below. */
  public static final class Listing implements Function<Path, List<String>> {
    @Override
    public List<String> apply(Path root) {
      try {
        Discovery discovery = ProfileDiscovery.discover(GeneratedRegistry.write(root, ENTRIES));
        List<String> user = new ArrayList<>();
        for (DiscoveredProfile p : discovery.profiles()) {
          if (p.source() != Origin.USER) continue;
          user.add(p.qualifiedName() + " " + p.status() + (p.isDefault() ? " default" : ""));
        }
        return user;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * Defines this project's classes ({@code dev.insomnia.*}) itself, from its parent's class
   * files, and records their names; everything else (the JDK, tomlj) comes from the parent.
   */
  private static final class RecordingLoader extends ClassLoader {
    private final Set<String> loaded = ConcurrentHashMap.newKeySet();

    RecordingLoader(ClassLoader parent) {
      super("recording", parent);
    }

    Set<String> loaded() {
      return Set.copyOf(loaded);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("dev.insomnia.")) return super.loadClass(name, resolve);
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          c = define(name);
          loaded.add(name);
        }
        if (resolve) resolveClass(c);
        return c;
      }
    }

    private Class<?> define(String name) throws ClassNotFoundException {
      try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
        if (in == null) throw new ClassNotFoundException(name);
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new ClassNotFoundException(name, e);
      }
    }

    @Override
    public String toString() {
      return "loaded " + loaded;
    }
  }
}
