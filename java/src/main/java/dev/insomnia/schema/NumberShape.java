package dev.insomnia.schema;

import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonValue;
import java.util.Optional;

/**
 * A number: a float, or an integer taken as a float (Lua's {@code temperature = 1}); within
 * inclusive or exclusive bounds, described by a catalog rule (looked up only when needed).
 */
final class NumberShape implements Shape<Double> {
  private final double min;
  private final double max;
  private final boolean exclusive;
  private final String ruleName;
  private final Object[] ruleArgs;

  NumberShape(double min, double max, boolean exclusive, String ruleName, Object... ruleArgs) {
    this.min = min;
    this.max = max;
    this.exclusive = exclusive;
    this.ruleName = ruleName;
    this.ruleArgs = ruleArgs.clone();
  }

  @Override
  public Optional<Double> read(JsonValue value, JsonPath at, ReadContext context) {
    double number;
    if (value instanceof JsonValue.JsonFloat f) {
      number = f.value();
    } else if (value instanceof JsonValue.JsonInteger i) {
      number = i.value();
    } else {
      context.wrongType(at, expected(), value);
      return Optional.empty();
    }
    boolean inside = exclusive ? number > min && number < max : number >= min && number <= max;
    if (!inside) {
      context.badValue(at, rules(), value);
      return Optional.empty();
    }
    return Optional.of(number);
  }

  @Override
  public JsonValue write(Double value) {
    return new JsonValue.JsonFloat(value);
  }

  @Override
  public String expected() {
    return Rules.typeName("number");
  }

  @Override
  public String rules() {
    return Rules.rule(ruleName, ruleArgs);
  }
}
