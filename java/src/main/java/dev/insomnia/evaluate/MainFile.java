package dev.insomnia.evaluate;

import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.modules.ModuleLookup;
import dev.insomnia.modules.ModuleRoot;
import dev.insomnia.modules.SourceFileCache;
import dev.insomnia.source.ProfileLocation;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A profile's main file, read: the root its modules resolve under and the file there (its
 * path under the root is also its chunk name).
 */
record MainFile(ModuleRoot root, ModuleLookup.Found file) {

  /**
   * Reads the main file of {@code location}. A file on disk is canonicalised first (symlinks
   * resolved), and its modules resolve next to the real file; files whose stamp is
   * unchanged come from {@code files}.
   *
   * @throws DiagnosticException {@code profile.read} when it cannot be read
   */
  static MainFile read(ProfileLocation location, long maxBytes, SourceFileCache files)
      throws DiagnosticException {
    String shown = location.display();
    try {
      if (location instanceof ProfileLocation.File file) {
        Path real = file.file().toRealPath();
        Path dir = real.getParent();
        if (dir == null) throw new IOException("it is not a file");
        ModuleRoot root = ModuleRoot.directory(dir, files);
        String name = real.getFileName().toString();
        return new MainFile(root, root.file(name, maxBytes));
      }
      ProfileLocation.Builtin builtin = (ProfileLocation.Builtin) location;
      ModuleRoot root = ModuleRoot.builtin();
      return new MainFile(root, root.file(builtin.name(), maxBytes));
    } catch (IOException e) {
      throw new DiagnosticException(
          DiagnosticCode.PROFILE_READ.error(shown, reason(e)).in(shown));
    }
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) return "the file does not exist";
    if (e instanceof AccessDeniedException) return "permission denied";
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
