package dev.insomnia.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes the canonical form of a tree: UTF-8, no whitespace, keys in code point order,
 * integers as integers, floats always with a '.' or an exponent ({@link FloatFormat}). Equal
 * trees give identical bytes, on any JVM.
 */
public final class JsonWriter {
  private JsonWriter() {}

  public static byte[] write(JsonValue value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator generator = Jackson.FACTORY.createGenerator(out)) {
      write(generator, value);
    } catch (IOException e) {
      // Writing into memory cannot fail; Jackson still declares it.
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void write(JsonGenerator g, JsonValue value) throws IOException {
    if (value instanceof JsonValue.JsonObject o) {
      g.writeStartObject();
      for (Map.Entry<String, JsonValue> member : o.members().entrySet()) {
        g.writeFieldName(member.getKey());
        write(g, member.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof JsonValue.JsonArray a) {
      g.writeStartArray();
      for (JsonValue element : a.elements()) write(g, element);
      g.writeEndArray();
    } else if (value instanceof JsonValue.JsonString s) {
      g.writeString(s.value());
    } else if (value instanceof JsonValue.JsonInteger i) {
      g.writeNumber(i.value());
    } else if (value instanceof JsonValue.JsonFloat f) {
      g.writeNumber(FloatFormat.format(f.value()));
    } else if (value instanceof JsonValue.JsonBoolean b) {
      g.writeBoolean(b.value());
    } else {
      g.writeNull();
    }
  }
}
