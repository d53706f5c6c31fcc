package dev.insomnia.manifest;

import dev.insomnia.json.JsonWriter;
import dev.insomnia.profile.EnvValue;
import dev.insomnia.profile.MemorySettings;
import dev.insomnia.profile.ModelSpec;
import dev.insomnia.profile.Permissions;
import dev.insomnia.profile.SessionPolicy;
import dev.insomnia.profile.WebSettings;
import dev.insomnia.profile.WorkerSettings;
import dev.insomnia.schema.Field;
import dev.insomnia.schema.Shapes;
import dev.insomnia.schema.Table;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A resolved, concrete Pod manifest (schema {@value #SCHEMA}): what a Pod is created from and
 * restored from. Its tables {@code model}, {@code worker}, {@code memory}, {@code web}, {@code
 * permissions}, {@code session} and {@code env} are the profile's own; the rest is bound at
 * launch. Only {@link PodManifestConfig} produces validated instances from outside data.
 */
public record PodManifest(
    PodIdentity pod,
    ProfileSummary profile,
    ModelSpec model,
    WorkerSettings worker,
    CompactionTrigger compaction,
    MemorySettings memory,
    WebSettings web,
    Permissions permissions,
    SessionPolicy session,
    ConcreteScope scope,
    List<InstructionRef> instructions,
    Map<String, EnvValue> env,
    Path workspace) {

  public static final String SCHEMA = "insomnia.pod-manifest/1";

  public PodManifest {
    Objects.requireNonNull(pod, "pod");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(worker, "worker");
    Objects.requireNonNull(compaction, "compaction");
    Objects.requireNonNull(memory, "memory");
    Objects.requireNonNull(web, "web");
    Objects.requireNonNull(permissions, "permissions");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(scope, "scope");
    instructions = List.copyOf(instructions);
    env = EnvValue.sorted(env);
    Objects.requireNonNull(workspace, "workspace");
  }

  /** The canonical JSON of this manifest: equal manifests give identical bytes. */
  public byte[] toCanonicalJson() {
    return JsonWriter.write(TABLE.write(this));
  }

  private static final Field<PodManifest, String> SCHEMA_FIELD =
      Field.required("schema", Shapes.exactly(SCHEMA), (PodManifest m) -> SCHEMA)
          .doc("the manifest format", "\"" + SCHEMA + "\"");
  private static final Field<PodManifest, PodIdentity> POD =
      Field.required("pod", PodIdentity.TABLE, PodManifest::pod).doc("the Pod", "");
  private static final Field<PodManifest, ProfileSummary> PROFILE =
      Field.required("profile", ProfileSummary.TABLE, PodManifest::profile)
          .doc("the profile it was resolved from", "");
  private static final Field<PodManifest, ModelSpec> MODEL =
      Field.required("model", ModelSpec.TABLE, PodManifest::model).doc("as in profiles", "");
  private static final Field<PodManifest, WorkerSettings> WORKER =
      Field.required("worker", WorkerSettings.TABLE, PodManifest::worker).doc("as in profiles", "");
  private static final Field<PodManifest, CompactionTrigger> COMPACTION =
      Field.required("compaction", CompactionTrigger.TABLE, PodManifest::compaction)
          .doc("the concrete compaction trigger", "");
  private static final Field<PodManifest, MemorySettings> MEMORY =
      Field.required("memory", MemorySettings.TABLE, PodManifest::memory).doc("as in profiles", "");
  private static final Field<PodManifest, WebSettings> WEB =
      Field.required("web", WebSettings.TABLE, PodManifest::web).doc("as in profiles", "");
  private static final Field<PodManifest, Permissions> PERMISSIONS =
      Field.required("permissions", Permissions.TABLE, PodManifest::permissions)
          .doc("as in profiles", "");
  private static final Field<PodManifest, SessionPolicy> SESSION =
      Field.required("session", SessionPolicy.TABLE, PodManifest::session).doc("as in profiles", "");
  private static final Field<PodManifest, ConcreteScope> SCOPE =
      Field.required("scope", ConcreteScope.TABLE, PodManifest::scope)
          .doc("the concrete scope", "");
  private static final Field<PodManifest, List<InstructionRef>> INSTRUCTIONS =
      Field.required("instructions", Shapes.listOf(InstructionRef.TABLE), PodManifest::instructions)
          .doc("resolved prompt assets, in order", "");
  private static final Field<PodManifest, Map<String, EnvValue>> ENV =
      Field.required("env", EnvValue.ENVIRONMENT_SHAPE, PodManifest::env)
          .doc("as in profiles; secret references stay references", "");
  private static final Field<PodManifest, Path> WORKSPACE =
      Field.required("workspace", Shapes.path(), PodManifest::workspace)
          .doc("the Pod's workspace", "\"/src/app\"");

  /** The whole manifest. Rule across tables: the trigger is below the context window. */
  static final Table<PodManifest> TABLE =
      Table.checked(
          (v, raw, at, context) -> {
            ModelSpec model = v.get(MODEL);
            CompactionTrigger compaction = v.get(COMPACTION);
            if (!model.admitsTrigger(
                compaction.triggerTokens(), at.key("compaction").key("trigger_tokens"), context)) {
              return Optional.empty();
            }
            return Optional.of(
                new PodManifest(
                    v.get(POD),
                    v.get(PROFILE),
                    model,
                    v.get(WORKER),
                    compaction,
                    v.get(MEMORY),
                    v.get(WEB),
                    v.get(PERMISSIONS),
                    v.get(SESSION),
                    v.get(SCOPE),
                    v.get(INSTRUCTIONS),
                    v.get(ENV),
                    v.get(WORKSPACE)));
          },
          SCHEMA_FIELD,
          POD,
          PROFILE,
          MODEL,
          WORKER,
          COMPACTION,
          MEMORY,
          WEB,
          PERMISSIONS,
          SESSION,
          SCOPE,
          INSTRUCTIONS,
          ENV,
          WORKSPACE);
}
