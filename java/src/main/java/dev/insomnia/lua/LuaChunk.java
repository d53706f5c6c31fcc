package dev.insomnia.lua;

import java.nio.charset.StandardCharsets;

/**
 * Lua source text to evaluate. {@code chunkName} follows Lua's convention: {@code "@file.lua"}
 * names a file (errors then say {@code file.lua:LINE}), {@code "=name"} names anything else.
 */
public record LuaChunk(String chunkName, byte[] source) {
  public LuaChunk {
    source = source.clone();
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
}
