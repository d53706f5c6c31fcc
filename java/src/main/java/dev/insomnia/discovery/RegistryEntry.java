package dev.insomnia.discovery;

import dev.insomnia.source.ProfileLocation;
import java.util.Optional;

/**
 * One well-formed {@code [profile]} entry.
 *
 * @param declaredPath the path as written in the registry
 * @param location the path resolved against the registry's directory (or the builtin root)
 */
record RegistryEntry(
    String name,
    String declaredPath,
    ProfileLocation location,
    Optional<String> description,
    RegistryPosition position) {}
