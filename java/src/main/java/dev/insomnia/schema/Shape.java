package dev.insomnia.schema;

import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonValue;
import java.util.Optional;

/**
 * What one value must look like, both ways: how a JSON value is checked and turned into a
 * {@code T}, and how a {@code T} is written back. Reading reports every problem to the context
 * and returns empty when the value cannot be used.
 */
public interface Shape<T> {

  Optional<T> read(JsonValue value, JsonPath at, ReadContext context);

  JsonValue write(T value);

  /** The kind of value expected, as messages say it: {@code an integer}. */
  String expected();

  /** The rules beyond the type, for the field reference; empty when there are none. */
  default String rules() {
    return "";
  }
}
