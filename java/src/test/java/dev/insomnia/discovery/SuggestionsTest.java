package dev.insomnia.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Edit distance, its early exit, and the name rule. */
class SuggestionsTest {

  @Test
  void distanceCountsInsertionsDeletionsAndSubstitutions() {
    assertEquals(0, Suggestions.distance("coder", "coder", 5));
    assertEquals(1, Suggestions.distance("codr", "coder", 5));
    assertEquals(1, Suggestions.distance("coder", "codex", 5));
    assertEquals(3, Suggestions.distance("kitten", "sitting", 5));
    assertEquals(5, Suggestions.distance("", "abcde", 5));
  }

  @Test
  void distanceStopsOnceOverTheLimit() {
    assertEquals(3, Suggestions.distance("a", "abcdefgh", 2));
    assertEquals(3, Suggestions.distance("abcdef", "uvwxyz", 2));
  }

  @Test
  void closeNamesAreOrderedByDistanceThenName() {
    assertEquals(
        List.of("coder", "cider", "codex"),
        Suggestions.close("codr", List.of("reviewer", "cider", "codex", "coder"), 3));
    assertEquals(List.of(), Suggestions.close("zzzz", List.of("coder"), 3));
    assertEquals(
        Optional.of("profile"), Suggestions.closest("profiles", List.of("default", "profile")));
  }

  @Test
  void shortInputsTolerateOneEdit() {
    assertEquals(List.of("ab"), Suggestions.close("ax", List.of("ab", "xy"), 3));
  }

  @Test
  void profileNameRule() {
    for (String ok : new String[] {"a", "coder", "my-profile_2", "a" + "b".repeat(62)}) {
      assertTrue(ProfileNames.isValid(ok), ok);
    }
    for (String bad :
        new String[] {"", "Coder", "1st", "-x", "_x", "a.b", "a b", "a:b", "a" + "b".repeat(63)}) {
      assertFalse(ProfileNames.isValid(bad), bad);
    }
  }
}
