package dev.insomnia.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.insomnia.profile.Profile;
import dev.insomnia.schema.FieldReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The field references in docs/profiles.md are generated from the schema, so they cannot
 * drift: regenerate them with {@code -Dinsomnia.docs.write=true}.
 */
class ProfileDocsTest {
  private static final Path DOC = Path.of("..", "docs", "profiles.md");
  /** The manifest tables that are not the profile's own (those are documented above them). */
  private static final Set<String> MANIFEST_ONLY =
      Set.of("pod", "profile", "profile.source", "compaction", "scope", "instructions");

  @Test
  void fieldReferencesAreUpToDate() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String generated = replace(doc, "profile fields", FieldReference.markdown(Profile.TABLE));
    generated =
        replace(generated, "manifest keys", FieldReference.markdown(PodManifest.TABLE, MANIFEST_ONLY::contains));
    if (Boolean.getBoolean("insomnia.docs.write")) {
      Files.writeString(DOC, generated, StandardCharsets.UTF_8);
    }
    assertEquals(generated, doc, "docs/profiles.md is stale: regenerate with -Dinsomnia.docs.write=true");
  }

  @Test
  void theProfileReferenceHasEveryField() {
    String table = FieldReference.markdown(Profile.TABLE);
    for (String field :
        new String[] {"slug", "description", "model.provider", "model.max_output_tokens", "worker.reasoning",
          "worker.tools", "compaction.trigger_ratio", "memory.max_entries", "web.allowed_domains",
          "permissions.approval", "session.idle_timeout_minutes", "scope.intent", "scope.protect",
          "instructions", "env"}) {
      assertTrue(table.contains("| `" + field + "` |"), field);
    }
  }

  private static String replace(String doc, String name, String content) {
    String begin = "<!-- generated: " + name + " -->\n";
    String end = "<!-- end of generated " + name + " -->";
    int from = doc.indexOf(begin);
    int to = doc.indexOf(end);
    assertTrue(from >= 0 && to > from, "docs/profiles.md lacks the markers for " + name);
    return doc.substring(0, from + begin.length()) + content + doc.substring(to);
  }
}
