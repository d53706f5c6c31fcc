package dev.insomnia.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.insomnia.discovery.DiscoveredProfile;
import dev.insomnia.discovery.Discovery;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/** {@code profiles list --json}: the discovered profiles and the default. */
final class ProfileListingJson {
  private ProfileListingJson() {}

  static String write(Discovery discovery) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
      g.writeStartObject();
      g.writeFieldName("default");
      if (discovery.defaultProfile().isPresent()) {
        g.writeString(discovery.defaultProfile().get().qualifiedName());
      } else {
        g.writeNull();
      }
      g.writeArrayFieldStart("profiles");
      for (DiscoveredProfile p : discovery.profiles()) {
        g.writeStartObject();
        g.writeStringField("name", p.qualifiedName());
        g.writeStringField("source", p.source().label());
        g.writeStringField("path", p.location().display());
        g.writeFieldName("description");
        if (p.description().isPresent()) g.writeString(p.description().get()); else g.writeNull();
        g.writeBooleanField("default", p.isDefault());
        g.writeStringField("status", p.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
