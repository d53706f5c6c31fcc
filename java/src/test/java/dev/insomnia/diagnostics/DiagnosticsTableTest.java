package dev.insomnia.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The catalog is complete and docs/diagnostics.md is what it generates. */
class DiagnosticsTableTest {
  private static final Path DOC = Path.of("..", "docs", "diagnostics.md");

  @ParameterizedTest
  @EnumSource(DiagnosticCode.class)
  void everyCodeHasMessageHelpAndDescription(DiagnosticCode code) {
    for (String part : new String[] {"message", "help", "when"}) {
      assertFalse(Messages.template(code, part).isBlank(), code + "." + part);
    }
  }

  @Test
  void codesAreDerivedFromNames() {
    assertEquals("profile.runtime-error", DiagnosticCode.PROFILE_RUNTIME_ERROR.code());
    assertEquals(
        "profile.prompt-source-unsupported",
        DiagnosticCode.PROFILE_PROMPT_SOURCE_UNSUPPORTED.code());
    assertEquals(DiagnosticCode.LIMIT_TIME, DiagnosticCode.of("limit.time").orElseThrow());
  }

  @Test
  void templatesTakeArguments() {
    Diagnostic d = DiagnosticCode.POD_EXISTS.error("coder-1");
    assertEquals("a pod named 'coder-1' already exists", d.message());
    assertEquals(
        "Choose another name with --profile-pod-name, or restore the existing pod with --pod"
            + " coder-1.",
        d.help());
  }

  @Test
  void docsTableIsUpToDate() throws IOException {
    String generated = DiagnosticsTable.markdown();
    if (Boolean.getBoolean("insomnia.docs.write")) {
      Files.writeString(DOC, generated, StandardCharsets.UTF_8);
    }
    assertEquals(
        generated,
        Files.readString(DOC, StandardCharsets.UTF_8),
        "docs/diagnostics.md is stale: regenerate it with -Dinsomnia.docs.write=true");
  }
}
