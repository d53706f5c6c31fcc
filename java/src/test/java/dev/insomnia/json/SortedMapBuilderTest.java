package dev.insomnia.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
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
        keys.add(Integer.toString(random.nextInt(50), 36) + (random.nextBoolean() ? "\uE000" : "\uD83D\uDE00"));
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
}
