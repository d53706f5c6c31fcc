package dev.insomnia.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** pod.json: the metadata as a flat JSON object with sorted keys. */
final class MetadataJson {
  private static final JsonFactory JSON = new JsonFactory();
  private static final Set<String> KEYS =
      Set.of(
          "created_at", "lua_version", "manifest_sha256", "name", "origin", "session_id",
          "tool_version");

  private MetadataJson() {}

  static byte[] write(PodMetadata m) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("created_at", m.createdAt().toString());
      g.writeStringField("lua_version", m.luaVersion());
      g.writeStringField("manifest_sha256", m.manifestSha256());
      g.writeStringField("name", m.name());
      g.writeStringField("origin", m.origin());
      g.writeStringField("session_id", m.sessionId());
      g.writeStringField("tool_version", m.toolVersion());
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  /** Parses pod.json; any deviation (missing or unknown key, wrong type) is an exception. */
  static PodMetadata read(byte[] bytes) throws IOException {
    Map<String, String> fields = new HashMap<>();
    try (JsonParser p = JSON.createParser(bytes)) {
      if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("not a JSON object");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        if (!KEYS.contains(key)) throw new IOException("unknown key '" + key + "'");
        if (p.nextToken() != JsonToken.VALUE_STRING) throw new IOException(key + " not a string");
        if (fields.put(key, p.getText()) != null) throw new IOException("duplicate " + key);
      }
      if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
        throw new IOException("trailing content");
      }
    }
    if (!fields.keySet().equals(KEYS)) throw new IOException("missing keys");
    try {
      return new PodMetadata(
          fields.get("name"),
          Instant.parse(fields.get("created_at")),
          fields.get("manifest_sha256"),
          fields.get("session_id"),
          fields.get("tool_version"),
          fields.get("lua_version"),
          fields.get("origin"));
    } catch (DateTimeParseException e) {
      throw new IOException("created_at is not an instant", e);
    }
  }
}
