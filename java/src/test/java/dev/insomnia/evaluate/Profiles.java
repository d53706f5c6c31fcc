package dev.insomnia.evaluate;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.lua.EvaluationLimits;
import dev.insomnia.source.Origin;
import dev.insomnia.source.ProfileLocation;
import dev.insomnia.source.ProfileSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Shared helpers: one evaluator for all tests, sources for files and builtins. */
final class Profiles {
  static final ProfileEvaluator EVALUATOR = ProfileEvaluator.create();

  private Profiles() {}

  static ProfileSource builtin(String name) {
    return new ProfileSource(
        name, Origin.BUILTIN, new ProfileLocation.Builtin(name + ".lua"), Optional.empty());
  }

  static ProfileSource path(Path file) {
    return new ProfileSource(
        file.toString(), Origin.PATH, new ProfileLocation.File(file), Optional.empty());
  }

  static Path write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, content, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static EvaluatedProfile evaluate(ProfileSource source) {
    try {
      return EVALUATOR.evaluate(source);
    } catch (DiagnosticException e) {
      throw new AssertionError("expected success, got " + e.getMessage(), e);
    }
  }

  /** The one diagnostic evaluating {@code source} fails with. */
  static Diagnostic failure(ProfileSource source) {
    return failure(source, EvaluationLimits.DEFAULT);
  }

  static Diagnostic failure(ProfileSource source, EvaluationLimits limits) {
    DiagnosticException e =
        assertThrows(DiagnosticException.class, () -> EVALUATOR.evaluate(source, limits));
    assertEquals(1, e.diagnostics().size(), e::getMessage);
    return e.diagnostics().get(0);
  }
}
