package dev.insomnia.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.diagnostics.Severity;
import dev.insomnia.source.Origin;
import dev.insomnia.source.ProfileLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three sources, their defaults, and what discovery reports about entries. */
class ProfileDiscoveryTest {
  @TempDir Path temporary;
  Fixture fx;

  @BeforeEach
  void setUp() {
    fx = new Fixture(temporary);
  }

  private static List<String> qualifiedNames(Discovery d) {
    return d.profiles().stream().map(DiscoveredProfile::qualifiedName).toList();
  }

  private static String defaultName(Discovery d) {
    return d.defaultProfile().orElseThrow().qualifiedName();
  }

  @Test
  void withoutUserOrProjectRegistryTheBuiltinDefaultIsTheDefault() throws DiagnosticException {
    Discovery d = fx.discover();
    assertEquals(
        List.of("builtin:coder", "builtin:default", "builtin:reviewer"), qualifiedNames(d));
    assertEquals("builtin:default", defaultName(d));
    assertEquals(List.of(), d.warnings());
    DiscoveredProfile reviewer = d.profiles().get(2);
    assertEquals(new ProfileLocation.Builtin("reviewers/reviewer.lua"), reviewer.location());
    assertEquals(Optional.of("Builtin reviewer"), reviewer.description());
    assertEquals(DiscoveredProfile.Status.OK, reviewer.status());
    assertEquals(
        List.of(false, true, false),
        d.profiles().stream().map(DiscoveredProfile::isDefault).toList());
  }

  @Test
  void userDefaultOverridesTheBuiltinDefault() throws DiagnosticException {
    fx.profile(fx.configDir.resolve("helper.lua"));
    fx.userRegistry("default = \"helper\"\n[profile]\nhelper = \"helper.lua\"\n");
    assertEquals("user:helper", defaultName(fx.discover()));
  }

  @Test
  void projectDefaultOverridesTheUserDefault() throws DiagnosticException {
    fx.userRegistry("default = \"helper\"\n[profile]\nhelper = \"helper.lua\"\n");
    fx.projectRegistry("default = \"coder\"\n[profile]\ncoder = \"coder.lua\"\n");
    Discovery d = fx.discover();
    assertEquals("project:coder", defaultName(d));
    assertEquals(
        List.of("project:coder"),
        d.profiles().stream()
            .filter(DiscoveredProfile::isDefault)
            .map(DiscoveredProfile::qualifiedName)
            .toList());
  }

  @Test
  void registryWithoutDefaultKeepsTheEarlierDefault() throws DiagnosticException {
    fx.userRegistry("default = \"helper\"\n[profile]\nhelper = \"helper.lua\"\n");
    fx.projectRegistry("[profile]\ncoder = \"coder.lua\"\n");
    assertEquals("user:helper", defaultName(fx.discover()));
  }

  @Test
  void unqualifiedDefaultResolvesWithinItsDeclaringSource() throws DiagnosticException {
    // coder exists in builtin, user and project; the user default means user:coder
    fx.userRegistry("default = \"coder\"\n[profile]\ncoder = \"coder.lua\"\n");
    fx.projectRegistry("[profile]\ncoder = \"coder.lua\"\n");
    assertEquals("user:coder", defaultName(fx.discover()));
  }

  @Test
  void qualifiedDefaultsNameAnotherSource() throws DiagnosticException {
    fx.userRegistry("default = \"builtin:reviewer\"\n[profile]\nhelper = \"helper.lua\"\n");
    assertEquals("builtin:reviewer", defaultName(fx.discover()));
    fx.projectRegistry("default = \"user:helper\"\n");
    assertEquals("user:helper", defaultName(fx.discover()));
  }

  @Test
  void unqualifiedDefaultThatExistsOnlyElsewhereIsInvalidAndSaysWhere() {
    fx.userRegistry("[profile]\nhelper = \"helper.lua\"\n");
    Path project = fx.projectRegistry("\ndefault = \"reviewer\"\n");
    List<Diagnostic> all = fx.discoveryFails();
    assertEquals(1, all.size(), all.toString());
    Diagnostic d = all.get(0);
    assertEquals(DiagnosticCode.REGISTRY_INVALID, d.code());
    assertEquals(
        "default 'reviewer' in the project registry names no profile of the project registry,"
            + " only builtin:reviewer",
        d.message());
    assertEquals(
        "An unqualified default resolves within its own registry: write `default ="
            + " \"builtin:reviewer\"`.",
        d.help());
    assertEquals(Optional.of(project.toString()), d.file());
    assertEquals(OptionalInt.of(2), d.line());
    assertEquals(Optional.of("default"), d.path());
  }

  @Test
  void defaultNamingNoProfileOfItsSourceIsInvalid() {
    fx.userRegistry("default = \"ghost\"\n");
    Diagnostic d = fx.discoveryFails().get(0);
    assertEquals(
        "default 'ghost' in the user registry names no profile of the user registry",
        d.message());
    fx.userRegistry("default = \"project:ghost\"\n");
    assertEquals(
        "default 'project:ghost' in the user registry names no profile of the project registry",
        fx.discoveryFails().get(0).message());
  }

  @Test
  void builtinDefaultEntryIsTheFallbackWhenTheIndexDeclaresNoDefault()
      throws DiagnosticException {
    fx.builtins =
        BuiltinIndex.of("[profile]\ndefault = \"default.lua\"\ncoder = \"coder.lua\"\n", n -> true);
    assertEquals("builtin:default", defaultName(fx.discover()));
  }

  @Test
  void withoutAnyBuiltinIndexThereIsNoDefault() throws DiagnosticException {
    fx.builtins = BuiltinIndex.empty();
    Discovery d = fx.discover();
    assertEquals(List.of(), d.profiles());
    assertEquals(Optional.empty(), d.defaultProfile());
  }

  @Test
  void relativePathsResolveAgainstTheDeclaringRegistry() throws DiagnosticException {
    fx.userRegistry("[profile]\nhelper = \"profiles/helper.lua\"\n");
    fx.projectRegistry("[profile]\nlocal = \"../tools/local.lua\"\n");
    Discovery d = fx.discover();
    assertEquals(
        new ProfileLocation.File(fx.configDir.resolve("profiles/helper.lua")),
        find(d, "user:helper").location());
    assertEquals(
        new ProfileLocation.File(fx.workspace.resolve("tools/local.lua")),
        find(d, "project:local").location());
  }

  @Test
  void nearestProjectRegistryFromANestedWorkspaceAndNotBeyond() throws DiagnosticException {
    Path outer = fx.workspace;
    Path inner = outer.resolve("services/api");
    Path nested = Fixture.directory(inner.resolve("src/main"));
    // the outer registry is broken: reading it would fail discovery
    Fixture.write(outer.resolve(".insomnia/profiles.toml"), "this is [not toml\n");
    Fixture.write(inner.resolve(".insomnia/profiles.toml"), "[profile]\napi = \"api.lua\"\n");
    // a .insomnia directory without a registry does not stop the walk
    Fixture.directory(nested.resolve(".insomnia"));
    fx.workspace = nested;
    Discovery d = fx.discover();
    DiscoveredProfile api = find(d, "project:api");
    assertEquals(new ProfileLocation.File(inner.resolve(".insomnia/api.lua")), api.location());
    assertEquals(inner.resolve(".insomnia/profiles.toml").toString(), api.declaredAt().file());
  }

  @Test
  void missingRegistriesAreNormal() throws DiagnosticException {
    // config dir does not even exist
    assertTrue(Files.notExists(fx.configDir));
    Discovery d = fx.discover();
    assertEquals(3, d.profiles().size());
    assertEquals(List.of(), d.warnings());
  }

  @Test
  void missingProfileFileIsListedAsMissingWithoutBreakingOtherEntries()
      throws DiagnosticException {
    fx.profile(fx.configDir.resolve("present.lua"));
    fx.userRegistry("[profile]\npresent = \"present.lua\"\ngone = \"gone.lua\"\n");
    Discovery d = fx.discover();
    assertEquals(DiscoveredProfile.Status.MISSING_FILE, find(d, "user:gone").status());
    assertEquals(DiscoveredProfile.Status.OK, find(d, "user:present").status());
    assertEquals(List.of(), d.warnings());
  }

  @Test
  void builtinEntryWhoseFileIsNotBundledIsMissing() throws DiagnosticException {
    fx.builtins = BuiltinIndex.of(Fixture.BUILTIN_INDEX, "default.lua"::equals);
    assertEquals(
        DiscoveredProfile.Status.MISSING_FILE, find(fx.discover(), "builtin:coder").status());
  }

  @Test
  void nixEntriesAreWarnedAboutAndListedAsUnsupported() throws DiagnosticException {
    Path registry = fx.userRegistry("[profile]\nok = \"ok.lua\"\nold = \"legacy/old.nix\"\n");
    fx.profile(fx.configDir.resolve("legacy/old.nix"));
    Discovery d = fx.discover();
    DiscoveredProfile old = find(d, "user:old");
    assertEquals(DiscoveredProfile.Status.UNSUPPORTED_NIX, old.status());
    assertEquals(1, d.warnings().size());
    Diagnostic w = d.warnings().get(0);
    assertEquals(Severity.WARNING, w.severity());
    assertEquals(DiagnosticCode.REGISTRY_NIX_UNSUPPORTED, w.code());
    assertEquals(
        "registry entry 'user:old' points at a Nix profile ("
            + fx.configDir.resolve("legacy/old.nix")
            + "), which is no longer supported",
        w.message());
    assertEquals(Optional.of(registry.toString()), w.file());
    assertEquals(OptionalInt.of(3), w.line());
    assertEquals(Optional.of("profile.old"), w.path());
  }

  @Test
  void everyBrokenRegistryIsReportedAtOnceWithTheWarnings() {
    fx.userRegistry("[profile]\nold = \"old.nix\"\nbad = 1\n");
    fx.projectRegistry("default = [\n");
    List<Diagnostic> all = fx.discoveryFails();
    assertEquals(3, all.size(), all.toString());
    assertTrue(all.get(0).message().contains("user registry"), all.get(0).message());
    assertTrue(all.get(1).message().contains("project registry"), all.get(1).message());
    assertEquals(Severity.WARNING, all.get(2).severity());
    assertEquals(DiagnosticCode.REGISTRY_NIX_UNSUPPORTED, all.get(2).code());
  }

  @Test
  void defaultIntoABrokenRegistryReportsOnlyTheBreakage() {
    fx.userRegistry("[profile]\nhelper = 1\n");
    fx.projectRegistry("default = \"user:helper\"\n");
    List<Diagnostic> all = fx.discoveryFails();
    assertEquals(1, all.size(), all.toString());
    assertTrue(all.get(0).message().contains("'profile.helper' must be of type"));
  }

  @Test
  void unreadableRegistryIsInvalid() throws IOException {
    Files.createDirectories(fx.configDir.resolve("profiles.toml"));
    Diagnostic d = fx.discoveryFails().get(0);
    assertEquals(DiagnosticCode.REGISTRY_INVALID, d.code());
    assertTrue(d.message().startsWith("cannot read the user registry: "), d.message());
  }

  @Test
  void registryThatIsNotUtf8IsInvalid() throws IOException {
    Files.createDirectories(fx.configDir);
    Files.write(fx.configDir.resolve("profiles.toml"), new byte[] {'a', '=', (byte) 0xff});
    assertEquals("the user registry is not UTF-8 text", fx.discoveryFails().get(0).message());
  }

  @Test
  void projectRegistryThatIsTheUserRegistryCountsOnceAsUser() throws DiagnosticException {
    Path shared = fx.projectRegistry("[profile]\nhelper = \"helper.lua\"\n");
    Places places =
        new Places(
            fx.workingDirectory,
            fx.workspace,
            fx.home,
            Map.of(Places.CONFIG_DIR_VARIABLE, shared.getParent().toString()));
    Discovery d = ProfileDiscovery.discover(places, fx.builtins);
    assertEquals(
        List.of("builtin:coder", "builtin:default", "builtin:reviewer", "user:helper"),
        qualifiedNames(d));
  }

  @Test
  void registryContentNeverLeaksIntoTheSelectedSource() throws DiagnosticException {
    // descriptions are the only registry data carried along, as catalogue information
    fx.profile(fx.workspace.resolve(".insomnia/c.lua"));
    fx.projectRegistry("[profile.c]\npath = \"c.lua\"\ndescription = \"Project C\"\n");
    var source = fx.discover().select("c");
    assertEquals(Origin.PROJECT, source.origin());
    assertEquals(Optional.of("Project C"), source.description());
  }

  @Test
  void largeRegistriesAreListedCompletelyAndInOrder() throws DiagnosticException {
    StringBuilder toml = new StringBuilder("default = \"p1999\"\n");
    for (int i = 0; i < 2000; i++) {
      toml.append("[profile.p").append(i).append("]\npath = \"p/p").append(i).append(".lua\"\n");
    }
    fx.projectRegistry(toml.toString());
    Discovery d = fx.discover();
    assertEquals(2003, d.profiles().size());
    assertEquals("project:p1999", defaultName(d));
    assertEquals("project:p0", d.profiles().get(3).qualifiedName());
    assertEquals("project:p1", d.profiles().get(4).qualifiedName());
    assertTrue(
        d.profiles().stream()
            .skip(3)
            .allMatch(p -> p.status() == DiscoveredProfile.Status.MISSING_FILE));
  }

  static DiscoveredProfile find(Discovery d, String qualifiedName) {
    return d.profiles().stream()
        .filter(p -> p.qualifiedName().equals(qualifiedName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + qualifiedName + " in " + d.profiles()));
  }
}
