package dev.insomnia.blackbox;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

/** The dotted key paths of a JSON document ({@code model.provider}, {@code scope.allow[]}). */
final class JsonKeys {
  private JsonKeys() {}

  static Set<String> of(String json) throws IOException {
    Set<String> keys = new TreeSet<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      p.nextToken();
      walk(p, "", keys);
    }
    return keys;
  }

  /** Walks the value at the parser's current token, recording keys under {@code prefix}. */
  private static void walk(JsonParser p, String prefix, Set<String> keys) throws IOException {
    if (p.currentToken() == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = prefix.isEmpty() ? p.currentName() : prefix + "." + p.currentName();
        keys.add(key);
        p.nextToken();
        walk(p, key, keys);
      }
    } else if (p.currentToken() == JsonToken.START_ARRAY) {
      keys.add(prefix + "[]");
      while (p.nextToken() != JsonToken.END_ARRAY) walk(p, prefix + "[]", keys);
    }
  }
}
