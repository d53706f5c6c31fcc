package dev.insomnia.modules;

/**
 * One file an evaluation loaded, for provenance and for locating errors.
 *
 * @param name the module name ({@code lib.common}, {@code insomnia.models}); for the main
 *     file its file name without {@code .lua}
 * @param chunkName the chunk as Lua reports it in errors, without the {@code @} marker:
 *     relative to its root ({@code coder.lua}, {@code lib/common.lua}, {@code
 *     insomnia/models.lua})
 * @param file the file as users see it: an absolute path, {@code builtin/lib/common.lua}, or
 *     the host module's chunk name
 * @param kind where it came from
 * @param sha256 hex SHA-256 of the bytes Lua ran
 */
public record LoadedModule(String name, String chunkName, String file, Kind kind, String sha256) {

  /** Where a loaded file came from. */
  public enum Kind {
    /** The profile's main file. */
    MAIN,
    /** A module under the profile's own root. */
    LOCAL,
    /** A host module ({@code insomnia.*}). */
    HOST
  }
}
