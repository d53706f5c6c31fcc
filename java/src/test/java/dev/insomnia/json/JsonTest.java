package dev.insomnia.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.diagnostics.ProblemCap;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

  private static JsonValue read(String json) throws DiagnosticException {
    return JsonReader.read(json.getBytes(StandardCharsets.UTF_8), "test.json");
  }

  private static String write(JsonValue value) {
    return new String(JsonWriter.write(value), StandardCharsets.UTF_8);
  }

  private static Diagnostic failure(String json) {
    DiagnosticException e = assertThrows(DiagnosticException.class, () -> read(json));
    return e.diagnostics().get(0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "[]",
        "{\"a\":[1,2.5,\"x\",true,false,null],\"b\":{\"c\":{}}}",
        "{\"m\":9223372036854775807,\"n\":-9223372036854775808}",
        "{\"f\":1.0e21,\"g\":1.5e-7,\"h\":0.1,\"i\":-0.0}",
        "\"\\u0000\\n\\\"\\\\é\"",
      })
  void canonicalTextRoundTripsByteForByte(String canonical) throws DiagnosticException {
    assertEquals(canonical, write(read(canonical)));
  }

  @Test
  void writerSortsKeysAndDropsWhitespace() throws DiagnosticException {
    JsonValue tree = read("{ \"b\" : 1 ,\n \"a\" : { \"d\":2, \"c\" : [ 3 , 4 ] } }");
    assertEquals("{\"a\":{\"c\":[3,4],\"d\":2},\"b\":1}", write(tree));
  }

  @Test
  void keysSortInCodePointOrderLikeTheNativeEncoder() {
    // U+FF61 sorts before U+1F600 by code point (and in UTF-8 bytes), but after it in UTF-16.
    JsonValue tree =
        JsonValue.JsonObject.of(
            Map.of("\uD83D\uDE00", new JsonValue.JsonInteger(1), "\uFF61", new JsonValue.JsonInteger(2), "a", new JsonValue.JsonInteger(3)));
    assertEquals("{\"a\":3,\"\uFF61\":2,\"\uD83D\uDE00\":1}", write(tree));
  }

  @Test
  void integersAndFloatsStayApart() throws DiagnosticException {
    JsonValue.JsonObject tree = (JsonValue.JsonObject) read("{\"i\":2,\"f\":2.0,\"e\":2e0}");
    assertEquals(new JsonValue.JsonInteger(2), tree.get("i").orElseThrow());
    assertEquals(new JsonValue.JsonFloat(2.0), tree.get("f").orElseThrow());
    assertEquals(new JsonValue.JsonFloat(2.0), tree.get("e").orElseThrow());
    assertNotEquals(tree.get("i"), tree.get("f"));
    assertEquals("{\"e\":2.0,\"f\":2.0,\"i\":2}", write(tree));
  }

  @Test
  void floatsAlwaysHaveAPointOrAnExponent() {
    assertEquals("1.0", FloatFormat.format(1));
    assertEquals("0.8", FloatFormat.format(0.8));
    assertEquals("100.0", FloatFormat.format(100));
    assertEquals("0.30000000000000004", FloatFormat.format(0.1 + 0.2));
    assertEquals("1.0e21", FloatFormat.format(1e21));
    assertEquals("1.5e-8", FloatFormat.format(1.5e-8));
    assertEquals("-2.5", FloatFormat.format(-2.5));
    assertEquals("1.7976931348623157e308", FloatFormat.format(Double.MAX_VALUE));
    assertEquals("0.000001", FloatFormat.format(1e-6));
    assertEquals("1.0e-7", FloatFormat.format(1e-7));
    // the shortest of 15 to 17 digits that reads back, as the native encoder writes it
    assertEquals("4.94065645841247e-324", FloatFormat.format(Double.MIN_VALUE));
  }

  @Test
  void everyFloatReadsBackAsItself() throws DiagnosticException {
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 2000; i++) {
      double d = Double.longBitsToDouble(random.nextLong());
      if (!Double.isFinite(d)) continue;
      JsonValue back = read(FloatFormat.format(d));
      assertEquals(new JsonValue.JsonFloat(d), back, FloatFormat.format(d));
    }
  }

  @Test
  void equalTreesWriteIdenticalBytes() throws DiagnosticException {
    byte[] a = JsonWriter.write(read("{\"x\":[1,{\"b\":true,\"a\":null}],\"y\":0.5}"));
    byte[] b = JsonWriter.write(read("{\"y\":0.5,  \"x\":[1,{\"a\":null,\"b\":true}]}"));
    assertArrayEquals(a, b);
  }

  @Test
  void nestingIsBoundedAtOneHundredLevels() throws DiagnosticException {
    String ok = "[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH);
    assertInstanceOf(JsonValue.JsonArray.class, read(ok));
    String deep = "[".repeat(JsonReader.MAX_DEPTH + 1) + "]".repeat(JsonReader.MAX_DEPTH + 1);
    Diagnostic d = failure(deep);
    assertEquals(DiagnosticCode.JSON_TOO_DEEP, d.code());
    assertEquals(1, d.line().orElseThrow());
    assertEquals(JsonReader.MAX_DEPTH + 1, d.column().orElseThrow());
    Diagnostic objects = failure("{\"a\":".repeat(150) + "1" + "}".repeat(150));
    assertEquals(DiagnosticCode.JSON_TOO_DEEP, objects.code());
  }

  @Test
  void syntaxErrorsCarryLineAndColumn() {
    Diagnostic d = failure("{\n  \"a\": 1,\n  \"b\" 2\n}");
    assertEquals(DiagnosticCode.JSON_SYNTAX, d.code());
    assertEquals("test.json", d.file().orElseThrow());
    assertEquals(3, d.line().orElseThrow());
    assertTrue(d.column().orElseThrow() >= 6, d.toString());
  }

  @Test
  void truncatedEmptyAndTrailingDocumentsAreRejected() {
    Diagnostic truncated = failure("{\"a\":[1,2");
    assertEquals(DiagnosticCode.JSON_SYNTAX, truncated.code());
    assertTrue(truncated.message().contains("[line: 1, column: 6]"), truncated.message());
    assertTrue(!truncated.message().contains("Source"), truncated.message());
    assertEquals(DiagnosticCode.JSON_SYNTAX, failure("").code());
    assertEquals(DiagnosticCode.JSON_SYNTAX, failure("   ").code());
    Diagnostic trailing = failure("{} {}");
    assertEquals(DiagnosticCode.JSON_SYNTAX, trailing.code());
    assertEquals(4, trailing.column().orElseThrow());
    assertEquals(DiagnosticCode.JSON_SYNTAX, failure("{\"a\":NaN}").code());
    assertEquals(DiagnosticCode.JSON_SYNTAX, failure("{\"a\":1,}").code());
  }

  @Test
  void invalidUtf8IsRejected() {
    byte[] bad = {'"', (byte) 0xC3, '"'};
    DiagnosticException e =
        assertThrows(DiagnosticException.class, () -> JsonReader.read(bad, "bad.json"));
    assertEquals(DiagnosticCode.JSON_SYNTAX, e.diagnostics().get(0).code());
  }

  /**
   * Found by fuzzing: Jackson read these as UTF-32 or UTF-16 and threw outside its syntax
   * errors.
   */
  @Test
  void otherEncodingsAreSyntaxErrorsNotCrashes() {
    byte[][] inputs = {
      {'{', 0, 0, 0, (byte) 0x85, 'c', 'o', 'm'}, // taken for UTF-32LE: an invalid code point
      {0, 0, 0, '{', 0, 0, 0, '}'}, // valid UTF-32BE
      {'{', 0, '}', 0}, // valid UTF-16LE
      {(byte) 0xfe, (byte) 0xff, 0, '{', 0, '}'}, // UTF-16BE with its byte order mark
      {0, 0, (byte) 0xff, (byte) 0xfe}, // a UCS-4 order Jackson refuses outright
    };
    for (byte[] input : inputs) {
      DiagnosticException e =
          assertThrows(DiagnosticException.class, () -> JsonReader.read(input, "enc.json"));
      Diagnostic d = e.diagnostics().get(0);
      assertEquals(DiagnosticCode.JSON_SYNTAX, d.code());
      assertEquals("malformed JSON: the document is not UTF-8", d.message());
    }
  }

  /**
   * Found with the fuzz tests' round-trip property: the canonical writer joined an unpaired
   * surrogate with the character after it ("a \\ud800 b" came back as "a " + U+10020 + "b").
   */
  @Test
  void unpairedSurrogatesAreRefused() {
    List<String> unpaired =
        List.of("\"a \\ud800 b\"", "\"\\udc00\"", "{\"k\\ud800\":1}", "[\"x\\ud800\"]");
    for (String json : unpaired) {
      Diagnostic d = failure(json);
      assertEquals(DiagnosticCode.JSON_SYNTAX, d.code(), json);
      assertTrue(d.message().contains("unpaired surrogate"), d.message());
    }
    byte[] encoded = {'"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"'}; // U+D800 as UTF-8 bytes
    DiagnosticException e =
        assertThrows(DiagnosticException.class, () -> JsonReader.read(encoded, "cesu.json"));
    assertEquals(DiagnosticCode.JSON_SYNTAX, e.diagnostics().get(0).code());
    JsonValue pair = assertDoesNotThrow(() -> read("\"\\ud83d\\ude00\""));
    assertEquals(new JsonValue.JsonString("\ud83d\ude00"), pair);
    byte[] utf8 = "\"\ud83d\ude00\"".getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(utf8, JsonWriter.write(pair));
  }

  /**
   * Found by fuzzing: a number of 1,030 digits broke Jackson's bound and escaped as an
   * exception. A name past Jackson's 50,000 characters is the same case, and a profile can
   * return one.
   */
  @Test
  void jacksonsBoundsAreSyntaxErrorsNotCrashes() {
    Diagnostic number = failure("[" + "9".repeat(1030) + "]");
    assertEquals(DiagnosticCode.JSON_SYNTAX, number.code());
    assertEquals(
        "malformed JSON: Number value length (1030) exceeds the maximum allowed (1000)",
        number.message());
    Diagnostic name = failure("{\"" + "k".repeat(60_000) + "\":1}");
    assertEquals(DiagnosticCode.JSON_SYNTAX, name.code());
    assertTrue(name.message().contains("Name length (60000) exceeds"), name.message());
  }

  /** Found with the fuzz tests' cap property (a written seed): the reader's own had no cap. */
  @Test
  void duplicateKeysPastTheCapAreCounted() {
    String json = "{" + "\"a\":0,".repeat(5000) + "\"a\":0}";
    DiagnosticException e = assertThrows(DiagnosticException.class, () -> read(json));
    List<Diagnostic> ds = e.diagnostics();
    assertEquals(ProblemCap.LISTED + 1, ds.size());
    assertEquals(DiagnosticCode.JSON_DUPLICATE_KEY, ds.get(0).code());
    Diagnostic last = ds.get(ds.size() - 1);
    assertEquals(DiagnosticCode.INPUT_TOO_MANY_PROBLEMS, last.code());
    assertEquals("4900 more problems were found and not listed", last.message());
  }

  @Test
  void oversizedIntegersAreValueProblemsAtTheirPathAllReported() {
    DiagnosticException e =
        assertThrows(
            DiagnosticException.class,
            () -> read("{\"a\":[1,99999999999999999999],\"b\":{\"c\":-99999999999999999999}}"));
    List<Diagnostic> ds = e.diagnostics();
    assertEquals(2, ds.size());
    assertEquals(DiagnosticCode.PROFILE_VALUE, ds.get(0).code());
    assertEquals("a[2]", ds.get(0).path().orElseThrow());
    assertEquals("b.c", ds.get(1).path().orElseThrow());
    assertTrue(ds.get(0).message().contains("99999999999999999999"), ds.get(0).message());
  }

  @Test
  void nonFiniteFloatsAreValueProblems() {
    DiagnosticException e = assertThrows(DiagnosticException.class, () -> read("{\"x\":1e999}"));
    assertEquals(DiagnosticCode.PROFILE_VALUE, e.diagnostics().get(0).code());
    assertEquals("x", e.diagnostics().get(0).path().orElseThrow());
  }

  @Test
  void duplicateKeysAreRejected() {
    DiagnosticException e =
        assertThrows(DiagnosticException.class, () -> read("{\"a\":1,\n\"a\":2}"));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(DiagnosticCode.JSON_DUPLICATE_KEY, d.code());
    assertEquals("a", d.path().orElseThrow());
    assertEquals(2, d.line().orElseThrow());
  }

  @Test
  void pathsAreWrittenAsInLua() {
    JsonPath p = JsonPath.root().key("worker").key("tools").index(2);
    assertEquals("worker.tools[2]", p.toString());
    assertEquals("env[\"my-var\"]", JsonPath.of("env", "my-var").toString());
    assertEquals("env.OPENAI_API_KEY", JsonPath.of("env", "OPENAI_API_KEY").toString());
    assertEquals(JsonPath.of("scope", "allow"), JsonPath.root().key("scope").key("allow"));
    assertEquals("", JsonPath.root().toString());
  }

  /** Paths are written when first asked for: the text is the same whichever is asked first. */
  @Test
  void pathsWrittenLateReadTheSame() {
    JsonPath tools = JsonPath.root().key("worker").key("tools");
    JsonPath second = tools.index(2);
    JsonPath quoted = second.key("a\"b\\c").index(1).key("_x9");
    assertEquals("worker.tools[2][\"a\\\"b\\\\c\"][1]._x9", quoted.toString());
    assertEquals("worker.tools[2]", second.toString());
    assertEquals("worker.tools", tools.toString());
    JsonPath fresh = JsonPath.root().key("worker").key("tools").index(2);
    assertEquals(second, fresh);
    assertEquals(second.hashCode(), fresh.hashCode());
    assertEquals("[0]", JsonPath.root().index(0).toString());
    assertEquals("[\"\"]", JsonPath.root().key("").toString());
    assertEquals("a", JsonPath.root().key("a").key("b").parent().toString());
    JsonPath deep = JsonPath.root();
    for (int i = 0; i < 5_000; i++) deep = deep.key("k");
    assertEquals(5_000 * 2 - 1, deep.toString().length()); // written without recursion
  }

  @Test
  void objectsAreImmutable() throws DiagnosticException {
    JsonValue.JsonObject o = (JsonValue.JsonObject) read("{\"a\":1}");
    assertThrows(UnsupportedOperationException.class, () -> o.members().put("b", new JsonValue.JsonNull()));
    assertEquals(Map.of("a", new JsonValue.JsonInteger(1), "b", new JsonValue.JsonNull()), o.with("b", new JsonValue.JsonNull()).members());
    assertEquals(1, o.members().size());
  }
}
