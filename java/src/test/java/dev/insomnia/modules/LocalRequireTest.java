package dev.insomnia.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.insomnia.lua.Evaluation;
import dev.insomnia.lua.LuaError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** require of the profile's own modules, under its directory. */
class LocalRequireTest {
  @TempDir Path root;
  Path dir;
  LocalProfile profile;

  @BeforeEach
  void setUp() throws IOException {
    dir = Files.createDirectory(root.resolve("profile"));
    profile = new LocalProfile(dir);
  }

  private LuaError refusal(String name) {
    return profile.error("local x = 1\nreturn require('" + name + "')");
  }

  @Test
  void dottedNamesMapToFilesAndInitFiles() {
    profile.file("shared.lua", "return 'file'");
    profile.file("pkg/init.lua", "return 'init'");
    profile.file("a/b/c.lua", "return 'nested'");
    assertEquals(
        "[\"file\",\"init\",\"nested\"]",
        profile.json("return { require('shared'), require('pkg'), require('a.b.c') }"));
    assertEquals(
        List.of("main.lua", "shared.lua", "pkg/init.lua", "a/b/c.lua"),
        profile.modules.loaded().stream().map(LoadedModule::chunkName).toList());
  }

  @Test
  void fileAndInitBothExistingIsAmbiguous() {
    profile.file("shared.lua", "return 1");
    profile.file("shared/init.lua", "return 2");
    LuaError e = refusal("shared");
    assertEquals("require.ambiguous", e.code());
    assertEquals(OptionalInt.of(2), e.line());
    assertTrue(e.message().contains("shared.lua and shared/init.lua"), e.message());
  }

  @Test
  void missingModuleIsNotFound() {
    LuaError e = refusal("nope.deeper");
    assertEquals("require.not-found", e.code());
    assertEquals(Optional.of("main.lua"), e.chunk());
    assertEquals(OptionalInt.of(2), e.line());
    assertTrue(e.message().contains("nope/deeper.lua nor nope/deeper/init.lua"), e.message());
  }

  @Test
  void directoryNamedLikeTheModuleWithoutInitIsNotFound() throws IOException {
    Files.createDirectories(dir.resolve("lib"));
    profile.file("lib/other.lua", "return 1");
    assertEquals("require.not-found", refusal("lib").code());
  }

  @Test
  void aDirectoryNamedLikeTheFileIsNotAModule() throws IOException {
    Files.createDirectories(dir.resolve("odd.lua"));
    assertEquals("require.not-found", refusal("odd").code());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"../escape", "a..b", ".a", "a.", "a/b", "/etc/passwd", "1a", "a-b", "a b",
          "a.1b", "C:\\\\x", "a..", "..", "."})
  void namesThatAreNotDottedIdentifiersAreInvalid(String name) {
    LuaError e = refusal(name);
    assertEquals("require.invalid-name", e.code(), e::toString);
    assertEquals(OptionalInt.of(2), e.line());
  }

  @Test
  void emptyAndOverlongNamesAreInvalid() {
    assertEquals("require.invalid-name", refusal("").code());
    assertEquals("require.invalid-name", refusal("a".repeat(201)).code());
    assertEquals("require.not-found", refusal("a".repeat(200)).code());
  }

  @Test
  void symlinkOutOfTheDirectoryEscapes() throws IOException {
    Path outside = Files.writeString(root.resolve("outside.lua"), "return 'secret'");
    link(dir.resolve("leak.lua"), outside);
    LuaError e = refusal("leak");
    assertEquals("require.escape", e.code());
    assertTrue(e.message().contains("outside the profile's directory"), e.message());
  }

  @Test
  void symlinkedDirectoryOutOfTheDirectoryEscapes() throws IOException {
    Path outsideDir = Files.createDirectory(root.resolve("elsewhere"));
    Files.writeString(outsideDir.resolve("mod.lua"), "return 'secret'");
    link(dir.resolve("lib"), outsideDir);
    assertEquals("require.escape", refusal("lib.mod").code());
  }

  @Test
  void symlinkInsideTheDirectoryIsFollowedAndNamedByItsTarget() throws IOException {
    profile.file("real/impl.lua", "return 'real'");
    link(dir.resolve("alias.lua"), dir.resolve("real/impl.lua"));
    assertEquals("\"real\"", profile.json("return require('alias')"));
    assertEquals("real/impl.lua", profile.modules.loaded().get(1).chunkName());
  }

  @Test
  void symlinkedDirectoryInsideTheDirectoryIsFollowedAndNamedByItsTarget() throws IOException {
    profile.file("real/mod.lua", "return 'mod'");
    profile.file("real/pkg/init.lua", "return 'pkg'");
    link(dir.resolve("alias"), dir.resolve("real"));
    assertEquals(
        "[\"mod\",\"pkg\"]",
        profile.json("return { require('alias.mod'), require('alias.pkg') }"));
    assertEquals(
        List.of("main.lua", "real/mod.lua", "real/pkg/init.lua"),
        profile.modules.loaded().stream().map(LoadedModule::chunkName).toList());
  }

  @Test
  void theRootItselfIsCanonical() throws IOException {
    Path linkedRoot = root.resolve("linked");
    link(linkedRoot, dir);
    profile.file("shared.lua", "return 'ok'");
    ModuleRoot viaLink = ModuleRoot.directory(linkedRoot);
    var found = assertInstanceOf(ModuleLookup.Found.class, viaLink.module("shared", 1000));
    assertEquals("shared.lua", found.relativePath());
    assertEquals(dir.toRealPath().resolve("shared.lua").toString(), viaLink.display("shared.lua"));
  }

  @Test
  void cyclesAreReportedWithTheChain() {
    profile.file("a.lua", "return require('b')");
    profile.file("b.lua", "return require('a')");
    LuaError e = profile.error("return require('a')");
    assertEquals("require.cycle", e.code());
    assertTrue(e.message().contains("a -> b -> a"), e.message());
    assertEquals(Optional.of("b.lua"), e.chunk());
  }

  @Test
  void requiringTheMainFileItselfIsACycle() {
    LuaError e = profile.error("local x = 1\nreturn require('main')");
    assertEquals("require.cycle", e.code());
    assertTrue(e.message().endsWith("main -> main"), e.message());
    assertEquals(OptionalInt.of(2), e.line());
  }

  @Test
  void requiringTheMainFileFromAModuleIsACycle() {
    profile.file("helper.lua", "return require('main')");
    assertEquals("require.cycle", profile.error("return require('helper')").code());
  }

  @Test
  void localFilesCannotShadowHostModules() {
    profile.file("insomnia.lua", "return { version = 'fake' }");
    profile.file("insomnia/scope.lua", "return { read_only = function() return 'fake' end }");
    profile.file("insomnia/extra.lua", "return 'fake'");
    assertEquals(
        "{\"scope\":{\"intent\":\"read_only\"},\"version\":\"1\"}",
        profile.json(
            "return { version = require('insomnia').version,"
                + " scope = require('insomnia.scope').read_only() }"));
    LuaError e = refusal("insomnia.extra");
    assertEquals("require.not-found", e.code());
    assertTrue(e.message().contains("there is no host module 'insomnia.extra'"), e.message());
  }

  @Test
  void rootsNeverLookUpReservedNames() throws IOException {
    profile.file("insomnia/extra.lua", "return 'fake'");
    var refused =
        assertInstanceOf(
            ModuleLookup.Refused.class, ModuleRoot.directory(dir).module("insomnia.extra", 1000));
    assertEquals("require.invalid-name", refused.code());
    assertTrue(refused.message().contains("reserved for host modules"), refused.message());
  }

  @Test
  void eachModuleRunsOncePerEvaluation() {
    profile.file("counted.lua", "print('loading counted') return { n = 1 }");
    profile.file("user.lua", "return require('counted')");
    Evaluation ev =
        profile.run(
            "local a = require('counted')\nlocal b = require('user')\n"
                + "local c = require('counted')\nreturn { same = a == b and b == c }");
    assertEquals("{\"same\":true}", LocalProfile.json(ev));
    assertEquals("loading counted\n", ev.output());
    assertEquals(
        List.of("main.lua", "counted.lua", "user.lua"),
        profile.modules.loaded().stream().map(LoadedModule::chunkName).toList());
  }

  @Test
  void modulesRunAgainInTheNextEvaluation() {
    profile.file("counted.lua", "print('loading') return 1");
    assertEquals("loading\n", profile.run("return require('counted')").output());
    assertEquals("loading\n", profile.run("return require('counted')").output());
  }

  @Test
  void errorsInsideAModuleAreLocatedInIt() {
    profile.file("lib/broken.lua", "local x = 1\n\nerror('broken on purpose')");
    LuaError e = profile.error("return require('lib.broken')");
    assertEquals("lua.runtime", e.code());
    assertEquals(Optional.of("lib/broken.lua"), e.chunk());
    assertEquals(OptionalInt.of(3), e.line());
  }

  @Test
  void loadedModulesRecordWhereTheyCameFromAndTheirDigest() throws IOException {
    profile.file("shared.lua", "return require('insomnia.scope').none()");
    profile.json("return require('shared')");
    List<LoadedModule> loaded = profile.modules.loaded();
    assertEquals(3, loaded.size());
    assertEquals(
        new LoadedModule("main", "main.lua", dir.toRealPath().resolve("main.lua").toString(),
            LoadedModule.Kind.MAIN, Sha256.hex(Files.readAllBytes(dir.resolve("main.lua")))),
        loaded.get(0));
    assertEquals(
        new LoadedModule("shared", "shared.lua",
            dir.toRealPath().resolve("shared.lua").toString(), LoadedModule.Kind.LOCAL,
            Sha256.hex(Files.readAllBytes(dir.resolve("shared.lua")))),
        loaded.get(1));
    LoadedModule host = loaded.get(2);
    assertEquals("insomnia.scope", host.name());
    assertEquals("insomnia/scope.lua", host.file());
    assertEquals(LoadedModule.Kind.HOST, host.kind());
    assertEquals(64, host.sha256().length());
  }

  @Test
  void oversizedModulesAreRefusedBeforeTheyAreRead() throws IOException {
    profile.file("big.lua", "return '" + "x".repeat(200) + "'");
    var refused =
        assertInstanceOf(
            ModuleLookup.Refused.class, ModuleRoot.directory(dir).module("big", 100));
    assertTrue(refused.message().contains("larger than the memory limit"), refused.message());
  }

  private static void link(Path link, Path target) throws IOException {
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links are not available here: " + e);
    }
  }
}
