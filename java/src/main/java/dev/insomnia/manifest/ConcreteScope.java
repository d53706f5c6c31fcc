package dev.insomnia.manifest;

import dev.insomnia.profile.Intent;
import dev.insomnia.schema.Field;
import dev.insomnia.schema.Rules;
import dev.insomnia.schema.Shapes;
import dev.insomnia.schema.Table;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The manifest's {@code scope}: the intent it came from, the access it grants, and the
 * absolute paths it grants it on ({@code allow}) and withholds it from ({@code deny}). In a
 * write scope a denied path is still readable (protected); in a read scope it is not.
 */
public record ConcreteScope(Intent intent, Access access, List<Path> allow, List<Path> deny) {

  public ConcreteScope {
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(access, "access");
    allow = List.copyOf(allow);
    deny = List.copyOf(deny);
  }

  private static final Field<ConcreteScope, Intent> INTENT =
      Field.required(
              "intent", Shapes.oneOf(List.of(Intent.values()), Intent::label), ConcreteScope::intent)
          .doc("the intent the scope was resolved from", "\"workspace_write\"");
  private static final Field<ConcreteScope, Access> ACCESS =
      Field.required(
              "access", Shapes.oneOf(List.of(Access.WRITE, Access.READ, Access.NONE), Access::label), ConcreteScope::access)
          .doc("what the scope grants: write, read or none; follows from the intent", "\"write\"");
  private static final Field<ConcreteScope, List<Path>> ALLOW =
      Field.required("allow", Shapes.listOf(Shapes.path()), ConcreteScope::allow)
          .doc("paths the access applies to", "[\"/src/app\"]");
  private static final Field<ConcreteScope, List<Path>> DENY =
      Field.required("deny", Shapes.listOf(Shapes.path()), ConcreteScope::deny)
          .doc("paths withheld: read-only in a write scope, unreadable in a read scope", "[\"/src/app/.git\"]");

  static final Table<ConcreteScope> TABLE =
      Table.checked(
          (v, raw, at, context) -> {
            Intent intent = v.get(INTENT);
            Access access = v.get(ACCESS);
            boolean ok = true;
            if (access != Access.of(intent)) {
              context.badValue(
                  at.key("access"),
                  Rules.rule("access-of-intent", Access.of(intent).label(), intent.label()),
                  raw.get("access").orElseThrow());
              ok = false;
            }
            if (intent == Intent.NONE) {
              for (String key : List.of("allow", "deny")) {
                if (!(key.equals("allow") ? v.get(ALLOW) : v.get(DENY)).isEmpty()) {
                  context.badValue(at.key(key), Rules.rule("empty-for-none"), raw.get(key).orElseThrow());
                  ok = false;
                }
              }
            }
            return ok
                ? Optional.of(new ConcreteScope(intent, access, v.get(ALLOW), v.get(DENY)))
                : Optional.empty();
          },
          INTENT,
          ACCESS,
          ALLOW,
          DENY);
}
