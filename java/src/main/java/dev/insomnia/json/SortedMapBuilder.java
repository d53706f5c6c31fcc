package dev.insomnia.json;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds a {@link KeyOrderedMap} in linear time when the keys arrive in {@link KeyOrder}, as
 * they do from a canonical document or from another key-ordered map: each key is compared with
 * the previous one only and appended. Keys out of order are still accepted: from the first one
 * on, a {@link TreeMap} (built from the run so far in one pass, as {@link
 * TreeMap#TreeMap(SortedMap)} does) takes them at a tree insert's cost. Keys taken from a map
 * already in key order need no comparison at all: {@link #forSubsequenceOf}.
 *
 * <p>Why: a large profile's environment passes through several such maps per evaluation
 * (read, validated, resolved, written), and inserting its keys one by one was a quarter of the
 * Java side's time (docs/performance.md).
 */
public final class SortedMapBuilder<V> {
  /**
   * The entries so far, in key order, in an array of the map's own type (so the map takes it
   * with a plain copy, or as it is when full, rather than an element-checked copy).
   */
  private KeyOrderedMap.Entry<V>[] run;

  private int size;
  private TreeMap<String, V> tree; // set once a key arrives out of order
  private final boolean ordered; // keys known to come in order: appended without a comparison

  /** A builder for keys in any order, each checked against the previous one. */
  public SortedMapBuilder() {
    this(8, false);
  }

  @SuppressWarnings("unchecked")
  private SortedMapBuilder(int capacity, boolean ordered) {
    this.run = new KeyOrderedMap.Entry[capacity];
    this.ordered = ordered;
  }

  /**
   * A builder for some of {@code source}'s keys, put in {@code source}'s iteration order (a
   * subsequence of it, as when failed entries are skipped), with room for them all. When {@code
   * source} is sorted by {@link KeyOrder} (a {@link KeyOrderedMap}, a JSON object's members),
   * such keys are distinct and in order already, so each is appended without a comparison
   * (checked only when assertions are on: a caller that broke this contract would build a map
   * out of order); otherwise they are checked as by {@link #SortedMapBuilder()}.
   */
  public static <V> SortedMapBuilder<V> forSubsequenceOf(SortedMap<String, ?> source) {
    return new SortedMapBuilder<>(source.size(), source.comparator() == KeyOrder.INSTANCE);
  }

  /** Adds {@code key} unless present; returns whether it was added (a repeat keeps the first). */
  public boolean put(String key, V value) {
    if (ordered) {
      assert size == 0 || KeyOrder.INSTANCE.compare(run[size - 1].getKey(), key) < 0 : key;
      append(key, value);
      return true;
    }
    if (tree != null) return tree.putIfAbsent(key, value) == null;
    if (size > 0) {
      int order = KeyOrder.INSTANCE.compare(run[size - 1].getKey(), key);
      if (order == 0) return false;
      if (order > 0) {
        tree = new TreeMap<>(new InOrder<>(Arrays.asList(run).subList(0, size)));
        run = null;
        size = 0;
        return tree.putIfAbsent(key, value) == null;
      }
    }
    append(key, value);
    return true;
  }

  private void append(String key, V value) {
    if (size == run.length) run = Arrays.copyOf(run, Math.max(8, size * 2)); // presized: maybe 0
    run[size++] = new KeyOrderedMap.Entry<>(key, value);
  }

  /**
   * The map built so far, as an immutable {@link KeyOrderedMap} (no tree when keys came in
   * order).
   */
  public KeyOrderedMap<V> build() {
    if (tree != null) return KeyOrderedMap.copyOf(tree);
    // A full array is handed over whole: a later put grows into a new one, never this one.
    return KeyOrderedMap.ofOrdered(size == run.length ? run : Arrays.copyOf(run, size));
  }

  /**
   * Entries already in key order, presented as a sorted map for {@link TreeMap}'s linear-time
   * constructor, which reads only the comparator, the size and the entries.
   */
  private static final class InOrder<V> extends AbstractMap<String, V>
      implements SortedMap<String, V> {
    private final List<? extends Map.Entry<String, V>> entries;

    InOrder(List<? extends Map.Entry<String, V>> entries) {
      this.entries = entries;
    }

    @Override
    public Comparator<? super String> comparator() {
      return KeyOrder.INSTANCE;
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
      return new AbstractSet<>() {
        @Override
        @SuppressWarnings("unchecked") // read only: an iterator of a subtype's entries
        public Iterator<Map.Entry<String, V>> iterator() {
          return (Iterator<Map.Entry<String, V>>) (Iterator<?>) entries.iterator();
        }

        @Override
        public int size() {
          return entries.size();
        }
      };
    }

    @Override
    public SortedMap<String, V> subMap(String fromKey, String toKey) {
      throw new UnsupportedOperationException("only read whole, by TreeMap's constructor");
    }

    @Override
    public SortedMap<String, V> headMap(String toKey) {
      throw new UnsupportedOperationException("only read whole, by TreeMap's constructor");
    }

    @Override
    public SortedMap<String, V> tailMap(String fromKey) {
      throw new UnsupportedOperationException("only read whole, by TreeMap's constructor");
    }

    @Override
    public String firstKey() {
      return entries.get(0).getKey();
    }

    @Override
    public String lastKey() {
      return entries.get(entries.size() - 1).getKey();
    }
  }
}
