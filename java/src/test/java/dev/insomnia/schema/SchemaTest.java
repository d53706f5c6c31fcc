package dev.insomnia.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.insomnia.diagnostics.DiagnosticCode;
import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The schema machinery on its own, with a small table. */
class SchemaTest {
  record Point(long x, Optional<Long> y, String label) {}

  private static final Field<Point, Long> X = Field.required("x", Shapes.integer(0, 9), Point::x);
  private static final Field<Point, Optional<Long>> Y = Field.optional("y", Shapes.integer(0, 9), Point::y);
  private static final Field<Point, String> LABEL = Field.defaulted("label", Shapes.string(), "p", Point::label);
  private static final Table<Point> POINT = Table.of(v -> new Point(v.get(X), v.get(Y), v.get(LABEL)), X, Y, LABEL);

  private static JsonValue.JsonObject object(Map<String, JsonValue> members) {
    return JsonValue.JsonObject.of(members);
  }

  @Test
  void aTableReadsDefaultsAndWritesBackLeavingOutAbsentOptionals() {
    ReadContext context = new ReadContext("t");
    Point p = POINT.read(object(Map.of("x", new JsonValue.JsonInteger(3))), JsonPath.root(), context).orElseThrow();
    assertEquals(new Point(3, Optional.empty(), "p"), p);
    assertEquals(
        object(Map.of("x", new JsonValue.JsonInteger(3), "label", new JsonValue.JsonString("p"))),
        POINT.write(p));
  }

  @Test
  void aTableReportsEveryProblemAndClaimedPathsOnce() {
    ReadContext context = new ReadContext("t");
    context.claim(JsonPath.of("label"));
    Optional<Point> p =
        POINT.read(
            object(Map.of("y", new JsonValue.JsonInteger(10), "zzz", new JsonValue.JsonNull(), "label", new JsonValue.JsonInteger(1))),
            JsonPath.root(),
            context);
    assertTrue(p.isEmpty());
    assertEquals(
        List.of("profile.value y", "profile.unknown-field zzz", "profile.missing-field x"),
        context.problems().stream().map(d -> d.code().code() + " " + d.path().orElseThrow()).toList());
  }

  @Test
  void onlyUniqueListsRefuseRepeats() {
    JsonValue repeated =
        new JsonValue.JsonArray(
            List.of(new JsonValue.JsonString("a"), new JsonValue.JsonString("b"), new JsonValue.JsonString("a")));
    ReadContext plain = new ReadContext("t");
    assertEquals(
        Optional.of(List.of("a", "b", "a")),
        Shapes.listOf(Shapes.string()).read(repeated, JsonPath.root(), plain));
    assertEquals(List.of(), plain.problems());

    ReadContext unique = new ReadContext("t");
    assertTrue(Shapes.uniqueListOf(Shapes.string()).read(repeated, JsonPath.root(), unique).isEmpty());
    assertEquals(
        List.of("profile.value [3]"),
        unique.problems().stream().map(d -> d.code().code() + " " + d.path().orElseThrow()).toList());
  }

  @Test
  void defaultsNeedNoRequiredFields() {
    assertThrows(IllegalStateException.class, POINT::defaults);
  }

  @Test
  void fieldsAreDeclaredOnce() {
    assertThrows(IllegalArgumentException.class, () -> Table.of(v -> new Point(0, Optional.empty(), ""), X, X));
  }

  @Test
  void theClosestNameIsByEditDistanceIgnoringCase() {
    assertEquals(1, Closest.distance("reasonning", "reasoning"));
    assertEquals(3, Closest.distance("kitten", "sitting"));
    assertEquals("reasoning", Closest.to("Reasonning", List.of("tools", "reasoning", "max_turns")));
    assertEquals("max_turns", Closest.to("maxTurns", List.of("tools", "reasoning", "max_turns")));
    assertTrue(Closest.isMisspelling("secret_envv", "secret_env"));
    assertTrue(Closest.isMisspelling("modle", "model"));
    assertTrue(!Closest.isMisspelling("colour", "model"));
  }

  @Test
  void problemsAreLocatedAtTheNearestKnownPosition() {
    ReadContext context =
        new ReadContext("m.toml", Map.of(JsonPath.of("model"), new SourcePosition(4, 1)), Optional.empty());
    context.badValue(JsonPath.of("model", "id"), "x", new JsonValue.JsonString("y"));
    var d = context.problems().get(0);
    assertEquals(DiagnosticCode.PROFILE_VALUE, d.code());
    assertEquals(4, d.line().orElseThrow());
    assertEquals("model.id", d.path().orElseThrow());
  }

  @Test
  void pathsResolveAgainstTheBaseDirectoryOrMustBeAbsolute() {
    ReadContext relative = new ReadContext("m", Map.of(), Optional.of(Path.of("/etc/app")));
    assertEquals(Optional.of(Path.of("/etc/data")), Shapes.path().read(new JsonValue.JsonString("../data"), JsonPath.root(), relative));
    ReadContext strict = new ReadContext("s");
    assertEquals(Optional.empty(), Shapes.path().read(new JsonValue.JsonString("data"), JsonPath.of("p"), strict));
    assertEquals(Optional.empty(), Shapes.path().read(new JsonValue.JsonString("/a/./b"), JsonPath.of("q"), strict));
    assertEquals(Optional.empty(), Shapes.path().read(new JsonValue.JsonString(""), JsonPath.of("r"), strict));
    assertEquals(3, strict.problemCount());
  }

  @Test
  void longFoundValuesAreCutShort() {
    String found = Found.describe(new JsonValue.JsonString("x".repeat(200)));
    assertEquals(80, found.length());
    assertTrue(found.endsWith("..."));
  }

  @Test
  void theReferenceWritesDefaultsAsLua() {
    assertEquals("{ a = 1, b = { \"x\" } }",
        FieldReference.lua(object(Map.of("a", new JsonValue.JsonInteger(1), "b", new JsonValue.JsonArray(List.of(new JsonValue.JsonString("x")))))));
    String table = FieldReference.markdown(POINT);
    assertTrue(table.contains("| `x` | an integer | required | an integer from 0 to 9 |"), table);
    assertTrue(table.contains("| `label` | a string | `\"p\"` |"), table);
    assertTrue(table.contains("| `y` | an integer | absent |"), table);
  }
}
