package dev.insomnia.modules;

import dev.insomnia.lua.ModuleAnswer;
import dev.insomnia.lua.ModuleResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The modules of one profile evaluation: answers {@code require} (host modules for the
 * reserved {@code insomnia} namespace, else the profile's own root) and records every file
 * served, the main file first, for provenance. One instance per evaluation, used on the
 * evaluating thread only.
 */
public final class ProfileModules implements ModuleResolver {
  private final ModuleRoot root;
  private final String mainPath;
  private final String mainName;
  private final long maxSourceBytes;
  private final boolean precompiledHost;
  private final List<LoadedModule> loaded = new ArrayList<>();

  /**
   * @param root where the profile's own modules are
   * @param main the main file under {@code root}, as evaluated ({@link ModuleRoot#file})
   * @param maxSourceBytes the largest module source accepted (the memory limit)
   */
  public ProfileModules(ModuleRoot root, ModuleLookup.Found main, long maxSourceBytes) {
    this(root, main, maxSourceBytes, false);
  }

  /**
   * @param precompiledHost the engine carries {@link HostModules#prelude()}: host modules are
   *     answered from its bytecode instead of their source
   */
  public ProfileModules(
      ModuleRoot root, ModuleLookup.Found main, long maxSourceBytes, boolean precompiledHost) {
    this.precompiledHost = precompiledHost;
    this.root = root;
    this.mainPath = main.relativePath();
    this.maxSourceBytes = maxSourceBytes;
    int slash = mainPath.lastIndexOf('/');
    String fileName = mainPath.substring(slash + 1);
    this.mainName =
        fileName.endsWith(".lua") ? fileName.substring(0, fileName.length() - 4) : fileName;
    loaded.add(
        new LoadedModule(
            mainName, mainPath, root.display(mainPath), LoadedModule.Kind.MAIN, main.sha256()));
  }

  @Override
  public ModuleAnswer resolve(String name) {
    if (!ModuleNames.isValid(name)) {
      return refusal(LocalLookups.invalidName(name));
    }
    if (ModuleNames.isReserved(name)) return host(name);
    ModuleLookup lookup = root.module(name, maxSourceBytes);
    if (lookup instanceof ModuleLookup.Refused refused) return refusal(refused);
    ModuleLookup.Found found = (ModuleLookup.Found) lookup;
    if (found.relativePath().equals(mainPath)) {
      return new ModuleAnswer.Refusal(
          "require.cycle",
          "module '" + name + "' is the profile itself (" + mainPath + "), which is still"
              + " loading: " + mainName + " -> " + name);
    }
    loaded.add(
        new LoadedModule(
            name, found.relativePath(), root.display(found.relativePath()),
            LoadedModule.Kind.LOCAL, found.sha256()));
    return new ModuleAnswer.Source(
        "@" + found.relativePath(), found.sourceBytes(), false, Optional.of(found.sha256()));
  }

  private static ModuleAnswer refusal(ModuleLookup.Refused refused) {
    return new ModuleAnswer.Refusal(refused.code(), refused.message());
  }

  private ModuleAnswer host(String name) {
    var module = HostModules.find(name);
    if (module.isEmpty()) return HostModules.answer(name);
    HostModule m = module.get();
    loaded.add(new LoadedModule(name, m.chunkName(), m.chunkName(), LoadedModule.Kind.HOST,
        m.sha256()));
    return precompiledHost ? new ModuleAnswer.Precompiled(name) : m.answer();
  }

  /** Every file loaded so far: the main file, then the modules in the order required. */
  public List<LoadedModule> loaded() {
    return List.copyOf(loaded);
  }

  /**
   * The provenance digest: SHA-256 of the concatenation, in load order, of {@code
   * "<chunk name>\n<sha256 of its bytes>\n"} for the main file and every module.
   */
  public String sourceSha256() {
    return sourceSha256(loaded);
  }

  /** The provenance digest of {@code files} (see {@link #sourceSha256()}). */
  public static String sourceSha256(List<LoadedModule> files) {
    StringBuilder s = new StringBuilder(files.size() * 96);
    for (LoadedModule file : files) {
      s.append(file.chunkName()).append('\n').append(file.sha256()).append('\n');
    }
    return Sha256.hex(s.toString());
  }
}
