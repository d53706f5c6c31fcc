package dev.insomnia.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link JsonWriter} writes the bytes the Jackson-based writer did ({@link JacksonJsonWriter}). */
class JsonWriterTest {

  private static final long SEED = 0x5EED_1503L;

  private static JsonValue.JsonString str(String s) {
    return new JsonValue.JsonString(s);
  }

  /** Both writers' bytes; when they differ, shown with all but printable ASCII as {@code <xx>}. */
  private static void assertSameAsJackson(JsonValue tree) {
    byte[] expected = JacksonJsonWriter.write(tree);
    byte[] actual = JsonWriter.write(tree);
    if (!Arrays.equals(expected, actual)) assertEquals(visible(expected), visible(actual));
    assertArrayEquals(expected, actual);
  }

  /** {@code s} as a root, an element, a value and a key. */
  private static void assertStringSameAsJackson(String s) {
    assertSameAsJackson(str(s));
    assertSameAsJackson(new JsonValue.JsonArray(List.of(str(s), str(s))));
    Map<String, JsonValue> members = new HashMap<>();
    members.put("\u00ff", str(s));
    members.put(s, str("v")); // a key too (and the only member when s is "\u00ff")
    assertSameAsJackson(JsonValue.JsonObject.of(members));
  }

  private static String visible(byte[] bytes) {
    StringBuilder b = new StringBuilder(bytes.length);
    for (byte x : bytes) {
      int c = x & 0xff;
      if (c >= 0x20 && c < 0x7f && c != '<') b.append((char) c);
      else b.append(String.format("<%02x>", c));
    }
    return b.toString();
  }

  static Stream<String> edgeStrings() {
    List<String> strings = new ArrayList<>();
    for (char c = 0; c < 0x80; c++) { // every control char, '"', '\\', '/', DEL
      strings.add(String.valueOf(c));
      strings.add("a" + c + "b");
    }
    strings.addAll(
        List.of(
            "",
            "\u0080",
            "\u00ff",
            "\u0100",
            "\u07ff",
            "\u0800",
            "\ud7ff",
            "\ue000",
            "\ufffd",
            "\ufffe",
            "\uffff",
            // pairs: the first, a common and the last astral code point
            "\ud800\udc00",
            "\ud83d\ude00",
            "\udbff\udfff",
            "x\ud83d\ude00y\ud83d\ude00",
            // unpaired surrogates: alone, last, first, before other chars
            "\ud800",
            "\udbff",
            "\udc00",
            "\udfff",
            "a\ud800",
            "\udc00a",
            "\ud800a",
            "\ud800\"",
            "\ud800\\",
            "\ud800\n",
            "\ud800\u00e9",
            "\ud800\u20ac",
            "\ud800\ud800",
            "\ud800\ud800\udc00",
            "\udc00\ud800",
            "\udc00\udc00"));
    // Jackson's 1,000-char slices: a pair, a lone high surrogate, an escape at the edges
    for (int at : new int[] {997, 998, 999, 1000, 1001, 1998, 1999, 2000, 2999}) {
      for (String s : new String[] {"\ud83d\ude00", "\ud800", "\ud800a", "\n", "\u00e9"}) {
        strings.add("a".repeat(at) + s + "b".repeat(1200));
        strings.add("a".repeat(at) + s);
      }
    }
    strings.add("\n".repeat(5000)); // escapes growing the array
    strings.add("\u0001".repeat(3000));
    strings.add("\ud83d\ude00".repeat(3000));
    strings.add("\u20ac".repeat(3000));
    strings.add("x".repeat(100_000));
    return strings.stream();
  }

  @ParameterizedTest
  @MethodSource("edgeStrings")
  void edgeStringsAsJackson(String s) {
    assertStringSameAsJackson(s);
  }

  @Test
  void numbersLiteralsAndContainersAsJackson() {
    List<JsonValue> values = new ArrayList<>();
    for (long i : new long[] {0, 1, -1, 9, 10, -10, Long.MIN_VALUE, Long.MAX_VALUE}) {
      values.add(new JsonValue.JsonInteger(i));
    }
    for (double f : new double[] {0.0, -0.0, 1.0, -1.0, 1.0e10, 1.0e21, 1.5e-7, 0.1}) {
      values.add(new JsonValue.JsonFloat(f));
    }
    for (double f : new double[] {123456789.125, Double.MIN_VALUE, Double.MIN_NORMAL}) {
      values.add(new JsonValue.JsonFloat(f));
      values.add(new JsonValue.JsonFloat(-f));
    }
    values.add(new JsonValue.JsonFloat(Double.MAX_VALUE));
    values.add(new JsonValue.JsonBoolean(true));
    values.add(new JsonValue.JsonBoolean(false));
    values.add(new JsonValue.JsonNull());
    values.add(JsonValue.JsonObject.empty());
    values.add(new JsonValue.JsonArray(List.of()));
    values.add(new JsonValue.JsonArray(List.of(new JsonValue.JsonArray(List.of()))));
    values.add(
        JsonValue.JsonObject.of(
            Map.of(
                "a",
                JsonValue.JsonObject.of(
                    Map.of("b", new JsonValue.JsonArray(List.of(JsonValue.JsonObject.empty())))),
                "",
                str(""))));
    for (JsonValue value : values) {
      assertSameAsJackson(value);
      assertSameAsJackson(new JsonValue.JsonArray(List.of(value, value)));
      assertSameAsJackson(JsonValue.JsonObject.of(Map.of("a", value, "b", value)));
    }
    assertSameAsJackson(new JsonValue.JsonArray(values));
  }

  private static JsonValue nested(int depth, boolean objects) {
    JsonValue value = new JsonValue.JsonInteger(1);
    for (int i = 0; i < depth; i++) {
      value =
          objects
              ? JsonValue.JsonObject.of(Map.of("k", value))
              : new JsonValue.JsonArray(List.of(value));
    }
    return value;
  }

  @Test
  void nestingUpToJacksonsLimitAsJacksonDeeperRefusedByBoth() {
    for (boolean objects : new boolean[] {false, true}) {
      assertSameAsJackson(nested(JsonWriter.MAX_DEPTH, objects));
      JsonValue tooDeep = nested(JsonWriter.MAX_DEPTH + 1, objects);
      assertThrows(UncheckedIOException.class, () -> JacksonJsonWriter.write(tooDeep));
      assertThrows(IllegalArgumentException.class, () -> JsonWriter.write(tooDeep));
    }
  }

  /** Documents of each length around the array's first size meet every reservation at its end. */
  @Test
  void documentsEndingAtTheArraysEndAsJackson() {
    for (int n = 980; n < 1040; n++) {
      for (String tail : new String[] {"", "\n", "\u00e9", "\u20ac", "\ud83d\ude00", "\u0001"}) {
        String s = "x".repeat(n) + tail;
        assertSameAsJackson(str(s));
        assertSameAsJackson(JsonValue.JsonObject.of(Map.of(s, new JsonValue.JsonInteger(1))));
        assertSameAsJackson(
            JsonValue.JsonObject.of(Map.of("a", str(s), s, new JsonValue.JsonNull())));
        assertSameAsJackson(
            new JsonValue.JsonArray(List.of(new JsonValue.JsonInteger(12), str(s))));
      }
    }
  }

  /** Mostly ASCII, with escapes, 2- and 3-byte chars, pairs and unpaired surrogates. */
  private static String randomString(Random random) {
    int length =
        switch (random.nextInt(20)) {
          case 0 -> 900 + random.nextInt(1300); // across Jackson's slices
          case 1, 2 -> 0;
          default -> random.nextInt(24);
        };
    int profile = random.nextInt(4); // 0: ASCII only, 3: anything anywhere
    StringBuilder s = new StringBuilder(length + 1);
    while (s.length() < length) {
      int kind = profile == 0 ? 0 : random.nextInt(profile == 3 ? 6 : 12);
      switch (kind) {
        case 1 -> s.append((char) random.nextInt(0x20));
        case 2 -> s.append("\"\\/\u007f".charAt(random.nextInt(4)));
        case 3 -> s.append((char) (0x80 + random.nextInt(0x800 - 0x80)));
        case 4 -> {
          char c = (char) (0x800 + random.nextInt(0x10000 - 0x800));
          s.append(Character.isSurrogate(c) && profile < 3 ? '\u20ac' : c);
        }
        case 5 -> {
          if (profile == 3 && random.nextInt(3) == 0) {
            s.append((char) (0xd800 + random.nextInt(0x800))); // high or low, alone
          } else {
            s.appendCodePoint(0x10000 + random.nextInt(0x110000 - 0x10000));
          }
        }
        default -> s.append((char) (0x20 + random.nextInt(0x5f)));
      }
    }
    return s.toString();
  }

  private static JsonValue randomTree(Random random, int depth) {
    int kind = random.nextInt(depth >= 4 ? 6 : 8);
    return switch (kind) {
      case 0 -> str(randomString(random));
      case 1 ->
          new JsonValue.JsonInteger(random.nextBoolean() ? random.nextLong() : random.nextInt(100));
      case 2 -> {
        double f = Double.longBitsToDouble(random.nextLong());
        yield new JsonValue.JsonFloat(Double.isFinite(f) ? f : random.nextDouble());
      }
      case 3 -> new JsonValue.JsonBoolean(random.nextBoolean());
      case 4 -> new JsonValue.JsonNull();
      case 5 -> str(randomString(random));
      case 6 -> {
        List<JsonValue> elements = new ArrayList<>();
        for (int i = random.nextInt(6); i > 0; i--) elements.add(randomTree(random, depth + 1));
        yield new JsonValue.JsonArray(elements);
      }
      default -> {
        Map<String, JsonValue> members = new HashMap<>();
        for (int i = random.nextInt(8); i > 0; i--) {
          members.put(randomString(random), randomTree(random, depth + 1));
        }
        yield JsonValue.JsonObject.of(members);
      }
    };
  }

  @Test
  void randomStringsAsJackson() {
    Random random = new Random(SEED);
    for (int i = 0; i < 20_000; i++) assertStringSameAsJackson(randomString(random));
  }

  @Test
  void randomTreesAsJackson() {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < 3_000; i++) assertSameAsJackson(randomTree(random, 0));
  }
}
