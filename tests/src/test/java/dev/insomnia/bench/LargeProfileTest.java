package dev.insomnia.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.insomnia.evaluate.EvaluatedProfile;
import dev.insomnia.json.JsonReader;
import dev.insomnia.json.JsonValue;
import dev.insomnia.manifest.PodManifest;
import dev.insomnia.modules.LoadedModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generated profiles of {@link LargeProfileBenchmark} take the success path: they
 * evaluate, validate and resolve, with exactly the fields and modules asked for, so the
 * benchmark measures a profile being accepted rather than rejected.
 */
class LargeProfileTest {
  private static final ProfilePipeline PIPELINE = ProfilePipeline.create();

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({"40,1", "40,5", "40,20", "500,1", "500,5", "500,20", "2000,1", "2000,5", "2000,20"})
  void everyBenchmarkedShapeIsValid(int fields, int modules) throws Exception {
    Path main = new LargeProfile(fields, modules).write(dir);
    EvaluatedProfile evaluated = PIPELINE.evaluate(ProfilePipeline.file(main));

    assertEquals(fields, leaves(JsonReader.read(evaluated.json(), main.toString())));
    long local =
        evaluated.modules().stream().filter(m -> m.kind() == LoadedModule.Kind.LOCAL).count();
    assertEquals(modules, local);

    PodManifest manifest = PIPELINE.resolve(ProfilePipeline.read(evaluated), evaluated);
    assertEquals("large-" + fields + "-" + modules, manifest.profile().slug());
    assertArrayEquals(manifest.toCanonicalJson(), PIPELINE.run(ProfilePipeline.file(main)));
  }

  @Test
  void theModulesShareTheFieldsEvenly() {
    LargeProfile profile = new LargeProfile(2000, 20);
    // 1,981 fields over 20 modules: 99 each, and the one left over goes to the first
    assertEquals(100, profile.fieldsOf(1));
    for (int m = 2; m <= 20; m++) assertEquals(99, profile.fieldsOf(m), "module " + m);
  }

  @Test
  void theSameShapeGivesTheSameFiles(@TempDir Path other) throws Exception {
    new LargeProfile(500, 5).write(dir);
    new LargeProfile(500, 5).write(other);
    List<Path> files = files(dir);
    assertEquals(files, files(other));
    for (Path f : files) {
      assertArrayEquals(
          Files.readAllBytes(dir.resolve(f)), Files.readAllBytes(other.resolve(f)), f.toString());
    }
    assertEquals(1 + 5, files.size());
  }

  @Test
  void refusesShapesWhereAModuleWouldContributeNothing() {
    assertThrows(
        IllegalArgumentException.class, () -> new LargeProfile(LargeProfile.BASE_FIELDS + 4, 5));
    assertThrows(IllegalArgumentException.class, () -> new LargeProfile(1000, 0));
    assertThrows(IllegalArgumentException.class, () -> new LargeProfile(1000, 100));
  }

  private static List<Path> files(Path root) throws Exception {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }

  /** Strings, numbers and booleans, at any depth. */
  private static int leaves(JsonValue value) {
    if (value instanceof JsonValue.JsonObject o) {
      return o.members().values().stream().mapToInt(LargeProfileTest::leaves).sum();
    }
    if (value instanceof JsonValue.JsonArray a) {
      return a.elements().stream().mapToInt(LargeProfileTest::leaves).sum();
    }
    return 1;
  }
}
