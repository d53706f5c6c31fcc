package dev.insomnia.manifest;

import static dev.insomnia.diagnostics.DiagnosticCode.SCOPE_EXCEEDS_DELEGATION;

import dev.insomnia.json.JsonPath;
import dev.insomnia.schema.ReadContext;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * Checks that a child scope grants nothing its delegation ceiling does not. A scope gives each
 * path a level: its access where an allowed path covers it, one step less where a denied path
 * also covers it (write becomes read: protected; read becomes none), nothing elsewhere. Levels
 * only change at the scopes' own allow and deny paths, so comparing the two scopes at every one
 * of those paths compares them everywhere.
 */
final class Delegation {
  private Delegation() {}

  static void check(ConcreteScope child, DelegationCeiling ceiling, ReadContext context) {
    TreeSet<Path> boundaries = new TreeSet<>();
    boundaries.addAll(child.allow());
    boundaries.addAll(child.deny());
    boundaries.addAll(ceiling.allow());
    boundaries.addAll(ceiling.deny());
    for (Path at : boundaries) {
      Access wanted = level(child.access(), child.allow(), child.deny(), at);
      Access granted = level(ceiling.level(), ceiling.allow(), ceiling.deny(), at);
      if (wanted.compareTo(granted) > 0) {
        context.report(
            JsonPath.of("scope"),
            SCOPE_EXCEEDS_DELEGATION.error(
                child.intent().label(), words(wanted), at, words(granted)));
      }
    }
  }

  static Access level(Access access, List<Path> allow, List<Path> deny, Path at) {
    if (allow.stream().noneMatch(at::startsWith)) return Access.NONE;
    if (deny.stream().noneMatch(at::startsWith)) return access;
    return access == Access.WRITE ? Access.READ : Access.NONE;
  }

  private static String words(Access level) {
    return SCOPE_EXCEEDS_DELEGATION.text("level." + level.label());
  }
}
