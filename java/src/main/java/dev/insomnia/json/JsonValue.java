package dev.insomnia.json;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable JSON value. Integers and floats are distinct types (Lua keeps them apart, and so
 * does the canonical form); object keys are kept sorted in code point order, which is the byte
 * order of their UTF-8 form, so equal trees iterate, compare and print identically.
 */
public sealed interface JsonValue {

  /** How this kind of value is named in diagnostics ({@code profile.type.name.*}). */
  JsonType type();

  /**
   * An object; its members sorted by key, in an immutable {@link KeyOrderedMap} (a map that is
   * one already is kept, not copied).
   */
  record JsonObject(SortedMap<String, JsonValue> members) implements JsonValue {
    private static final JsonObject EMPTY = new JsonObject(KeyOrderedMap.empty());

    public JsonObject {
      members = KeyOrderedMap.copyOf(members);
    }

    public static JsonObject empty() {
      return EMPTY;
    }

    public static JsonObject of(Map<String, JsonValue> members) {
      TreeMap<String, JsonValue> sorted = new TreeMap<>(KeyOrder.INSTANCE);
      sorted.putAll(members);
      return new JsonObject(sorted);
    }

    public Optional<JsonValue> get(String key) {
      return Optional.ofNullable(members.get(key));
    }

    /** A copy with {@code key} set to {@code value}. */
    public JsonObject with(String key, JsonValue value) {
      TreeMap<String, JsonValue> copy = new TreeMap<>(KeyOrder.INSTANCE);
      copy.putAll(members);
      copy.put(key, value);
      return new JsonObject(copy);
    }

    /** A copy without {@code key}. */
    public JsonObject without(String key) {
      TreeMap<String, JsonValue> copy = new TreeMap<>(KeyOrder.INSTANCE);
      copy.putAll(members);
      copy.remove(key);
      return new JsonObject(copy);
    }

    @Override
    public JsonType type() {
      return JsonType.OBJECT;
    }
  }

  record JsonArray(List<JsonValue> elements) implements JsonValue {
    public JsonArray {
      elements = List.copyOf(elements);
    }

    @Override
    public JsonType type() {
      return JsonType.ARRAY;
    }
  }

  record JsonString(String value) implements JsonValue {
    public JsonString {
      java.util.Objects.requireNonNull(value, "value");
    }

    @Override
    public JsonType type() {
      return JsonType.STRING;
    }
  }

  record JsonInteger(long value) implements JsonValue {
    @Override
    public JsonType type() {
      return JsonType.INTEGER;
    }
  }

  /** A float; never NaN or infinite (JSON has no form for them). */
  record JsonFloat(double value) implements JsonValue {
    public JsonFloat {
      if (!Double.isFinite(value)) throw new IllegalArgumentException("not finite: " + value);
    }

    @Override
    public JsonType type() {
      return JsonType.FLOAT;
    }
  }

  record JsonBoolean(boolean value) implements JsonValue {
    @Override
    public JsonType type() {
      return JsonType.BOOLEAN;
    }
  }

  record JsonNull() implements JsonValue {
    @Override
    public JsonType type() {
      return JsonType.NULL;
    }
  }
}
