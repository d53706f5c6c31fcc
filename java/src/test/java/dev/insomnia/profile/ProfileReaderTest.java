package dev.insomnia.profile;

import static dev.insomnia.diagnostics.DiagnosticCode.JSON_SYNTAX;
import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_MISSING_FIELD;
import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_PROMPT_SOURCE_UNSUPPORTED;
import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_RETURN;
import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_TYPE;
import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_UNKNOWN_FIELD;
import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_VALUE;
import static dev.insomnia.profile.ProfileTesting.minimal;
import static dev.insomnia.profile.ProfileTesting.problems;
import static dev.insomnia.profile.ProfileTesting.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonReader;
import dev.insomnia.json.JsonWriter;
import dev.insomnia.schema.ReadContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileReaderTest {

  /** The only problem of a profile: its code and path. */
  private static Diagnostic only(String profile) {
    List<Diagnostic> ds = problems(profile);
    assertEquals(1, ds.size(), ds.toString());
    return ds.get(0);
  }

  private static void assertProblem(DiagnosticCode code, String path, String profile) {
    Diagnostic d = only(profile);
    assertEquals(code, d.code(), d.toString());
    assertEquals(path, d.path().orElse(""), d.toString());
    assertEquals("coder.lua", d.file().orElseThrow());
  }

  @Test
  void aMinimalProfileGetsEveryDefault() throws DiagnosticException {
    Profile p = read(minimal(""));
    assertEquals("coder", p.slug());
    assertEquals("", p.description());
    assertEquals(new ModelSpec("codex-oauth", "gpt-5.5", 400000, Optional.of(128000L)), p.model());
    assertEquals(new WorkerSettings(Reasoning.MEDIUM, Optional.empty(), Optional.empty(), List.of()), p.worker());
    assertEquals(new CompactionPolicy.Ratio(0.8), p.compaction());
    assertEquals(new MemorySettings(true, Optional.empty()), p.memory());
    assertEquals(new WebSettings(false, List.of()), p.web());
    assertEquals(new Permissions(Approval.ON_REQUEST, false), p.permissions());
    assertEquals(new SessionPolicy(Optional.empty(), Optional.empty()), p.session());
    assertEquals(new ScopeIntent(Intent.READ_ONLY, List.of()), p.scope());
    assertEquals(List.of(), p.instructions());
    assertEquals(Map.of(), p.env());
  }

  @Test
  void everyFieldIsRead() throws DiagnosticException {
    Profile p =
        read(
            "{'slug':'reviewer','description':'Reviews code',"
                + "'model':{'provider':'anthropic','id':'claude-x','context_window':200000},"
                + "'worker':{'reasoning':'xhigh','max_turns':10000,'temperature':1,'tools':['shell','apply_patch']},"
                + "'compaction':{'trigger_tokens':150000},"
                + "'memory':{'enabled':false,'max_entries':100000},"
                + "'web':{'enabled':true,'allowed_domains':['docs.rs','*.github.com']},"
                + "'permissions':{'approval':'never','network':true},"
                + "'session':{'max_duration_minutes':10080,'idle_timeout_minutes':1},"
                + "'scope':{'intent':'workspace_write','protect':['.git','secrets/keys']},"
                + "'instructions':['$insomnia/prompts/coder.md','$insomnia/prompts/review.md'],"
                + "'env':{'LANG':'C.UTF-8','OPENAI_API_KEY':{'secret_env':'OPENAI_API_KEY'}}}");
    assertEquals("Reviews code", p.description());
    assertEquals(new ModelSpec("anthropic", "claude-x", 200000, Optional.empty()), p.model());
    assertEquals(
        new WorkerSettings(Reasoning.XHIGH, Optional.of(10000), Optional.of(1.0), List.of("shell", "apply_patch")),
        p.worker());
    assertEquals(new CompactionPolicy.Tokens(150000), p.compaction());
    assertEquals(new MemorySettings(false, Optional.of(100000)), p.memory());
    assertEquals(new WebSettings(true, List.of("docs.rs", "*.github.com")), p.web());
    assertEquals(new Permissions(Approval.NEVER, true), p.permissions());
    assertEquals(new SessionPolicy(Optional.of(10080), Optional.of(1)), p.session());
    assertEquals(new ScopeIntent(Intent.WORKSPACE_WRITE, List.of(".git", "secrets/keys")), p.scope());
    assertEquals(List.of("$insomnia/prompts/coder.md", "$insomnia/prompts/review.md"), p.instructions());
    assertEquals(
        Map.of("LANG", new EnvValue.Plain("C.UTF-8"), "OPENAI_API_KEY", new EnvValue.SecretRef("OPENAI_API_KEY")),
        p.env());
    assertEquals(List.of("LANG", "OPENAI_API_KEY"), List.copyOf(p.env().keySet()));
  }

  @Test
  void aProfileWritesBackToWhatItWasReadFrom() throws DiagnosticException {
    Profile p =
        read(minimal(",'worker':{'temperature':0.5,'tools':['shell']},'compaction':{'trigger_ratio':0.7},"
            + "'scope':{'intent':'workspace_write'},'env':{'A':'b','K':{'secret_env':'K'}}"));
    byte[] written = JsonWriter.write(Profile.TABLE.write(p));
    assertEquals(p, ProfileReader.read(written, "again.lua"));
  }

  @Test
  void emptyTablesAreEmptyLists() throws DiagnosticException {
    Profile p =
        read(minimal(",'worker':{'tools':{}},'web':{'allowed_domains':{}},'instructions':{},"
            + "'scope':{'intent':'workspace_write','protect':{}},'env':{}"));
    assertEquals(List.of(), p.worker().tools());
    assertEquals(List.of(), p.web().allowedDomains());
    assertEquals(List.of(), p.instructions());
    assertEquals(List.of(), p.scope().protect(), "an explicit empty protect list protects nothing");
  }

  @Test
  void aNonEmptyTableIsNotAList() {
    assertProblem(PROFILE_TYPE, "worker.tools", minimal(",'worker':{'tools':{'a':'shell'}}"));
  }

  @Test
  void workspaceWriteProtectsGitByDefault() throws DiagnosticException {
    assertEquals(List.of(".git"), read(minimal(",'scope':{'intent':'workspace_write'}")).scope().protect());
    assertEquals(List.of(), read(minimal(",'scope':{'intent':'none'}")).scope().protect());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // slug
        "'slug':'Coder'                                    | slug                    | PROFILE_VALUE",
        "'slug':'1coder'                                   | slug                    | PROFILE_VALUE",
        "'slug':'a12345678901234567890123456789012345678901234567890123456789012x' | slug | PROFILE_VALUE",
        "'slug':7                                          | slug                    | PROFILE_TYPE",
        // model
        "'model':{'provider':'Open AI','id':'x','context_window':1}  | model.provider | PROFILE_VALUE",
        "'model':{'provider':'p','id':'','context_window':1}         | model.id       | PROFILE_VALUE",
        "'model':{'provider':'p','id':'x','context_window':0}        | model.context_window | PROFILE_VALUE",
        "'model':{'provider':'p','id':'x','context_window':'big'}    | model.context_window | PROFILE_TYPE",
        "'model':{'provider':'p','id':'x','context_window':4.0e5}    | model.context_window | PROFILE_TYPE",
        "'model':{'provider':'p','id':'x','context_window':9,'max_output_tokens':0} | model.max_output_tokens | PROFILE_VALUE",
        "'model':{'provider':'p','context_window':9}                 | model.id       | PROFILE_MISSING_FIELD",
        "'model':'codex-oauth/gpt-5.5'                               | model          | PROFILE_TYPE",
      })
  void slugAndModelRules(String member, String path, DiagnosticCode code) {
    String profile =
        member.startsWith("'slug'")
            ? "{" + member + "," + ProfileTesting.MODEL + "}"
            : "{'slug':'coder'," + member + "}";
    assertProblem(code, path, profile);
  }

  @Test
  void slugAndDescriptionLimitsAreInclusive() throws DiagnosticException {
    String slug63 = "a" + "b".repeat(62);
    assertEquals(slug63, read("{'slug':'" + slug63 + "'," + ProfileTesting.MODEL + "}").slug());
    String text500 = "d".repeat(500);
    assertEquals(500, read(minimal(",'description':'" + text500 + "'")).description().length());
    assertProblem(PROFILE_VALUE, "description", minimal(",'description':'" + text500 + "d'"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'worker':{'reasoning':'ultra'}                | worker.reasoning    | PROFILE_VALUE",
        "'worker':{'reasoning':3}                      | worker.reasoning    | PROFILE_TYPE",
        "'worker':{'max_turns':0}                      | worker.max_turns    | PROFILE_VALUE",
        "'worker':{'max_turns':10001}                  | worker.max_turns    | PROFILE_VALUE",
        "'worker':{'max_turns':1.5}                    | worker.max_turns    | PROFILE_TYPE",
        "'worker':{'temperature':2.01}                 | worker.temperature  | PROFILE_VALUE",
        "'worker':{'temperature':-0.1}                 | worker.temperature  | PROFILE_VALUE",
        "'worker':{'temperature':'warm'}               | worker.temperature  | PROFILE_TYPE",
        "'worker':{'tools':['shell','shell']}          | worker.tools[2]     | PROFILE_VALUE",
        "'worker':{'tools':['Shell']}                  | worker.tools[1]     | PROFILE_VALUE",
        "'worker':{'tools':'shell'}                    | worker.tools        | PROFILE_TYPE",
        "'worker':'fast'                               | worker              | PROFILE_TYPE",
        "'compaction':{'trigger_ratio':0.5,'trigger_tokens':100} | compaction | PROFILE_VALUE",
        "'compaction':{}                               | compaction          | PROFILE_VALUE",
        "'compaction':{'trigger_ratio':1}              | compaction.trigger_ratio  | PROFILE_VALUE",
        "'compaction':{'trigger_ratio':0.0}            | compaction.trigger_ratio  | PROFILE_VALUE",
        "'compaction':{'trigger_tokens':0}             | compaction.trigger_tokens | PROFILE_VALUE",
        "'compaction':{'trigger_tokens':400000}        | compaction.trigger_tokens | PROFILE_VALUE",
        "'memory':{'enabled':'yes'}                    | memory.enabled      | PROFILE_TYPE",
        "'memory':{'max_entries':0}                    | memory.max_entries  | PROFILE_VALUE",
        "'memory':{'max_entries':100001}               | memory.max_entries  | PROFILE_VALUE",
        "'web':{'enabled':1}                           | web.enabled         | PROFILE_TYPE",
        "'web':{'allowed_domains':['Example.com']}     | web.allowed_domains[1] | PROFILE_VALUE",
        "'web':{'allowed_domains':['ok.org','https://x.org']} | web.allowed_domains[2] | PROFILE_VALUE",
        "'permissions':{'approval':'sometimes'}        | permissions.approval | PROFILE_VALUE",
        "'permissions':{'network':'no'}                | permissions.network  | PROFILE_TYPE",
        "'session':{'max_duration_minutes':10081}      | session.max_duration_minutes | PROFILE_VALUE",
        "'session':{'idle_timeout_minutes':0}          | session.idle_timeout_minutes | PROFILE_VALUE",
        "'scope':{}                                    | scope.intent        | PROFILE_MISSING_FIELD",
        "'scope':{'intent':'write'}                    | scope.intent        | PROFILE_VALUE",
        "'scope':'read_only'                           | scope               | PROFILE_TYPE",
        "'scope':{'intent':'workspace_write','protect':['../up']}  | scope.protect[1] | PROFILE_VALUE",
        "'scope':{'intent':'workspace_write','protect':['a','/etc']} | scope.protect[2] | PROFILE_VALUE",
        "'scope':{'intent':'workspace_write','protect':['.']}      | scope.protect[1] | PROFILE_VALUE",
        "'scope':{'intent':'workspace_write','protect':['a/../../b']} | scope.protect[1] | PROFILE_VALUE",
        "'scope':{'intent':'read_only','protect':['.git']}         | scope.protect    | PROFILE_VALUE",
        "'instructions':['$insomnia/prompts/a.md','prompts/b.md']  | instructions[2]  | PROFILE_VALUE",
        "'instructions':['$insomnia/../etc/passwd']                | instructions[1]  | PROFILE_VALUE",
        "'instructions':['$insomnia/']                             | instructions[1]  | PROFILE_VALUE",
        "'instructions':[1]                                        | instructions[1]  | PROFILE_TYPE",
        "'instructions':['$user/prompts/mine.md']                  | instructions[1]  | PROFILE_PROMPT_SOURCE_UNSUPPORTED",
        "'instructions':['$insomnia/a.md','$insomnia/b.md','$workspace/x.md'] | instructions[3] | PROFILE_PROMPT_SOURCE_UNSUPPORTED",
        "'env':{'my-var':'x'}                          | env[\"my-var\"]     | PROFILE_VALUE",
        "'env':{'PORT':8080}                           | env.PORT            | PROFILE_TYPE",
        "'env':{'HOME_DIR':{'secret_env':'bad-name'}}  | env.HOME_DIR.secret_env | PROFILE_VALUE",
        "'env':{'HOME_DIR':{}}                         | env.HOME_DIR.secret_env | PROFILE_MISSING_FIELD",
        "'env':['A']                                   | env                 | PROFILE_TYPE",
        "'description':['x']                           | description         | PROFILE_TYPE",
      })
  void fieldRules(String member, String path, DiagnosticCode code) {
    assertProblem(code, path, minimal("," + member));
  }

  @Test
  void typeProblemsNameTheExpectedAndActualTypes() {
    assertEquals(
        "expected an integer, found a string",
        only(minimal(",'worker':{'max_turns':'ten'}")).message());
    assertEquals(
        "expected an integer, found a float",
        only(minimal(",'session':{'idle_timeout_minutes':30.0}")).message());
    assertEquals("expected a table, found a string", only(minimal(",'memory':'on'")).message());
    assertEquals("expected a list, found a string", only(minimal(",'instructions':'x'")).message());
  }

  @Test
  void valueProblemsSayWhatIsAllowedAndWhatWasFound() {
    Diagnostic d = only(minimal(",'worker':{'reasoning':'ultra'}"));
    assertEquals(
        "must be one of none, minimal, low, medium, high, xhigh, found \"ultra\"", d.message());
    assertEquals("Give this field one of none, minimal, low, medium, high, xhigh.", d.help());
    Diagnostic range = only(minimal(",'worker':{'max_turns':0}"));
    assertEquals("must be an integer from 1 to 10000, found 0", range.message());
    Diagnostic tokens = only(minimal(",'compaction':{'trigger_tokens':500000}"));
    assertTrue(tokens.message().contains("less than model.context_window (400000)"), tokens.message());
  }

  @Test
  void unknownFieldsNameTheClosestKnownFieldAtEveryLevel() {
    Diagnostic top = only(minimal(",'wroker':{}"));
    assertEquals(PROFILE_UNKNOWN_FIELD, top.code());
    assertEquals("wroker", top.path().orElseThrow());
    assertEquals("unknown field 'wroker' (the closest known field is 'worker')", top.message());
    assertTrue(top.help().contains("slug, description, model, worker, compaction"), top.help());

    Diagnostic nested = only(minimal(",'worker':{'reasonning':'high'}"));
    assertEquals("worker.reasonning", nested.path().orElseThrow());
    assertTrue(nested.message().contains("'reasoning'"), nested.message());
    assertTrue(nested.help().endsWith("reasoning, max_turns, temperature, tools."), nested.help());

    Diagnostic deep = only(minimal(",'env':{'K':{'secret_envv':'K'}}"));
    assertEquals("env.K.secret_envv", deep.path().orElseThrow());
    assertTrue(deep.message().contains("'secret_env'"), deep.message());

    Diagnostic camel = only(minimal(",'session':{'maxDurationMinutes':5}"));
    assertTrue(camel.message().contains("'max_duration_minutes'"), camel.message());
  }

  @Test
  void aMisspeltRequiredFieldIsNotAlsoMissing() {
    List<Diagnostic> misspelt =
        problems("{'slug':'c','modle':{'provider':'p','id':'m','context_window':9}}");
    assertEquals(List.of("profile.unknown-field modle"),
        misspelt.stream().map(d -> d.code().code() + " " + d.path().orElseThrow()).toList());
    List<Diagnostic> unrelated = problems("{'slug':'c','colour':'red'}");
    assertEquals(List.of("profile.unknown-field colour", "profile.missing-field model"),
        unrelated.stream().map(d -> d.code().code() + " " + d.path().orElseThrow()).toList());
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    List<Diagnostic> ds =
        problems(
            "{'slug':'Bad Slug','model':{'provider':'p','context_window':-1},"
                + "'worker':{'reasoning':'max','tools':['a','a']},'colour':'blue',"
                + "'scope':{'intent':'everything','allow':['/']},'pod':{'name':'x'},"
                + "'env':{'GITHUB_TOKEN':'ghp_abc123'}}");
    List<String> seen = ds.stream().map(d -> d.code().code() + " " + d.path().orElse("")).toList();
    assertEquals(
        List.of(
            "profile.secret env.GITHUB_TOKEN",
            "profile.runtime-field pod.name",
            "profile.runtime-field scope.allow",
            "profile.unknown-field colour",
            "profile.value model.context_window",
            "profile.missing-field model.id",
            "profile.value scope.intent",
            "profile.value slug",
            "profile.value worker.reasoning",
            "profile.value worker.tools[2]"),
        seen);
  }

  @Test
  void aRequiredFieldMissingIsSaidSo() {
    List<Diagnostic> ds = problems("{}");
    assertEquals(2, ds.size());
    assertEquals(PROFILE_MISSING_FIELD, ds.get(0).code());
    assertEquals("slug", ds.get(0).path().orElseThrow());
    assertEquals("missing required field 'slug'", ds.get(0).message());
    assertEquals("model", ds.get(1).path().orElseThrow());
  }

  @Test
  void aValueThatIsNotATableIsNotAProfile() {
    for (String value : new String[] {"[1,2]", "'coder'", "42", "true", "null"}) {
      Diagnostic d = only(value);
      assertEquals(PROFILE_RETURN, d.code(), value);
      assertEquals("coder.lua", d.file().orElseThrow());
    }
    assertEquals("the profile returned a list instead of a table", only("[1]").message());
  }

  @Test
  void malformedJsonIsASyntaxProblem() {
    assertEquals(JSON_SYNTAX, only("{'slug':").code());
  }

  @Test
  void theCompactionTableReadsItsAlternatives() {
    ReadContext context = new ReadContext("x");
    assertEquals(
        Optional.of(new CompactionPolicy.Ratio(0.25)),
        CompactionPolicy.TABLE.read(
            new dev.insomnia.json.JsonValue.JsonObject(
                new java.util.TreeMap<>(Map.of("trigger_ratio", new dev.insomnia.json.JsonValue.JsonFloat(0.25)))),
            JsonPath.root(),
            context));
    assertEquals(320000, new CompactionPolicy.Ratio(0.8).triggerTokens(400000));
    assertEquals(7, new CompactionPolicy.Ratio(0.7).triggerTokens(10), "decimal, not binary, 0.7");
    assertEquals(0, new CompactionPolicy.Ratio(0.001).triggerTokens(999));
    assertEquals(1234, new CompactionPolicy.Tokens(1234).triggerTokens(400000));
  }

  @Test
  void oversizedIntegersAreValueProblems() throws DiagnosticException {
    Diagnostic d = only(minimal(",'memory':{'max_entries':123456789012345678901234}"));
    assertEquals(PROFILE_VALUE, d.code());
    assertEquals("memory.max_entries", d.path().orElseThrow());
    // and the reader itself agrees
    assertEquals(
        "{}", new String(JsonWriter.write(JsonReader.read("{}".getBytes(), "x")), java.nio.charset.StandardCharsets.UTF_8));
  }
}
