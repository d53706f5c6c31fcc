package dev.insomnia.evaluate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads JSON into maps, lists and scalars with jackson-core's streaming parser (tests only). */
final class TestJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private TestJson() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(byte[] json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      p.nextToken();
      return (Map<String, Object>) value(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value at a dotted path such as {@code model.id}. */
  @SuppressWarnings("unchecked")
  static Object at(Map<String, Object> root, String path) {
    Object current = root;
    for (String key : path.split("\\.")) {
      current = ((Map<String, Object>) current).get(key);
    }
    return current;
  }

  private static Object value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          map.put(name, value(p));
        }
        return map;
      }
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) list.add(value(p));
        return list;
      }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return p.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_TRUE:
        return true;
      case VALUE_FALSE:
        return false;
      default:
        return null;
    }
  }
}
