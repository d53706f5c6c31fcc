package dev.insomnia.modules;

/** What a {@link ModuleRoot} found for a module name. */
public sealed interface ModuleLookup {

  /**
   * The module's file.
   *
   * @param relativePath its path under the root, '/'-separated, symlinks resolved ({@code
   *     lib/common.lua}): also its chunk name
   * @param sha256 hex SHA-256 of {@code source}
   */
  record Found(String relativePath, byte[] source, String sha256) implements ModuleLookup {
    public Found {
      source = source.clone();
    }

    @Override
    public byte[] source() {
      return source.clone();
    }

    /** The source without a copy, for this package. */
    byte[] sourceBytes() {
      return source;
    }
  }

  /** No module, or not allowed: a {@code require.*} code and what is wrong. */
  record Refused(String code, String message) implements ModuleLookup {}
}
