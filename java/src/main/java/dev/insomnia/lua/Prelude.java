package dev.insomnia.lua;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Trusted modules compiled once into bytecode, for every evaluation of an engine to load
 * without parsing them again ({@link LuaEngine#withPrelude}, {@link
 * ModuleAnswer.Precompiled}). Immutable once built, so any number of threads may share it. The
 * native memory is freed when the prelude becomes unreachable.
 *
 * <p>Only text goes in; the shim dumps the bytecode itself, and profile code has no way to
 * load a binary chunk.
 */
public final class Prelude {
  private final long handle;
  private final Set<String> names;

  private Prelude(long handle, Set<String> names) {
    this.handle = handle;
    this.names = names;
  }

  /** The module names it holds. */
  public Set<String> names() {
    return names;
  }

  long handle() {
    return handle;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects modules; {@link #build} compiles them all. */
  public static final class Builder {
    private final List<ModuleAnswer.Source> sources = new ArrayList<>();
    private final List<String> moduleNames = new ArrayList<>();

    public Builder add(String name, ModuleAnswer.Source source) {
      moduleNames.add(name);
      sources.add(source);
      return this;
    }

    /**
     * Compiles every module.
     *
     * @throws IllegalArgumentException naming the module that does not compile (a bug in a
     *     trusted module), with Lua's message
     */
    public Prelude build() {
      NativeLua api = NativeLibrary.get().api();
      long handle = api.preludeNew();
      if (handle == 0) throw new OutOfMemoryError("native memory for a prelude");
      for (int i = 0; i < sources.size(); i++) {
        ModuleAnswer.Source source = sources.get(i);
        int status =
            api.preludeAdd(
                handle,
                LuaEngine.cString(moduleNames.get(i)),
                source.sourceBytes(),
                LuaEngine.cString(source.chunkName()));
        if (status != 0) {
          String why = new String(api.preludeError(handle), UTF_8);
          api.preludeFree(handle);
          throw new IllegalArgumentException(
              "module " + moduleNames.get(i) + " does not compile: " + why);
        }
      }
      Prelude prelude = new Prelude(handle, Set.copyOf(moduleNames));
      NativeCleaner.CLEANER.register(prelude, () -> api.preludeFree(handle));
      return prelude;
    }
  }
}
