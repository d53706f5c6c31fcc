package dev.insomnia.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.diagnostics.DiagnosticException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PodStoreTest {
  private static final byte[] MANIFEST = "{\"schema\":\"insomnia.pod-manifest/1\"}".getBytes(UTF_8);

  private static PodMetadata draft(String name, String session) {
    return new PodMetadata(
        name, Instant.parse("2026-11-21T12:00:00Z"), "", session, "0.1.0", "Lua 5.4.9", "builtin");
  }

  private static DiagnosticCode code(DiagnosticException e) {
    return e.diagnostics().get(0).code();
  }

  @Test
  void createThenLoadRoundTripsBytes(@TempDir Path data) throws Exception {
    PodStore store = PodStore.at(data);
    store.create(draft("coder-1", "s-1"), MANIFEST);
    StoredPod pod = store.load("coder-1");
    assertArrayEquals(MANIFEST, pod.manifestJson());
    assertEquals(PodStore.sha256(MANIFEST), pod.metadata().manifestSha256());
    assertEquals("s-1", pod.metadata().sessionId());
    assertEquals(List.of("coder-1"), store.names());
    assertEquals(List.of(), store.temporaries());
    assertTrue(Files.isRegularFile(data.resolve("pods/coder-1/manifest.json")));
  }

  @Test
  void existingNamesAreNeverOverwritten(@TempDir Path data) throws Exception {
    PodStore store = PodStore.at(data);
    store.create(draft("coder-1", "s-1"), MANIFEST);
    DiagnosticException e =
        assertThrows(
            DiagnosticException.class,
            () -> store.create(draft("coder-1", "s-2"), "{}".getBytes(UTF_8)));
    assertEquals(DiagnosticCode.POD_EXISTS, code(e));
    assertArrayEquals(MANIFEST, store.load("coder-1").manifestJson());
    assertEquals(List.of(), store.temporaries());
  }

  @Test
  void concurrentCreatesOfOneNameHaveExactlyOneWinner(@TempDir Path data) throws Exception {
    PodStore store = PodStore.at(data);
    int contenders = 8;
    ExecutorService pool = Executors.newFixedThreadPool(contenders);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < contenders; i++) {
        String session = "s-" + i;
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    store.create(draft("race", session), MANIFEST);
                    return true;
                  } catch (DiagnosticException e) {
                    assertEquals(DiagnosticCode.POD_EXISTS, code(e));
                    return false;
                  }
                }));
      }
      start.countDown();
      int winners = 0;
      for (Future<Boolean> r : results) winners += r.get() ? 1 : 0;
      assertEquals(1, winners);
    } finally {
      pool.shutdownNow();
    }
    assertArrayEquals(MANIFEST, store.load("race").manifestJson());
    assertEquals(List.of(), store.temporaries());
  }

  @Test
  void editedOrCorruptedSnapshotsAreInvalidAndLeftAlone(@TempDir Path data) throws Exception {
    PodStore store = PodStore.at(data);
    store.create(draft("p", "s"), MANIFEST);
    Path manifest = data.resolve("pods/p/manifest.json");
    byte[] flipped = MANIFEST.clone();
    flipped[5] ^= 0x01;
    Files.write(manifest, flipped);
    assertEquals(
        DiagnosticCode.SNAPSHOT_INVALID,
        code(assertThrows(DiagnosticException.class, () -> store.load("p"))));
    assertArrayEquals(flipped, Files.readAllBytes(manifest), "restore must not rewrite");

    Path metadata = data.resolve("pods/p/pod.json");
    byte[] meta = Files.readAllBytes(metadata);
    Files.write(metadata, java.util.Arrays.copyOf(meta, meta.length / 2));
    assertEquals(
        DiagnosticCode.SNAPSHOT_INVALID,
        code(assertThrows(DiagnosticException.class, () -> store.load("p"))));
  }

  @Test
  void missingPodsAndSessionsAreNotFound(@TempDir Path data) throws Exception {
    PodStore store = PodStore.at(data);
    assertEquals(
        DiagnosticCode.POD_NOT_FOUND,
        code(assertThrows(DiagnosticException.class, () -> store.load("nope"))));
    store.create(draft("a", "session-a"), MANIFEST);
    store.create(draft("b", "session-b"), MANIFEST);
    assertEquals("b", store.loadBySession("session-b").metadata().name());
    assertEquals(
        DiagnosticCode.POD_NOT_FOUND,
        code(assertThrows(DiagnosticException.class, () -> store.loadBySession("zzz"))));
  }

  @Test
  void unsafeNamesAreRefused(@TempDir Path data) {
    PodStore store = PodStore.at(data);
    for (String bad : new String[] {"", "../x", "A", "-x", "a/b", "x".repeat(64), ".tmp-x"}) {
      assertEquals(
          DiagnosticCode.POD_INVALID_NAME,
          code(assertThrows(DiagnosticException.class, () -> store.create(draft(bad, "s"), MANIFEST))),
          bad);
    }
  }
}
