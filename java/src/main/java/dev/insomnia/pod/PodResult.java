package dev.insomnia.pod;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.manifest.PodManifest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a create, restore or adopt produced: the manifest and its canonical bytes (exactly what
 * is, or would be, stored), where the snapshot lives, and what the profile printed.
 *
 * @param snapshot the stored manifest.json; empty for a dry run
 * @param sessionId the session recorded for the pod; empty for a dry run
 * @param printed what the profile printed with print() (empty unless it was evaluated)
 * @param warnings diagnostics that did not stop the command (e.g. unsupported registry entries)
 */
public record PodResult(
    Action action,
    PodManifest manifest,
    byte[] manifestJson,
    Optional<Path> snapshot,
    Optional<String> sessionId,
    String printed,
    List<Diagnostic> warnings) {

  public enum Action {
    CREATED,
    RESOLVED,
    RESTORED,
    ADOPTED
  }

  public PodResult {
    manifestJson = manifestJson.clone();
    warnings = List.copyOf(warnings);
  }

  @Override
  public byte[] manifestJson() {
    return manifestJson.clone();
  }
}
