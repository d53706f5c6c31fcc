package dev.insomnia.profile;

import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_RUNTIME_FIELD;

import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonValue;
import dev.insomnia.schema.ReadContext;
import java.util.Map;

/**
 * Fields a profile must not set because they bind a launch or carry authority (the pod name,
 * concrete scope, paths, sockets, session state), each with the reason the diagnostic gives
 * ({@code profile.runtime-field.reason.*}). Found before the schema walk, which then skips
 * them, so they read as "comes from the launch" rather than as unknown fields.
 */
final class RuntimeFields {
  /** Top-level names, by reason. */
  private static final Map<String, String> TOP_LEVEL =
      Map.ofEntries(
          Map.entry("pod", "pod-name"),
          Map.entry("name", "pod-name"),
          Map.entry("pod_name", "pod-name"),
          Map.entry("workspace", "launch"),
          Map.entry("cwd", "launch"),
          Map.entry("paths", "launch"),
          Map.entry("runtime_dir", "launch"),
          Map.entry("state_dir", "launch"),
          Map.entry("data_dir", "launch"),
          Map.entry("socket", "launch"),
          Map.entry("sockets", "launch"),
          Map.entry("runtime", "launch"),
          Map.entry("active_session", "session"),
          Map.entry("session_id", "session"),
          Map.entry("resume", "session"));

  /** Names inside tables a profile may otherwise set, by table, by reason. */
  private static final Map<String, Map<String, String>> NESTED =
      Map.of(
          "scope", Map.of("allow", "scope", "deny", "scope"),
          "session", Map.of("id", "session", "active", "session"));

  private RuntimeFields() {}

  static void scan(JsonValue.JsonObject profile, ReadContext context) {
    for (Map.Entry<String, JsonValue> member : profile.members().entrySet()) {
      String name = member.getKey();
      JsonPath at = JsonPath.root().key(name);
      String reason = TOP_LEVEL.get(name);
      if (reason != null) {
        reportTree(at, member.getValue(), reason, context);
        continue;
      }
      Map<String, String> nested = NESTED.get(name);
      if (nested != null && member.getValue() instanceof JsonValue.JsonObject table) {
        for (Map.Entry<String, String> field : nested.entrySet()) {
          if (table.members().containsKey(field.getKey())) {
            report(at.key(field.getKey()), field.getValue(), context);
          }
        }
      }
    }
  }

  /** A table such as {@code pod = { name = ... }} is reported at each of its fields. */
  private static void reportTree(JsonPath at, JsonValue value, String reason, ReadContext context) {
    if (value instanceof JsonValue.JsonObject table && !table.members().isEmpty()) {
      for (String key : table.members().keySet()) report(at.key(key), reason, context);
      context.claim(at);
    } else {
      report(at, reason, context);
    }
  }

  private static void report(JsonPath at, String reason, ReadContext context) {
    if (context.isClaimed(at)) return; // already reported, as a secret
    context.report(
        at,
        PROFILE_RUNTIME_FIELD.error(at.toString(), PROFILE_RUNTIME_FIELD.text("reason." + reason)));
  }
}
