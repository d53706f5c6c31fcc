package dev.insomnia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.insomnia.diagnostics.DiagnosticCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalTextTest {
  @Test
  void controlCharactersBecomeVisibleEscapes() {
    assertEquals("\\x1b[2J\\x1b]0;pwned\\x07 done", TerminalText.safe("\u001b[2J\u001b]0;pwned\u0007 done"));
    assertEquals("a\\x0db\\x7fc\\x9bd", TerminalText.safe("a\rb\u007fc\u009bd"));
    String plain = "tabs\tand unicode é stay";
    assertSame(plain, TerminalText.safe(plain));
  }

  @Test
  void diagnosticsFromProfilesCannotDriveTheTerminal() {
    String text =
        new DiagnosticRenderer(Style.PLAIN, SourceLines.none())
            .human(List.of(DiagnosticCode.PROFILE_RUNTIME_ERROR.error("\u001b[2Jboom")));
    assertFalse(text.contains("\u001b"), text);
    assertEquals("error[profile.runtime-error]: \\x1b[2Jboom", text.lines().findFirst().orElseThrow());
  }
}
