package dev.insomnia.lua;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
