package dev.insomnia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticRendererTest {

  @Test
  void blockShowsCodeLocationSourceLinePathAndHelp(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("coder.lua");
    Files.writeString(file, "return profile {\n  worker = { reasonning = 'high' },\n}\n");
    Diagnostic d =
        DiagnosticCode.PROFILE_UNKNOWN_FIELD
            .error("reasonning", "reasoning", "reasoning, tools")
            .at("worker.reasonning")
            .in(file.toString(), 2);
    String text = new DiagnosticRenderer(Style.PLAIN, SourceLines.fromDisk()).human(List.of(d));
    assertEquals(
        "error[profile.unknown-field]: unknown field 'reasonning' (the closest known field is"
            + " 'reasoning')\n"
            + "  --> " + file + ":2\n"
            + "  |\n"
            + "2 |   worker = { reasonning = 'high' },\n"
            + "  |\n"
            + "  = at: worker.reasonning\n"
            + "  = help: Remove it or fix its name; the fields allowed here are: reasoning,"
            + " tools.\n",
        text);
  }

  @Test
  void everyDiagnosticIsShownWithACount() {
    List<Diagnostic> ds =
        List.of(
            DiagnosticCode.PROFILE_TYPE.error("a string", "a number").at("slug"),
            DiagnosticCode.PROFILE_RUNTIME_FIELD.error("pod.name", "x", "y").at("pod.name"));
    String text = new DiagnosticRenderer(Style.PLAIN, SourceLines.none()).human(ds);
    assertTrue(text.contains("error[profile.type]"), text);
    assertTrue(text.contains("error[profile.runtime-field]"), text);
    assertTrue(text.endsWith("error: 2 problems found\n"), text);
  }

  @Test
  void jsonHasTheContractKeysWithNullsWhereUnknown() {
    String json =
        DiagnosticRenderer.json(List.of(DiagnosticCode.POD_EXISTS.error("coder-1")));
    assertEquals(
        "[{\"severity\":\"error\",\"code\":\"pod.exists\",\"message\":\"a pod named 'coder-1'"
            + " already exists\",\"path\":null,\"file\":null,\"line\":null,\"help\":\"Choose"
            + " another name with --profile-pod-name, or restore the existing pod with --pod"
            + " coder-1.\"}]\n",
        json);
  }

  @Test
  void colourOnlyOnTerminalsWithoutNoColor() {
    assertTrue(Style.detect(Map.of(), true).color());
    assertFalse(Style.detect(Map.of(), false).color());
    assertFalse(Style.detect(Map.of("NO_COLOR", "1"), true).color());
    assertFalse(Style.detect(Map.of("TERM", "dumb"), true).color());
    String coloured =
        new DiagnosticRenderer(new Style(true), SourceLines.none())
            .human(List.of(DiagnosticCode.POD_EXISTS.error("x")));
    assertTrue(coloured.contains("\u001b[1;31merror[pod.exists]\u001b[0m"), coloured);
  }
}
