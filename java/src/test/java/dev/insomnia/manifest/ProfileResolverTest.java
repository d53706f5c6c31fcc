package dev.insomnia.manifest;

import static dev.insomnia.manifest.ManifestTesting.SHA256_ABC;
import static dev.insomnia.manifest.ManifestTesting.SHA256_EMPTY;
import static dev.insomnia.manifest.ManifestTesting.WORKSPACE;
import static dev.insomnia.manifest.ManifestTesting.launch;
import static dev.insomnia.manifest.ManifestTesting.profile;
import static dev.insomnia.manifest.ManifestTesting.resolve;
import static dev.insomnia.manifest.ManifestTesting.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.profile.CompactionPolicy;
import dev.insomnia.profile.Intent;
import dev.insomnia.profile.ModelSpec;
import dev.insomnia.profile.Profile;
import dev.insomnia.profile.ScopeIntent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileResolverTest {

  private static List<Diagnostic> rejected(Profile profile, RuntimeInputs launch) {
    return assertThrows(DiagnosticException.class, () -> resolve(profile, launch)).diagnostics();
  }

  private static Profile with(Profile p, ScopeIntent scope) {
    return new Profile(p.slug(), p.description(), p.model(), p.worker(), p.compaction(), p.memory(),
        p.web(), p.permissions(), p.session(), scope, p.instructions(), p.env());
  }

  private static Profile with(Profile p, CompactionPolicy compaction, long contextWindow) {
    return new Profile(p.slug(), p.description(),
        new ModelSpec(p.model().provider(), p.model().id(), contextWindow, Optional.empty()),
        p.worker(), compaction, p.memory(), p.web(), p.permissions(), p.session(), p.scope(),
        p.instructions(), p.env());
  }

  private static Profile withInstructions(Profile p, List<String> instructions) {
    return new Profile(p.slug(), p.description(), p.model(), p.worker(), p.compaction(), p.memory(),
        p.web(), p.permissions(), p.session(), p.scope(), instructions, p.env());
  }

  @Test
  void aMinimalProfileResolvesToTheCanonicalManifest() throws DiagnosticException {
    PodManifest m = resolve(profile(""), launch("coder-1"));
    assertEquals(
        "{\"compaction\":{\"trigger_tokens\":320000},\"env\":{},\"instructions\":[],"
            + "\"memory\":{\"enabled\":true},"
            + "\"model\":{\"context_window\":400000,\"id\":\"gpt-5.5\",\"max_output_tokens\":128000,\"provider\":\"codex-oauth\"},"
            + "\"permissions\":{\"approval\":\"on-request\",\"network\":false},"
            + "\"pod\":{\"name\":\"coder-1\"},"
            + "\"profile\":{\"description\":\"\",\"slug\":\"coder\",\"source\":{\"origin\":\"builtin\","
            + "\"path\":\"builtin/coder.lua\",\"selector\":\"coder\",\"sha256\":\"" + SHA256_ABC + "\"}},"
            + "\"schema\":\"insomnia.pod-manifest/1\","
            + "\"scope\":{\"access\":\"read\",\"allow\":[\"/work/app\"],\"deny\":[],\"intent\":\"read_only\"},"
            + "\"session\":{},\"web\":{\"allowed_domains\":[],\"enabled\":false},"
            + "\"worker\":{\"reasoning\":\"medium\",\"tools\":[]},"
            + "\"workspace\":\"/work/app\"}",
        text(m.toCanonicalJson()));
  }

  @Test
  void optionalFieldsAppearOnlyWhenSet() throws DiagnosticException {
    PodManifest m =
        resolve(
            profile(",'worker':{'max_turns':50,'temperature':0.2},'memory':{'max_entries':9},"
                + "'session':{'idle_timeout_minutes':30},'env':{'LANG':'C','TOKEN_X':{'secret_env':'GH_TOKEN'}}"),
            launch("coder-1"));
    String json = text(m.toCanonicalJson());
    assertTrue(json.contains("\"worker\":{\"max_turns\":50,\"reasoning\":\"medium\",\"temperature\":0.2,\"tools\":[]}"), json);
    assertTrue(json.contains("\"memory\":{\"enabled\":true,\"max_entries\":9}"), json);
    assertTrue(json.contains("\"session\":{\"idle_timeout_minutes\":30}"), json);
    assertTrue(json.contains("\"env\":{\"LANG\":\"C\",\"TOKEN_X\":{\"secret_env\":\"GH_TOKEN\"}}"), json);
  }

  @Test
  void eachIntentResolvesToConcreteScope() throws DiagnosticException {
    ConcreteScope write = resolve(profile(",'scope':{'intent':'workspace_write'}"), launch("a")).scope();
    assertEquals(
        new ConcreteScope(Intent.WORKSPACE_WRITE, Access.WRITE, List.of(WORKSPACE), List.of(WORKSPACE.resolve(".git"))),
        write);
    ConcreteScope read = resolve(profile(",'scope':{'intent':'read_only'}"), launch("a")).scope();
    assertEquals(new ConcreteScope(Intent.READ_ONLY, Access.READ, List.of(WORKSPACE), List.of()), read);
    ConcreteScope none = resolve(profile(",'scope':{'intent':'none'}"), launch("a")).scope();
    assertEquals(new ConcreteScope(Intent.NONE, Access.NONE, List.of(), List.of()), none);
  }

  @Test
  void protectPathsBecomeSortedUniqueDeniedPathsInsideTheWorkspace() throws DiagnosticException {
    ConcreteScope scope =
        resolve(
                profile(",'scope':{'intent':'workspace_write','protect':['secrets','./cache','.git','secrets/']}"),
                launch("a"))
            .scope();
    assertEquals(
        List.of(Path.of("/work/app/.git"), Path.of("/work/app/cache"), Path.of("/work/app/secrets")),
        scope.deny());
    assertEquals(List.of(), resolve(profile(",'scope':{'intent':'workspace_write','protect':{}}"), launch("a")).scope().deny());
  }

  @Test
  void aProtectPathOutsideTheWorkspaceIsRejectedEvenFromJava() throws DiagnosticException {
    Profile escaping = with(profile(""), new ScopeIntent(Intent.WORKSPACE_WRITE, List.of("ok", "../../etc")));
    Diagnostic d = rejected(escaping, launch("a")).get(0);
    assertEquals(DiagnosticCode.PROFILE_VALUE, d.code());
    assertEquals("scope.protect[2]", d.path().orElseThrow());
    assertTrue(d.message().contains("/work/app"), d.message());
  }

  @Test
  void theWorkspaceIsMadeAbsoluteAndNormal() throws DiagnosticException {
    RuntimeInputs relative = new RuntimeInputs("a", Path.of("some/../dir"), Optional.empty());
    PodManifest m = resolve(profile(""), relative);
    assertEquals(Path.of("dir").toAbsolutePath(), m.workspace());
    assertEquals(List.of(m.workspace()), m.scope().allow());
  }

  @Test
  void compactionBecomesConcreteTokens() throws DiagnosticException {
    Profile base = profile("");
    assertEquals(320000, resolve(base, launch("a")).compaction().triggerTokens());
    assertEquals(7, resolve(with(base, new CompactionPolicy.Ratio(0.7), 10), launch("a")).compaction().triggerTokens());
    assertEquals(99999, resolve(with(base, new CompactionPolicy.Ratio(0.5), 199999), launch("a")).compaction().triggerTokens());
    assertEquals(1234, resolve(with(base, new CompactionPolicy.Tokens(1234), 400000), launch("a")).compaction().triggerTokens());
    assertEquals(150000, resolve(profile(",'compaction':{'trigger_tokens':150000}"), launch("a")).compaction().triggerTokens());
  }

  @Test
  void compactionThatCannotWorkIsRejected() throws DiagnosticException {
    Profile base = profile("");
    Diagnostic tokens = rejected(with(base, new CompactionPolicy.Tokens(500), 500), launch("a")).get(0);
    assertEquals(DiagnosticCode.PROFILE_VALUE, tokens.code());
    assertEquals("compaction.trigger_tokens", tokens.path().orElseThrow());
    Diagnostic ratio = rejected(with(base, new CompactionPolicy.Ratio(0.1), 5), launch("a")).get(0);
    assertEquals(DiagnosticCode.PROFILE_VALUE, ratio.code());
    assertEquals("compaction.trigger_ratio", ratio.path().orElseThrow());
  }

  @Test
  void promptRefsResolveToTheDigestOfTheirAssets() throws DiagnosticException {
    PodManifest m =
        resolve(profile(",'instructions':['$insomnia/prompts/coder.md','$insomnia/prompts/empty.md']"), launch("a"));
    assertEquals(
        List.of(
            new InstructionRef("$insomnia/prompts/coder.md", SHA256_ABC),
            new InstructionRef("$insomnia/prompts/empty.md", SHA256_EMPTY)),
        m.instructions());
    assertTrue(text(m.toCanonicalJson()).contains(
        "\"instructions\":[{\"ref\":\"$insomnia/prompts/coder.md\",\"sha256\":\"" + SHA256_ABC + "\"},"));
  }

  @Test
  void everyUnusableRefIsReportedAtOnce() throws DiagnosticException {
    Profile p =
        withInstructions(
            profile(""),
            List.of("$insomnia/prompts/coder.md", "$insomnia/prompts/missing.md", "$user/mine.md",
                "$workspace/notes.md", "notes.md"));
    List<Diagnostic> ds = rejected(p, launch("a"));
    assertEquals(
        List.of(
            "profile.value instructions[2]",
            "profile.prompt-source-unsupported instructions[3]",
            "profile.prompt-source-unsupported instructions[4]",
            "profile.value instructions[5]"),
        ds.stream().map(d -> d.code().code() + " " + d.path().orElseThrow()).toList());
    assertTrue(ds.get(0).message().contains("$insomnia/prompts/missing.md does not exist"), ds.get(0).message());
  }

  @Test
  void theLaunchMustNameThePodValidly() throws DiagnosticException {
    List<Diagnostic> ds = rejected(profile(""), launch("Bad Name"));
    assertEquals(DiagnosticCode.POD_INVALID_NAME, ds.get(0).code());
  }

  @Test
  void aProfileBuiltInJavaStillPassesTheManifestBoundary() throws DiagnosticException {
    Profile p = profile("");
    Profile bad =
        new Profile("Not A Slug", "d".repeat(501), p.model(), p.worker(), p.compaction(), p.memory(),
            p.web(), p.permissions(), p.session(), p.scope(), p.instructions(), p.env());
    List<Diagnostic> ds = rejected(bad, launch("a"));
    assertEquals(
        List.of("profile.value profile.description", "profile.value profile.slug"),
        ds.stream().map(d -> d.code().code() + " " + d.path().orElseThrow()).toList());
    assertEquals("builtin/coder.lua", ds.get(0).file().orElseThrow());
  }

  @Test
  void resolutionIsDeterministic() throws DiagnosticException {
    String members =
        ",'description':'x','worker':{'tools':['b','a'],'temperature':0.7},'scope':{'intent':'workspace_write',"
            + "'protect':['z','a','.git']},'instructions':['$insomnia/prompts/coder.md'],'env':{'B':'2','A':'1'}";
    byte[] first = resolve(profile(members), launch("coder-1")).toCanonicalJson();
    byte[] second = resolve(profile(members), launch("coder-1")).toCanonicalJson();
    assertArrayEquals(first, second);
    // the same profile written in another order (protect, env) gives the same bytes
    String reordered = members.replace("['z','a','.git']", "['.git','z','a']").replace("{'B':'2','A':'1'}", "{'A':'1','B':'2'}");
    assertArrayEquals(first, resolve(profile(reordered), launch("coder-1")).toCanonicalJson());
    // and another pod name does not
    assertTrue(!java.util.Arrays.equals(first, resolve(profile(members), launch("coder-2")).toCanonicalJson()));
  }

  @Test
  void theManifestReadsBackAsItself() throws DiagnosticException {
    PodManifest m =
        resolve(profile(",'worker':{'temperature':1},'scope':{'intent':'workspace_write'},"
            + "'instructions':['$insomnia/prompts/coder.md'],'env':{'K':{'secret_env':'K'}}"), launch("a"));
    byte[] json = m.toCanonicalJson();
    PodManifest back = ManifestJson.read(json, "manifest.json");
    assertEquals(m, back);
    assertArrayEquals(json, back.toCanonicalJson());
    assertEquals(new String(json, StandardCharsets.UTF_8).indexOf("\"temperature\":1.0") > 0, true);
  }
}
