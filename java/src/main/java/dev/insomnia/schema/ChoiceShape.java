package dev.insomnia.schema;

import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonType;
import dev.insomnia.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** One of a fixed set of strings, each standing for a value (an enum constant). */
final class ChoiceShape<E> implements Shape<E> {
  private final Map<String, E> byLabel = new LinkedHashMap<>();
  private final Function<E, String> label;

  ChoiceShape(List<E> choices, Function<E, String> label) {
    this.label = label;
    for (E choice : choices) byLabel.put(label.apply(choice), choice);
  }

  @Override
  public Optional<E> read(JsonValue value, JsonPath at, ReadContext context) {
    if (!(value instanceof JsonValue.JsonString s)) {
      context.wrongType(at, expected(), value);
      return Optional.empty();
    }
    E choice = byLabel.get(s.value());
    if (choice == null) {
      context.badValue(at, rules(), value);
      return Optional.empty();
    }
    return Optional.of(choice);
  }

  @Override
  public JsonValue write(E value) {
    return new JsonValue.JsonString(label.apply(value));
  }

  @Override
  public String expected() {
    return Rules.type(JsonType.STRING);
  }

  @Override
  public String rules() {
    if (byLabel.size() == 1) {
      return Rules.rule("exactly", "\"" + byLabel.keySet().iterator().next() + "\"");
    }
    return Rules.rule("one-of", String.join(", ", byLabel.keySet()));
  }
}
