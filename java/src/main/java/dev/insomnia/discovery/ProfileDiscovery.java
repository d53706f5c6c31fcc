package dev.insomnia.discovery;

import static dev.insomnia.diagnostics.DiagnosticCode.REGISTRY_INVALID;
import static dev.insomnia.diagnostics.DiagnosticCode.REGISTRY_NIX_UNSUPPORTED;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.source.Origin;
import dev.insomnia.source.ProfileLocation;
import dev.insomnia.source.ProfileSource;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Profile discovery: reads the builtin index, the user registry ({@code
 * <config_dir>/profiles.toml}) and the nearest project registry ({@code
 * .insomnia/profiles.toml}), stats each entry's file, and picks the effective default. Never
 * evaluates Lua; registries are a catalogue, never merged into a profile.
 */
public final class ProfileDiscovery {
  /** The registry sources, in precedence order: later defaults override earlier ones. */
  static final List<Origin> SOURCES = List.of(Origin.BUILTIN, Origin.USER, Origin.PROJECT);

  /** The builtin profile that is the default when no registry declares one. */
  static final String FALLBACK_DEFAULT = "default";

  private ProfileDiscovery() {}

  /**
   * Discovers the profiles of the three sources, the builtin index coming from the class path.
   *
   * @throws DiagnosticException every {@code registry.invalid} problem of every registry, with
   *     the warnings
   */
  public static Discovery discover(Places places) throws DiagnosticException {
    return discover(places, classPathIndex());
  }

  /**
   * Selects a profile. Explicit paths ({@code path:P}, {@code ./x.lua}, ...) are resolved
   * without reading any registry; everything else discovers first.
   *
   * @throws DiagnosticException {@code selector.*}, or {@code registry.invalid} when a registry
   *     needed for the lookup is broken
   */
  public static ProfileSource select(Places places, String selector) throws DiagnosticException {
    return select(places, selector, ProfileDiscovery::classPathIndex);
  }

  static ProfileSource select(Places places, String text, Supplier<BuiltinIndex> builtins)
      throws DiagnosticException {
    Selector selector = Selector.parse(text);
    if (selector instanceof Selector.ExplicitPath path) {
      return Selection.path(places, text, path);
    }
    return Selection.select(discover(places, builtins.get()), text, selector);
  }

  static Discovery discover(Places places, BuiltinIndex builtins) throws DiagnosticException {
    List<Registry> registries = new ArrayList<>(SOURCES.size());
    registries.add(RegistryLoader.builtin(builtins));
    RegistryLoader.user(places).ifPresent(registries::add);
    RegistryLoader.project(places).ifPresent(registries::add);

    List<Diagnostic> errors = new ArrayList<>();
    Map<Origin, Map<String, RegistryEntry>> bySource = new EnumMap<>(Origin.class);
    for (Registry registry : registries) {
      errors.addAll(registry.problems());
      Map<String, RegistryEntry> byName = new HashMap<>();
      for (RegistryEntry entry : registry.entries()) byName.put(entry.name(), entry);
      bySource.put(registry.file().source(), byName);
    }
    Optional<RegistryEntry> effectiveDefault = effectiveDefault(registries, bySource, errors);

    List<DiscoveredProfile> profiles = new ArrayList<>();
    List<Diagnostic> warnings = new ArrayList<>();
    Optional<DiscoveredProfile> defaultProfile = Optional.empty();
    for (Registry registry : registries) {
      Origin source = registry.file().source();
      for (RegistryEntry entry : registry.entries()) {
        boolean isDefault = effectiveDefault.isPresent() && effectiveDefault.get() == entry;
        DiscoveredProfile profile =
            new DiscoveredProfile(
                entry.name(),
                source,
                entry.location(),
                entry.declaredPath(),
                entry.description(),
                isDefault,
                status(entry, builtins),
                entry.position());
        if (profile.status() == DiscoveredProfile.Status.UNSUPPORTED_NIX) {
          warnings.add(nixWarning(profile));
        }
        if (isDefault) defaultProfile = Optional.of(profile);
        profiles.add(profile);
      }
    }
    if (!errors.isEmpty()) {
      errors.addAll(warnings);
      throw new DiagnosticException(errors);
    }
    return new Discovery(places, profiles, defaultProfile, warnings);
  }

  /**
   * The last declared default in precedence order, each checked against the source it names;
   * else {@code builtin:default}. A default that names nothing is a {@code registry.invalid} of
   * its declaring file (unless the source it names is broken already: that is reported).
   */
  private static Optional<RegistryEntry> effectiveDefault(
      List<Registry> registries,
      Map<Origin, Map<String, RegistryEntry>> bySource,
      List<Diagnostic> errors) {
    Optional<RegistryEntry> chosen =
        Optional.ofNullable(bySource.get(Origin.BUILTIN).get(FALLBACK_DEFAULT));
    for (Registry registry : registries) {
      if (registry.declaredDefault().isEmpty()) continue;
      DefaultDeclaration declared = registry.declaredDefault().get();
      Origin declaring = registry.file().source();
      Origin target = declared.target(declaring);
      RegistryEntry entry = bySource.getOrDefault(target, Map.of()).get(declared.name());
      if (entry != null) {
        chosen = Optional.of(entry);
      } else if (!isBroken(registries, target)) {
        errors.add(missingDefault(declared, declaring, target, bySource));
      }
    }
    return chosen;
  }

  private static boolean isBroken(List<Registry> registries, Origin source) {
    return registries.stream()
        .anyMatch(r -> r.file().source() == source && !r.problems().isEmpty());
  }

  private static Diagnostic missingDefault(
      DefaultDeclaration declared,
      Origin declaring,
      Origin target,
      Map<Origin, Map<String, RegistryEntry>> bySource) {
    List<String> elsewhere = new ArrayList<>();
    if (declared.qualifier().isEmpty()) {
      for (Origin other : SOURCES) {
        boolean declares = bySource.getOrDefault(other, Map.of()).containsKey(declared.name());
        if (other != declaring && declares) {
          elsewhere.add(other.label() + ":" + declared.name());
        }
      }
    }
    Diagnostic diagnostic =
        elsewhere.isEmpty()
            ? REGISTRY_INVALID.errorVariant(
                "default-missing", declaring.label(), declared.text(), target.label())
            : REGISTRY_INVALID.errorVariant(
                "default-elsewhere",
                declaring.label(),
                declared.text(),
                String.join(", ", elsewhere),
                elsewhere.get(0));
    RegistryPosition at = declared.position();
    return diagnostic.at(RegistryReader.DEFAULT_KEY).in(at.file(), at.line(), at.column());
  }

  /** One stat (or class-path lookup) per entry; the file is never read here. */
  private static DiscoveredProfile.Status status(RegistryEntry entry, BuiltinIndex builtins) {
    if (Selector.isNix(entry.declaredPath())) return DiscoveredProfile.Status.UNSUPPORTED_NIX;
    boolean present =
        entry.location() instanceof ProfileLocation.Builtin builtin
            ? builtins.isBundled(builtin.name())
            : Files.isRegularFile(((ProfileLocation.File) entry.location()).file());
    return present ? DiscoveredProfile.Status.OK : DiscoveredProfile.Status.MISSING_FILE;
  }

  private static Diagnostic nixWarning(DiscoveredProfile profile) {
    RegistryPosition at = profile.declaredAt();
    return REGISTRY_NIX_UNSUPPORTED
        .warning(profile.qualifiedName(), profile.location().display())
        .at(RegistryReader.PROFILE_KEY + "." + profile.name())
        .in(at.file(), at.line(), at.column());
  }

  private static BuiltinIndex classPathIndex() {
    return BuiltinIndex.fromClassPath(ProfileDiscovery.class.getClassLoader());
  }
}
