package dev.insomnia.profile;

import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_PROMPT_SOURCE_UNSUPPORTED;

import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonType;
import dev.insomnia.json.JsonValue;
import dev.insomnia.schema.ReadContext;
import dev.insomnia.schema.Rules;
import dev.insomnia.schema.Shape;
import java.util.Optional;

/**
 * Prompt refs name instruction assets: {@code $insomnia/prompts/coder.md} is a builtin asset.
 * {@code $user/...} and {@code $workspace/...} are reserved for prompt sources that do not
 * exist yet ({@code profile.prompt-source-unsupported}); anything else is malformed.
 */
public final class PromptRef {
  /** The prefix of builtin prompt assets. */
  public static final String BUILTIN = "$insomnia/";

  /** A well-formed, supported prompt ref. */
  public static final Shape<String> SHAPE = new RefShape();

  private PromptRef() {}

  /** Slash-separated names, none empty, {@code .} or {@code ..}; no backslashes or NULs. */
  private static boolean isAssetPath(String path) {
    if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) return false;
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) return false;
    }
    return true;
  }

  private static final class RefShape implements Shape<String> {
    @Override
    public Optional<String> read(JsonValue value, JsonPath at, ReadContext context) {
      if (!(value instanceof JsonValue.JsonString s)) {
        context.wrongType(at, expected(), value);
        return Optional.empty();
      }
      String ref = s.value();
      if (ref.startsWith("$user/") || ref.startsWith("$workspace/")) {
        context.report(at, PROFILE_PROMPT_SOURCE_UNSUPPORTED.error(ref));
        return Optional.empty();
      }
      if (!ref.startsWith(BUILTIN) || !isAssetPath(ref.substring(BUILTIN.length()))) {
        context.badValue(at, rules(), value);
        return Optional.empty();
      }
      return Optional.of(ref);
    }

    @Override
    public JsonValue write(String value) {
      return new JsonValue.JsonString(value);
    }

    @Override
    public String expected() {
      return Rules.type(JsonType.STRING);
    }

    @Override
    public String rules() {
      return Rules.rule("prompt-ref");
    }
  }
}
