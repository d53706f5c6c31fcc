package dev.insomnia.evaluate;

import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.lua.Evaluation;
import dev.insomnia.lua.EvaluationLimits;
import dev.insomnia.lua.LuaChunk;
import dev.insomnia.lua.LuaEngine;
import dev.insomnia.modules.HostModules;
import dev.insomnia.modules.ProfileModules;
import dev.insomnia.modules.SourceFileCache;
import dev.insomnia.source.ProfileSource;
import java.util.Optional;

/**
 * Evaluates a selected profile: reads its main file, runs it on the native Lua engine with
 * its modules (host modules and the profile's own files), and returns the table it built as
 * canonical JSON with the provenance of every file involved. Every failure is a diagnostic.
 * Thread-safe and reusable: it holds only the engine. Host modules come from {@link
 * HostModules#prelude()}, compiled once per process; the profile's own files are compiled
 * once too and loaded from the engine's {@link dev.insomnia.lua.ChunkCache} while their bytes
 * stay the same (keyed by the SHA-256 read for provenance anyway). Files unchanged since an
 * earlier evaluation read them are not read again ({@link SourceFileCache}).
 */
public final class ProfileEvaluator {
  private final LuaEngine engine;
  private final SourceFileCache files;

  /** An evaluator on {@code engine}, with the process's {@link SourceFileCache#shared()}. */
  public ProfileEvaluator(LuaEngine engine) {
    this(engine, SourceFileCache.shared());
  }

  /**
   * An evaluator on {@code engine} that takes profile files unchanged since they were read
   * from {@code files} ({@link SourceFileCache#disabled()}: every evaluation reads them).
   */
  public ProfileEvaluator(LuaEngine engine, SourceFileCache files) {
    this.engine = engine.withPrelude(HostModules.prelude());
    this.files = files;
  }

  /** An evaluator over the native library for this platform. */
  public static ProfileEvaluator create() {
    return new ProfileEvaluator(LuaEngine.create());
  }

  /** {@link #evaluate(ProfileSource, EvaluationLimits)} with the default limits. */
  public EvaluatedProfile evaluate(ProfileSource source) throws DiagnosticException {
    return evaluate(source, EvaluationLimits.DEFAULT);
  }

  /**
   * Evaluates {@code source} within {@code limits}.
   *
   * @throws DiagnosticException the profile cannot be read ({@code profile.read}), is not
   *     valid Lua, raised an error, hit a limit or the sandbox, failed a require, or returned
   *     something other than a table of named fields
   */
  public EvaluatedProfile evaluate(ProfileSource source, EvaluationLimits limits)
      throws DiagnosticException {
    MainFile main = MainFile.read(source.location(), limits.memoryBytes(), files);
    String path = main.file().relativePath();
    ProfileModules modules =
        new ProfileModules(main.root(), main.file(), limits.memoryBytes(), true);
    Evaluation evaluation =
        engine.evaluate(
            new LuaChunk("@" + path, main.file().source(), Optional.of(main.file().sha256())),
            modules,
            limits);
    if (evaluation instanceof Evaluation.Failure failure) {
      throw new DiagnosticException(LuaErrors.diagnostic(failure.error(), modules.loaded()));
    }
    byte[] json = ((Evaluation.Success) evaluation).json();
    String mainFile = main.root().display(path);
    var problem = ReturnedValue.problem(json, mainFile);
    if (problem.isPresent()) throw new DiagnosticException(problem.get());
    return new EvaluatedProfile(
        source, json, modules.loaded(), modules.sourceSha256(), evaluation.output());
  }
}
