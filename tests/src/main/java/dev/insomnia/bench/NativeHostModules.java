package dev.insomnia.bench;

import dev.insomnia.lua.ModuleAnswer;
import dev.insomnia.modules.HostModules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Completes a copy of the host modules' Lua sources for the smoke binary's {@code
 * --host-modules DIR}: the one host module that is not a file, {@value #CATALOG} (generated
 * from the model catalog data), written as the source the library serves. With it the smoke
 * binary evaluates the same profiles as the library does, without a JVM.
 */
public final class NativeHostModules {
  static final String CATALOG = "insomnia.models.catalog";

  private NativeHostModules() {}

  /** Writes {@code DIR/insomnia/models/catalog.lua}; returns the file. */
  static Path writeCatalog(Path hostDir) throws IOException {
    ModuleAnswer answer = HostModules.answer(CATALOG);
    if (!(answer instanceof ModuleAnswer.Source source)) {
      throw new IllegalStateException(CATALOG + " is not served as source: " + answer);
    }
    Path file = hostDir.resolve(CATALOG.replace('.', '/') + ".lua");
    Files.createDirectories(file.getParent());
    Files.write(file, source.source());
    return file;
  }

  /** {@code DIR}: writes the catalog module into the host module directory DIR. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: NativeHostModules HOST_MODULE_DIR");
      System.exit(2);
    }
    System.out.println(writeCatalog(Path.of(args[0])));
  }
}
