package dev.insomnia.discovery;

import dev.insomnia.source.Origin;
import dev.insomnia.source.ProfileLocation;
import java.util.Optional;

/**
 * One registry entry as discovered, for listings and selection.
 *
 * @param name the unqualified name, e.g. {@code coder}
 * @param source the registry that declares it (builtin, user or project)
 * @param location the profile's main file, resolved against its registry
 * @param declaredPath the path as written in the registry
 * @param isDefault whether this is the effective default ({@code --profile default})
 * @param status whether it can be selected
 * @param declaredAt where the registry declares it
 */
public record DiscoveredProfile(
    String name,
    Origin source,
    ProfileLocation location,
    String declaredPath,
    Optional<String> description,
    boolean isDefault,
    Status status,
    RegistryPosition declaredAt) {

  /** Whether an entry can be selected, as found by a stat of its file (never by reading it). */
  public enum Status {
    OK,
    /** The file does not exist (or is not a regular file); selecting it is an error. */
    MISSING_FILE,
    /** The entry points at a {@code .nix} profile: listed, never selectable. */
    UNSUPPORTED_NIX
  }

  /** The source-qualified name, e.g. {@code project:coder}. */
  public String qualifiedName() {
    return source.label() + ":" + name;
  }
}
