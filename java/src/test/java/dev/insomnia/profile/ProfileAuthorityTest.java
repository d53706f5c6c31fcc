package dev.insomnia.profile;

import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_RUNTIME_FIELD;
import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_SECRET;
import static dev.insomnia.profile.ProfileTesting.minimal;
import static dev.insomnia.profile.ProfileTesting.problems;
import static dev.insomnia.profile.ProfileTesting.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a profile cannot contain: runtime-only fields and raw secrets. */
class ProfileAuthorityTest {

  private static Diagnostic only(String profile) {
    List<Diagnostic> ds = problems(profile);
    assertEquals(1, ds.size(), ds.toString());
    return ds.get(0);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'pod':{'name':'coder-1'}           | pod.name        | --profile-pod-name",
        "'pod':'coder-1'                    | pod             | --profile-pod-name",
        "'pod':{}                           | pod             | --profile-pod-name",
        "'name':'coder-1'                   | name            | --profile-pod-name",
        "'pod_name':'coder-1'               | pod_name        | --profile-pod-name",
        "'scope':{'intent':'read_only','allow':['/']}  | scope.allow | scope intent helpers",
        "'scope':{'intent':'read_only','deny':[]}      | scope.deny  | scope intent helpers",
        "'session':{'id':'s-1'}             | session.id      | launch context",
        "'session':{'active':true}          | session.active  | launch context",
        "'active_session':'s-1'             | active_session  | launch context",
        "'session_id':'s-1'                 | session_id      | launch context",
        "'resume':true                      | resume          | launch context",
        "'workspace':'/src'                 | workspace       | launch context",
        "'cwd':'/src'                       | cwd             | launch context",
        "'paths':{'data':'/x'}              | paths.data      | launch context",
        "'runtime_dir':'/run'               | runtime_dir     | launch context",
        "'state_dir':'/var'                 | state_dir       | launch context",
        "'data_dir':'/var'                  | data_dir        | launch context",
        "'socket':'/run/s'                  | socket          | launch context",
        "'sockets':['/run/s']               | sockets         | launch context",
        "'runtime':{}                       | runtime         | launch context",
      })
  void runtimeOnlyFieldsSayWhereTheValueComesFrom(String member, String path, String reason) {
    Diagnostic d = only(minimal("," + member));
    assertEquals(PROFILE_RUNTIME_FIELD, d.code(), d.toString());
    assertEquals(path, d.path().orElseThrow());
    assertTrue(d.message().contains(reason), d.message());
    assertTrue(d.message().startsWith("'" + path + "' cannot be set by a profile"), d.message());
    assertTrue(d.help().contains("--manifest"), d.help());
  }

  @Test
  void aPodTableIsReportedAtEachOfItsFields() {
    List<Diagnostic> ds = problems(minimal(",'pod':{'name':'a','id':'b'}"));
    assertEquals(List.of("pod.id", "pod.name"), ds.stream().map(d -> d.path().orElseThrow()).toList());
    assertTrue(ds.stream().allMatch(d -> d.code() == PROFILE_RUNTIME_FIELD));
  }

  @Test
  void aManifestShapedProfileIsRejectedWithEveryRuntimeField() {
    List<Diagnostic> ds =
        problems(
            minimal(
                ",'pod':{'name':'x'},'scope':{'intent':'workspace_write','allow':['/w'],'deny':['/w/.git']},"
                    + "'workspace':'/w','session':{'id':'s','max_duration_minutes':5}"));
    assertEquals(
        List.of("pod.name", "scope.allow", "scope.deny", "session.id", "workspace"),
        ds.stream().map(d -> d.path().orElseThrow()).sorted().toList());
    assertTrue(ds.stream().allMatch(d -> d.code() == PROFILE_RUNTIME_FIELD));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "api_key", "apikey", "token", "access_token", "password", "secret", "client_secret",
        "private_key", "API_KEY", "Password"
      })
  void fieldsNamedLikeSecretsCannotHoldPlainStrings(String name) {
    Diagnostic d = only(minimal(",'worker':{'" + name + "':'hunter2'}"));
    assertEquals(PROFILE_SECRET, d.code(), d.toString());
    assertEquals("worker." + name, d.path().orElseThrow());
    assertTrue(d.help().contains("secrets.env"), d.help());
  }

  @Test
  void aSecretInAnUnknownFieldIsASecretNotAnUnknownField() {
    Diagnostic d =
        only("{'slug':'c','model':{'provider':'p','id':'m','context_window':9,'api_key':'sk-proj-abcdef'}}");
    assertEquals(PROFILE_SECRET, d.code());
    assertEquals("model.api_key", d.path().orElseThrow());
    assertFalse(d.message().contains("abcdef"), "the secret is never echoed: " + d.message());
  }

  @Test
  void secretsAreFoundAtAnyDepth() {
    List<Diagnostic> ds = problems(minimal(",'extra':{'deeper':{'token':'abc'}}"));
    assertEquals(
        List.of("profile.secret extra.deeper.token", "profile.unknown-field extra"),
        ds.stream().map(d -> d.code().code() + " " + d.path().orElseThrow()).toList());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "sk-proj-0123456789abcdefghijkl     | sk-",
        "ghp_0123456789abcdefghijklmnopqrstuv | ghp_",
        "gho_0123456789abcdefghijklmnop     | gho_",
        "github_pat_11ABCDEFG_0123456789AB  | github_pat_",
        "xoxb-1234-5678-abcdefghijklmnop    | xoxb-",
        "xoxp-1234-5678-abcdefghijklmnop    | xoxp-",
        "AKIAIOSFODNN7EXAMPLE               | AWS",
        "id=AKIAIOSFODNN7EXAMPLE;           | AWS",
        "-----BEGIN RSA PRIVATE KEY-----MIIE | private key",
        "-----BEGIN OPENSSH PRIVATE KEY-----\\nb3Blbn | private key",
      })
  void valuesShapedLikeCredentialsAreSecretsWhereverTheyAre(String value, String says) {
    for (String member :
        new String[] {
          ",'description':'" + value + "'",
          ",'env':{'HOME_URL':'" + value + "'}",
          ",'instructions':['$insomnia/a.md','" + value + "']",
          ",'worker':{'tools':['" + value + "']}"
        }) {
      Diagnostic d = only(minimal(member));
      assertEquals(PROFILE_SECRET, d.code(), member + " -> " + d);
      assertTrue(d.message().contains(says), d.message());
      assertFalse(d.message().contains(value), "the secret is never echoed: " + d.message());
    }
    assertEquals(
        "instructions[2]",
        only(minimal(",'instructions':['$insomnia/a.md','" + value + "']")).path().orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"OPENAI_API_KEY", "GITHUB_TOKEN", "DB_PASSWORD", "CLIENT_SECRET", "KEYRING"})
  void environmentVariablesNamedLikeSecretsNeedSecretReferences(String name) throws DiagnosticException {
    Diagnostic d = only(minimal(",'env':{'" + name + "':'plain-value'}"));
    assertEquals(PROFILE_SECRET, d.code());
    assertEquals("env." + name, d.path().orElseThrow());
    assertTrue(d.message().contains(name), d.message());
    Profile ok = read(minimal(",'env':{'" + name + "':{'secret_env':'" + name + "'}}"));
    assertEquals(new EnvValue.SecretRef(name), ok.env().get(name));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Example coding Pod", "sk-", "the sk-learn helper", "AKIA is a prefix", "-----BEGIN CERTIFICATE-----",
        "$insomnia/prompts/sk-guide.md", "sk-bot", "ghp_pages", "xoxb-test-bot"
      })
  void ordinaryTextIsNotASecret(String text) throws DiagnosticException {
    assertEquals(text, read(minimal(",'description':'" + text + "'")).description());
    assertEquals(new EnvValue.Plain(text), read(minimal(",'env':{'GREETING':'" + text + "'}")).env().get("GREETING"));
  }
}
