package dev.insomnia.schema;

import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonValue;
import java.util.Optional;
import java.util.function.Function;

/**
 * One field of a table, declared once: its name, its shape, whether it is required, defaulted
 * or optional, how to get it from the record (to write it back), and a one-line description
 * and example for the field reference.
 *
 * @param <R> the record the field belongs to
 * @param <V> the record component's type ({@code Optional<T>} for optional fields)
 */
public final class Field<R, V> {
  enum Presence {
    REQUIRED,
    DEFAULTED,
    OPTIONAL
  }

  private final String name;
  private final Shape<?> shape;
  private final Presence presence;
  private final Optional<V> defaultValue;
  private final Function<R, V> getter;
  private final String doc;
  private final String example;

  private Field(
      String name,
      Shape<?> shape,
      Presence presence,
      Optional<V> defaultValue,
      Function<R, V> getter,
      String doc,
      String example) {
    this.name = name;
    this.shape = shape;
    this.presence = presence;
    this.defaultValue = defaultValue;
    this.getter = getter;
    this.doc = doc;
    this.example = example;
  }

  /** A field that must be given. */
  public static <R, T> Field<R, T> required(String name, Shape<T> shape, Function<R, T> getter) {
    return new Field<>(name, shape, Presence.REQUIRED, Optional.empty(), getter, "", "");
  }

  /** A field that is {@code defaultValue} when absent. */
  public static <R, T> Field<R, T> defaulted(
      String name, Shape<T> shape, T defaultValue, Function<R, T> getter) {
    return new Field<>(
        name, shape, Presence.DEFAULTED, Optional.of(defaultValue), getter, "", "");
  }

  /** A field that may be absent (and is then left out when written). */
  public static <R, T> Field<R, Optional<T>> optional(
      String name, Shape<T> shape, Function<R, Optional<T>> getter) {
    return new Field<>(name, shape, Presence.OPTIONAL, Optional.empty(), getter, "", "");
  }

  /** The same field with its one-line description and a Lua example of its value. */
  public Field<R, V> doc(String description, String luaExample) {
    return new Field<>(name, shape, presence, defaultValue, getter, description, luaExample);
  }

  public String name() {
    return name;
  }

  public String doc() {
    return doc;
  }

  public String example() {
    return example;
  }

  Shape<?> shape() {
    return shape;
  }

  Presence presence() {
    return presence;
  }

  /** The value used when the field is absent, written as JSON (defaulted fields only). */
  Optional<JsonValue> defaultJson() {
    return defaultValue.map(this::writeRaw);
  }

  @SuppressWarnings("unchecked")
  Optional<V> readPresent(JsonValue value, JsonPath at, ReadContext context) {
    Optional<?> read = shape.read(value, at, context);
    if (presence == Presence.OPTIONAL) return read.map(v -> (V) Optional.of(v));
    return (Optional<V>) read;
  }

  @SuppressWarnings("unchecked")
  Optional<V> readAbsent(JsonPath at, ReadContext context) {
    switch (presence) {
      case REQUIRED:
        if (!context.isClaimed(at)) {
          context.missing(at, shape.rules().isEmpty() ? shape.expected() : shape.rules());
        }
        return Optional.empty();
      case DEFAULTED:
        return defaultValue;
      default:
        return Optional.of((V) Optional.empty());
    }
  }

  /** This field of {@code record} as JSON; empty for an absent optional field. */
  Optional<JsonValue> write(R record) {
    V value = getter.apply(record);
    if (presence == Presence.OPTIONAL) return ((Optional<?>) value).map(this::writeRaw);
    return Optional.of(writeRaw(value));
  }

  @SuppressWarnings("unchecked")
  private JsonValue writeRaw(Object value) {
    return ((Shape<Object>) shape).write(value);
  }
}
