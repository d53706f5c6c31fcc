package dev.insomnia.discovery;

import dev.insomnia.diagnostics.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * A registry as read: its well-formed entries (sorted by name), its default, and the problems
 * found in it. Entries with problems are left out; the problems make discovery fail.
 */
record Registry(
    RegistryFile file,
    List<RegistryEntry> entries,
    Optional<DefaultDeclaration> declaredDefault,
    List<Diagnostic> problems) {

  Registry {
    entries = List.copyOf(entries);
    problems = List.copyOf(problems);
  }

  static Registry broken(RegistryFile file, List<Diagnostic> problems) {
    return new Registry(file, List.of(), Optional.empty(), problems);
  }
}
