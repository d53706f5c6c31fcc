package dev.insomnia.discovery;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.insomnia.source.Origin;
import dev.insomnia.source.ProfileLocation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The builtin registry as the build compiles it: the parsed {@code builtin/profiles.toml}
 * (entries, default, positions) as JSON, so discovery reads it with the JSON parser every run
 * loads anyway and tomlj's cold start (its ANTLR runtime) is paid only when a user or project
 * registry exists. Written by {@link CompileBuiltinRegistry}; the TOML stays the source of
 * truth.
 */
final class CompiledRegistry {
  static final String RESOURCE = "builtin-registry.json";
  private static final JsonFactory JSON = new JsonFactory();

  private CompiledRegistry() {}

  static byte[] write(Registry registry) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeFieldName("default");
      if (registry.declaredDefault().isPresent()) {
        DefaultDeclaration d = registry.declaredDefault().get();
        g.writeStartObject();
        g.writeStringField("name", d.name());
        g.writeStringField("text", d.text());
        g.writeStringField("qualifier", d.qualifier().map(Origin::label).orElse(""));
        g.writeNumberField("line", d.position().line());
        g.writeNumberField("column", d.position().column());
        g.writeEndObject();
      } else {
        g.writeNull();
      }
      g.writeArrayFieldStart("profiles");
      for (RegistryEntry e : registry.entries()) {
        if (!(e.location() instanceof ProfileLocation.Builtin builtin)) {
          throw new IllegalArgumentException("builtin entries point at builtin files: " + e);
        }
        g.writeStartObject();
        g.writeStringField("name", e.name());
        g.writeStringField("path", e.declaredPath());
        g.writeStringField("file", builtin.name());
        // absent and empty differ: only a description that is there is written
        if (e.description().isPresent()) g.writeStringField("description", e.description().get());
        g.writeNumberField("line", e.position().line());
        g.writeNumberField("column", e.position().column());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Reads what {@link #write} wrote; anything else is a broken build, not user input. */
  static Registry read(RegistryFile file, byte[] json) {
    try (JsonParser p = JSON.createParser(json)) {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      Optional<DefaultDeclaration> declaredDefault = Optional.empty();
      List<RegistryEntry> entries = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("default") && value == JsonToken.START_OBJECT) {
          Map<String, String> d = object(p);
          Optional<Origin> qualifier =
              d.get("qualifier").isEmpty()
                  ? Optional.empty()
                  : Optional.of(Origin.valueOf(d.get("qualifier").toUpperCase(Locale.ROOT)));
          declaredDefault =
              Optional.of(
                  new DefaultDeclaration(qualifier, d.get("name"), d.get("text"), at(file, d)));
        } else if (field.equals("profiles")) {
          expect(value, JsonToken.START_ARRAY);
          while (p.nextToken() == JsonToken.START_OBJECT) {
            Map<String, String> e = object(p);
            entries.add(
                new RegistryEntry(
                    e.get("name"),
                    e.get("path"),
                    new ProfileLocation.Builtin(e.get("file")),
                    Optional.ofNullable(e.get("description")),
                    at(file, e)));
          }
        } else if (value != JsonToken.VALUE_NULL) {
          throw new IOException("unexpected " + field);
        }
      }
      return new Registry(file, List.copyOf(entries), declaredDefault, List.of());
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("the compiled builtin registry is damaged: rebuild", e);
    }
  }

  private static Map<String, String> object(JsonParser p) throws IOException {
    Map<String, String> fields = new HashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      fields.put(name, p.getText());
    }
    return fields;
  }

  private static RegistryPosition at(RegistryFile file, Map<String, String> fields) {
    return file.at(Integer.parseInt(fields.get("line")), Integer.parseInt(fields.get("column")));
  }

  private static void expect(JsonToken actual, JsonToken expected) throws IOException {
    if (actual != expected) throw new IOException("expected " + expected + ", found " + actual);
  }
}
