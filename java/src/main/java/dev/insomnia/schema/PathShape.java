package dev.insomnia.schema;

import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonType;
import dev.insomnia.json.JsonValue;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file-system path. Where the document has a base directory (a one-file manifest), a
 * relative path resolves against it and the result is normalised; otherwise (a snapshot) the
 * path must already be absolute and normalised, as insomnia writes it.
 */
final class PathShape implements Shape<Path> {
  static final PathShape INSTANCE = new PathShape();

  private PathShape() {}

  @Override
  public Optional<Path> read(JsonValue value, JsonPath at, ReadContext context) {
    if (!(value instanceof JsonValue.JsonString s)) {
      context.wrongType(at, expected(), value);
      return Optional.empty();
    }
    Path path;
    try {
      path = Path.of(s.value());
    } catch (InvalidPathException e) {
      context.badValue(at, rules(), value);
      return Optional.empty();
    }
    if (s.value().isEmpty()) {
      context.badValue(at, rules(), value);
      return Optional.empty();
    }
    if (context.baseDirectory().isPresent()) {
      return Optional.of(context.baseDirectory().get().resolve(path).normalize());
    }
    if (!path.isAbsolute() || !path.equals(path.normalize())) {
      context.badValue(at, rules(), value);
      return Optional.empty();
    }
    return Optional.of(path);
  }

  @Override
  public JsonValue write(Path value) {
    return new JsonValue.JsonString(value.toString());
  }

  @Override
  public String expected() {
    return Rules.type(JsonType.STRING);
  }

  @Override
  public String rules() {
    return Rules.rule("absolute-path");
  }
}
