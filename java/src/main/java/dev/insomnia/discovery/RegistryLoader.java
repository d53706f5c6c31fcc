package dev.insomnia.discovery;

import static dev.insomnia.diagnostics.DiagnosticCode.REGISTRY_INVALID;

import dev.insomnia.source.Origin;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds and reads the three registries. A missing user or project registry is normal. */
final class RegistryLoader {
  static final String PROJECT_DIRECTORY = ".insomnia";

  private RegistryLoader() {}

  /** The builtin index; no index on the class path means no builtin profiles. */
  static Registry builtin(BuiltinIndex index) {
    RegistryFile file = RegistryFile.builtin();
    if (index.compiled().isPresent()) return CompiledRegistry.read(file, index.compiled().get());
    return index
        .text()
        .map(text -> RegistryReader.read(file, text))
        .orElseGet(() -> new Registry(file, List.of(), Optional.empty(), List.of()));
  }

  static Optional<Registry> user(Places places) {
    return read(Origin.USER, places.userRegistry());
  }

  /**
   * The nearest {@code .insomnia/profiles.toml} from the workspace up, unless it is the user
   * registry itself (a config dir of {@code ~/.insomnia} seen from a workspace under home):
   * one file is one source, or every name in it would be ambiguous.
   */
  static Optional<Registry> project(Places places) {
    Optional<Path> nearest = nearestProjectRegistry(places.workspace());
    if (nearest.isEmpty() || isSameFile(nearest.get(), places.userRegistry())) {
      return Optional.empty();
    }
    return read(Origin.PROJECT, nearest.get());
  }

  /** One stat per directory walking up; the first regular file wins, outer ones are not read. */
  static Optional<Path> nearestProjectRegistry(Path workspace) {
    for (Path dir = workspace; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(PROJECT_DIRECTORY).resolve(Places.REGISTRY_FILE);
      if (Files.isRegularFile(candidate)) return Optional.of(candidate);
    }
    return Optional.empty();
  }

  private static boolean isSameFile(Path a, Path b) {
    if (a.equals(b)) return true;
    try {
      return Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  private static Optional<Registry> read(Origin source, Path path) {
    RegistryFile file = RegistryFile.onDisk(source, path);
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (CharacterCodingException e) {
      return Optional.of(unreadable(file, "not-utf8", ""));
    } catch (IOException e) {
      String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
      return Optional.of(unreadable(file, "unreadable", reason));
    }
    return Optional.of(RegistryReader.read(file, text));
  }

  private static Registry unreadable(RegistryFile file, String variant, String reason) {
    return Registry.broken(
        file,
        List.of(
            REGISTRY_INVALID
                .errorVariant(variant, file.source().label(), reason)
                .in(file.displayName())));
  }
}
