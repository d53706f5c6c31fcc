package dev.insomnia.schema;

import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_TYPE;
import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_VALUE;

import dev.insomnia.json.JsonType;

/** The catalog's rule and type texts ({@code profile.value.rule.*}, {@code profile.type.name.*}). */
public final class Rules {
  private Rules() {}

  /** A rule text, e.g. {@code rule("range", 1, 10000)}: "an integer from 1 to 10000". */
  public static String rule(String name, Object... args) {
    return PROFILE_VALUE.text("rule." + name, args);
  }

  /** A type name that is not a JSON type, e.g. {@code typeName("number")}: "a number". */
  public static String typeName(String name) {
    return PROFILE_TYPE.text("name." + name);
  }

  /** A type name, e.g. "a string". */
  public static String type(JsonType type) {
    return type.displayName();
  }
}
