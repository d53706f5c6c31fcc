package dev.insomnia.manifest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The most a delegated Pod may get: its parent Pod's concrete scope. A child's scope must grant
 * nothing the ceiling does not.
 *
 * @param access {@code write}, {@code read} or {@code none}
 * @param allow absolute paths
 * @param deny absolute paths
 */
public record DelegationCeiling(String access, List<Path> allow, List<Path> deny) {

  public DelegationCeiling {
    Objects.requireNonNull(access, "access");
    if (Access.ofLabel(access).isEmpty()) {
      throw new IllegalArgumentException("access must be write, read or none: " + access);
    }
    allow = absolute(allow);
    deny = absolute(deny);
  }

  /** The ceiling a Pod with {@code scope} gives the Pods it starts. */
  public static DelegationCeiling of(ConcreteScope scope) {
    return new DelegationCeiling(scope.access().label(), scope.allow(), scope.deny());
  }

  Access level() {
    return Access.ofLabel(access).orElseThrow();
  }

  private static List<Path> absolute(List<Path> paths) {
    for (Path p : paths) {
      if (!p.isAbsolute()) throw new IllegalArgumentException("not an absolute path: " + p);
    }
    return paths.stream().map(Path::normalize).toList();
  }
}
