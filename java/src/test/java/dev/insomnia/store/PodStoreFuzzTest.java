package dev.insomnia.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.diagnostics.Rejections;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored pod's {@code pod.json} on arbitrary bytes (seeds in PodStoreFuzzTestInputs/load:
 * metadata as the store writes it), read alone and through {@link PodStore#load} beside a
 * fixed manifest. The reader only ever fails with an IOException; load only with a located
 * {@code snapshot.invalid}, and accepts exactly the metadata that names the pod and the
 * manifest's checksum. Accepted metadata survives being written again.
 */
class PodStoreFuzzTest {
  private static final String NAME = "fuzz-1";
  private static final byte[] MANIFEST =
      "{\"schema\":\"insomnia.pod-manifest/1\"}".getBytes(StandardCharsets.UTF_8);

  @TempDir static Path data;
  private static PodStore store;
  private static Path pod;

  @BeforeAll
  static void storeWithOnePod() throws IOException {
    store = PodStore.at(data);
    pod = store.podsDirectory().resolve(NAME);
    Files.createDirectories(pod);
    Files.write(pod.resolve("manifest.json"), MANIFEST);
  }

  @FuzzTest
  @Timeout(10) // also libFuzzer's per-input limit while fuzzing
  void load(byte[] podJson) throws IOException {
    Optional<PodMetadata> read;
    try {
      read = Optional.of(MetadataJson.read(podJson));
    } catch (IOException e) {
      read = Optional.empty();
    }
    if (read.isPresent()) {
      byte[] written = MetadataJson.write(read.get());
      assertEquals(read.get(), MetadataJson.read(written), "the store reads back what it writes");
      assertArrayEquals(written, MetadataJson.write(MetadataJson.read(written)));
    }

    Files.write(pod.resolve("pod.json"), podJson);
    boolean valid =
        read.isPresent()
            && read.get().name().equals(NAME)
            && read.get().manifestSha256().equals(PodStore.sha256(MANIFEST));
    try {
      StoredPod loaded = store.load(NAME);
      assertTrue(valid, "loaded metadata the store should refuse");
      assertEquals(read.get(), loaded.metadata());
      assertArrayEquals(MANIFEST, loaded.manifestJson());
    } catch (DiagnosticException e) {
      assertFalse(valid, e::getMessage);
      assertEquals(1, e.diagnostics().size());
      Rejections.check(
          e, EnumSet.of(DiagnosticCode.SNAPSHOT_INVALID), Optional.of(pod.toString()));
    }
  }
}
