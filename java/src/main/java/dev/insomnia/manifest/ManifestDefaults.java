package dev.insomnia.manifest;

import dev.insomnia.schema.ReadContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The builtin defaults a one-file manifest is merged over, from {@code defaults.toml}. Parsed
 * the first time a config asks for them (a holder class), never on the profile path: the
 * TOML parser's start-up cost is paid only by {@code --manifest}.
 */
final class ManifestDefaults {
  static final String RESOURCE = "defaults.toml";

  private ManifestDefaults() {}

  static PodManifestConfig config() {
    return Holder.CONFIG;
  }

  private static final class Holder {
    static final PodManifestConfig CONFIG = load();
  }

  private static PodManifestConfig load() {
    String text;
    try (InputStream in = ManifestDefaults.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the library");
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ReadContext context = new ReadContext(RESOURCE);
    TomlTree.Parsed parsed = TomlTree.parse(text, context);
    if (context.hasProblems()) {
      throw new IllegalStateException(RESOURCE + " is broken: " + context.problems());
    }
    return PodManifestConfig.partial(parsed.tree(), Map.of());
  }
}
