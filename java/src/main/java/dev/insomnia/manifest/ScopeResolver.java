package dev.insomnia.manifest;

import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonValue;
import dev.insomnia.profile.Intent;
import dev.insomnia.schema.ReadContext;
import dev.insomnia.schema.Rules;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A scope intent made concrete against a workspace: {@code workspace_write} allows the
 * workspace and denies each protected path inside it; {@code read_only} allows the workspace;
 * {@code none} allows nothing. Denied paths are sorted and unique, so equal intents give equal
 * scopes however the protect list was written.
 */
final class ScopeResolver {
  private ScopeResolver() {}

  /**
   * @param protectAt where the protect list is, for diagnostics (its elements are 1-based)
   */
  static Optional<ConcreteScope> resolve(
      Intent intent, List<String> protect, Path workspace, JsonPath protectAt, ReadContext context) {
    switch (intent) {
      case NONE:
        return Optional.of(new ConcreteScope(intent, Access.NONE, List.of(), List.of()));
      case READ_ONLY:
        return Optional.of(new ConcreteScope(intent, Access.READ, List.of(workspace), List.of()));
      default:
        TreeSet<Path> deny = new TreeSet<>();
        boolean ok = true;
        for (int i = 0; i < protect.size(); i++) {
          Path denied = workspace.resolve(protect.get(i)).normalize();
          if (!denied.startsWith(workspace) || denied.equals(workspace)) {
            context.badValue(
                protectAt.index(i + 1),
                Rules.rule("inside-workspace", workspace),
                new JsonValue.JsonString(protect.get(i)));
            ok = false;
          }
          deny.add(denied);
        }
        return ok
            ? Optional.of(new ConcreteScope(intent, Access.WRITE, List.of(workspace), List.copyOf(deny)))
            : Optional.empty();
    }
  }
}
