package dev.insomnia.profile;

import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_SECRET;

import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonValue;
import dev.insomnia.schema.ReadContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds raw secret material anywhere in a profile, before the schema walk, so that {@code
 * model.api_key = "sk-..."} is reported as a secret rather than as an unknown field. The
 * secret itself is never quoted in the diagnostic.
 */
final class SecretScan {
  /** Field names that hold credentials, at any depth (compared in lower case). */
  private static final Set<String> SECRET_FIELDS =
      Set.of(
          "api_key", "apikey", "token", "access_token", "password", "secret", "client_secret",
          "private_key");

  /** Prefixes of well-known credential formats (OpenAI, GitHub, Slack). */
  /**
   * What follows a credential prefix in a real token: 20 or more token characters (GitHub's
   * are 36 after {@code ghp_}, OpenAI's 40 and more), so names such as {@code sk-bot} are not
   * mistaken for keys.
   */
  private static final java.util.regex.Pattern TOKEN_TAIL =
      java.util.regex.Pattern.compile("[A-Za-z0-9_-]{20,}");

  private static final List<String> CREDENTIAL_PREFIXES =
      List.of("sk-", "ghp_", "gho_", "github_pat_", "xoxb-", "xoxp-");

  private static final Pattern AWS_ACCESS_KEY =
      Pattern.compile("(?<![A-Z0-9])AKIA[A-Z0-9]{16}(?![A-Z0-9])");

  /** Words that mark an environment variable as a secret. */
  private static final List<String> SECRET_ENV_WORDS = List.of("KEY", "TOKEN", "SECRET", "PASSWORD");

  private static final JsonPath ENV = JsonPath.of("env");

  private SecretScan() {}

  static void scan(JsonValue.JsonObject profile, ReadContext context) {
    walk(profile, JsonPath.root(), context);
  }

  private static void walk(JsonValue value, JsonPath at, ReadContext context) {
    if (value instanceof JsonValue.JsonObject object) {
      for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
        JsonPath memberAt = at.key(member.getKey());
        if (member.getValue() instanceof JsonValue.JsonString s) {
          reason(at, member.getKey(), s.value())
              .ifPresent(r -> context.report(memberAt, PROFILE_SECRET.error(r)));
        } else {
          walk(member.getValue(), memberAt, context);
        }
      }
    } else if (value instanceof JsonValue.JsonArray array) {
      for (int i = 0; i < array.elements().size(); i++) {
        JsonValue element = array.elements().get(i);
        JsonPath elementAt = at.index(i + 1);
        if (element instanceof JsonValue.JsonString s) {
          credentialShape(s.value()).ifPresent(r -> context.report(elementAt, PROFILE_SECRET.error(r)));
        } else {
          walk(element, elementAt, context);
        }
      }
    }
  }

  /** Why the string {@code value} of field {@code key} in the table at {@code at} is a secret. */
  private static Optional<String> reason(JsonPath at, String key, String value) {
    if (SECRET_FIELDS.contains(key.toLowerCase(Locale.ROOT))) {
      return Optional.of(PROFILE_SECRET.text("reason.field-name", key));
    }
    if (at.equals(ENV)) {
      String upper = key.toUpperCase(Locale.ROOT);
      for (String word : SECRET_ENV_WORDS) {
        if (upper.contains(word)) return Optional.of(PROFILE_SECRET.text("reason.env-name", key));
      }
    }
    return credentialShape(value);
  }

  /** Why a string looks like a credential, whatever field holds it. */
  static Optional<String> credentialShape(String value) {
    String trimmed = value.strip();
    if (trimmed.chars().noneMatch(Character::isWhitespace)) {
      for (String prefix : CREDENTIAL_PREFIXES) {
        if (trimmed.startsWith(prefix)
            && TOKEN_TAIL.matcher(trimmed).region(prefix.length(), trimmed.length()).matches()) {
          return Optional.of(PROFILE_SECRET.text("reason.prefix", prefix));
        }
      }
    }
    if (AWS_ACCESS_KEY.matcher(value).find()) {
      return Optional.of(PROFILE_SECRET.text("reason.aws-key"));
    }
    int begin = value.indexOf("-----BEGIN");
    if (begin >= 0 && value.indexOf("PRIVATE KEY", begin) >= 0) {
      return Optional.of(PROFILE_SECRET.text("reason.private-key"));
    }
    return Optional.empty();
  }
}
