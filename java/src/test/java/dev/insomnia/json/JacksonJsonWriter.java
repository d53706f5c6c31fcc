package dev.insomnia.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The reference for {@link JsonWriter}: the Jackson-based writer it replaced, kept as it was,
 * so that the canonical bytes can be compared with what they have always been. It runs on the
 * Jackson of the build (2.18): later ones write surrogates differently (2.20 pairs them across
 * its 1,000-char slices, 2.22 escapes a high surrogate without its low one), so after an upgrade
 * a difference in those cases is Jackson's change, not the writer's.
 */
final class JacksonJsonWriter {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  private JacksonJsonWriter() {}

  static byte[] write(JsonValue value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      write(generator, value);
    } catch (IOException e) {
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
