package dev.insomnia.lua;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Classifiers as os-maven-plugin names them, so jar and loader agree. */
class PlatformTest {
  @ParameterizedTest
  @CsvSource({
    "Linux, amd64, linux-x86_64",
    "Linux, aarch64, linux-aarch_64",
    "Mac OS X, aarch64, osx-aarch_64",
    "Mac OS X, x86_64, osx-x86_64",
    "Windows 11, amd64, windows-x86_64",
  })
  void namesPlatformsLikeOsMavenPlugin(String os, String arch, String classifier) {
    assertEquals(classifier, Platform.os(os) + "-" + Platform.arch(arch));
  }

  /** The normalisation as first written, with regular expressions: the reference. */
  private static String osByRegex(String name) {
    String n = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    if (n.startsWith("linux")) return "linux";
    if (n.startsWith("macosx") || n.startsWith("osx") || n.startsWith("darwin")) return "osx";
    if (n.startsWith("windows")) return "windows";
    if (n.startsWith("freebsd")) return "freebsd";
    return n.isEmpty() ? "unknown" : n;
  }

  private static String archByRegex(String name) {
    String a = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "");
    if (a.matches("x8664|amd64|ia32e|em64t|x64")) return "x86_64";
    if (a.matches("aarch64|arm64")) return "aarch_64";
    if (a.matches("x8632|x86|i[3-6]86|ia32|x32")) return "x86_32";
    if (a.matches("ppc64le")) return "ppcle_64";
    if (a.matches("riscv64")) return "riscv64";
    return a.isEmpty() ? "unknown" : a;
  }

  @Test
  void agreesWithTheRegularExpressions() {
    List<String> names = new ArrayList<>(List.of("Linux", "Mac OS X", "Darwin", "Windows 10",
        "FreeBSD", "SunOS", "", " ", "AIX", "amd64", "x86_64", "X86-64", "i386", "i486", "i586",
        "i686", "i786", "i286", "ia32", "ia32e", "em64t", "x64", "x32", "x86", "aarch64", "ARM64",
        "ppc64le", "ppc64", "riscv64", "s390x", "arm", "x86_32", "İ386", "ǅ", "ß", "a_b-c"));
    Random random = new Random(6);
    String alphabet = "aAzZ09_- .İıßǅx8664i3";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int n = random.nextInt(9); n > 0; n--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      names.add(s.toString());
    }
    for (String name : names) {
      assertEquals(osByRegex(name), Platform.os(name), name);
      assertEquals(archByRegex(name), Platform.arch(name), name);
    }
  }
}
