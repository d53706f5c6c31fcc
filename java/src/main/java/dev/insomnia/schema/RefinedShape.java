package dev.insomnia.schema;

import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonValue;
import java.util.Optional;
import java.util.function.Predicate;

/** Another shape with one more rule its values must pass. */
final class RefinedShape<T> implements Shape<T> {
  private final Shape<T> inner;
  private final Predicate<T> test;
  private final String ruleName;
  private final Object[] ruleArgs;

  RefinedShape(Shape<T> inner, Predicate<T> test, String ruleName, Object... ruleArgs) {
    this.inner = inner;
    this.test = test;
    this.ruleName = ruleName;
    this.ruleArgs = ruleArgs.clone();
  }

  private String rule() {
    return Rules.rule(ruleName, ruleArgs);
  }

  @Override
  public Optional<T> read(JsonValue value, JsonPath at, ReadContext context) {
    Optional<T> read = inner.read(value, at, context);
    if (read.isPresent() && !test.test(read.get())) {
      context.badValue(at, rule(), value);
      return Optional.empty();
    }
    return read;
  }

  @Override
  public JsonValue write(T value) {
    return inner.write(value);
  }

  @Override
  public String expected() {
    return inner.expected();
  }

  @Override
  public String rules() {
    return inner.rules().isEmpty() ? rule() : inner.rules() + "; " + rule();
  }
}
