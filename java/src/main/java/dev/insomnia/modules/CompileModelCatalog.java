package dev.insomnia.modules;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (run by Maven at process-classes): renders the bundled model catalog ({@code
 * catalog/models.toml}) into the Lua source of {@code insomnia.models.catalog} and writes it
 * beside this class in the output directory, so no run needs a TOML parser for it. Fails the
 * build if the catalog has a problem.
 */
public final class CompileModelCatalog {
  static final String RESOURCE = "models-catalog.lua";

  private CompileModelCatalog() {}

  public static void main(String[] args) throws IOException {
    Path target = Path.of(args[0]).resolve("dev/insomnia/modules").resolve(RESOURCE);
    Files.createDirectories(target.getParent());
    Files.writeString(target, ModelCatalog.bundled().luaSource(), UTF_8);
  }
}
