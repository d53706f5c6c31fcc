package dev.insomnia.manifest;

import static dev.insomnia.diagnostics.DiagnosticCode.MANIFEST_INVALID;
import static dev.insomnia.manifest.ManifestTesting.ASSETS;
import static dev.insomnia.manifest.ManifestTesting.SHA256_ABC;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.profile.Intent;
import dev.insomnia.profile.ModelSpec;
import dev.insomnia.profile.Reasoning;
import dev.insomnia.source.Origin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTomlTest {
  @TempDir Path dir;

  private Path write(String name, String toml) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, toml, StandardCharsets.UTF_8);
    return file;
  }

  private PodManifest read(String toml, Optional<String> podName) throws IOException, DiagnosticException {
    return ManifestToml.read(write("pod.toml", toml), podName, Path.of("/launch/ws"), ASSETS);
  }

  private List<Diagnostic> rejected(String toml, Optional<String> podName) throws IOException {
    Path file = write("pod.toml", toml);
    List<Diagnostic> ds =
        assertThrows(DiagnosticException.class, () -> ManifestToml.read(file, podName, Path.of("/launch/ws"), ASSETS))
            .diagnostics();
    for (Diagnostic d : ds) {
      assertEquals(MANIFEST_INVALID, d.code(), d.toString());
      assertEquals(file.toString(), d.file().orElseThrow());
    }
    return ds;
  }

  private Diagnostic only(String toml) throws IOException {
    List<Diagnostic> ds = rejected(toml, Optional.of("p"));
    assertEquals(1, ds.size(), ds.toString());
    return ds.get(0);
  }

  @Test
  void aFileOfCommentsAndAPodNameIsAComplete1Manifest() throws Exception {
    String toml = "# nothing but a comment\n";
    PodManifest m = read(toml, Optional.of("minimal-1"));
    assertEquals("minimal-1", m.pod().name());
    assertEquals(new ModelSpec("codex-oauth", "gpt-5.5", 400000, Optional.of(128000L)), m.model());
    assertEquals(Reasoning.MEDIUM, m.worker().reasoning());
    assertEquals(320000, m.compaction().triggerTokens());
    assertEquals(Path.of("/launch/ws"), m.workspace());
    assertEquals(new ConcreteScope(Intent.READ_ONLY, Access.READ, List.of(Path.of("/launch/ws")), List.of()), m.scope());
    assertEquals("manifest", m.profile().slug());
    ProfileProvenance source = m.profile().source();
    assertEquals(Origin.MANIFEST, source.origin());
    assertEquals(dir.resolve("pod.toml").toString(), source.path());
    assertEquals(Digests.sha256(toml.getBytes(StandardCharsets.UTF_8)), source.sha256());
    assertTrue(m.instructions().isEmpty() && m.env().isEmpty());
    assertTrue(m.memory().enabled() && !m.web().enabled() && !m.permissions().network());
  }

  @Test
  void withoutAPodNameTheManifestSaysHowToGiveOne() throws IOException {
    List<Diagnostic> ds = rejected("# empty\n", Optional.empty());
    assertEquals(1, ds.size(), ds.toString());
    assertEquals("pod.name", ds.get(0).path().orElseThrow());
    assertTrue(ds.get(0).message().contains("--profile-pod-name"), ds.get(0).message());
  }

  @Test
  void aManifestCarriesWhatAProfileMayNot() throws Exception {
    String toml =
        "workspace = \"ws\"\n"
            + "instructions = [\"$insomnia/prompts/coder.md\"]\n"
            + "[pod]\nname = \"from-file\"\n"
            + "[profile]\nslug = \"hand-made\"\ndescription = \"written by hand\"\n"
            + "[model]\nprovider = \"anthropic\"\nid = \"claude-x\"\ncontext_window = 200000\n"
            + "[worker]\nreasoning = \"high\"\nmax_turns = 40\n"
            + "[compaction]\ntrigger_ratio = 0.5\n"
            + "[scope]\nintent = \"workspace_write\"\nallow = [\".\", \"/opt/shared\"]\ndeny = [\"ws/secrets\"]\n"
            + "[env]\nLANG = \"C\"\nOPENAI_API_KEY = { secret_env = \"OPENAI_API_KEY\" }\n";
    PodManifest m = read(toml, Optional.empty());
    assertEquals("from-file", m.pod().name());
    assertEquals("hand-made", m.profile().slug());
    assertEquals(new ModelSpec("anthropic", "claude-x", 200000, Optional.empty()), m.model(),
        "a file's [model] replaces the default model whole");
    assertEquals(Reasoning.HIGH, m.worker().reasoning());
    assertEquals(Optional.of(40), m.worker().maxTurns());
    assertEquals(100000, m.compaction().triggerTokens(), "the ratio applies to the file's window");
    assertEquals(dir.resolve("ws"), m.workspace(), "relative to the file's directory");
    assertEquals(List.of(dir, Path.of("/opt/shared")), m.scope().allow());
    assertEquals(List.of(dir.resolve("ws/secrets")), m.scope().deny());
    assertEquals(Access.WRITE, m.scope().access());
    assertEquals(List.of(new InstructionRef("$insomnia/prompts/coder.md", SHA256_ABC)), m.instructions());
    assertEquals(2, m.env().size());
  }

  @Test
  void anIntentAloneResolvesAgainstTheWorkspace() throws Exception {
    PodManifest m = read("[scope]\nintent = \"workspace_write\"\n", Optional.of("p"));
    assertEquals(
        new ConcreteScope(Intent.WORKSPACE_WRITE, Access.WRITE, List.of(Path.of("/launch/ws")),
            List.of(Path.of("/launch/ws/.git"))),
        m.scope());
  }

  @Test
  void thePodNameOverrideWinsAndIsChecked() throws Exception {
    assertEquals("override", read("[pod]\nname = \"in-file\"\n", Optional.of("override")).pod().name());
    DiagnosticException e =
        assertThrows(DiagnosticException.class, () -> read("", Optional.of("Not Valid")));
    assertEquals(DiagnosticCode.POD_INVALID_NAME, e.diagnostics().get(0).code());
  }

  @Test
  void unknownKeysAreRejectedWithLineColumnAndSuggestion() throws IOException {
    Diagnostic d = only("# a comment\n[worker]\n  reasonning = \"high\"\n");
    assertEquals("worker.reasonning", d.path().orElseThrow());
    assertEquals(3, d.line().orElseThrow());
    assertEquals(3, d.column().orElseThrow());
    assertTrue(d.message().contains("(the closest known field is 'reasoning')"), d.message());
    assertTrue(d.help().contains("reasoning, max_turns, temperature, tools"), d.help());

    Diagnostic top = only("[modle]\nid = \"x\"\n");
    assertEquals("modle", top.path().orElseThrow());
    assertTrue(top.message().contains("'model'"), top.message());
    assertEquals(1, top.line().orElseThrow());
  }

  @Test
  void badTypesAndValuesPointAtTheirLine() throws IOException {
    Diagnostic type = only("[worker]\nmax_turns = \"ten\"\n");
    assertEquals("worker.max_turns", type.path().orElseThrow());
    assertEquals("expected an integer, found a string", type.message());
    assertEquals(2, type.line().orElseThrow());

    Diagnostic window = only("[model]\nprovider = \"p\"\nid = \"m\"\ncontext_window = 1.5\n");
    assertEquals("model.context_window", window.path().orElseThrow());
    assertEquals(4, window.line().orElseThrow());

    Diagnostic value = only("\n\n[permissions]\napproval = \"sometimes\"\n");
    assertEquals(4, value.line().orElseThrow());
    assertTrue(value.message().contains("one of never, on-request, always"), value.message());

    Diagnostic date = only("[session]\nmax_duration_minutes = 2024-01-01\n");
    assertEquals("session.max_duration_minutes", date.path().orElseThrow());
    assertTrue(date.message().contains("a date or time"), date.message());
  }

  @Test
  void aMissingFieldOfAReplacedTableIsReportedAtTheTable() throws IOException {
    Diagnostic d = only("[model]\nprovider = \"p\"\nid = \"m\"\n");
    assertEquals("model.context_window", d.path().orElseThrow());
    assertEquals(1, d.line().orElseThrow(), "located at the [model] table");
  }

  @Test
  void syntaxErrorsCarryLineAndColumn() throws IOException {
    List<Diagnostic> ds = rejected("[worker]\nreasoning = \n", Optional.of("p"));
    assertEquals(2, ds.get(0).line().orElseThrow());
    assertTrue(ds.get(0).column().isPresent());
  }

  /** The registry fuzz test's finding, in the other TOML reader: tomlj threw it. */
  @Test
  void aBadEscapeInATableNameIsASyntaxError() throws IOException {
    Diagnostic d = only("[\"\\E\"]\n");
    assertEquals(1, d.line().orElseThrow());
    assertTrue(d.message().contains("Invalid escape sequence"), d.message());
  }

  @Test
  void compactionMustStayBelowTheWindow() throws IOException {
    Diagnostic tokens = only("[compaction]\ntrigger_tokens = 400000\n");
    assertEquals("compaction.trigger_tokens", tokens.path().orElseThrow());
    Diagnostic both = only("[compaction]\ntrigger_ratio = 0.5\ntrigger_tokens = 10\n");
    assertEquals("compaction", both.path().orElseThrow());
    Diagnostic tiny = only("[model]\nprovider = \"p\"\nid = \"m\"\ncontext_window = 3\n[compaction]\ntrigger_ratio = 0.1\n");
    assertEquals("compaction.trigger_ratio", tiny.path().orElseThrow());
  }

  @Test
  void instructionsResolveThroughThePromptAssets() throws IOException {
    List<Diagnostic> ds =
        rejected(
            "instructions = [\"$insomnia/prompts/coder.md\", \"$user/mine.md\", \"$insomnia/nope.md\", 3]\n",
            Optional.of("p"));
    assertEquals(
        List.of("instructions[2]", "instructions[3]", "instructions[4]"),
        ds.stream().map(d -> d.path().orElseThrow()).toList());
    assertTrue(ds.get(0).message().contains("not supported"), ds.get(0).message());
    assertTrue(ds.get(1).message().contains("$insomnia/nope.md does not exist"), ds.get(1).message());
  }

  @Test
  void theSourceIsInsomniasToRecord() throws IOException {
    Diagnostic d = only("[profile.source]\norigin = \"builtin\"\n");
    assertEquals("profile.source", d.path().orElseThrow());
  }

  @Test
  void everyProblemIsReportedAtOnce() throws IOException {
    List<Diagnostic> ds =
        rejected(
            "workspace = 7\n[worker]\nreasoning = \"max\"\ncolour = \"red\"\n[scope]\nintent = \"none\"\nallow = [\"/x\"]\n",
            Optional.empty());
    assertEquals(
        List.of("pod.name", "scope.allow", "worker.colour", "worker.reasoning", "workspace"),
        ds.stream().map(d -> d.path().orElseThrow()).sorted().toList());
  }

  @Test
  void anUnreadableFileIsAManifestProblem() {
    DiagnosticException e =
        assertThrows(
            DiagnosticException.class,
            () -> ManifestToml.read(dir.resolve("absent.toml"), Optional.of("p"), dir, ASSETS));
    assertEquals(MANIFEST_INVALID, e.diagnostics().get(0).code());
    assertTrue(e.diagnostics().get(0).message().startsWith("cannot read the manifest"));
  }

  @Test
  void theSameFileGivesTheSameBytes() throws Exception {
    String toml = "[scope]\nintent = \"workspace_write\"\n[worker]\ntools = [\"b\", \"a\"]\n";
    assertArrayEquals(
        read(toml, Optional.of("p")).toCanonicalJson(), read(toml, Optional.of("p")).toCanonicalJson());
  }

  @Test
  void aManifestSurvivesAsASnapshot() throws Exception {
    PodManifest m = read("[scope]\nintent = \"workspace_write\"\n[worker]\ntemperature = 0.3\n", Optional.of("p"));
    assertEquals(m, ManifestJson.read(m.toCanonicalJson(), "manifest.json"));
  }

  @Test
  void theDefaultsAreValidAndLoadedOnce() {
    assertTrue(PodManifestConfig.defaults() == PodManifestConfig.defaults());
    assertTrue(PodManifestConfig.defaults().tree().get("model").isPresent());
  }
}
