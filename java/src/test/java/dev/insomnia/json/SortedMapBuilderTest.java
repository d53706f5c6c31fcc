package dev.insomnia.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The builder gives the same map as inserting into a TreeMap, whatever order keys come in. */
class SortedMapBuilderTest {
  @Test
  void keysInOrderBuildTheSameMapAsATree() {
    SortedMapBuilder<Integer> builder = new SortedMapBuilder<>();
    for (String key : List.of("a", "b", "b2", "c")) assertTrue(builder.put(key, key.length()));
    KeyOrderedMap<Integer> built = builder.build();
    assertSame(KeyOrder.INSTANCE, built.comparator());
    assertEquals(List.of("a", "b", "b2", "c"), new ArrayList<>(built.keySet()));
    assertEquals(2, built.get("b2"));
  }

  @Test
  void repeatsKeepTheFirstValueInEitherMode() {
    SortedMapBuilder<String> inOrder = new SortedMapBuilder<>();
    assertTrue(inOrder.put("k", "first"));
    assertFalse(inOrder.put("k", "second"));
    assertEquals("first", inOrder.build().get("k"));

    SortedMapBuilder<String> outOfOrder = new SortedMapBuilder<>();
    outOfOrder.put("m", "first");
    outOfOrder.put("a", "x");
    assertFalse(outOfOrder.put("m", "second"));
    assertEquals("first", outOfOrder.build().get("m"));
  }

  @Test
  void anyOrderGivesTheTreeMapResult() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < random.nextInt(30); i++) {
        String head = Integer.toString(random.nextInt(50), 36);
        keys.add(head + (random.nextBoolean() ? "\uE000" : "\uD83D\uDE00"));
      }
      if (random.nextBoolean()) keys.sort(KeyOrder.INSTANCE);
      if (random.nextInt(4) == 0) Collections.reverse(keys);
      SortedMapBuilder<Integer> builder = new SortedMapBuilder<>();
      TreeMap<String, Integer> expected = new TreeMap<>(KeyOrder.INSTANCE);
      for (int i = 0; i < keys.size(); i++) {
        assertEquals(expected.putIfAbsent(keys.get(i), i) == null, builder.put(keys.get(i), i));
      }
      assertEquals(expected, builder.build());
      assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(builder.build().keySet()));
    }
  }

  @Test
  void aSubsequenceOfAKeyOrderedSourceGivesTheTreeMapResult() {
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      TreeMap<String, Integer> all = new TreeMap<>(KeyOrder.INSTANCE);
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) all.put(surrogateAndAbove(random), i);
      // a KeyOrderedMap (as a JSON object's members) or a TreeMap in KeyOrder: both trusted
      SortedMap<String, Integer> source = random.nextBoolean() ? KeyOrderedMap.copyOf(all) : all;
      // all of it, none of it, or some: fewer puts than the room made for them
      int keep = random.nextInt(3);
      SortedMapBuilder<Integer> builder = SortedMapBuilder.forSubsequenceOf(source);
      TreeMap<String, Integer> expected = new TreeMap<>(KeyOrder.INSTANCE);
      for (Map.Entry<String, Integer> e : source.entrySet()) {
        if (keep == 0 || (keep == 2 && random.nextBoolean())) {
          assertTrue(builder.put(e.getKey(), e.getValue()));
          expected.put(e.getKey(), e.getValue());
        }
      }
      assertBuilds(expected, builder.build());
    }
  }

  @Test
  void anEmptySourceGivesAnEmptyMap() {
    KeyOrderedMap<Integer> empty = KeyOrderedMap.empty();
    assertBuilds(Map.of(), SortedMapBuilder.<Integer>forSubsequenceOf(empty).build());
    // the room made for an unordered source's keys is a hint only: more still fit
    SortedMapBuilder<Integer> builder = SortedMapBuilder.forSubsequenceOf(new TreeMap<>());
    TreeMap<String, Integer> expected = new TreeMap<>(KeyOrder.INSTANCE);
    for (int i = 9; i >= 0; i--) {
      assertTrue(builder.put("k" + i, i));
      expected.put("k" + i, i);
    }
    assertBuilds(expected, builder.build());
  }

  @Test
  void aSourceInAnotherOrderIsChecked() {
    // String order puts a surrogate pair below U+E000..U+FFFF; KeyOrder (code points) above.
    List<String> keys = List.of("a", "\uFFFD", "\uD83D\uDE00", "\uE000", "\uD83D\uDE00b", "z");
    TreeMap<String, Integer> natural = new TreeMap<>();
    TreeMap<String, Integer> reversed = new TreeMap<>(Collections.reverseOrder(KeyOrder.INSTANCE));
    TreeMap<String, Integer> expected = new TreeMap<>(KeyOrder.INSTANCE);
    for (int i = 0; i < keys.size(); i++) {
      natural.put(keys.get(i), i);
      reversed.put(keys.get(i), i);
      expected.put(keys.get(i), i);
    }
    for (SortedMap<String, Integer> source : List.of(natural, reversed)) {
      SortedMapBuilder<Integer> builder = SortedMapBuilder.forSubsequenceOf(source);
      source.forEach(builder::put);
      assertBuilds(expected, builder.build());
    }
  }

  /** {@code built} holds {@code expected}'s entries in its order, and finds each of them. */
  private static void assertBuilds(Map<String, Integer> expected, KeyOrderedMap<Integer> built) {
    assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(built.keySet()));
    assertEquals(expected, built);
    assertEquals(expected.size(), built.size());
    expected.forEach((k, v) -> assertEquals(v, built.get(k), k));
  }

  /** A short key mixing ASCII, U+E000 and up, and surrogate pairs (where orders differ). */
  private static String surrogateAndAbove(Random random) {
    StringBuilder key = new StringBuilder();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      switch (random.nextInt(4)) {
        case 0 -> key.append((char) ('a' + random.nextInt(3)));
        case 1 -> key.append('\uE000');
        case 2 -> key.append('\uFFFD');
        default -> key.append("\uD83D\uDE00");
      }
    }
    return key.toString();
  }
}
