package dev.insomnia.diagnostics;

import java.util.Locale;

/**
 * Every stable diagnostic code, in one place. The code's text is derived from the constant's
 * name ({@code PROFILE_RUNTIME_ERROR} is {@code profile.runtime-error}); its message template,
 * help text and description live in {@code messages.properties} beside this class, and
 * docs/diagnostics.md is generated from both ({@link DiagnosticsTable}). Never reuse a code
 * for another meaning; add new ones in the same area.kind form.
 */
public enum DiagnosticCode {
  SELECTOR_NOT_FOUND,
  SELECTOR_AMBIGUOUS,
  SELECTOR_NIX_UNSUPPORTED,
  REGISTRY_INVALID,
  REGISTRY_NIX_UNSUPPORTED,
  PROFILE_SYNTAX,
  PROFILE_RUNTIME_ERROR,
  PROFILE_RETURN,
  PROFILE_UNKNOWN_FIELD,
  PROFILE_TYPE,
  PROFILE_VALUE,
  PROFILE_MISSING_FIELD,
  PROFILE_RUNTIME_FIELD,
  PROFILE_SECRET,
  PROFILE_UNKNOWN_MODEL,
  PROFILE_PROMPT_SOURCE_UNSUPPORTED,
  PROFILE_READ,
  SANDBOX_DENIED,
  REQUIRE_NOT_FOUND,
  REQUIRE_CYCLE,
  REQUIRE_ESCAPE,
  REQUIRE_INVALID_NAME,
  REQUIRE_AMBIGUOUS,
  LIMIT_MEMORY,
  LIMIT_INSTRUCTIONS,
  LIMIT_TIME,
  SCOPE_EXCEEDS_DELEGATION,
  JSON_SYNTAX,
  JSON_TOO_DEEP,
  JSON_DUPLICATE_KEY,
  MANIFEST_INVALID,
  SNAPSHOT_INVALID,
  POD_EXISTS,
  POD_NOT_FOUND,
  POD_INVALID_NAME,
  ENGINE_FAILURE,
  INPUT_TOO_MANY_PROBLEMS;

  private final String code;

  DiagnosticCode() {
    String lower = name().toLowerCase(Locale.ROOT);
    int dot = lower.indexOf('_');
    this.code = lower.substring(0, dot) + "." + lower.substring(dot + 1).replace('_', '-');
  }

  /** The stable text, e.g. {@code profile.unknown-field}. */
  public String code() {
    return code;
  }

  /** The constant for a code text, if there is one. */
  public static java.util.Optional<DiagnosticCode> of(String code) {
    for (DiagnosticCode c : values()) {
      if (c.code.equals(code)) return java.util.Optional.of(c);
    }
    return java.util.Optional.empty();
  }

  /** An error with this code, its message built from the catalog template and {@code args}. */
  public Diagnostic error(Object... args) {
    return Diagnostic.of(Severity.ERROR, this, args);
  }

  /**
   * A further text of this code from the catalog ({@code CODE.part}), for arguments that vary
   * by case (a reason, a rule, a type name), so that every text stays in messages.properties.
   */
  public String text(String part, Object... args) {
    return Messages.format(Messages.template(this, part), args);
  }

  /** A warning with this code. */
  public Diagnostic warning(Object... args) {
    return Diagnostic.of(Severity.WARNING, this, args);
  }

  /**
   * An error worded by one of this code's variants: the templates {@code CODE.message.VARIANT}
   * and {@code CODE.help.VARIANT} (the code's own help when the variant has none). For one code
   * reported in several situations, so the wording stays in the catalog.
   */
  public Diagnostic errorVariant(String variant, Object... args) {
    return Diagnostic.of(Severity.ERROR, this, variant, args);
  }

  @Override
  public String toString() {
    return code;
  }
}
