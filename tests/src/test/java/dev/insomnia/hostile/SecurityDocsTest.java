package dev.insomnia.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/security.md says what the code does: its sandbox list is generated from
 * native/src/ins_sandbox.c and its corpus table from tests/hostile/; regenerate both with
 * {@code -Dinsomnia.docs.write=true}.
 */
class SecurityDocsTest {

  @Test
  void generatedSectionsAreUpToDate() throws IOException {
    String doc = Files.readString(SecurityDocs.DOC, StandardCharsets.UTF_8);
    String generated =
        SecurityDocs.replace(doc, "sandbox rules", SecurityDocs.sandboxRules(SandboxRule.read()));
    generated =
        SecurityDocs.replace(generated, "hostile corpus", SecurityDocs.corpusTable(Corpus.cases()));
    if (Boolean.getBoolean("insomnia.docs.write")) {
      Files.writeString(SecurityDocs.DOC, generated, StandardCharsets.UTF_8);
    }
    assertEquals(generated, Files.readString(SecurityDocs.DOC, StandardCharsets.UTF_8),
        "docs/security.md is stale: regenerate it with -Dinsomnia.docs.write=true");
  }

  @Test
  void everyRemovedOrReplacedNameIsInTheDocs() throws IOException {
    String doc = Files.readString(SecurityDocs.DOC, StandardCharsets.UTF_8);
    for (SandboxRule rule : SandboxRule.read()) {
      if (rule.kind().equals("KEEP")) continue;
      assertTrue(doc.contains("`" + rule.qualifiedName() + "`"),
          rule.qualifiedName() + " (" + rule.kind() + ") is not in docs/security.md");
    }
  }

  /** A parser that silently found nothing would make the two tests above pass vacuously. */
  @Test
  void theSandboxListIsReadCompletely() throws IOException {
    List<SandboxRule> rules = SandboxRule.read();
    assertEquals(SandboxRule.count(), rules.size(), "entries the parser missed: " + rules);
    assertTrue(rules.size() >= 80, "only " + rules.size() + " rules read");
    assertTrue(rules.contains(new SandboxRule("", "os", "DENY",
        "clock, environment, files and processes are launch context")), rules::toString);
    assertTrue(rules.stream().anyMatch(r -> r.qualifiedName().equals("string.dump")
        && r.kind().equals("DENY")), rules::toString);
    assertTrue(rules.stream().anyMatch(r -> r.qualifiedName().equals("xpcall")
        && r.kind().equals("REPLACE") && r.why().contains("hooks off")), rules::toString);
    assertTrue(rules.stream().anyMatch(r -> r.qualifiedName().equals("math.random")
        && r.kind().equals("KEEP")), rules::toString);
  }
}
