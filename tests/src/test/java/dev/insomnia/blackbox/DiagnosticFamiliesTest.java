package dev.insomnia.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every diagnostic family reaches the terminal with its code, and exit 3. */
class DiagnosticFamiliesTest {
  @TempDir Path root;

  private static final String MODEL =
      "model = { provider = 'p', id = 'm', context_window = 100000 }";

  private Launcher.Result profile(String name, String source) throws Exception {
    Launcher l = new Launcher(root);
    l.write("workspace/" + name, source);
    return l.run("--profile", "./" + name, "--dry-run");
  }

  private static void assertCode(String code, Launcher.Result r) {
    assertEquals(3, r.exit(), r::toString);
    assertTrue(r.stderr().contains("error[" + code + "]"), r::toString);
    assertTrue(r.stderr().contains("help:"), r::toString);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "profile.syntax | return {",
        "profile.runtime-error | error('nope')",
        "profile.return | return 42",
        "profile.unknown-field | return { slug = 'x', MODEL, wroker = {} }",
        "profile.type | return { slug = 7, MODEL }",
        "profile.value | return { slug = 'Bad Slug', MODEL }",
        "profile.runtime-field | return { slug = 'x', MODEL, pod = { name = 'p' } }",
        "profile.runtime-field | return { slug = 'x', MODEL, scope = { intent = 'none', allow = { '/' } } }",
        "profile.secret | return { slug = 'x', MODEL, env = { SERVICE = 'sk-proj-abcdefghijklmnopqrstuvwx' } }",
        "profile.unknown-model | return { slug = 'x', model = require('insomnia.models').catalog('nope/none') }",
        "profile.prompt-source-unsupported | return { slug = 'x', MODEL, instructions = { '$user/mine.md' } }",
        "sandbox.denied | return os.getenv('HOME')",
        "require.not-found | return require('missing')",
        "require.invalid-name | return require('../etc')",
        "limit.instructions | while true do end",
      })
  void profileFamilies(String code, String source) throws Exception {
    assertCode(code, profile("p.lua", source.replace("MODEL", MODEL)));
  }

  @Test
  void lineOfTheProblemIsShown() throws Exception {
    Launcher.Result r = profile("lines.lua", "local x = 1\nlocal y = nil\nreturn y.field\n");
    assertCode("profile.runtime-error", r);
    assertTrue(r.stderr().contains("lines.lua:3"), r::toString);
    assertTrue(r.stderr().contains("3 | return y.field"), r::toString);
  }

  @Test
  void everyProblemIsReportedNotOnlyTheFirst() throws Exception {
    Launcher.Result r =
        profile("many.lua", "return { slug = 7, description = 3, " + MODEL + ", wroker = {} }");
    assertEquals(3, r.exit(), r::toString);
    assertTrue(r.stderr().contains("error[profile.type]"), r::toString);
    assertTrue(r.stderr().contains("error[profile.unknown-field]"), r::toString);
    assertTrue(r.stderr().contains("problems found"), r::toString);
  }

  @Test
  void selectorFamilies() throws Exception {
    Launcher l = new Launcher(root);
    assertCode("selector.not-found", l.run("--profile", "nope"));
    assertCode("selector.nix-unsupported", l.run("--profile", "./old.nix"));
    l.write("workspace/a.lua", "return {}");
    l.write("workspace/.insomnia/profiles.toml", "[profile]\ncoder = \"../a.lua\"\n");
    l.write("config/profiles.toml", "[profile]\ncoder = \"x.lua\"\n");
    Launcher.Result ambiguous = l.run("--profile", "coder");
    assertCode("selector.ambiguous", ambiguous);
    assertTrue(ambiguous.stderr().contains("project:coder"), ambiguous::toString);
  }

  @Test
  void registryFamily() throws Exception {
    Launcher l = new Launcher(root);
    l.write("config/profiles.toml", "[profile\n");
    Launcher.Result r = l.run("profiles", "list");
    assertCode("registry.invalid", r);
    assertTrue(r.stderr().contains("profiles.toml:1"), r::toString);
  }

  @Test
  void podFamilies() throws Exception {
    Launcher l = new Launcher(root);
    assertCode("pod.not-found", l.run("--pod", "ghost"));
    assertCode("pod.invalid-name", l.run("--profile", "default", "--profile-pod-name", "Bad/Name"));
  }
}
