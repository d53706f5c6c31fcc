package dev.insomnia.schema;

import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonType;
import dev.insomnia.json.JsonValue;
import java.util.Optional;

/** An integer (a float, even 2.0, is the wrong type) within bounds. */
final class IntegerShape implements Shape<Long> {
  private final long min;
  private final long max;

  IntegerShape(long min, long max) {
    this.min = min;
    this.max = max;
  }

  @Override
  public Optional<Long> read(JsonValue value, JsonPath at, ReadContext context) {
    if (!(value instanceof JsonValue.JsonInteger i)) {
      context.wrongType(at, expected(), value);
      return Optional.empty();
    }
    if (i.value() < min || i.value() > max) {
      context.badValue(at, rules(), value);
      return Optional.empty();
    }
    return Optional.of(i.value());
  }

  @Override
  public JsonValue write(Long value) {
    return new JsonValue.JsonInteger(value);
  }

  @Override
  public String expected() {
    return Rules.type(JsonType.INTEGER);
  }

  @Override
  public String rules() {
    return max == Long.MAX_VALUE ? Rules.rule("at-least", min) : Rules.rule("range", min, max);
  }
}
