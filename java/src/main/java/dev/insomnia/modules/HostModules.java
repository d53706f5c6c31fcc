package dev.insomnia.modules;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.insomnia.lua.ModuleAnswer;
import dev.insomnia.lua.Prelude;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The host modules, {@code insomnia} and {@code insomnia.*}: Lua sources bundled under
 * {@code dev/insomnia/profiles/host/}, served as trusted modules (they run in the pristine
 * host environment and the profile sees their values frozen). Each is read once per process,
 * when first required, and cached; lookups after that take no lock. {@code
 * insomnia.models.catalog} is generated from the model catalog data instead of read.
 */
public final class HostModules {
  /** The public host modules, in the order the docs list them. */
  private static final List<String> PUBLIC =
      List.of(
          "insomnia",
          "insomnia.profile",
          "insomnia.models",
          "insomnia.compact",
          "insomnia.scope",
          "insomnia.secrets");

  /** Internal: the catalog data insomnia.models serves from, generated from the TOML. */
  static final String CATALOG = "insomnia.models.catalog";

  /**
   * Internal modules with code only some profiles need, required by the public ones on first
   * use so that every launch compiles less Lua.
   */
  private static final List<String> INTERNAL =
      List.of(CATALOG, "insomnia.models.custom", "insomnia.models.unknown",
          "insomnia.scope.options");

  private static final Map<String, HostModule> LOADED = new ConcurrentHashMap<>();

  private HostModules() {}

  /** The host modules a profile can require, e.g. {@code insomnia.models}. */
  public static List<String> names() {
    return PUBLIC;
  }

  /** Whether {@code name} is in the host's namespace ({@code insomnia}, {@code insomnia.*}). */
  public static boolean isReserved(String name) {
    return ModuleNames.isReserved(name);
  }

  /**
   * The answer to {@code require(name)} for a name in the host's namespace: the trusted
   * source, or a {@code require.not-found} refusal listing the host modules.
   */
  public static ModuleAnswer answer(String name) {
    Optional<HostModule> module = find(name);
    if (module.isPresent()) return module.get().answer();
    return new ModuleAnswer.Refusal(
        "require.not-found",
        "there is no host module " + ModuleNames.shown(name) + "; the host modules are "
            + String.join(", ", PUBLIC));
  }

  /**
   * Every host module compiled once into a prelude, for engines that load them from bytecode
   * ({@link ProfileModules} then answers {@link ModuleAnswer.Precompiled}). Built on first use;
   * this reads all host modules and the model catalog.
   */
  public static Prelude prelude() {
    return PreludeHolder.PRELUDE;
  }

  private static final class PreludeHolder {
    static final Prelude PRELUDE = build();

    private static Prelude build() {
      Prelude.Builder builder = Prelude.builder();
      for (List<String> names : List.of(PUBLIC, INTERNAL)) {
        for (String name : names) builder.add(name, find(name).orElseThrow().answer());
      }
      return builder.build();
    }
  }

  /** The host module {@code name}, loading it on first use. */
  static Optional<HostModule> find(String name) {
    HostModule module = LOADED.get(name);
    if (module != null) return Optional.of(module);
    if (!PUBLIC.contains(name) && !INTERNAL.contains(name)) return Optional.empty();
    return Optional.of(LOADED.computeIfAbsent(name, HostModules::load));
  }

  private static HostModule load(String name) {
    String chunk;
    byte[] source;
    if (name.equals(CATALOG)) {
      chunk = "insomnia/models/catalog.lua";
      source = catalogSource();
    } else {
      chunk = name.equals("insomnia") ? "insomnia.lua" : ModuleNames.path(name) + ".lua";
      source =
          ClassPathResources.read("host/" + chunk)
              .orElseThrow(() -> new IllegalStateException("the host module " + name
                  + " is missing from the class path (" + ClassPathResources.BASE + "host/"
                  + chunk + ")"));
    }
    String sha256 = Sha256.hex(source);
    return new HostModule(
        name, chunk, new ModuleAnswer.Source("@" + chunk, source, true, Optional.of(sha256)),
        sha256);
  }

  /**
   * The catalog's Lua source: as the build compiled it ({@link CompileModelCatalog}), or
   * rendered from the TOML on a class path without the build's output (a test's).
   */
  private static byte[] catalogSource() {
    try (var in = HostModules.class.getResourceAsStream(CompileModelCatalog.RESOURCE)) {
      if (in != null) return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read the compiled model catalog", e);
    }
    return ModelCatalog.bundled().luaSource().getBytes(UTF_8);
  }
}
