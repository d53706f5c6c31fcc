package dev.insomnia.manifest;

import static dev.insomnia.diagnostics.DiagnosticCode.SNAPSHOT_INVALID;
import static dev.insomnia.manifest.ManifestTesting.launch;
import static dev.insomnia.manifest.ManifestTesting.profile;
import static dev.insomnia.manifest.ManifestTesting.resolve;
import static dev.insomnia.manifest.ManifestTesting.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Snapshots are used whole or rejected with snapshot.invalid, never half-read. */
class ManifestJsonTest {
  private static byte[] snapshot;

  @BeforeAll
  static void resolveOne() throws DiagnosticException {
    snapshot =
        resolve(
                profile(",'description':'a pod','worker':{'reasoning':'high','temperature':0.5,'tools':['shell']},"
                    + "'scope':{'intent':'workspace_write'},'instructions':['$insomnia/prompts/coder.md'],"
                    + "'env':{'A':'1','K':{'secret_env':'KEY'}}"),
                launch("coder-1"))
            .toCanonicalJson();
  }

  private static List<Diagnostic> rejected(byte[] json) {
    List<Diagnostic> ds =
        assertThrows(DiagnosticException.class, () -> ManifestJson.read(json, "pods/coder-1/manifest.json"))
            .diagnostics();
    for (Diagnostic d : ds) {
      assertEquals(SNAPSHOT_INVALID, d.code(), d.toString());
      assertEquals("pods/coder-1/manifest.json", d.file().orElseThrow());
    }
    return ds;
  }

  private static List<Diagnostic> rejected(String json) {
    return rejected(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String edited(String from, String to) {
    String json = text(snapshot);
    assertTrue(json.contains(from), from);
    return json.replace(from, to);
  }

  @Test
  void aSnapshotRoundTripsByteForByte() throws DiagnosticException {
    PodManifest m = ManifestJson.read(snapshot, "manifest.json");
    assertArrayEquals(snapshot, m.toCanonicalJson());
    assertEquals("coder-1", m.pod().name());
  }

  @Test
  void aReformattedSnapshotReadsAsTheSameManifest() throws DiagnosticException {
    String pretty = text(snapshot).replace(",", ",\n  ").replace("{", "{ ");
    assertArrayEquals(snapshot, ManifestJson.read(pretty.getBytes(StandardCharsets.UTF_8), "m.json").toCanonicalJson());
  }

  @Test
  void everyTruncationIsRejected() {
    for (int length = 0; length < snapshot.length; length++) {
      rejected(Arrays.copyOf(snapshot, length));
    }
  }

  @Test
  void flippingTheHighBitOfAnyByteIsRejected() {
    for (int i = 0; i < snapshot.length; i++) {
      byte[] flipped = snapshot.clone();
      flipped[i] ^= (byte) 0x80;
      rejected(flipped);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a bit flipped in a key, a keyword, a structural character, an enum value, a digest
        "\"model\"                    | \"modem\"                     | modem",
        "\"schema\":\"insomnia.pod-manifest/1\" | \"schema\":\"insomnia.pod-manifest/0\" | schema",
        "\"network\":false             | \"network\":falsd              | ",
        "\"reasoning\":\"high\"         | \"reasoning\":\"hige\"          | worker.reasoning",
        "\"access\":\"write\"           | \"access\":\"wrhte\"            | scope.access",
        "\"origin\":\"builtin\"         | \"origin\":\"builtio\"          | profile.source.origin",
      })
  void singleBitEditsAreRejected(String from, String to, String path) {
    Diagnostic d = rejected(edited(from, to)).get(0);
    if (path != null) assertEquals(path, d.path().orElseThrow(), d.toString());
  }

  @Test
  void aTruncatedDocumentSaysWhere() {
    Diagnostic d = rejected(Arrays.copyOf(snapshot, 100)).get(0);
    assertTrue(d.message().startsWith("malformed JSON"), d.message());
    assertEquals(1, d.line().orElseThrow());
  }

  @Test
  void unknownKeysAreRejectedWithTheClosestKnownOne() {
    Diagnostic d = rejected(edited("\"workspace\":", "\"created_at\":1,\"workspace\":")).get(0);
    assertEquals("created_at", d.path().orElseThrow());
    assertTrue(d.message().contains("unknown field 'created_at'"), d.message());
  }

  @Test
  void aWrongSchemaIsRejected() {
    Diagnostic d = rejected(edited("insomnia.pod-manifest/1", "insomnia.pod-manifest/2")).get(0);
    assertEquals("schema", d.path().orElseThrow());
    assertTrue(d.message().contains("\"insomnia.pod-manifest/1\""), d.message());
  }

  @Test
  void nothingIsDefaultedInASnapshot() {
    String json = text(snapshot);
    int start = json.indexOf("\"worker\":");
    int end = json.indexOf("}", start) + 1;
    String withoutWorker = json.substring(0, start) + json.substring(end + 1);
    Diagnostic d = rejected(withoutWorker).get(0);
    assertEquals("worker", d.path().orElseThrow());
    assertTrue(d.message().contains("missing required field 'worker'"), d.message());
  }

  @Test
  void nothingIsDerivedInASnapshot() {
    List<Diagnostic> ds = rejected(edited("\"trigger_tokens\":320000", "\"trigger_ratio\":0.8"));
    assertEquals(
        List.of("compaction.trigger_ratio", "compaction.trigger_tokens"),
        ds.stream().map(d -> d.path().orElseThrow()).toList());
    assertTrue(ds.get(1).message().contains("missing required field"), ds.get(1).message());
  }

  @Test
  void pathsMustBeAbsoluteAndNormal() {
    assertEquals("workspace", rejected(edited("\"workspace\":\"/work/app\"", "\"workspace\":\"work/app\"")).get(0).path().orElseThrow());
    assertEquals("scope.allow[1]", rejected(edited("\"allow\":[\"/work/app\"]", "\"allow\":[\"/work/x/../app\"]")).get(0).path().orElseThrow());
  }

  @Test
  void scopeMustAgreeWithItsIntent() {
    assertEquals("scope.access", rejected(edited("\"access\":\"write\"", "\"access\":\"read\"")).get(0).path().orElseThrow());
    List<Diagnostic> none = rejected(edited("\"intent\":\"workspace_write\"", "\"intent\":\"none\""));
    assertEquals(
        List.of("scope.access", "scope.allow", "scope.deny"),
        none.stream().map(d -> d.path().orElseThrow()).toList());
  }

  @Test
  void theCompactionTriggerMustBeBelowTheWindow() {
    Diagnostic d = rejected(edited("\"trigger_tokens\":320000", "\"trigger_tokens\":400000")).get(0);
    assertEquals("compaction.trigger_tokens", d.path().orElseThrow());
  }

  @Test
  void everyProblemOfASnapshotIsReported() {
    String json = edited("\"name\":\"coder-1\"", "\"name\":\"Coder 1\"").replace("\"reasoning\":\"high\"", "\"reasoning\":7");
    List<Diagnostic> ds = rejected(json);
    assertEquals(List.of("pod.name", "worker.reasoning"), ds.stream().map(d -> d.path().orElseThrow()).toList());
  }

  @Test
  void aSnapshotIsAnObject() {
    assertEquals("expected a table, found a list", rejected("[]").get(0).message());
    rejected("");
    rejected("{}");
  }
}
