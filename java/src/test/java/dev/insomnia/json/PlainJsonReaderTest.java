package dev.insomnia.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.insomnia.diagnostics.DiagnosticException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written reader accepts only what Jackson accepts, and gives the same tree; what it
 * declines, Jackson reads (or refuses) as before. Checked on edge cases and on generated
 * documents, valid and mutated.
 */
class PlainJsonReaderTest {

  /** Whatever the plain reader accepts, Jackson accepts with an equal tree. */
  private static Optional<JsonValue> agree(byte[] json) {
    Optional<JsonValue> plain = PlainJsonReader.read(json);
    if (plain.isEmpty()) return plain;
    try {
      assertEquals(JsonReader.readWithJackson(json, "t.json"), plain.get(), () -> text(json));
    } catch (DiagnosticException e) {
      fail("accepted what Jackson refuses: " + text(json) + " -> " + e.diagnostics());
    }
    return plain;
  }

  private static String text(byte[] json) {
    return new String(json, StandardCharsets.ISO_8859_1);
  }

  private static Optional<JsonValue> agree(String json) {
    return agree(json.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "[]",
        " { } ",
        "0",
        "-0",
        "\"\"",
        "true",
        "null",
        "{\"a\":[1,2.5,\"x\",true,false,null],\"b\":{\"c\":{}}}",
        "{\"m\":9223372036854775807,\"n\":-9223372036854775808}",
        "{\"f\":1.0e21,\"g\":1.5E-7,\"h\":0.1,\"i\":-0.0,\"j\":1e+2,\"k\":2E5}",
        "\"\\u0000\\n\\\"\\\\\\/\\b\\f\\r\\t\\u00e9\\u20AC\\uFFFF\"",
        "{ \"b\" : 1 ,\n \"a\" : { \"d\":2,\t\"c\" : [ 3 , 4 ] } }\r\n",
        "[[[[[[[[[[1]]]]]]]]]]",
        "{\"~\":1,\"a\":2}",
      })
  void readsWellFormedAsciiAsJacksonDoes(String json) {
    assertTrue(agree(json).isPresent(), json);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "{",
        "[1,]",
        "{\"a\":1,}",
        "[01]",
        "-",
        "1.",
        ".5",
        "+1",
        "1e",
        "1e+",
        "[1 2]",
        "{\"a\" 1}",
        "{a:1}",
        "'x'",
        "tru",
        "truex",
        "[true1]",
        "nul",
        "NaN",
        "Infinity",
        "1e999",
        "-1e999",
        "9223372036854775808",
        "-9223372036854775809",
        "{\"a\":1,\"a\":2}",
        "\"\\x\"",
        "\"\\u12\"",
        "\"\\u12G4\"",
        "\"\\ud800\"",
        "\"\\udc00\\ud800\"",
        "\"\\ud83d\\ude00\"",
        "\"a\u0001b\"",
        "\"\u007f\"",
        "\"é\"",
        "{} {}",
        "[] x",
        "/* c */ 1",
        "1 // c",
        "\"unterminated",
        "\u00a01",
      })
  void declinesWhatItNeedNotDecide(String json) {
    assertTrue(agree(json).isEmpty(), json);
  }

  @Test
  void declinesNestingDeeperThanTheReaderAllows() {
    String deepest = "[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH);
    assertTrue(agree(deepest).isPresent());
    assertTrue(agree("[" + deepest + "]").isEmpty());
  }

  @Test
  void generatedDocumentsAndTheirMutationsAgreeWithJackson() {
    Random random = new Random(11);
    int accepted = 0;
    int mutants = 0;
    for (int round = 0; round < 3_000; round++) {
      String canonical = new String(JsonWriter.write(tree(random, 0)), StandardCharsets.UTF_8);
      String spaced = spaced(canonical, random);
      if (agree(canonical).isPresent()) accepted++;
      agree(spaced);
      for (int m = 0; m < 5; m++) {
        if (agree(mutated(spaced, random)).isPresent()) mutants++;
      }
    }
    assertTrue(accepted > 2_000, "accepted " + accepted); // non-ASCII trees are declined
    assertTrue(mutants > 100, "accepted mutants " + mutants); // the mutations are not all fatal
  }

  private static JsonValue tree(Random random, int depth) {
    int kind = random.nextInt(depth > 3 ? 6 : 8);
    switch (kind) {
      case 0:
        return new JsonValue.JsonString(string(random));
      case 1:
        return new JsonValue.JsonInteger(
            random.nextBoolean() ? random.nextInt(1000) - 500 : random.nextLong());
      case 2:
        double d =
            random.nextInt(4) == 0
                ? Double.longBitsToDouble(random.nextLong())
                : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20);
        return new JsonValue.JsonFloat(Double.isFinite(d) ? d : 1.5);
      case 3:
        return new JsonValue.JsonBoolean(random.nextBoolean());
      case 4:
        return new JsonValue.JsonNull();
      case 5:
        return new JsonValue.JsonString("");
      case 6:
        List<JsonValue> elements = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) elements.add(tree(random, depth + 1));
        return new JsonValue.JsonArray(elements);
      default:
        TreeMap<String, JsonValue> members = new TreeMap<>(KeyOrder.INSTANCE);
        for (int i = random.nextInt(6); i > 0; i--) {
          members.put(string(random), tree(random, depth + 1));
        }
        return new JsonValue.JsonObject(members);
    }
  }

  private static final String PIECES = "abcXYZ019_-./ \"\\\t\n\u0000\u001f\u007f~";

  private static String string(Random random) {
    StringBuilder s = new StringBuilder();
    for (int i = random.nextInt(12); i > 0; i--) {
      int pick = random.nextInt(40);
      if (pick == 0) s.append('é');
      else if (pick == 1) s.appendCodePoint(0x1F600);
      else s.append(PIECES.charAt(random.nextInt(PIECES.length())));
    }
    return s.toString();
  }

  /** Whitespace of the four JSON kinds between some tokens (outside strings). */
  private static String spaced(String json, Random random) {
    StringBuilder s = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      s.append(c);
      if (inString) {
        if (c == '\\') s.append(json.charAt(++i));
        else if (c == '"') inString = false;
      } else if (c == '"') {
        inString = true;
      } else if ("{}[],:".indexOf(c) >= 0 && random.nextInt(3) == 0) {
        s.append(" \t\n\r".charAt(random.nextInt(4)));
      }
    }
    return s.toString();
  }

  private static final String MUTATIONS = "{}[],:\"\\ 0-+.eE1tfnu/'\u0000\u007f\u00e9x";

  /** One byte replaced, inserted or removed. */
  private static String mutated(String json, Random random) {
    if (json.isEmpty()) return "x";
    int at = random.nextInt(json.length());
    char c = MUTATIONS.charAt(random.nextInt(MUTATIONS.length()));
    switch (random.nextInt(3)) {
      case 0:
        return json.substring(0, at) + c + json.substring(at + 1);
      case 1:
        return json.substring(0, at) + c + json.substring(at);
      default:
        return json.substring(0, at) + json.substring(at + 1);
    }
  }
}
