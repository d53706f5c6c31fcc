package dev.insomnia.json;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An immutable map in {@link KeyOrder}: its entries in one sorted array, looked up by binary
 * search. What JSON objects and the schema's maps hold, in place of an unmodifiable {@code
 * TreeMap}: built once from keys already in order (as the canonical documents give them), then
 * only read, iterated and copied; a copy of it is itself ({@link #copyOf}), so a map that passes
 * through several records and trees is sorted once. Equal to any map with the same entries, with
 * the same hash code and text as a {@code TreeMap}. Null keys are refused, as {@code TreeMap}
 * with this comparator refuses them; every mutator throws {@link
 * UnsupportedOperationException}. Sub-maps are copies (the map never changes, so a copy and a
 * view read the same).
 */
public final class KeyOrderedMap<V> extends AbstractMap<String, V> implements SortedMap<String, V> {
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static final KeyOrderedMap<?> EMPTY = new KeyOrderedMap(new Entry[0]);

  private final Entry<V>[] entries;

  private KeyOrderedMap(Entry<V>[] entries) {
    this.entries = entries;
  }

  /** An entry that cannot be changed; equal to, and hashed as, any map entry. */
  static final class Entry<V> extends AbstractMap.SimpleImmutableEntry<String, V> {
    private static final long serialVersionUID = 1L;

    Entry(String key, V value) {
      super(key, value);
    }
  }

  @SuppressWarnings("unchecked")
  public static <V> KeyOrderedMap<V> empty() {
    return (KeyOrderedMap<V>) EMPTY;
  }

  /**
   * {@code map} as a key-ordered map: itself when it is one, in linear time when it is sorted
   * by {@link KeyOrder} already, else sorted.
   */
  @SuppressWarnings("unchecked")
  public static <V> KeyOrderedMap<V> copyOf(Map<String, ? extends V> map) {
    if (map instanceof KeyOrderedMap<?> ordered) return (KeyOrderedMap<V>) ordered;
    if (map.isEmpty()) return empty();
    Entry<V>[] entries = new Entry[map.size()];
    int i = 0;
    for (Map.Entry<String, ? extends V> e : map.entrySet()) {
      entries[i++] = new Entry<>(Objects.requireNonNull(e.getKey(), "key"), e.getValue());
    }
    if (i != entries.length) throw new java.util.ConcurrentModificationException();
    boolean sorted =
        map instanceof SortedMap<?, ?> s && s.comparator() == KeyOrder.INSTANCE;
    if (!sorted) Arrays.sort(entries, (a, b) -> KeyOrder.INSTANCE.compare(a.getKey(), b.getKey()));
    return new KeyOrderedMap<>(entries);
  }

  /**
   * Entries whose keys are distinct and already in {@link KeyOrder}, as {@link
   * SortedMapBuilder} collects them (not checked again); the array becomes the map's and must
   * not be written again.
   */
  static <V> KeyOrderedMap<V> ofOrdered(Entry<V>[] ordered) {
    if (ordered.length == 0) return empty();
    return new KeyOrderedMap<>(ordered);
  }

  private int indexOf(Object key) {
    String k = (String) Objects.requireNonNull(key); // as TreeMap with a comparator would fail
    int low = 0;
    int high = entries.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int order = KeyOrder.INSTANCE.compare(entries[mid].getKey(), k);
      if (order < 0) {
        low = mid + 1;
      } else if (order > 0) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -(low + 1);
  }

  @Override
  public int size() {
    return entries.length;
  }

  @Override
  public boolean isEmpty() {
    return entries.length == 0;
  }

  @Override
  public V get(Object key) {
    int i = indexOf(key);
    return i >= 0 ? entries[i].getValue() : null;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super V> action) {
    for (Entry<V> e : entries) action.accept(e.getKey(), e.getValue());
  }

  @Override
  public Set<Map.Entry<String, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < entries.length;
          }

          @Override
          public Map.Entry<String, V> next() {
            if (next >= entries.length) throw new NoSuchElementException();
            return entries[next++];
          }
        };
      }

      @Override
      public int size() {
        return entries.length;
      }

      @Override
      public boolean contains(Object o) {
        if (!(o instanceof Map.Entry<?, ?> e) || !(e.getKey() instanceof String)) return false;
        int i = indexOf(e.getKey());
        return i >= 0 && entries[i].equals(e);
      }
    };
  }

  @Override
  public Comparator<? super String> comparator() {
    return KeyOrder.INSTANCE;
  }

  @Override
  public String firstKey() {
    if (entries.length == 0) throw new NoSuchElementException();
    return entries[0].getKey();
  }

  @Override
  public String lastKey() {
    if (entries.length == 0) throw new NoSuchElementException();
    return entries[entries.length - 1].getKey();
  }

  @Override
  public SortedMap<String, V> subMap(String fromKey, String toKey) {
    if (KeyOrder.INSTANCE.compare(fromKey, toKey) > 0) {
      throw new IllegalArgumentException("fromKey > toKey");
    }
    return range(start(fromKey), start(toKey));
  }

  @Override
  public SortedMap<String, V> headMap(String toKey) {
    return range(0, start(toKey));
  }

  @Override
  public SortedMap<String, V> tailMap(String fromKey) {
    return range(start(fromKey), entries.length);
  }

  /** The index of the first key not below {@code key}. */
  private int start(String key) {
    int i = indexOf(key);
    return i >= 0 ? i : -(i + 1);
  }

  private KeyOrderedMap<V> range(int from, int to) {
    if (from == 0 && to == entries.length) return this;
    return new KeyOrderedMap<>(Arrays.copyOfRange(entries, from, to));
  }

  // Never changed: every mutator refuses, whether or not it would change anything.

  @Override
  public V put(String key, V value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public V remove(Object key) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void putAll(Map<? extends String, ? extends V> m) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void replaceAll(BiFunction<? super String, ? super V, ? extends V> function) {
    throw new UnsupportedOperationException();
  }

  @Override
  public V putIfAbsent(String key, V value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean remove(Object key, Object value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean replace(String key, V oldValue, V newValue) {
    throw new UnsupportedOperationException();
  }

  @Override
  public V replace(String key, V value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public V computeIfAbsent(String key, Function<? super String, ? extends V> mappingFunction) {
    throw new UnsupportedOperationException();
  }

  @Override
  public V computeIfPresent(
      String key, BiFunction<? super String, ? super V, ? extends V> remappingFunction) {
    throw new UnsupportedOperationException();
  }

  @Override
  public V compute(
      String key, BiFunction<? super String, ? super V, ? extends V> remappingFunction) {
    throw new UnsupportedOperationException();
  }

  @Override
  public V merge(
      String key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
    throw new UnsupportedOperationException();
  }
}
