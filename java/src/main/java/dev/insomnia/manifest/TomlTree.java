package dev.insomnia.manifest;

import static dev.insomnia.diagnostics.DiagnosticCode.MANIFEST_INVALID;
import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_TYPE;
import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_VALUE;

import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonValue;
import dev.insomnia.json.KeyOrder;
import dev.insomnia.schema.ReadContext;
import dev.insomnia.schema.Rules;
import dev.insomnia.schema.SourcePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * A TOML document as a JSON tree (tables as objects, arrays as arrays, integers, floats,
 * strings, booleans), with the position of every key and array element, so that problems
 * found later point at the line and column they come from. TOML dates and times have no place
 * in a manifest and are reported.
 */
final class TomlTree {
  record Parsed(JsonValue.JsonObject tree, Map<JsonPath, SourcePosition> positions) {}

  private final ReadContext context;
  private final Map<JsonPath, SourcePosition> positions = new HashMap<>();

  private TomlTree(ReadContext context) {
    this.context = context;
  }

  /** Parses {@code text}; syntax errors and unusable values are reported to {@code context}. */
  static Parsed parse(String text, ReadContext context) {
    TomlParseResult result;
    try {
      result = Toml.parse(text);
    } catch (TomlParseError error) {
      // tomlj 1.1.1 throws, rather than reports, a bad escape in a quoted [table] name
      syntax(error, context);
      return new Parsed(JsonValue.JsonObject.empty(), Map.of());
    }
    for (TomlParseError error : result.errors()) syntax(error, context);
    if (result.hasErrors()) return new Parsed(JsonValue.JsonObject.empty(), Map.of());
    TomlTree converter = new TomlTree(context);
    return new Parsed(converter.table(result, JsonPath.root()), Map.copyOf(converter.positions));
  }

  private static void syntax(TomlParseError error, ReadContext context) {
    TomlPosition at = error.position();
    context.report(
        new SourcePosition(at.line(), at.column()), MANIFEST_INVALID.error(error.getMessage()));
  }

  private JsonValue.JsonObject table(TomlTable table, JsonPath at) {
    TreeMap<String, JsonValue> members = new TreeMap<>(KeyOrder.INSTANCE);
    for (String key : table.keySet()) {
      List<String> path = List.of(key);
      JsonPath keyAt = at.key(key);
      remember(keyAt, table.inputPositionOf(path));
      members.put(key, value(table.get(path), keyAt));
    }
    return new JsonValue.JsonObject(members);
  }

  private JsonValue array(TomlArray array, JsonPath at) {
    List<JsonValue> elements = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      JsonPath elementAt = at.index(i + 1);
      remember(elementAt, array.inputPositionOf(i));
      elements.add(value(array.get(i), elementAt));
    }
    return new JsonValue.JsonArray(elements);
  }

  private JsonValue value(Object value, JsonPath at) {
    if (value instanceof TomlTable t) return table(t, at);
    if (value instanceof TomlArray a) return array(a, at);
    if (value instanceof String s) return new JsonValue.JsonString(s);
    if (value instanceof Long l) return new JsonValue.JsonInteger(l);
    if (value instanceof Boolean b) return new JsonValue.JsonBoolean(b);
    if (value instanceof Double d) {
      if (Double.isFinite(d)) return new JsonValue.JsonFloat(d);
      context.report(at, PROFILE_VALUE.error(Rules.rule("finite"), d));
    } else {
      context.report(at, PROFILE_TYPE.error(Rules.typeName("toml-value"), Rules.typeName("date")));
    }
    return new JsonValue.JsonNull(); // never used: the problem rejects the manifest
  }

  private void remember(JsonPath at, TomlPosition position) {
    if (position != null) positions.put(at, new SourcePosition(position.line(), position.column()));
  }
}
