package dev.insomnia.pod;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.discovery.Discovery;
import dev.insomnia.discovery.ProfileDiscovery;
import dev.insomnia.evaluate.EvaluatedProfile;
import dev.insomnia.evaluate.ProfileEvaluator;
import dev.insomnia.lua.EvaluationLimits;
import dev.insomnia.lua.LuaEngine;
import dev.insomnia.manifest.ManifestJson;
import dev.insomnia.manifest.ManifestToml;
import dev.insomnia.manifest.PodManifest;
import dev.insomnia.manifest.PodName;
import dev.insomnia.manifest.ProfileProvenance;
import dev.insomnia.manifest.ProfileResolver;
import dev.insomnia.manifest.RuntimeInputs;
import dev.insomnia.modules.BuiltinPrompts;
import dev.insomnia.profile.Profile;
import dev.insomnia.profile.ProfileReader;
import dev.insomnia.source.ProfileSource;
import dev.insomnia.store.PodMetadata;
import dev.insomnia.store.PodStore;
import dev.insomnia.store.StoredPod;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The library's front door for commands: create a pod from a profile or a one-file manifest,
 * restore one, adopt a snapshot, list and check profiles. Every step is delegated (discovery,
 * evaluation, validation, resolution, the store); this class only sequences them, so the
 * command line holds no resolution logic. Lua is loaded only by the operations that evaluate.
 */
public final class PodService {
  private final PodEnvironment environment;
  private final EvaluationLimits limits;
  private final PodStore store;

  private PodService(PodEnvironment environment, EvaluationLimits limits) {
    this.environment = environment;
    this.limits = limits;
    this.store = PodStore.at(environment.dataDir());
  }

  /** A service that evaluates profiles under the default limits. */
  public static PodService open(PodEnvironment environment) {
    return open(environment, EvaluationLimits.DEFAULT);
  }

  /** A service that evaluates profiles under {@code limits}. */
  public static PodService open(PodEnvironment environment, EvaluationLimits limits) {
    return new PodService(environment, limits);
  }

  /**
   * Starts loading the native library and compiling the host modules on a background thread,
   * for a caller that will evaluate a profile soon and has other work to do first. Optional:
   * evaluation builds them itself when needed; a failure surfaces at the first evaluation.
   */
  public static void prepareEvaluator() {
    EVALUATOR.startInBackground();
  }

  /** The process's evaluator (native library, engine, host-module prelude). */
  private static final OnceBuilt<ProfileEvaluator> EVALUATOR =
      new OnceBuilt<>("insomnia-evaluator", new EvaluatorBuild());

  /**
   * Builds the evaluator, then initialises the validation and resolution schemas, a cold run's
   * largest class initialisers (their tables link dozens of lambdas), so that on a background
   * build they are ready by the time the evaluated profile is read. A class rather than a
   * lambda: the first lambda of a process sets up method-handle machinery (~5 ms cold), which
   * this way happens on the background thread too.
   */
  private static final class EvaluatorBuild implements Callable<ProfileEvaluator> {
    @Override
    public ProfileEvaluator call() throws IllegalAccessException {
      ProfileEvaluator evaluator = new ProfileEvaluator(LuaEngine.create());
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      lookup.ensureInitialized(Profile.class);
      lookup.ensureInitialized(PodManifest.class);
      return evaluator;
    }
  }

  /** The engine's version: loads the native library, but compiles no host module. */
  private static final class EngineVersion {
    static final String VERSION = LuaEngine.create().version();
  }

  /** This library's version. */
  public static String toolVersion() {
    try (InputStream in = PodService.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** The engine's version, which names Lua's, e.g. {@code insomnia-lua 0.1.0 (Lua 5.4.9)}. */
  public static String engineVersion() {
    return EngineVersion.VERSION;
  }

  /** Every discovered profile; never evaluates Lua. */
  public Discovery listProfiles() throws DiagnosticException {
    return ProfileDiscovery.discover(environment.places());
  }

  /** Evaluates, validates and resolves the selected profile; stores it unless a dry run. */
  public PodResult create(PodRequest request) throws DiagnosticException, IOException {
    ProfileSource source = ProfileDiscovery.select(environment.places(), request.selector());
    Resolved resolved = resolve(source, request.podName());
    if (request.dryRun()) return resolved.result(PodResult.Action.RESOLVED);
    return persist(resolved, source.origin().label(), PodResult.Action.CREATED);
  }

  /** The one-file manifest escape hatch: exactly that file, builtin defaults for the rest. */
  public PodResult createFromManifest(Path file, Optional<String> podName, boolean dryRun)
      throws DiagnosticException, IOException {
    PodManifest manifest =
        ManifestToml.read(file, podName, environment.workspace(), BuiltinPrompts::read);
    Resolved resolved = new Resolved(manifest, manifest.toCanonicalJson(), "", List.of());
    if (dryRun) return resolved.result(PodResult.Action.RESOLVED);
    return persist(resolved, "manifest", PodResult.Action.CREATED);
  }

  /** Reads and validates a stored snapshot; never evaluates Lua, never rewrites anything. */
  public PodResult restore(String podName) throws DiagnosticException {
    return restored(store.load(podName));
  }

  /** Restores the pod whose metadata records this session id. */
  public PodResult restoreSession(String sessionId) throws DiagnosticException {
    return restored(store.loadBySession(sessionId));
  }

  /** Validates a snapshot made elsewhere and stores it (canonically) as a new pod. */
  public PodResult adopt(Path file, boolean dryRun) throws DiagnosticException, IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new DiagnosticException(
          DiagnosticCode.SNAPSHOT_INVALID.error("no such file: " + file).in(file.toString()));
    }
    PodManifest manifest = ManifestJson.read(bytes, file.toString());
    Resolved resolved = new Resolved(manifest, manifest.toCanonicalJson(), "", List.of());
    if (dryRun) return resolved.result(PodResult.Action.RESOLVED);
    return persist(resolved, "adopt", PodResult.Action.ADOPTED);
  }

  /**
   * Evaluates, validates and resolves one profile (a path or a selector) without storing it,
   * collecting diagnostics instead of throwing. With {@code benchRuns > 0}, times that many
   * more runs after a warm-up.
   */
  public CheckResult check(String target, int benchRuns) throws IOException {
    try {
      ProfileSource source = ProfileDiscovery.select(environment.places(), target);
      Resolved resolved = resolve(source, Optional.of("check"));
      Optional<CheckResult.Timing> timing =
          benchRuns > 0 ? Optional.of(time(source, benchRuns)) : Optional.empty();
      return new CheckResult(
          target, resolved.warnings, Optional.of(resolved.manifest.profile().slug()), timing);
    } catch (DiagnosticException e) {
      return new CheckResult(target, e.diagnostics(), Optional.empty(), Optional.empty());
    }
  }

  private CheckResult.Timing time(ProfileSource source, int runs)
      throws DiagnosticException, IOException {
    int warmUp = Math.max(100, Math.min(runs, 2000));
    for (int i = 0; i < warmUp; i++) resolve(source, Optional.of("check"));
    long[] nanos = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      resolve(source, Optional.of("check"));
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return new CheckResult.Timing(
        runs, nanos[runs / 2] / 1e3, nanos[(int) (runs * 0.9)] / 1e3, nanos[0] / 1e3);
  }

  private Resolved resolve(ProfileSource source, Optional<String> podName)
      throws DiagnosticException, IOException {
    EvaluatedProfile evaluated = EVALUATOR.get().evaluate(source, limits);
    String mainFile = evaluated.modules().get(0).file();
    Profile profile = ProfileReader.read(evaluated.json(), mainFile);
    String name = podName.isPresent() ? PodName.validate(podName.get()) : generated(profile);
    ProfileProvenance provenance =
        new ProfileProvenance(
            source.selector(), source.origin(), source.location().display(),
            evaluated.sourceSha256());
    PodManifest manifest =
        ProfileResolver.resolve(
            profile,
            provenance,
            new RuntimeInputs(name, environment.workspace(), Optional.empty()),
            BuiltinPrompts::read);
    return new Resolved(manifest, manifest.toCanonicalJson(), evaluated.output(), List.of());
  }

  /** {@code <slug>-<8 hex>}, the slug shortened so the name stays within 63 characters. */
  private static String generated(Profile profile) {
    String slug = profile.slug();
    if (slug.length() > 54) slug = slug.substring(0, 54);
    return slug + "-" + String.format("%08x", ThreadLocalRandom.current().nextInt());
  }

  private PodResult persist(Resolved resolved, String origin, PodResult.Action action)
      throws DiagnosticException, IOException {
    String sessionId = PodStore.newSessionId();
    PodMetadata metadata =
        new PodMetadata(
            resolved.manifest.pod().name(),
            Instant.now(),
            "",
            sessionId,
            toolVersion(),
            action == PodResult.Action.ADOPTED ? "-" : engineVersionIfLoaded(origin),
            origin);
    store.create(metadata, resolved.json);
    Path snapshot = store.podsDirectory().resolve(metadata.name()).resolve("manifest.json");
    return new PodResult(
        action, resolved.manifest, resolved.json, Optional.of(snapshot), Optional.of(sessionId),
        resolved.printed, resolved.warnings);
  }

  /** Lua's version is recorded for pods whose profile was evaluated; manifests have none. */
  private static String engineVersionIfLoaded(String origin) {
    return origin.equals("manifest") ? "-" : engineVersion();
  }

  private PodResult restored(StoredPod pod) throws DiagnosticException {
    String file =
        store.podsDirectory().resolve(pod.metadata().name()).resolve("manifest.json").toString();
    PodManifest manifest = ManifestJson.read(pod.manifestJson(), file);
    return new PodResult(
        PodResult.Action.RESTORED,
        manifest,
        pod.manifestJson(),
        Optional.of(Path.of(file)),
        Optional.of(pod.metadata().sessionId()),
        "",
        List.of());
  }

  /** A resolved manifest on its way to a result. */
  private record Resolved(
      PodManifest manifest, byte[] json, String printed, List<Diagnostic> warnings) {
    PodResult result(PodResult.Action action) {
      return new PodResult(
          action, manifest, json, Optional.empty(), Optional.empty(), printed, warnings);
    }
  }

}
