package dev.insomnia.lua;

import java.util.regex.Pattern;

/**
 * What a compiled chunk is cached under ({@link ChunkCache}): exactly what was compiled, the
 * chunk name (error messages carry it) and the SHA-256 of the source bytes. Changed bytes or
 * another name never find the old chunk.
 *
 * @param chunkName as given to Lua ({@code "@lib/common.lua"})
 * @param sourceSha256 lower-case hex SHA-256 of the exact source bytes
 */
public record ChunkKey(String chunkName, String sourceSha256) {
  private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

  public ChunkKey {
    if (!HEX_SHA256.matcher(sourceSha256).matches()) {
      throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sourceSha256);
    }
    chunkName.getClass(); // not null
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
