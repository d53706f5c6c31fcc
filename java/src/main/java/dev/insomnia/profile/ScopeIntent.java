package dev.insomnia.profile;

import dev.insomnia.json.JsonPath;
import dev.insomnia.schema.Field;
import dev.insomnia.schema.Rules;
import dev.insomnia.schema.Shapes;
import dev.insomnia.schema.Table;
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
    if (path.startsWith("/") || path.startsWith("\\") || isDrivePath(path)) return false;
    if (path.indexOf('\0') >= 0) return false;
    boolean named = false;
    int start = 0;
    for (int i = 0; i <= path.length(); i++) {
      if (i < path.length() && path.charAt(i) != '/' && path.charAt(i) != '\\') continue;
      int length = i - start; // the segment from start to i, as split("[/\\\\]") gives it
      if (length == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.') return false;
      if (length > 1 || (length == 1 && path.charAt(start) != '.')) named = true;
      start = i + 1;
    }
    return named;
  }

  /**
   * {@code path.matches("[A-Za-z]:.*")}: a drive letter and colon, then no line terminator
   * (the regex's dot matches no line feed, carriage return, next line, line or paragraph
   * separator).
   */
  private static boolean isDrivePath(String path) {
    if (path.length() < 2 || path.charAt(1) != ':') return false;
    char drive = path.charAt(0);
    if (!((drive >= 'A' && drive <= 'Z') || (drive >= 'a' && drive <= 'z'))) return false;
    for (int i = 2; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return false;
    }
    return true;
  }
}
