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
    String n = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    if (n.startsWith("linux")) return "linux";
    if (n.startsWith("macosx") || n.startsWith("osx") || n.startsWith("darwin")) return "osx";
    if (n.startsWith("windows")) return "windows";
    if (n.startsWith("freebsd")) return "freebsd";
    return n.isEmpty() ? "unknown" : n;
  }

  static String arch(String name) {
    String a = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "");
    if (a.matches("x8664|amd64|ia32e|em64t|x64")) return "x86_64";
    if (a.matches("aarch64|arm64")) return "aarch_64";
    if (a.matches("x8632|x86|i[3-6]86|ia32|x32")) return "x86_32";
    if (a.matches("ppc64le")) return "ppcle_64";
    if (a.matches("riscv64")) return "riscv64";
    return a.isEmpty() ? "unknown" : a;
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
