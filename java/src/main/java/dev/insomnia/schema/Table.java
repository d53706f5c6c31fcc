package dev.insomnia.schema;

import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonType;
import dev.insomnia.json.JsonValue;
import dev.insomnia.json.KeyOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A strict table of fields that binds to a record {@code R}: every field of the table is
 * declared once, and the same declaration reads, validates, fills defaults, writes and
 * documents it. Unknown keys are reported with the closest known name; missing required
 * fields are reported; every field is read even after a problem, so all problems show at once.
 */
public final class Table<R> implements Shape<R> {

  /** Builds the record from the fields' values; may report problems across fields. */
  @FunctionalInterface
  public interface Builder<R> {
    Optional<R> build(Values values, JsonValue.JsonObject raw, JsonPath at, ReadContext context);
  }

  /** The values read for a table's fields. */
  public static final class Values {
    private final Map<Field<?, ?>, Object> values = new HashMap<>();

    @SuppressWarnings("unchecked")
    public <V> V get(Field<?, V> field) {
      Object value = values.get(field);
      if (value == null) throw new IllegalStateException("no value for " + field.name());
      return (V) value;
    }
  }

  private final Map<String, Field<R, ?>> fields = new LinkedHashMap<>();
  private final Builder<R> builder;

  private Table(List<Field<R, ?>> fields, Builder<R> builder) {
    for (Field<R, ?> field : fields) {
      if (this.fields.put(field.name(), field) != null) {
        throw new IllegalArgumentException("field declared twice: " + field.name());
      }
    }
    this.builder = builder;
  }

  /** A table whose record is built from its field values alone. */
  @SafeVarargs
  public static <R> Table<R> of(Function<Values, R> build, Field<R, ?>... fields) {
    List<Field<R, ?>> list = new ArrayList<>(fields.length);
    for (Field<R, ?> field : fields) list.add(field); // the varargs array itself never escapes
    return new Table<>(list, (values, raw, at, context) -> Optional.of(build.apply(values)));
  }

  /** A table whose builder checks rules across fields and may report problems. */
  @SafeVarargs
  public static <R> Table<R> checked(Builder<R> build, Field<R, ?>... fields) {
    List<Field<R, ?>> list = new ArrayList<>(fields.length);
    for (Field<R, ?> field : fields) list.add(field); // the varargs array itself never escapes
    return new Table<>(list, build);
  }

  /** The fields, in declaration order. */
  List<Field<R, ?>> fields() {
    return List.copyOf(fields.values());
  }

  /** The names of the fields, in declaration order. */
  List<String> names() {
    return List.copyOf(fields.keySet());
  }

  @Override
  public Optional<R> read(JsonValue value, JsonPath at, ReadContext context) {
    if (!(value instanceof JsonValue.JsonObject object)) {
      context.wrongType(at, expected(), value);
      return Optional.empty();
    }
    Values values = new Values();
    Set<String> suggested = new HashSet<>(); // a misspelt field is not also "missing"
    boolean failed = false;
    for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
      JsonPath memberAt = at.key(member.getKey());
      Field<R, ?> field = fields.get(member.getKey());
      if (context.isClaimed(memberAt)) {
        failed = true; // reported already (a secret, a runtime-only field)
      } else if (field == null) {
        context.unknownField(memberAt, names()).ifPresent(suggested::add);
        failed = true;
      } else {
        failed |= !put(values, field, field.readPresent(member.getValue(), memberAt, context));
      }
    }
    for (Field<R, ?> field : fields.values()) {
      if (object.members().containsKey(field.name())) continue;
      JsonPath fieldAt = at.key(field.name());
      if (suggested.contains(field.name())) context.claim(fieldAt);
      failed |= !put(values, field, field.readAbsent(fieldAt, context));
    }
    return failed ? Optional.empty() : builder.build(values, object, at, context);
  }

  private static boolean put(Values values, Field<?, ?> field, Optional<?> value) {
    value.ifPresent(v -> values.values.put(field, v));
    return value.isPresent();
  }

  @Override
  public JsonValue.JsonObject write(R record) {
    TreeMap<String, JsonValue> members = new TreeMap<>(KeyOrder.INSTANCE);
    for (Field<R, ?> field : fields.values()) {
      field.write(record).ifPresent(v -> members.put(field.name(), v));
    }
    return new JsonValue.JsonObject(members);
  }

  /** The record every field's default gives; fails if the table has required fields. */
  public R defaults() {
    ReadContext context = new ReadContext("defaults");
    return read(JsonValue.JsonObject.empty(), JsonPath.root(), context)
        .orElseThrow(() -> new IllegalStateException(context.problems().toString()));
  }

  @Override
  public String expected() {
    return Rules.type(JsonType.OBJECT);
  }
}
