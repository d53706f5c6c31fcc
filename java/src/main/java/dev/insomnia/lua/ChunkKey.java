package dev.insomnia.lua;

/**
 * What a compiled chunk is cached under ({@link ChunkCache}): exactly what was compiled, the
 * chunk name (error messages carry it) and the SHA-256 of the source bytes. Changed bytes or
 * another name never find the old chunk.
 *
 * @param chunkName as given to Lua ({@code "@lib/common.lua"})
 * @param sourceSha256 lower-case hex SHA-256 of the exact source bytes
 */
public record ChunkKey(String chunkName, String sourceSha256) {
  public ChunkKey {
    if (!isSha256Hex(sourceSha256)) {
      throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sourceSha256);
    }
    chunkName.getClass(); // not null
  }

  /**
   * Whether {@code text} is a lower-case hex SHA-256 ({@code [0-9a-f]{64}}). A loop, not a
   * regex: a key is made for every file of every evaluation.
   */
  static boolean isSha256Hex(String text) {
    if (text.length() != 64) return false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) return false;
    }
    return true;
  }

  // Written out: a record's generated equals and hashCode are bootstrapped through
  // invokedynamic (ObjectMethods), ~8 ms of a cold launch's main thread on the first lookup.

  @Override
  public boolean equals(Object other) {
    return other instanceof ChunkKey key
        && chunkName.equals(key.chunkName)
        && sourceSha256.equals(key.sourceSha256);
  }

  @Override
  public int hashCode() {
    return 31 * chunkName.hashCode() + sourceSha256.hashCode();
  }
}
