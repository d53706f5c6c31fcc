package dev.insomnia.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The launcher end to end: commands, flags, output contracts, exit codes. */
class CliTest {
  @TempDir Path root;

  private Launcher launcher() throws Exception {
    return new Launcher(root);
  }

  private static void assertExit(int expected, Launcher.Result r) {
    assertEquals(expected, r.exit(), r::toString);
  }

  @Test
  void helpAndVersion() throws Exception {
    Launcher l = launcher();
    Launcher.Result help = l.run("--help");
    assertExit(0, help);
    assertTrue(help.stdout().contains("--profile"), help::toString);
    assertTrue(help.stdout().contains("Exit codes"), help::toString);
    Launcher.Result version = l.run("--version");
    assertExit(0, version);
    assertTrue(version.stdout().contains("Lua 5.4.9"), version::toString);
    for (String[] args :
        new String[][] {
          {"profiles", "--help"}, {"profiles", "list", "--help"}, {"profiles", "show", "--help"},
          {"profiles", "check", "--help"}, {"profiles", "list", "--version"}
        }) {
      assertExit(0, l.run(args));
    }
  }

  @Test
  void completionScriptIsGenerated() throws Exception {
    Launcher.Result r = launcher().run("generate-completion");
    assertExit(0, r);
    assertTrue(r.stdout().contains("complete -F"), r::toString);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--profile default --manifest m.toml",
        "--profile default --pod p",
        "--profile default --session s",
        "--profile default --adopt a.json",
        "--manifest m.toml --pod p",
        "--profile-pod-name n --pod p",
        "--profile-pod-name n --session s",
        "--profile-pod-name n --adopt a.json",
        "--pod p --session s",
        "--no-such-flag",
        "profiles",
        "profiles show",
        "profiles show a b",
        "profiles check",
        "profiles check --bench x default",
      })
  void conflictsAndMisuseExitTwoWithAHint(String args) throws Exception {
    Launcher.Result r = launcher().run(args.split(" "));
    assertExit(2, r);
    assertTrue(r.stderr().contains("error:"), r::toString);
    assertTrue(r.stderr().contains("--help"), r::toString);
    assertEquals("", r.stdout());
  }

  @Test
  void defaultDryRunJsonHasTheContractKeysAndStoresNothing() throws Exception {
    Launcher l = launcher();
    Launcher.Result r = l.run("--profile", "default", "--dry-run", "--json");
    assertExit(0, r);
    Set<String> keys = JsonKeys.of(r.stdout());
    for (String key :
        new String[] {
          "schema", "pod.name", "profile.slug", "profile.description", "profile.source.selector",
          "profile.source.origin", "profile.source.path", "profile.source.sha256",
          "model.provider", "model.id", "model.context_window", "worker.reasoning",
          "compaction.trigger_tokens", "scope.intent", "scope.allow[]", "scope.deny[]",
          "instructions[]"
        }) {
      assertTrue(keys.contains(key), key + " missing from " + keys);
    }
    assertTrue(r.stdout().contains("\"schema\":\"insomnia.pod-manifest/1\""), r::toString);
    assertFalse(Files.exists(l.data.resolve("pods")) && Files.list(l.data.resolve("pods")).findAny().isPresent());
  }

  @Test
  void noModeMeansTheDefaultProfile() throws Exception {
    Launcher l = launcher();
    Launcher.Result r = l.run("--dry-run", "--json");
    assertExit(0, r);
    assertTrue(r.stdout().contains("\"slug\":\"default\""), r::toString);
  }

  @Test
  void createThenRestoreIsByteIdentical() throws Exception {
    Launcher l = launcher();
    Launcher.Result created = l.run("--profile", "coder", "--profile-pod-name", "c1", "--json");
    assertExit(0, created);
    Launcher.Result restored = l.run("--pod", "c1", "--json");
    assertExit(0, restored);
    assertEquals(created.stdout(), restored.stdout());
    assertEquals(
        created.stdout().strip(),
        Files.readString(l.data.resolve("pods/c1/manifest.json")).strip());
  }

  @Test
  void humanSummaryNamesThePodAndWhereItIsStored() throws Exception {
    Launcher l = launcher();
    Launcher.Result r = l.run("--profile", "coder", "--profile-pod-name", "c2");
    assertExit(0, r);
    assertTrue(r.stdout().contains("created pod c2"), r::toString);
    assertTrue(r.stdout().contains("codex-oauth/gpt-5.5"), r::toString);
    assertTrue(r.stdout().contains(l.data.resolve("pods/c2/manifest.json").toString()), r::toString);
  }

  @Test
  void generatedNamesAreSlugPlusEightHex() throws Exception {
    Launcher l = launcher();
    Launcher.Result r = l.run("--profile", "reviewer", "--json");
    assertExit(0, r);
    assertTrue(r.stdout().matches("(?s).*\"name\":\"reviewer-[0-9a-f]{8}\".*"), r::toString);
  }

  @Test
  void restoreNeverEvaluatesTheProfileAgain() throws Exception {
    Launcher l = launcher();
    Path profile =
        l.write(
            "workspace/mine.lua",
            "return { slug = 'mine', model = { provider = 'p', id = 'm', context_window = 1000 } }");
    Launcher.Result created = l.run("--profile", "./mine.lua", "--profile-pod-name", "m1", "--json");
    assertExit(0, created);
    Files.delete(profile);
    Launcher.Result restored = l.run("--pod", "m1", "--json");
    assertExit(0, restored);
    assertEquals(created.stdout(), restored.stdout());
  }

  @Test
  void existingPodNamesAreRefused() throws Exception {
    Launcher l = launcher();
    assertExit(0, l.run("--profile", "coder", "--profile-pod-name", "dup"));
    Launcher.Result again = l.run("--profile", "default", "--profile-pod-name", "dup");
    assertExit(3, again);
    assertTrue(again.stderr().contains("error[pod.exists]"), again::toString);
  }

  @Test
  void corruptedSnapshotsAreRejectedAndLeftAlone() throws Exception {
    Launcher l = launcher();
    assertExit(0, l.run("--profile", "coder", "--profile-pod-name", "bad"));
    Path manifest = l.data.resolve("pods/bad/manifest.json");
    String edited = Files.readString(manifest).replace("\"high\"", "\"low\"");
    Files.writeString(manifest, edited);
    Launcher.Result r = l.run("--pod", "bad");
    assertExit(3, r);
    assertTrue(r.stderr().contains("error[snapshot.invalid]"), r::toString);
    assertEquals(edited, Files.readString(manifest));
  }

  @Test
  void sessionsFindTheirPod() throws Exception {
    Launcher l = launcher();
    Launcher.Result created = l.run("--profile", "coder", "--profile-pod-name", "s1");
    assertExit(0, created);
    String session =
        created.stdout().lines().filter(x -> x.strip().startsWith("session")).findFirst()
            .orElseThrow().strip().split("\\s+")[1];
    Launcher.Result restored = l.run("--session", session);
    assertExit(0, restored);
    assertTrue(restored.stdout().contains("restored pod s1"), restored::toString);
    assertExit(3, l.run("--session", "no-such-session"));
  }

  @Test
  void adoptValidatesAndStoresASnapshot() throws Exception {
    Launcher l = launcher();
    Launcher.Result resolved =
        l.run("--profile", "coder", "--profile-pod-name", "adopted", "--dry-run", "--json");
    assertExit(0, resolved);
    Path snapshot = l.write("snapshot.json", resolved.stdout());
    Launcher.Result adopted = l.run("--adopt", snapshot.toString(), "--json");
    assertExit(0, adopted);
    assertEquals(resolved.stdout(), adopted.stdout());
    assertExit(3, l.run("--adopt", snapshot.toString()));
    Path broken = l.write("broken.json", resolved.stdout().substring(0, 40));
    Launcher.Result r = l.run("--adopt", broken.toString());
    assertExit(3, r);
    assertTrue(r.stderr().contains("error[snapshot.invalid]"), r::toString);
  }

  @Test
  void minimalManifestIsCommentsPlusAName() throws Exception {
    Launcher l = launcher();
    Path manifest = l.write("m.toml", "# everything from the builtin defaults\n");
    Launcher.Result r =
        l.run("--manifest", manifest.toString(), "--profile-pod-name", "raw", "--json");
    assertExit(0, r);
    assertTrue(r.stdout().contains("\"name\":\"raw\""), r::toString);
    Path bad = l.write("bad.toml", "[model]\nprovider = 3\n");
    Launcher.Result rejected = l.run("--manifest", bad.toString(), "--profile-pod-name", "raw2");
    assertExit(3, rejected);
    assertTrue(rejected.stderr().contains("error[manifest.invalid]"), rejected::toString);
  }

  @Test
  void profilePrintGoesToStderrWithTheSlug() throws Exception {
    Launcher l = launcher();
    l.write(
        "workspace/talk.lua",
        "print('hello from lua')\n"
            + "return { slug = 'talk', model = { provider = 'p', id = 'm', context_window = 1000 } }");
    Launcher.Result r = l.run("--profile", "./talk.lua", "--dry-run", "--json");
    assertExit(0, r);
    assertTrue(r.stderr().contains("[talk] hello from lua"), r::toString);
    assertFalse(r.stdout().contains("hello from lua"), r::toString);
  }

  @Test
  void jsonModeRendersDiagnosticsAsOneJsonArray() throws Exception {
    Launcher.Result r = launcher().run("--profile", "nope", "--json");
    assertExit(3, r);
    String err = r.stderr().strip();
    assertTrue(err.startsWith("[{") && err.endsWith("}]"), r::toString);
    assertTrue(err.contains("\"code\":\"selector.not-found\""), r::toString);
    assertEquals("", r.stdout());
  }

  @Test
  void listShowAndCheck() throws Exception {
    Launcher l = launcher();
    Launcher.Result list = l.run("profiles", "list");
    assertExit(0, list);
    assertTrue(list.stdout().contains("builtin:coder"), list::toString);
    assertTrue(list.stdout().contains("* default: builtin:default"), list::toString);
    Launcher.Result listJson = l.run("profiles", "list", "--json");
    assertExit(0, listJson);
    assertTrue(listJson.stdout().contains("\"default\":\"builtin:default\""), listJson::toString);
    Launcher.Result show = l.run("profiles", "show", "reviewer", "--json");
    assertExit(0, show);
    assertTrue(show.stdout().contains("\"slug\":\"reviewer\""), show::toString);
    assertExit(0, l.run("profiles", "check", "default", "coder", "reviewer"));
    l.write("workspace/broken.lua", "return {");
    Launcher.Result check = l.run("profiles", "check", "coder", "./broken.lua");
    assertExit(3, check);
    assertTrue(check.stdout().contains("ok    coder"), check::toString);
    assertTrue(check.stderr().contains("error[profile.syntax]"), check::toString);
  }

  @Test
  void checkBenchPrintsMedianAndP90() throws Exception {
    Launcher.Result r = launcher().run("profiles", "check", "--bench", "50", "default");
    assertExit(0, r);
    assertTrue(r.stdout().matches("(?s).*median [0-9.]+ us, p90 [0-9.]+ us.*"), r::toString);
  }

  @Test
  void worksFromAnyWorkingDirectory() throws Exception {
    Launcher l = launcher();
    Path elsewhere = Files.createDirectories(root.resolve("a/b/c"));
    assertExit(0, l.runIn(elsewhere, "--profile", "default", "--dry-run"));
  }
}
