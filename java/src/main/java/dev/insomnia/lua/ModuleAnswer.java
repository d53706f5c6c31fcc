package dev.insomnia.lua;

import java.util.Optional;

/** What a {@link ModuleResolver} answers for a module name. */
public sealed interface ModuleAnswer {

  /**
   * The module's Lua source. A trusted (host) module runs in a pristine environment and its
   * value is frozen read-only before profile code sees it. With {@code sourceSha256} (the
   * lower-case hex SHA-256 of exactly {@code source}, not checked), the engine's {@link
   * ChunkCache} keys its compiled chunk by it and the chunk name, and a later evaluation of
   * the same bytes under the same name loads the bytecode instead of compiling.
   */
  record Source(String chunkName, byte[] source, boolean trusted, Optional<String> sourceSha256)
      implements ModuleAnswer {
    public Source {
      source = source.clone();
      sourceSha256.ifPresent(hex -> new ChunkKey(chunkName, hex)); // validates it
    }

    /** A module without a digest: compiled every time. */
    public Source(String chunkName, byte[] source, boolean trusted) {
      this(chunkName, source, trusted, Optional.empty());
    }

    @Override
    public byte[] source() {
      return source.clone();
    }

    byte[] sourceBytes() {
      return source;
    }

    Optional<ChunkKey> key() {
      return sourceSha256.map(hex -> new ChunkKey(chunkName, hex));
    }
  }

  /**
   * The module of this name from the engine's {@link Prelude}: loaded from its precompiled
   * bytecode as a trusted module, without compiling it again.
   */
  record Precompiled(String name) implements ModuleAnswer {}

  /** No such module, or not allowed: raised in Lua as an error with this code and message. */
  record Refusal(String code, String message) implements ModuleAnswer {}
}
