package dev.insomnia.lua;

/**
 * Answers {@code require(name)} for names an evaluation has not loaded yet. Called on the
 * evaluating thread, at most once per name per evaluation (the VM caches modules and detects
 * cycles). An exception thrown here never reaches Lua: the require fails with {@code
 * engine.callback-failed} and the evaluation reports it.
 */
@FunctionalInterface
public interface ModuleResolver {
  ModuleAnswer resolve(String name);

  /** A resolver that knows no modules. */
  static ModuleResolver none() {
    return name ->
        new ModuleAnswer.Refusal("require.not-found", "module '" + name + "' not found");
  }
}
