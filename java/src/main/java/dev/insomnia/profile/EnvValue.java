package dev.insomnia.profile;

import dev.insomnia.json.KeyOrderedMap;
import dev.insomnia.schema.Shape;
import dev.insomnia.schema.Shapes;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * The value of one environment variable of the Pod: a plain string, or a reference to a
 * variable of the launching environment ({@code secrets.env("NAME")}), which stays a reference
 * in the manifest and is resolved only when the Pod starts.
 */
public sealed interface EnvValue {

  /** Names of environment variables, in the environment and in secret references. */
  String NAME_PATTERN = "[A-Z_][A-Z0-9_]*";

  record Plain(String value) implements EnvValue {
    public Plain {
      Objects.requireNonNull(value, "value");
    }
  }

  /** {@code { secret_env = "NAME" }}: the launching environment's variable NAME. */
  record SecretRef(String name) implements EnvValue {
    public SecretRef {
      Objects.requireNonNull(name, "name");
    }
  }

  /** A plain string or a {@code { secret_env = "NAME" }} table. */
  Shape<EnvValue> SHAPE = new EnvValueShape();

  /** An environment: names to values, in key order (shared by profiles and manifests). */
  Shape<Map<String, EnvValue>> ENVIRONMENT_SHAPE =
      Shapes.map(
          Shapes.mapOf(NAME_PATTERN, SHAPE),
          (SortedMap<String, EnvValue> m) -> (Map<String, EnvValue>) m,
          EnvValue::sorted);

  /**
   * An immutable copy of {@code env} in key order ({@code env} itself when it is such a map
   * already, as what the schema reads is: a profile's environment is not re-sorted by each
   * record it passes through).
   */
  static SortedMap<String, EnvValue> sorted(Map<String, EnvValue> env) {
    return KeyOrderedMap.copyOf(env);
  }
}
