package dev.insomnia.modules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The builtin profiles' root on the class path. */
class BuiltinRootTest {
  private final ModuleRoot builtin = ModuleRoot.builtin();

  @Test
  void findsTheSharedHelperModule() {
    var found = assertInstanceOf(ModuleLookup.Found.class, builtin.module("lib.common", 1 << 20));
    assertEquals("lib/common.lua", found.relativePath());
    assertEquals(Sha256.hex(found.source()), found.sha256());
    assertEquals("builtin/lib/common.lua", builtin.display(found.relativePath()));
  }

  @Test
  void missingAndInvalidNamesAreRefused() {
    assertEquals("require.not-found", refused("lib.nope").code());
    assertEquals("require.not-found", refused("lib").code()); // a directory, no init.lua
    assertEquals("require.invalid-name", refused("..lib").code());
    assertEquals("require.invalid-name", refused("insomnia.scope").code());
  }

  @Test
  void readsProfilesByPath() throws IOException {
    ModuleLookup.Found coder = builtin.file("coder.lua", 1 << 20);
    assertEquals("coder.lua", coder.relativePath());
    assertArrayEquals(ClassPathResources.read("builtin/coder.lua").orElseThrow(), coder.source());
    assertEquals(Sha256.hex(coder.source()), coder.sha256());
    coder.source()[0] = 0; // a copy: the cache is not affected
    assertEquals('-', builtin.file("coder.lua", 1 << 20).source()[0]);
  }

  @ParameterizedTest
  @ValueSource(strings = {"nope.lua", "../host/insomnia.lua", "lib/../coder.lua", "/coder.lua",
      "", "lib//common.lua"})
  void readsNothingElse(String path) {
    assertThrows(NoSuchFileException.class, () -> builtin.file(path, 1 << 20));
  }

  @Test
  void refusesFilesOverTheLimit() {
    assertThrows(IOException.class, () -> builtin.file("coder.lua", 10));
  }

  private ModuleLookup.Refused refused(String name) {
    return assertInstanceOf(ModuleLookup.Refused.class, builtin.module(name, 1 << 20));
  }
}
