package dev.insomnia.schema;

import dev.insomnia.json.JsonValue;
import dev.insomnia.json.JsonWriter;
import java.nio.charset.StandardCharsets;

/** How a rejected value is quoted in a message: as compact JSON, cut short when long. */
final class Found {
  private static final int MAX_CHARS = 80;

  private Found() {}

  static String describe(JsonValue value) {
    String json = new String(JsonWriter.write(value), StandardCharsets.UTF_8);
    if (json.length() <= MAX_CHARS) return json;
    return json.substring(0, MAX_CHARS - 3) + "...";
  }
}
