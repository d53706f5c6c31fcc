package dev.insomnia.discovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (run by Maven at process-classes): parses the bundled {@code
 * builtin/profiles.toml} and writes {@link CompiledRegistry#RESOURCE} beside this class in the
 * output directory. Fails the build if the builtin index has any problem.
 */
public final class CompileBuiltinRegistry {
  private CompileBuiltinRegistry() {}

  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    BuiltinIndex index = BuiltinIndex.fromToml(CompileBuiltinRegistry.class.getClassLoader());
    Registry registry = RegistryLoader.builtin(index);
    if (!registry.problems().isEmpty()) {
      throw new IllegalStateException("the builtin profile index has problems: "
          + registry.problems());
    }
    Path target =
        classes.resolve("dev/insomnia/discovery").resolve(CompiledRegistry.RESOURCE);
    Files.createDirectories(target.getParent());
    Files.write(target, CompiledRegistry.write(registry));
  }
}
