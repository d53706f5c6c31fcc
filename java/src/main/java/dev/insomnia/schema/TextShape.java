package dev.insomnia.schema;

import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonType;
import dev.insomnia.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** A string, optionally non-empty, bounded in length (code points) and matching a pattern. */
final class TextShape implements Shape<String> {
  private final Optional<Pattern> pattern;
  private final Optional<Predicate<String>> matches;
  private final int maxLength;
  private final boolean nonEmpty;

  TextShape(Optional<Pattern> pattern, int maxLength, boolean nonEmpty) {
    this.pattern = pattern;
    this.matches = pattern.map(CharClassPattern::matcherOf);
    this.maxLength = maxLength;
    this.nonEmpty = nonEmpty;
  }

  @Override
  public Optional<String> read(JsonValue value, JsonPath at, ReadContext context) {
    if (!(value instanceof JsonValue.JsonString s)) {
      context.wrongType(at, expected(), value);
      return Optional.empty();
    }
    String text = s.value();
    if (nonEmpty && text.isEmpty()) {
      context.badValue(at, Rules.rule("non-empty"), value);
    } else if (text.codePointCount(0, text.length()) > maxLength) {
      context.badValue(at, Rules.rule("max-length", maxLength), value);
    } else if (matches.isPresent() && !matches.get().test(text)) {
      context.badValue(at, Rules.rule("pattern", pattern.get().pattern()), value);
    } else {
      return Optional.of(text);
    }
    return Optional.empty();
  }

  @Override
  public JsonValue write(String value) {
    return new JsonValue.JsonString(value);
  }

  @Override
  public String expected() {
    return Rules.type(JsonType.STRING);
  }

  @Override
  public String rules() {
    List<String> rules = new ArrayList<>();
    if (nonEmpty) rules.add(Rules.rule("non-empty"));
    if (maxLength < Integer.MAX_VALUE) rules.add(Rules.rule("max-length", maxLength));
    pattern.ifPresent(p -> rules.add(Rules.rule("pattern", "`" + p.pattern() + "`")));
    return String.join("; ", rules);
  }
}
