package dev.insomnia.manifest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.diagnostics.Rejections;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Timeout;

/**
 * The snapshot reader ({@code manifest.json} of a stored pod, or one being adopted) on
 * arbitrary bytes (seeds in ManifestJsonFuzzTestInputs/read: manifests resolved from the
 * builtin profiles and from the resolver tests' profiles). Every rejection is {@code
 * snapshot.invalid} within the cap; an accepted snapshot is written canonically (as adopt
 * stores it), and that form reads back to the same manifest and is a fixed point.
 */
class ManifestJsonFuzzTest {
  private static final String FILE = "/data/pods/fuzz/manifest.json";

  @FuzzTest
  @Timeout(10) // also libFuzzer's per-input limit while fuzzing
  void read(byte[] json) throws DiagnosticException {
    PodManifest manifest;
    try {
      manifest = ManifestJson.read(json, FILE);
    } catch (DiagnosticException e) {
      Rejections.check(e, EnumSet.of(DiagnosticCode.SNAPSHOT_INVALID), Optional.of(FILE));
      return;
    }
    byte[] canonical = manifest.toCanonicalJson();
    PodManifest again = ManifestJson.read(canonical, FILE);
    assertEquals(manifest, again);
    assertArrayEquals(canonical, again.toCanonicalJson());
  }
}
