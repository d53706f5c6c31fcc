package dev.insomnia.discovery;

/**
 * Where a registry entry is declared: the registry file as users name it (an absolute path, or
 * {@code builtin/profiles.toml}) and the 1-based line and column of its key.
 */
public record RegistryPosition(String file, int line, int column) {}
