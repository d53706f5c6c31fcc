package dev.insomnia.modules;

import java.io.IOException;
import java.nio.file.AccessDeniedException;

/** The refusals of a local module lookup, worded once for both kinds of root. */
final class LocalLookups {
  private LocalLookups() {}

  static ModuleLookup.Refused invalidName(String name) {
    if (ModuleNames.isValid(name) && ModuleNames.isReserved(name)) {
      return new ModuleLookup.Refused(
          "require.invalid-name",
          "module " + ModuleNames.shown(name) + " is in the insomnia namespace, which is"
              + " reserved for host modules");
    }
    return new ModuleLookup.Refused(
        "require.invalid-name",
        ModuleNames.shown(name) + " is not a module name: use dotted identifiers such as"
            + " 'shared' or 'shared.models' (letters, digits and '_', at most "
            + ModuleNames.MAX_LENGTH + " characters; no '/', '..' or empty parts)");
  }

  static ModuleLookup.Refused notFound(String name) {
    String path = ModuleNames.path(name);
    return new ModuleLookup.Refused(
        "require.not-found",
        "module " + ModuleNames.shown(name) + " not found: neither " + path + ".lua nor "
            + path + "/init.lua exists in the profile's directory");
  }

  static ModuleLookup.Refused ambiguous(String name) {
    String path = ModuleNames.path(name);
    return new ModuleLookup.Refused(
        "require.ambiguous",
        "module " + ModuleNames.shown(name) + " is both " + path + ".lua and " + path
            + "/init.lua; keep one of them");
  }

  static ModuleLookup.Refused escape(String name) {
    return new ModuleLookup.Refused(
        "require.escape",
        "module " + ModuleNames.shown(name) + " resolves outside the profile's directory"
            + " (through a symlink)");
  }

  static ModuleLookup.Refused unreadable(String name, String relative, IOException e) {
    String why = e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
    return new ModuleLookup.Refused(
        "require.not-found",
        "module " + ModuleNames.shown(name) + " (" + relative + ") cannot be read: " + why);
  }
}
