package dev.insomnia.manifest;

import static dev.insomnia.diagnostics.DiagnosticCode.SCOPE_EXCEEDS_DELEGATION;

import dev.insomnia.json.JsonPath;
import dev.insomnia.schema.ReadContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks that a child scope grants nothing its delegation ceiling does not. Two rules, both
 * must hold:
 *
 * <ol>
 *   <li>Levels: a scope gives each path a level, its access where an allowed path covers it,
 *       one step less where a denied path also covers it (write becomes read: protected; read
 *       becomes none), nothing elsewhere. The child's level may nowhere exceed the ceiling's.
 *       Levels change only at the scopes' own allow and deny paths, so comparing the two at
 *       every one of those paths compares them everywhere.
 *   <li>Denied roots: a path the child allows may not lie inside a path the ceiling denies,
 *       unless the child denies it too: a ceiling's denied subtree is never handed down as a
 *       grant of its own, even read-only.
 * </ol>
 */
final class Delegation {
  private Delegation() {}

  /** What the child needs at a path, and what the ceiling grants there. */
  private record Excess(Access wanted, Access granted) {}

  static void check(ConcreteScope child, DelegationCeiling ceiling, ReadContext context) {
    Map<Path, Excess> excesses = new TreeMap<>();
    TreeSet<Path> boundaries = new TreeSet<>();
    boundaries.addAll(child.allow());
    boundaries.addAll(child.deny());
    boundaries.addAll(ceiling.allow());
    boundaries.addAll(ceiling.deny());
    for (Path at : boundaries) {
      Access wanted = level(child.access(), child.allow(), child.deny(), at);
      Access granted = level(ceiling.level(), ceiling.allow(), ceiling.deny(), at);
      if (wanted.compareTo(granted) > 0) excesses.put(at, new Excess(wanted, granted));
    }
    for (Path allowed : child.allow()) {
      boolean insideDenied = ceiling.deny().stream().anyMatch(allowed::startsWith);
      boolean deniedByChild = child.deny().stream().anyMatch(allowed::startsWith);
      if (child.access() != Access.NONE && insideDenied && !deniedByChild) {
        excesses.putIfAbsent(allowed, new Excess(child.access(), Access.NONE));
      }
    }
    excesses.forEach(
        (at, excess) ->
            context.report(
                JsonPath.of("scope"),
                SCOPE_EXCEEDS_DELEGATION.error(
                    child.intent().label(), words(excess.wanted()), at, words(excess.granted()))));
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
