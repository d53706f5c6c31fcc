package dev.insomnia.schema;

import dev.insomnia.json.JsonValue;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The field reference of docs/profiles.md, generated from the tables so the documentation
 * cannot drift from the schema: one row per field, nested tables after their parent.
 */
public final class FieldReference {
  private FieldReference() {}

  /** Every field, nested tables expanded. */
  public static String markdown(Table<?> table) {
    return markdown(table, name -> true);
  }

  /** Every field; a nested table's fields only if {@code expand} accepts its name. */
  public static String markdown(Table<?> table, Predicate<String> expand) {
    StringBuilder s = new StringBuilder();
    s.append("| field | type | default | rules | what it is | example |\n");
    s.append("|---|---|---|---|---|---|\n");
    rows(s, "", table, expand);
    return s.toString();
  }

  private static void rows(
      StringBuilder s, String prefix, Table<?> table, Predicate<String> expand) {
    for (Field<?, ?> field : table.fields()) {
      String name = prefix + field.name();
      Shape<?> shape = field.shape();
      s.append("| `").append(name).append("` | ")
          .append(cell(shape.expected())).append(" | ")
          .append(cell(presence(field))).append(" | ")
          .append(cell(shape.rules().isEmpty() ? "" : shape.rules())).append(" | ")
          .append(cell(field.doc())).append(" | ")
          .append(field.example().isEmpty() ? "" : "`" + cell(field.example()) + "`")
          .append(" |\n");
      if (!expand.test(name)) continue;
      if (shape instanceof Table<?> nested) {
        rows(s, name + ".", nested, expand);
      } else if (shape instanceof ListShape<?> list && list.element() instanceof Table<?> nested) {
        rows(s, name + "[].", nested, expand);
      }
    }
  }

  private static String presence(Field<?, ?> field) {
    switch (field.presence()) {
      case REQUIRED:
        return "required";
      case OPTIONAL:
        return "absent";
      default:
        return field.defaultJson().map(v -> "`" + lua(v) + "`").orElse("");
    }
  }

  /** A value as a Lua author would write it. */
  static String lua(JsonValue value) {
    if (value instanceof JsonValue.JsonObject o) {
      if (o.members().isEmpty()) return "{}";
      StringBuilder s = new StringBuilder("{ ");
      String separator = "";
      for (Map.Entry<String, JsonValue> m : o.members().entrySet()) {
        s.append(separator).append(m.getKey()).append(" = ").append(lua(m.getValue()));
        separator = ", ";
      }
      return s.append(" }").toString();
    }
    if (value instanceof JsonValue.JsonArray a) {
      if (a.elements().isEmpty()) return "{}";
      StringBuilder s = new StringBuilder("{ ");
      String separator = "";
      for (JsonValue e : a.elements()) {
        s.append(separator).append(lua(e));
        separator = ", ";
      }
      return s.append(" }").toString();
    }
    if (value instanceof JsonValue.JsonNull) return "nil";
    return Found.describe(value);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
