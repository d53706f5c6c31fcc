package dev.insomnia.profile;

import dev.insomnia.json.JsonPath;
import dev.insomnia.schema.Field;
import dev.insomnia.schema.Rules;
import dev.insomnia.schema.Shapes;
import dev.insomnia.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A profile's scope: an intent, and for {@code workspace_write} the workspace-relative paths
 * that stay protected. Never concrete paths: those are resolved against the workspace at
 * launch (and checked against the delegation ceiling).
 */
public record ScopeIntent(Intent intent, List<String> protect) {

  public ScopeIntent {
    Objects.requireNonNull(intent, "intent");
    protect = List.copyOf(protect);
  }

  /** The scope of a profile that says nothing about it. */
  public static final ScopeIntent DEFAULT = new ScopeIntent(Intent.READ_ONLY, List.of());

  private static final Field<ScopeIntent, Intent> INTENT =
      Field.required(
              "intent", Shapes.oneOf(List.of(Intent.values()), Intent::label), ScopeIntent::intent)
          .doc("what the Pod means to do with the workspace", "\"workspace_write\"");
  private static final Field<ScopeIntent, Optional<List<String>>> PROTECT =
      Field.optional(
              "protect",
              Shapes.listOf(
                  Shapes.refine(
                      Shapes.nonEmptyString(),
                      ScopeIntent::isRelativeInside,
                      "relative-path")),
              (ScopeIntent s) -> Optional.of(s.protect()))
          .doc(
              "workspace_write only: paths kept read-only; default { \".git\" } for"
                  + " workspace_write, empty otherwise",
              "{ \".git\", \"secrets\" }");

  /** The {@code scope} table. */
  public static final Table<ScopeIntent> TABLE =
      Table.checked(
          (values, raw, at, context) -> {
            Intent intent = values.get(INTENT);
            Optional<List<String>> protect = values.get(PROTECT);
            if (intent != Intent.WORKSPACE_WRITE && protect.map(p -> !p.isEmpty()).orElse(false)) {
              JsonPath protectAt = at.key("protect");
              context.badValue(
                  protectAt, Rules.rule("protect-only-write"), raw.get("protect").orElseThrow());
              return Optional.empty();
            }
            return Optional.of(new ScopeIntent(intent, protect.orElse(intent.defaultProtect())));
          },
          INTENT,
          PROTECT);

  /**
   * Whether {@code path} is relative and stays inside the directory it is relative to: not
   * absolute, no {@code ..} segment, and naming something below it rather than it.
   */
  static boolean isRelativeInside(String path) {
    if (path.startsWith("/") || path.startsWith("\\") || path.matches("[A-Za-z]:.*")) return false;
    if (path.indexOf('\0') >= 0) return false;
    List<String> named = new ArrayList<>();
    for (String segment : path.split("[/\\\\]")) {
      if (segment.equals("..")) return false;
      if (!segment.isEmpty() && !segment.equals(".")) named.add(segment);
    }
    return !named.isEmpty();
  }
}
