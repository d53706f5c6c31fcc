package dev.insomnia.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.pod.CheckResult;
import dev.insomnia.pod.PodEnvironment;
import dev.insomnia.pod.PodService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every profile of the hostile corpus (tests/hostile/, docs/security.md) through the whole
 * pipeline in this JVM: each must end with the diagnostic code its header names (or, for
 * {@code ok}, resolve to the same manifest twice), within a hang guard; and after each one
 * the builtin default profile must still evaluate, so no case leaves the process unhealthy.
 */
class HostileCorpusTest {
  /** A guard against hangs, not a performance bound: the slowest cases take a few seconds. */
  private static final Duration HANG_GUARD = Duration.ofSeconds(20);

  @TempDir static Path root;

  private static List<HostileCase> cases;
  private static Path corpus;
  private static PodService service;
  private static Pipeline pipeline;

  @BeforeAll
  static void copyCorpus() throws IOException {
    cases = Corpus.cases();
    corpus = Corpus.copyTo(root, cases);
    Path work = Files.createDirectories(root.resolve("work"));
    PodEnvironment environment =
        new PodEnvironment(
            Map.of(
                "INSOMNIA_CONFIG_DIR", root.resolve("config").toString(),
                "INSOMNIA_DATA_DIR", root.resolve("data").toString()),
            Files.createDirectories(root.resolve("home")),
            work,
            work);
    service = PodService.open(environment);
    pipeline = new Pipeline(environment);
  }

  @TestFactory
  Stream<DynamicTest> everyCaseEndsAsItsHeaderSays() {
    return cases.stream()
        .map(c -> DynamicTest.dynamicTest(c.fileName(), () -> {
          assertTimeoutPreemptively(HANG_GUARD, () -> run(c),
              () -> c.fileName() + " did not end within " + HANG_GUARD);
          assertTimeoutPreemptively(HANG_GUARD, HostileCorpusTest::assertStillHealthy,
              () -> "after " + c.fileName() + " the default profile did not evaluate within "
                  + HANG_GUARD);
        }));
  }

  /** The one code path of the corpus's claim that cannot be a case: the main file itself. */
  @Test
  void binaryMainFileIsRefusedAsSyntax() throws IOException {
    Path dir = Files.createDirectories(root.resolve("binary"));
    Path main = dir.resolve("main.lua");
    Files.write(main, new byte[] {0x1b, 'L', 'u', 'a', 0x54, 0, 0x19, (byte) 0x93, '\r', '\n',
        0x1a, '\n', 4, 8, 8, 'x', 'V', 0, 0, 0});
    CheckResult result = service.check(main.toString(), 0);
    assertEquals(DiagnosticCode.PROFILE_SYNTAX, firstError(result.diagnostics(), "main.lua").code());
    assertStillHealthy();
  }

  private static void run(HostileCase c) throws IOException {
    Path file = corpus.resolve(c.fileName());
    Pipeline.Outcome outcome = pipeline.check(file, c.effectiveLimits());
    Optional<CheckResult> viaService =
        c.limits().isEmpty() ? Optional.of(service.check(file.toString(), 0)) : Optional.empty();
    if (c.expectation() instanceof Expectation.Rejected rejected) {
      Diagnostic first = firstError(diagnostics(outcome, c), c.fileName());
      assertEquals(rejected.code(), first.code(), () -> c.fileName() + " ended with " + first);
      viaService.ifPresent(r -> assertEquals(rejected.code(),
          firstError(r.diagnostics(), c.fileName()).code(),
          () -> c.fileName() + " through PodService.check: " + r.diagnostics()));
    } else {
      byte[] manifest = manifest(outcome, c);
      byte[] again = manifest(pipeline.check(file, c.effectiveLimits()), c);
      assertArrayEquals(manifest, again, c.fileName() + ": two evaluations differ");
      viaService.ifPresent(r -> assertTrue(r.passed(),
          () -> c.fileName() + " through PodService.check: " + r.diagnostics()));
    }
  }

  private static void assertStillHealthy() {
    CheckResult result;
    try {
      result = service.check("default", 0);
    } catch (IOException e) {
      throw new AssertionError("the default profile could not be checked", e);
    }
    assertTrue(result.passed(), () -> "the default profile failed: " + result.diagnostics());
    assertEquals(Optional.of("default"), result.slug());
  }

  private static List<Diagnostic> diagnostics(Pipeline.Outcome outcome, HostileCase c) {
    if (outcome instanceof Pipeline.Outcome.Rejected rejected) return rejected.diagnostics();
    return fail(c.fileName() + " was accepted; expected " + c.expectation().label());
  }

  private static byte[] manifest(Pipeline.Outcome outcome, HostileCase c) {
    if (outcome instanceof Pipeline.Outcome.Resolved resolved) return resolved.manifest();
    return fail(c.fileName() + " was rejected: " + summary(diagnostics(outcome, c)));
  }

  private static Diagnostic firstError(List<Diagnostic> diagnostics, String file) {
    return diagnostics.stream()
        .filter(Diagnostic::isError)
        .findFirst()
        .orElseGet(() -> fail(file + " has no error diagnostic: " + diagnostics));
  }

  private static String summary(List<Diagnostic> diagnostics) {
    return diagnostics.stream().limit(5).map(Diagnostic::toString)
        .collect(Collectors.joining("; "));
  }
}
