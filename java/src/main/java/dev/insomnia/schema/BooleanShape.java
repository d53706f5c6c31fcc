package dev.insomnia.schema;

import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonType;
import dev.insomnia.json.JsonValue;
import java.util.Optional;

/** {@code true} or {@code false}. */
final class BooleanShape implements Shape<Boolean> {
  static final BooleanShape INSTANCE = new BooleanShape();

  private BooleanShape() {}

  @Override
  public Optional<Boolean> read(JsonValue value, JsonPath at, ReadContext context) {
    if (value instanceof JsonValue.JsonBoolean b) return Optional.of(b.value());
    context.wrongType(at, expected(), value);
    return Optional.empty();
  }

  @Override
  public JsonValue write(Boolean value) {
    return new JsonValue.JsonBoolean(value);
  }

  @Override
  public String expected() {
    return Rules.type(JsonType.BOOLEAN);
  }
}
