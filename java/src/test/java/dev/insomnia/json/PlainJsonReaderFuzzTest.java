package dev.insomnia.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.insomnia.diagnostics.DiagnosticException;
import java.util.Optional;
import org.junit.jupiter.api.Timeout;

/**
 * The hand-written reader against Jackson on arbitrary bytes (seeds in
 * PlainJsonReaderFuzzTestInputs/agree): whatever {@link PlainJsonReader} accepts, Jackson
 * accepts with an equal tree. What it declines is Jackson's to decide, so it is not checked.
 */
class PlainJsonReaderFuzzTest {
  @FuzzTest
  @Timeout(10) // also libFuzzer's per-input limit while fuzzing
  void agree(byte[] json) {
    Optional<JsonValue> plain = PlainJsonReader.read(json);
    if (plain.isEmpty()) return;
    try {
      assertEquals(JsonReader.readWithJackson(json, "fuzz.json"), plain.get());
    } catch (DiagnosticException e) {
      fail("accepted what Jackson refuses: " + e.diagnostics());
    }
  }
}
