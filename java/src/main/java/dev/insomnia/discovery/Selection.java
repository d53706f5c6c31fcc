package dev.insomnia.discovery;

import static dev.insomnia.diagnostics.DiagnosticCode.SELECTOR_AMBIGUOUS;
import static dev.insomnia.diagnostics.DiagnosticCode.SELECTOR_NIX_UNSUPPORTED;
import static dev.insomnia.diagnostics.DiagnosticCode.SELECTOR_NOT_FOUND;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.source.Origin;
import dev.insomnia.source.ProfileLocation;
import dev.insomnia.source.ProfileSource;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns a parsed selector into a {@link ProfileSource}, or the diagnostic saying why not. */
final class Selection {
  private Selection() {}

  static ProfileSource select(Discovery discovery, String text, Selector selector)
      throws DiagnosticException {
    if (selector instanceof Selector.ExplicitPath path) {
      return path(discovery.places(), text, path);
    }
    if (selector instanceof Selector.Default) {
      Optional<DiscoveredProfile> chosen = discovery.defaultProfile();
      if (chosen.isEmpty()) {
        throw new DiagnosticException(SELECTOR_NOT_FOUND.errorVariant("no-default", text));
      }
      return entry(text, chosen.get());
    }
    if (selector instanceof Selector.Qualified qualified) {
      for (DiscoveredProfile p : discovery.profiles()) {
        if (p.source() == qualified.source() && p.name().equals(qualified.name())) {
          return entry(text, p);
        }
      }
      throw notFound(text, qualified.name(), discovery);
    }
    String name = ((Selector.Name) selector).name();
    List<DiscoveredProfile> matches = new ArrayList<>();
    for (DiscoveredProfile p : discovery.profiles()) {
      if (p.name().equals(name)) matches.add(p);
    }
    if (matches.isEmpty()) throw notFound(text, name, discovery);
    if (matches.size() > 1) {
      String choices =
          matches.stream().map(DiscoveredProfile::qualifiedName).collect(Collectors.joining(", "));
      throw new DiagnosticException(SELECTOR_AMBIGUOUS.error(text, choices));
    }
    return entry(text, matches.get(0));
  }

  /**
   * An explicit path, resolved against the working directory; needs no registry, so a broken
   * registry never stands in the way of {@code --profile ./x.lua}.
   */
  static ProfileSource path(Places places, String text, Selector.ExplicitPath selector)
      throws DiagnosticException {
    String written = selector.path();
    if (Selector.isNix(written)) {
      throw new DiagnosticException(SELECTOR_NIX_UNSUPPORTED.error(text));
    }
    Path cwd = places.workingDirectory();
    Path file;
    try {
      file = cwd.resolve(written).normalize();
    } catch (InvalidPathException e) {
      throw new DiagnosticException(
          SELECTOR_NOT_FOUND.errorVariant("missing-path", text, written, cwd));
    }
    if (!Files.isRegularFile(file)) {
      String variant = written.startsWith("~") ? "missing-path-tilde" : "missing-path";
      throw new DiagnosticException(SELECTOR_NOT_FOUND.errorVariant(variant, text, file, cwd));
    }
    return new ProfileSource(text, Origin.PATH, new ProfileLocation.File(file), Optional.empty());
  }

  private static ProfileSource entry(String text, DiscoveredProfile profile)
      throws DiagnosticException {
    if (profile.status() == DiscoveredProfile.Status.UNSUPPORTED_NIX) {
      throw new DiagnosticException(
          declared(
              SELECTOR_NIX_UNSUPPORTED.errorVariant(
                  "entry", text, profile.qualifiedName(), profile.location().display()),
              profile));
    }
    if (profile.status() == DiscoveredProfile.Status.MISSING_FILE) {
      String variant =
          profile.declaredPath().startsWith("~") ? "missing-file-tilde" : "missing-file";
      throw new DiagnosticException(
          declared(
              SELECTOR_NOT_FOUND.errorVariant(
                  variant,
                  text,
                  profile.qualifiedName(),
                  profile.location().display(),
                  profile.source().label()),
              profile));
    }
    return new ProfileSource(text, profile.source(), profile.location(), profile.description());
  }

  /** Points the diagnostic at the registry entry, where the fix goes. */
  private static Diagnostic declared(Diagnostic diagnostic, DiscoveredProfile profile) {
    RegistryPosition at = profile.declaredAt();
    return diagnostic
        .at(RegistryReader.PROFILE_KEY + "." + profile.name())
        .in(at.file(), at.line(), at.column());
  }

  /** Not found, suggesting close names with their qualified forms. */
  private static DiagnosticException notFound(String text, String name, Discovery discovery) {
    Map<String, List<String>> qualifiedByName = new LinkedHashMap<>();
    for (DiscoveredProfile p : discovery.profiles()) {
      qualifiedByName.computeIfAbsent(p.name(), n -> new ArrayList<>()).add(p.qualifiedName());
    }
    List<String> close = Suggestions.close(name, qualifiedByName.keySet(), Suggestions.LIMIT);
    if (close.isEmpty()) {
      return new DiagnosticException(SELECTOR_NOT_FOUND.error(text));
    }
    String suggestions =
        close.stream()
            .map(n -> "'" + n + "' (" + String.join(", ", qualifiedByName.get(n)) + ")")
            .collect(Collectors.joining(", "));
    return new DiagnosticException(SELECTOR_NOT_FOUND.errorVariant("suggest", text, suggestions));
  }
}
