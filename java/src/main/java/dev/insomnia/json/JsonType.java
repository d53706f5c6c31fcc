package dev.insomnia.json;

import dev.insomnia.diagnostics.DiagnosticCode;
import java.util.Locale;

/** The kinds of JSON value, as diagnostics name them ("a table", "an integer", ...). */
public enum JsonType {
  OBJECT,
  ARRAY,
  STRING,
  INTEGER,
  FLOAT,
  BOOLEAN,
  NULL;

  /** The name used in messages, e.g. {@code an integer}; from the diagnostic catalog. */
  public String displayName() {
    return DiagnosticCode.PROFILE_TYPE.text("name." + name().toLowerCase(Locale.ROOT));
  }
}
