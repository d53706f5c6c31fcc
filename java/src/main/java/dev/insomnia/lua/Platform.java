package dev.insomnia.lua;

import java.util.Locale;

/**
 * The platform classifier, named as os-maven-plugin names it ({@code linux-x86_64},
 * {@code linux-aarch_64}, {@code osx-aarch_64}, {@code windows-x86_64}, ...), so the native
 * jar built on a platform and the loader running on it agree.
 */
final class Platform {
  private Platform() {}

  static String classifier() {
    return os(System.getProperty("os.name", "")) + "-" + arch(System.getProperty("os.arch", ""));
  }

  static String os(String name) {
    String n = keep(name, false);
    if (n.startsWith("linux")) return "linux";
    if (n.startsWith("macosx") || n.startsWith("osx") || n.startsWith("darwin")) return "osx";
    if (n.startsWith("windows")) return "windows";
    if (n.startsWith("freebsd")) return "freebsd";
    return n.isEmpty() ? "unknown" : n;
  }

  static String arch(String name) {
    String a = keep(name, true);
    switch (a) {
      case "x8664", "amd64", "ia32e", "em64t", "x64": return "x86_64";
      case "aarch64", "arm64": return "aarch_64";
      case "x8632", "x86", "i386", "i486", "i586", "i686", "ia32", "x32": return "x86_32";
      case "ppc64le": return "ppcle_64";
      case "riscv64": return "riscv64";
      default: return a.isEmpty() ? "unknown" : a;
    }
  }

  /**
   * {@code name} lower-cased, keeping only ASCII letters and digits (and {@code _} if asked):
   * os-maven-plugin's normalisation, written out because it runs on every cold start, where the
   * first regular expression of a thread costs milliseconds.
   */
  private static String keep(String name, boolean underscore) {
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder kept = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (underscore && c == '_')) {
        kept.append(c);
      }
    }
    return kept.toString();
  }

  /** jffi's folder for its JNI stub on this platform, e.g. {@code x86_64-Linux}. */
  static String jffiDirectory() {
    String os = os(System.getProperty("os.name", ""));
    if (os.equals("osx")) return "Darwin";
    String arch =
        switch (arch(System.getProperty("os.arch", ""))) {
          case "x86_64" -> "x86_64";
          case "aarch_64" -> "aarch64";
          case "x86_32" -> "i386";
          case "ppcle_64" -> "ppc64le";
          default -> System.getProperty("os.arch", "");
        };
    String system =
        switch (os) {
          case "linux" -> "Linux";
          case "windows" -> "Windows";
          case "freebsd" -> "FreeBSD";
          default -> os;
        };
    return arch + "-" + system;
  }

  /** The library's file name here: libinsomnia_lua.so, libinsomnia_lua.dylib, ... */
  static String libraryFileName() {
    return System.mapLibraryName("insomnia_lua");
  }
}
