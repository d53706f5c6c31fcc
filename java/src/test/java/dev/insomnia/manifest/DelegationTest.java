package dev.insomnia.manifest;

import static dev.insomnia.manifest.ManifestTesting.WORKSPACE;
import static dev.insomnia.manifest.ManifestTesting.delegated;
import static dev.insomnia.manifest.ManifestTesting.profile;
import static dev.insomnia.manifest.ManifestTesting.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.diagnostics.DiagnosticException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A delegated Pod can only narrow the scope its parent has. */
class DelegationTest {
  private static final Path GIT = WORKSPACE.resolve(".git");

  private static DelegationCeiling ceiling(String access, List<Path> allow, List<Path> deny) {
    return new DelegationCeiling(access, allow, deny);
  }

  private static final DelegationCeiling WRITER = ceiling("write", List.of(WORKSPACE), List.of(GIT));
  private static final DelegationCeiling READER = ceiling("read", List.of(WORKSPACE), List.of());
  private static final DelegationCeiling NOTHING = ceiling("none", List.of(), List.of());

  private static String scope(String intent) {
    return ",'scope':{'intent':'" + intent + "'}";
  }

  @ParameterizedTest
  @CsvSource({
    "write, workspace_write",
    "write, read_only",
    "write, none",
    "read, read_only",
    "read, none",
    "none, none",
  })
  void narrowerOrEqualIntentsAreAllowed(String parent, String child) throws DiagnosticException {
    DelegationCeiling c = parent.equals("write") ? WRITER : parent.equals("read") ? READER : NOTHING;
    assertEquals(child, resolve(profile(scope(child)), delegated(c)).scope().intent().label());
  }

  @ParameterizedTest
  @CsvSource({
    "read, workspace_write, write access, read access",
    "none, workspace_write, write access, no access",
    "none, read_only, read access, no access",
  })
  void widerIntentsAreRefused(String parent, String child, String needs, String grants) {
    DelegationCeiling c = parent.equals("read") ? READER : NOTHING;
    DiagnosticException e =
        assertThrows(DiagnosticException.class, () -> resolve(profile(scope(child)), delegated(c)));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(DiagnosticCode.SCOPE_EXCEEDS_DELEGATION, d.code());
    assertEquals("scope", d.path().orElseThrow());
    assertEquals(
        "scope intent '" + child + "' needs " + needs + " to /work/app, but the delegation ceiling grants "
            + grants + " there",
        d.message());
  }

  @Test
  void writingWhatTheParentProtectsIsRefused() {
    DiagnosticException e =
        assertThrows(
            DiagnosticException.class,
            () -> resolve(profile(",'scope':{'intent':'workspace_write','protect':{}}"), delegated(WRITER)));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(DiagnosticCode.SCOPE_EXCEEDS_DELEGATION, d.code());
    assertTrue(d.message().contains("write access to /work/app/.git"), d.message());
  }

  @Test
  void protectingMoreThanTheParentIsNarrowing() throws DiagnosticException {
    ConcreteScope s =
        resolve(profile(",'scope':{'intent':'workspace_write','protect':['.git','docs']}"), delegated(WRITER))
            .scope();
    assertEquals(List.of(GIT, WORKSPACE.resolve("docs")), s.deny());
  }

  @Test
  void aWorkspaceOutsideTheCeilingIsRefused() {
    DelegationCeiling sub = ceiling("write", List.of(WORKSPACE.resolve("sub")), List.of());
    DiagnosticException e =
        assertThrows(DiagnosticException.class, () -> resolve(profile(scope("read_only")), delegated(sub)));
    assertTrue(e.diagnostics().get(0).message().contains("read access to /work/app,"), e.getMessage());
  }

  @Test
  void aWorkspaceInsideTheCeilingIsAllowed() throws DiagnosticException {
    DelegationCeiling parent = ceiling("write", List.of(Path.of("/work")), List.of(Path.of("/work/other")));
    assertEquals(Access.WRITE, resolve(profile(scope("workspace_write")), delegated(parent)).scope().access());
  }

  @Test
  void readingInsideADeniedPathOfAReadCeilingIsRefused() {
    DelegationCeiling parent = ceiling("read", List.of(Path.of("/work")), List.of(WORKSPACE));
    DiagnosticException e =
        assertThrows(DiagnosticException.class, () -> resolve(profile(scope("read_only")), delegated(parent)));
    assertEquals(DiagnosticCode.SCOPE_EXCEEDS_DELEGATION, e.diagnostics().get(0).code());
  }

  @Test
  void aWorkspaceInsideWhatTheCeilingDeniesIsRefusedEvenReadOnly() {
    DelegationCeiling parent = ceiling("write", List.of(Path.of("/work")), List.of(WORKSPACE));
    DiagnosticException e =
        assertThrows(DiagnosticException.class, () -> resolve(profile(scope("read_only")), delegated(parent)));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(DiagnosticCode.SCOPE_EXCEEDS_DELEGATION, d.code());
    assertEquals(
        "scope intent 'read_only' needs read access to /work/app, but the delegation ceiling grants no access there",
        d.message());
    assertEquals(1, e.diagnostics().size());
  }

  @Test
  void eachExceedingPathIsReportedOnce() {
    DelegationCeiling parent = ceiling("read", List.of(WORKSPACE), List.of(GIT));
    DiagnosticException e =
        assertThrows(
            DiagnosticException.class,
            () -> resolve(profile(",'scope':{'intent':'workspace_write','protect':{}}"), delegated(parent)));
    assertEquals(
        List.of("write access to /work/app,", "write access to /work/app/.git,"),
        e.diagnostics().stream().map(d -> d.message().replaceAll(".*needs (.*?) but.*", "$1")).toList());
  }

  @Test
  void levelsFollowAllowAndDeny() {
    List<Path> allow = List.of(WORKSPACE);
    List<Path> deny = List.of(GIT);
    assertEquals(Access.WRITE, Delegation.level(Access.WRITE, allow, deny, WORKSPACE.resolve("src")));
    assertEquals(Access.READ, Delegation.level(Access.WRITE, allow, deny, GIT.resolve("config")));
    assertEquals(Access.NONE, Delegation.level(Access.READ, allow, deny, GIT));
    assertEquals(Access.NONE, Delegation.level(Access.WRITE, allow, deny, Path.of("/work/appendix")));
  }

  @Test
  void aCeilingComesFromAParentScopeAndChecksItsInputs() {
    ConcreteScope parent =
        new ConcreteScope(dev.insomnia.profile.Intent.WORKSPACE_WRITE, Access.WRITE, List.of(WORKSPACE), List.of(GIT));
    assertEquals(WRITER, DelegationCeiling.of(parent));
    assertThrows(IllegalArgumentException.class, () -> ceiling("admin", List.of(), List.of()));
    assertThrows(IllegalArgumentException.class, () -> ceiling("read", List.of(Path.of("rel")), List.of()));
  }
}
