package dev.insomnia.lua;

/** What a {@link ModuleResolver} answers for a module name. */
public sealed interface ModuleAnswer {

  /**
   * The module's Lua source. A trusted (host) module runs in a pristine environment and its
   * value is frozen read-only before profile code sees it.
   */
  record Source(String chunkName, byte[] source, boolean trusted) implements ModuleAnswer {
    public Source {
      source = source.clone();
    }

    @Override
    public byte[] source() {
      return source.clone();
    }

    byte[] sourceBytes() {
      return source;
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
