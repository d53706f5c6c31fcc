package dev.insomnia.bench;

import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.evaluate.EvaluatedProfile;
import dev.insomnia.evaluate.ProfileEvaluator;
import dev.insomnia.lua.LuaEngine;
import dev.insomnia.manifest.PodManifest;
import dev.insomnia.manifest.ProfileProvenance;
import dev.insomnia.manifest.ProfileResolver;
import dev.insomnia.manifest.RuntimeInputs;
import dev.insomnia.modules.BuiltinPrompts;
import dev.insomnia.modules.SourceFileCache;
import dev.insomnia.profile.Profile;
import dev.insomnia.profile.ProfileReader;
import dev.insomnia.source.Origin;
import dev.insomnia.source.ProfileLocation;
import dev.insomnia.source.ProfileSource;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The steps {@code PodService} runs to turn a selected profile into a manifest (evaluate, read
 * and validate, resolve, canonical JSON), one method each so benchmarks can time them apart as
 * well as together. Thread-safe: the evaluator is, and every other step is a pure function.
 */
final class ProfilePipeline {
  /** A fixed pod name: a generated one would add a random number to every run. */
  static final String POD_NAME = "bench";

  private final ProfileEvaluator evaluator;
  private final RuntimeInputs runtime;

  ProfilePipeline(ProfileEvaluator evaluator, Path workspace) {
    this.evaluator = evaluator;
    this.runtime = new RuntimeInputs(POD_NAME, workspace, Optional.empty());
  }

  /** A pipeline on a new evaluator, resolving against the working directory (as the CLI does). */
  static ProfilePipeline create() {
    return new ProfilePipeline(ProfileEvaluator.create(), workingDirectory());
  }

  /** As {@link #create}, but every evaluation reads and hashes its files, as a launch does. */
  static ProfilePipeline readingFiles() {
    return new ProfilePipeline(
        new ProfileEvaluator(LuaEngine.create(), SourceFileCache.disabled()), workingDirectory());
  }

  private static Path workingDirectory() {
    return Path.of(System.getProperty("user.dir")).toAbsolutePath();
  }

  /** The builtin profile {@code name}, selected as {@code builtin:NAME} would be. */
  static ProfileSource builtin(String name) {
    return new ProfileSource(
        name, Origin.BUILTIN, new ProfileLocation.Builtin(name + ".lua"), Optional.empty());
  }

  /** A profile file on disk, selected by its path. */
  static ProfileSource file(Path mainFile) {
    return new ProfileSource(
        mainFile.toString(), Origin.PATH, new ProfileLocation.File(mainFile), Optional.empty());
  }

  /** Every step: the canonical JSON of the manifest. */
  byte[] run(ProfileSource source) throws DiagnosticException {
    EvaluatedProfile evaluated = evaluate(source);
    return resolve(read(evaluated), evaluated).toCanonicalJson();
  }

  /** Evaluation alone: a fresh VM, the modules it requires, the returned table as JSON. */
  EvaluatedProfile evaluate(ProfileSource source) throws DiagnosticException {
    return evaluator.evaluate(source);
  }

  /** Reading and validating the evaluated JSON into a Profile. */
  static Profile read(EvaluatedProfile evaluated) throws DiagnosticException {
    return ProfileReader.read(evaluated.json(), evaluated.modules().get(0).file());
  }

  /** Binding the profile to the launch; the result has passed the manifest boundary. */
  PodManifest resolve(Profile profile, EvaluatedProfile evaluated) throws DiagnosticException {
    ProfileSource source = evaluated.source();
    ProfileProvenance provenance =
        new ProfileProvenance(
            source.selector(), source.origin(), source.location().display(),
            evaluated.sourceSha256());
    return ProfileResolver.resolve(profile, provenance, runtime, BuiltinPrompts::read);
  }
}
