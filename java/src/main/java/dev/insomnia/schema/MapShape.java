package dev.insomnia.schema;

import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonType;
import dev.insomnia.json.JsonValue;
import dev.insomnia.json.SortedMapBuilder;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** A table from names matching a pattern to values of one shape; kept in key order. */
final class MapShape<V> implements Shape<SortedMap<String, V>> {
  private final Pattern keys;
  private final Predicate<String> keyMatches;
  private final Shape<V> values;

  MapShape(Pattern keys, Shape<V> values) {
    this.keys = keys;
    this.keyMatches = CharClassPattern.matcherOf(keys);
    this.values = values;
  }

  @Override
  public Optional<SortedMap<String, V>> read(JsonValue value, JsonPath at, ReadContext context) {
    if (!(value instanceof JsonValue.JsonObject object)) {
      context.wrongType(at, expected(), value);
      return Optional.empty();
    }
    // the object's members are a KeyOrderedMap, and only some of them are kept, in their order
    SortedMapBuilder<V> out = SortedMapBuilder.forSubsequenceOf(object.members());
    boolean failed = false;
    for (Map.Entry<String, JsonValue> entry : object.members().entrySet()) {
      JsonPath entryAt = at.key(entry.getKey());
      if (context.isClaimed(entryAt)) {
        failed = true;
        continue;
      }
      if (!keyMatches.test(entry.getKey())) {
        context.badValue(
            entryAt,
            Rules.rule("pattern", keys.pattern()),
            new JsonValue.JsonString(entry.getKey()));
        failed = true;
        continue;
      }
      Optional<V> read = values.read(entry.getValue(), entryAt, context);
      if (read.isEmpty()) {
        failed = true;
      } else {
        out.put(entry.getKey(), read.get());
      }
    }
    return failed ? Optional.empty() : Optional.of(out.build());
  }

  @Override
  public JsonValue write(SortedMap<String, V> value) {
    SortedMapBuilder<JsonValue> members = SortedMapBuilder.forSubsequenceOf(value); // all of it
    value.forEach((k, v) -> members.put(k, values.write(v)));
    return new JsonValue.JsonObject(members.build());
  }

  @Override
  public String expected() {
    return Rules.type(JsonType.OBJECT);
  }

  @Override
  public String rules() {
    return Rules.rule("keys", "`" + keys.pattern() + "`", values.expected());
  }
}
