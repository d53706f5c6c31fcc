package dev.insomnia.lua;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Lua source text to evaluate. {@code chunkName} follows Lua's convention: {@code "@file.lua"}
 * names a file (errors then say {@code file.lua:LINE}), {@code "=name"} names anything else.
 *
 * @param sourceSha256 the lower-case hex SHA-256 of exactly {@code source}, when the caller
 *     has it (it is not checked): the engine's {@link ChunkCache} keys the compiled chunk by it
 *     and the chunk name; without it the text is compiled every time
 */
public record LuaChunk(String chunkName, byte[] source, Optional<String> sourceSha256) {
  public LuaChunk {
    source = source.clone();
    sourceSha256.ifPresent(hex -> new ChunkKey(chunkName, hex)); // validates it
  }

  /** A chunk without a digest: compiled every time it is evaluated. */
  public LuaChunk(String chunkName, byte[] source) {
    this(chunkName, source, Optional.empty());
  }

  public static LuaChunk of(String chunkName, String source) {
    return new LuaChunk(chunkName, source.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public byte[] source() {
    return source.clone();
  }

  /** The source without a copy, for the engine. */
  byte[] sourceBytes() {
    return source;
  }

  /** What its compiled chunk is cached under, if it has a digest. */
  Optional<ChunkKey> key() {
    return sourceSha256.map(hex -> new ChunkKey(chunkName, hex));
  }
}
