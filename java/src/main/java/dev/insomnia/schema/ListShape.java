package dev.insomnia.schema;

import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonType;
import dev.insomnia.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A list of elements of one shape, optionally without repeats. An empty object also reads as
 * the empty list: Lua cannot tell an empty list from an empty table, and encodes both as
 * {@code {}}.
 */
final class ListShape<T> implements Shape<List<T>> {
  private final Shape<T> element;
  private final boolean unique;

  ListShape(Shape<T> element, boolean unique) {
    this.element = element;
    this.unique = unique;
  }

  @Override
  public Optional<List<T>> read(JsonValue value, JsonPath at, ReadContext context) {
    if (value instanceof JsonValue.JsonObject o && o.members().isEmpty()) {
      return Optional.of(List.of());
    }
    if (!(value instanceof JsonValue.JsonArray array)) {
      context.wrongType(at, expected(), value);
      return Optional.empty();
    }
    List<T> out = new ArrayList<>(array.elements().size());
    // Only lists without repeats hash their elements: hashing a record element costs its
    // equals/hashCode bootstrap on a cold start, and every element on a warm one.
    Map<T, JsonPath> seen = unique ? new HashMap<>() : Map.of();
    boolean failed = false;
    for (int i = 0; i < array.elements().size(); i++) {
      JsonPath elementAt = at.index(i + 1);
      if (context.isClaimed(elementAt)) {
        failed = true;
        continue;
      }
      JsonValue raw = array.elements().get(i);
      Optional<T> read = element.read(raw, elementAt, context);
      if (read.isEmpty()) {
        failed = true;
        continue;
      }
      if (unique) {
        JsonPath first = seen.putIfAbsent(read.get(), elementAt);
        if (first != null) {
          context.badValue(elementAt, Rules.rule("unique", first), raw);
          failed = true;
          continue;
        }
      }
      out.add(read.get());
    }
    return failed ? Optional.empty() : Optional.of(List.copyOf(out));
  }

  @Override
  public JsonValue write(List<T> value) {
    List<JsonValue> elements = new ArrayList<>(value.size());
    for (T v : value) elements.add(element.write(v));
    return new JsonValue.JsonArray(elements);
  }

  @Override
  public String expected() {
    return Rules.type(JsonType.ARRAY);
  }

  @Override
  public String rules() {
    String each = element.rules().isEmpty() ? element.expected() : element.rules();
    String rules = Rules.rule("each", each);
    return unique ? rules + "; " + Rules.rule("no-repeats") : rules;
  }

  Shape<T> element() {
    return element;
  }
}
