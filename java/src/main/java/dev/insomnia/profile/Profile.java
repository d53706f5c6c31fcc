package dev.insomnia.profile;

import dev.insomnia.schema.Field;
import dev.insomnia.schema.Shape;
import dev.insomnia.schema.Shapes;
import dev.insomnia.schema.Table;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated profile: a reusable recipe for a Pod, with every default applied. It carries no
 * authority (no pod name, no concrete paths, no raw secrets); {@code ProfileResolver} binds it
 * to a launch.
 *
 * @param instructions prompt refs, e.g. {@code $insomnia/prompts/coder.md}
 * @param env the Pod's environment, in key order
 */
public record Profile(
    String slug,
    String description,
    ModelSpec model,
    WorkerSettings worker,
    CompactionPolicy compaction,
    MemorySettings memory,
    WebSettings web,
    Permissions permissions,
    SessionPolicy session,
    ScopeIntent scope,
    List<String> instructions,
    Map<String, EnvValue> env) {

  public Profile {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(description, "description");
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
  }

  /** Slugs, as profiles name themselves (shared with the manifest's profile.slug). */
  public static final Shape<String> SLUG_SHAPE = Shapes.string("[a-z][a-z0-9-]{0,62}");

  /** Descriptions: one line, at most 500 characters (shared with the manifest). */
  public static final Shape<String> DESCRIPTION_SHAPE = Shapes.text(500);

  private static final Field<Profile, String> SLUG =
      Field.required("slug", SLUG_SHAPE, Profile::slug)
          .doc("the profile's name; generated pod names start with it", "\"coder\"");
  private static final Field<Profile, String> DESCRIPTION =
      Field.defaulted("description", DESCRIPTION_SHAPE, "", Profile::description)
          .doc("one line shown in listings", "\"Example coding Pod\"");
  private static final Field<Profile, ModelSpec> MODEL =
      Field.required("model", ModelSpec.TABLE, Profile::model)
          .doc("the model; models.catalog(id) or models.custom { ... } builds it",
              "models.catalog(\"codex-oauth/gpt-5.5\")");
  private static final Field<Profile, WorkerSettings> WORKER =
      Field.defaulted("worker", WorkerSettings.TABLE, WorkerSettings.defaults(), Profile::worker)
          .doc("how the worker runs", "{ reasoning = \"high\" }");
  private static final Field<Profile, CompactionPolicy> COMPACTION =
      Field.defaulted("compaction", CompactionPolicy.TABLE, CompactionPolicy.DEFAULT, Profile::compaction)
          .doc("when the context is compacted; exactly one of its fields", "compact.ratio(0.7)");
  private static final Field<Profile, MemorySettings> MEMORY =
      Field.defaulted("memory", MemorySettings.TABLE, MemorySettings.defaults(), Profile::memory)
          .doc("the Pod's memory across tasks", "{ enabled = false }");
  private static final Field<Profile, WebSettings> WEB =
      Field.defaulted("web", WebSettings.TABLE, WebSettings.defaults(), Profile::web)
          .doc("web access", "{ enabled = true, allowed_domains = { \"docs.rs\" } }");
  private static final Field<Profile, Permissions> PERMISSIONS =
      Field.defaulted("permissions", Permissions.TABLE, Permissions.defaults(), Profile::permissions)
          .doc("approvals and network", "{ approval = \"never\" }");
  private static final Field<Profile, SessionPolicy> SESSION =
      Field.defaulted("session", SessionPolicy.TABLE, SessionPolicy.defaults(), Profile::session)
          .doc("session time limits", "{ idle_timeout_minutes = 30 }");
  private static final Field<Profile, ScopeIntent> SCOPE =
      Field.defaulted("scope", ScopeIntent.TABLE, ScopeIntent.DEFAULT, Profile::scope)
          .doc("the scope intent; the insomnia.scope helpers build it", "scope.workspace_write()");
  private static final Field<Profile, List<String>> INSTRUCTIONS =
      Field.defaulted("instructions", Shapes.listOf(PromptRef.SHAPE), List.of(), Profile::instructions)
          .doc("prompt assets given to the worker, in order", "{ \"$insomnia/prompts/coder.md\" }");
  private static final Field<Profile, Map<String, EnvValue>> ENV =
      Field.defaulted("env", EnvValue.ENVIRONMENT_SHAPE, Map.of(), Profile::env)
          .doc("the Pod's environment: strings, or secrets.env(\"NAME\") references",
              "{ OPENAI_API_KEY = secrets.env(\"OPENAI_API_KEY\") }");

  /** The whole profile. Rule across tables: trigger_tokens below the model's context window. */
  public static final Table<Profile> TABLE =
      Table.checked(
          (v, raw, at, context) -> {
            ModelSpec model = v.get(MODEL);
            CompactionPolicy compaction = v.get(COMPACTION);
            if (compaction instanceof CompactionPolicy.Tokens t
                && !model.admitsTrigger(
                    t.tokens(), at.key("compaction").key("trigger_tokens"), context)) {
              return Optional.empty();
            }
            return Optional.of(
                new Profile(
                    v.get(SLUG),
                    v.get(DESCRIPTION),
                    model,
                    v.get(WORKER),
                    compaction,
                    v.get(MEMORY),
                    v.get(WEB),
                    v.get(PERMISSIONS),
                    v.get(SESSION),
                    v.get(SCOPE),
                    v.get(INSTRUCTIONS),
                    v.get(ENV)));
          },
          SLUG,
          DESCRIPTION,
          MODEL,
          WORKER,
          COMPACTION,
          MEMORY,
          WEB,
          PERMISSIONS,
          SESSION,
          SCOPE,
          INSTRUCTIONS,
          ENV);
}
