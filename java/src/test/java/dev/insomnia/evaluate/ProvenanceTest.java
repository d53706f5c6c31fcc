package dev.insomnia.evaluate;

import static dev.insomnia.evaluate.Profiles.builtin;
import static dev.insomnia.evaluate.Profiles.evaluate;
import static dev.insomnia.evaluate.Profiles.path;
import static dev.insomnia.evaluate.Profiles.write;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.insomnia.modules.LoadedModule;
import dev.insomnia.modules.ProfileModules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source digest covers the profile and every module it required, in order. */
class ProvenanceTest {
  @TempDir Path tmp;

  private static String sha256(String text) throws Exception {
    return HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8)));
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void digestIsTheDocumentedConcatenation() throws Exception {
    EvaluatedProfile p = evaluate(builtin("coder"));
    StringBuilder lines = new StringBuilder();
    for (LoadedModule m : p.modules()) {
      lines.append(m.chunkName()).append('\n').append(m.sha256()).append('\n');
    }
    assertEquals(sha256(lines.toString()), p.sourceSha256());
    byte[] coder =
        ProvenanceTest.class.getClassLoader()
            .getResourceAsStream("dev/insomnia/profiles/builtin/coder.lua").readAllBytes();
    assertEquals(sha256(coder), p.modules().get(0).sha256());
  }

  @Test
  void digestAndJsonAreStableAcrossRuns() {
    EvaluatedProfile first = evaluate(builtin("default"));
    EvaluatedProfile second = evaluate(builtin("default"));
    assertEquals(first.sourceSha256(), second.sourceSha256());
    assertArrayEquals(first.json(), second.json());
    assertEquals(first.modules(), second.modules());
  }

  @Test
  void digestChangesWhenARequiredModuleChanges() throws IOException {
    Path dir = tmp.toRealPath();
    Path main = write(dir.resolve("p.lua"), "return { n = require('shared').n }");
    Path shared = write(dir.resolve("shared.lua"), "return { n = 1 }");
    EvaluatedProfile before = evaluate(path(main));
    assertEquals(before.sourceSha256(), evaluate(path(main)).sourceSha256());

    Files.writeString(shared, "return { n = 1 } -- same value, other bytes", UTF_8);
    EvaluatedProfile after = evaluate(path(main));
    assertEquals(before.jsonText(), after.jsonText());
    assertNotEquals(before.sourceSha256(), after.sourceSha256());
    assertEquals(before.modules().get(0).sha256(), after.modules().get(0).sha256());
    assertNotEquals(before.modules().get(1).sha256(), after.modules().get(1).sha256());
  }

  @Test
  void digestChangesWhenTheProfileChanges() {
    Path main = write(tmp.resolve("p.lua"), "return {}");
    String before = evaluate(path(main)).sourceSha256();
    write(main, "return {} ");
    assertNotEquals(before, evaluate(path(main)).sourceSha256());
  }

  @Test
  void digestDependsOnRequireOrder() {
    write(tmp.resolve("a.lua"), "return 1");
    write(tmp.resolve("b.lua"), "return 2");
    Path main = write(tmp.resolve("p.lua"), "return { a = require('a'), b = require('b') }");
    EvaluatedProfile p = evaluate(path(main));
    List<LoadedModule> m = p.modules();
    assertEquals(List.of("p.lua", "a.lua", "b.lua"),
        m.stream().map(LoadedModule::chunkName).toList());
    assertEquals(p.sourceSha256(), ProfileModules.sourceSha256(m));
    assertNotEquals(p.sourceSha256(),
        ProfileModules.sourceSha256(List.of(m.get(0), m.get(2), m.get(1))));
  }

  @Test
  void evaluatedProfileIsImmutable() {
    EvaluatedProfile p = evaluate(builtin("reviewer"));
    byte[] json = p.json();
    json[0] = 'x';
    assertEquals('{', p.json()[0]);
  }
}
