package dev.insomnia.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The array-backed map reads exactly as the unmodifiable {@code TreeMap} it replaced: same
 * order, lookups, equality, hash code and text, same refusals.
 */
class KeyOrderedMapTest {
  private static final String CHARS = "aAzZ09_-.\u00e9\ud7ff\ue000\uffff\ud83d\ude00";

  private static String key(Random random) {
    StringBuilder s = new StringBuilder();
    int length = random.nextInt(5);
    for (int i = 0; i < length; i++) s.append(CHARS.charAt(random.nextInt(CHARS.length())));
    return s.toString();
  }

  @Test
  void readsAsAnUnmodifiableTreeMap() {
    Random random = new Random(3);
    for (int round = 0; round < 2_000; round++) {
      Map<String, Integer> source = random.nextBoolean() ? new HashMap<>() : new LinkedHashMap<>();
      int size = random.nextInt(12);
      for (int i = 0; i < size; i++) source.put(key(random), random.nextInt(5));
      TreeMap<String, Integer> tree = new TreeMap<>(KeyOrder.INSTANCE);
      tree.putAll(source);
      SortedMap<String, Integer> expected = Collections.unmodifiableSortedMap(tree);
      for (KeyOrderedMap<Integer> map :
          List.of(KeyOrderedMap.copyOf(source), KeyOrderedMap.copyOf(expected))) {
        assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(map.entrySet()));
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(map.keySet()));
        assertEquals(new ArrayList<>(expected.values()), new ArrayList<>(map.values()));
        assertEquals(expected, map);
        assertEquals(map, expected);
        assertEquals(expected.hashCode(), map.hashCode());
        assertEquals(expected.toString(), map.toString());
        assertEquals(expected.size(), map.size());
        for (int probe = 0; probe < 10; probe++) {
          String k = key(random);
          assertEquals(expected.get(k), map.get(k), k);
          assertEquals(expected.containsKey(k), map.containsKey(k), k);
          assertEquals(expected.headMap(k), map.headMap(k), k);
          assertEquals(expected.tailMap(k), map.tailMap(k), k);
          assertEquals(
              expected.entrySet().contains(Map.entry(k, 1)),
              map.entrySet().contains(Map.entry(k, 1)),
              k);
        }
        if (!expected.isEmpty()) {
          assertEquals(expected.firstKey(), map.firstKey());
          assertEquals(expected.lastKey(), map.lastKey());
          assertEquals(
              expected.subMap(expected.firstKey(), expected.lastKey()),
              map.subMap(map.firstKey(), map.lastKey()));
        }
        assertSame(KeyOrder.INSTANCE, map.comparator());
      }
    }
  }

  @Test
  void aKeyOrderedMapIsItsOwnCopy() {
    KeyOrderedMap<Integer> map = KeyOrderedMap.copyOf(Map.of("b", 2, "a", 1));
    assertSame(map, KeyOrderedMap.copyOf(map));
    assertEquals(List.of("a", "b"), new ArrayList<>(map.keySet()));
  }

  @Test
  void refusesChangesAndNullKeys() {
    KeyOrderedMap<Integer> map = KeyOrderedMap.copyOf(Map.of("a", 1));
    assertThrows(UnsupportedOperationException.class, () -> map.put("b", 2));
    assertThrows(UnsupportedOperationException.class, () -> map.putIfAbsent("a", 2));
    assertThrows(UnsupportedOperationException.class, () -> map.remove("a"));
    assertThrows(UnsupportedOperationException.class, map::clear);
    assertThrows(UnsupportedOperationException.class, () -> map.entrySet().iterator().next().setValue(3));
    assertThrows(UnsupportedOperationException.class, () -> map.keySet().remove("a"));
    assertThrows(NullPointerException.class, () -> map.get(null));
    Map<String, Integer> withNull = new HashMap<>();
    withNull.put(null, 1);
    assertThrows(NullPointerException.class, () -> KeyOrderedMap.copyOf(withNull));
    assertThrows(NoSuchElementException.class, () -> KeyOrderedMap.empty().firstKey());
    assertTrue(KeyOrderedMap.empty().isEmpty());
  }

  /** A built map keeps its entries whatever the builder is given afterwards. */
  @Test
  void aBuiltMapDoesNotChangeWithLaterPuts() {
    for (int n = 0; n <= 40; n++) {
      SortedMapBuilder<Integer> builder = new SortedMapBuilder<>();
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < n; i++) keys.add(String.format("k%03d", i));
      for (String k : keys) builder.put(k, 1);
      KeyOrderedMap<Integer> built = builder.build();
      builder.put("z", 2); // in order: grows or fills the array
      builder.put("a", 3); // out of order: the tree takes over
      assertEquals(keys, new ArrayList<>(built.keySet()), "n=" + n);
      assertTrue(built.values().stream().allMatch(v -> v == 1));
      List<String> later = new ArrayList<>(List.of("a"));
      later.addAll(keys);
      later.add("z");
      assertEquals(later, new ArrayList<>(builder.build().keySet()));
    }
  }

  @Test
  void theBuilderGivesTheSameMapInEitherMode() {
    SortedMapBuilder<Integer> inOrder = new SortedMapBuilder<>();
    SortedMapBuilder<Integer> outOfOrder = new SortedMapBuilder<>();
    for (String k : List.of("a", "b", "c")) inOrder.put(k, k.length());
    for (String k : List.of("c", "a", "b", "a")) outOfOrder.put(k, k.length());
    assertEquals(new TreeMap<>(Map.of("a", 1, "b", 1, "c", 1)), inOrder.build());
    assertEquals(inOrder.build(), outOfOrder.build());
    assertEquals(List.of("a", "b", "c"), new ArrayList<>(outOfOrder.build().keySet()));
  }
}
