package dev.insomnia.schema;

import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonValue;
import java.util.Optional;
import java.util.function.Function;

/** Another shape's value converted both ways (e.g. a bounded long as an int). */
final class MappedShape<A, B> implements Shape<B> {
  private final Shape<A> inner;
  private final Function<A, B> to;
  private final Function<B, A> from;

  MappedShape(Shape<A> inner, Function<A, B> to, Function<B, A> from) {
    this.inner = inner;
    this.to = to;
    this.from = from;
  }

  @Override
  public Optional<B> read(JsonValue value, JsonPath at, ReadContext context) {
    return inner.read(value, at, context).map(to);
  }

  @Override
  public JsonValue write(B value) {
    return inner.write(from.apply(value));
  }

  @Override
  public String expected() {
    return inner.expected();
  }

  @Override
  public String rules() {
    return inner.rules();
  }
}
