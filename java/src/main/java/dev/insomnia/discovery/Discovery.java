package dev.insomnia.discovery;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.source.ProfileSource;
import java.util.List;
import java.util.Optional;

/**
 * What discovery found: every registry entry (builtin, then user, then project; by name within
 * a source), the effective default, and the warnings (such as {@code .nix} entries). Registry
 * files are only a catalogue: nothing in them reaches a profile or manifest.
 *
 * @param places the places it was discovered from (explicit paths resolve against its working
 *     directory)
 */
public record Discovery(
    Places places,
    List<DiscoveredProfile> profiles,
    Optional<DiscoveredProfile> defaultProfile,
    List<Diagnostic> warnings) {

  public Discovery {
    profiles = List.copyOf(profiles);
    warnings = List.copyOf(warnings);
  }

  /**
   * The profile a selector names: {@code default}, {@code NAME}, {@code SOURCE:NAME}, {@code
   * path:PATH} or an explicit path.
   *
   * @throws DiagnosticException {@code selector.not-found}, {@code selector.ambiguous} or {@code
   *     selector.nix-unsupported}
   */
  public ProfileSource select(String selector) throws DiagnosticException {
    return Selection.select(this, selector, Selector.parse(selector));
  }
}
