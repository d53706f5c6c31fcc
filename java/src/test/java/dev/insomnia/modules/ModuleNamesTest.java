package dev.insomnia.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModuleNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "_", "shared", "shared.models", "A.b_c.D9", "_x._y"})
  void dottedIdentifiersAreValid(String name) {
    assertTrue(ModuleNames.isValid(name), name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "..", "a.", ".a", "a..b", "9a", "a.9", "a-b", "a/b", "a\\b",
      "/a", "a b", "\u00e9", "a\u0000"})
  void everythingElseIsInvalid(String name) {
    assertFalse(ModuleNames.isValid(name), name);
  }

  @Test
  void lengthIsBounded() {
    assertTrue(ModuleNames.isValid("a".repeat(200)));
    assertFalse(ModuleNames.isValid("a".repeat(201)));
  }

  @Test
  void theInsomniaNamespaceIsReserved() {
    assertTrue(ModuleNames.isReserved("insomnia"));
    assertTrue(ModuleNames.isReserved("insomnia.models"));
    assertTrue(ModuleNames.isReserved("insomnia.x.y"));
    assertFalse(ModuleNames.isReserved("insomnia_x"));
    assertFalse(ModuleNames.isReserved("insomniac"));
    assertFalse(ModuleNames.isReserved("Insomnia.models"));
    assertFalse(ModuleNames.isReserved("my.insomnia"));
  }

  @Test
  void shownNamesAreSafeToPrint() {
    assertEquals("'a?b'", ModuleNames.shown("a\nb"));
    assertEquals("'" + "x".repeat(60) + "...'", ModuleNames.shown("x".repeat(100)));
  }
}
