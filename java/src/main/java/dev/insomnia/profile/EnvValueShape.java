package dev.insomnia.profile;

import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonValue;
import dev.insomnia.schema.Field;
import dev.insomnia.schema.ReadContext;
import dev.insomnia.schema.Rules;
import dev.insomnia.schema.Shape;
import dev.insomnia.schema.Shapes;
import dev.insomnia.schema.Table;
import java.util.Optional;

/** The shape of an {@link EnvValue}: a string, or a {@code { secret_env = "NAME" }} table. */
final class EnvValueShape implements Shape<EnvValue> {
  private static final Field<EnvValue.SecretRef, String> SECRET_ENV =
      Field.required("secret_env", Shapes.string(EnvValue.NAME_PATTERN), EnvValue.SecretRef::name)
          .doc("the launching environment's variable to take the value from", "\"OPENAI_API_KEY\"");
  private static final Table<EnvValue.SecretRef> SECRET_REF =
      Table.of(v -> new EnvValue.SecretRef(v.get(SECRET_ENV)), SECRET_ENV);

  @Override
  public Optional<EnvValue> read(JsonValue value, JsonPath at, ReadContext context) {
    if (value instanceof JsonValue.JsonString s) return Optional.of(new EnvValue.Plain(s.value()));
    if (value instanceof JsonValue.JsonObject) {
      return SECRET_REF.read(value, at, context).map(EnvValue.class::cast);
    }
    context.wrongType(at, expected(), value);
    return Optional.empty();
  }

  @Override
  public JsonValue write(EnvValue value) {
    if (value instanceof EnvValue.Plain p) return new JsonValue.JsonString(p.value());
    return SECRET_REF.write((EnvValue.SecretRef) value);
  }

  @Override
  public String expected() {
    return Rules.typeName("env-value");
  }
}
