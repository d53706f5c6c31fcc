package dev.insomnia.profile;

import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_SECRET;

import dev.insomnia.json.JsonPath;
import dev.insomnia.json.JsonValue;
import dev.insomnia.schema.ReadContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds raw secret material anywhere in a profile, before the schema walk, so that {@code
 * model.api_key = "sk-..."} is reported as a secret rather than as an unknown field. The
 * secret itself is never quoted in the diagnostic.
 */
final class SecretScan {
  /** Field names that hold credentials, at any depth (compared in lower case). */
  private static final List<String> SECRET_FIELDS =
      List.of(
          "api_key", "apikey", "token", "access_token", "password", "secret", "client_secret",
          "private_key");

  /**
   * Which lengths a secret field name has: most keys (a large environment's names) are ruled
   * out by their length alone, which ASCII case-insensitive comparison keeps.
   */
  private static final boolean[] SECRET_FIELD_LENGTHS = lengths(SECRET_FIELDS);

  /**
   * Prefixes of well-known credential formats (OpenAI, GitHub, Slack), each followed in a real
   * token by 20 or more token characters (GitHub's are 36 after {@code ghp_}, OpenAI's 40 and
   * more), so names such as {@code sk-bot} are not mistaken for keys.
   */
  private static final List<String> CREDENTIAL_PREFIXES =
      List.of("sk-", "ghp_", "gho_", "github_pat_", "xoxb-", "xoxp-");

  /** Words that mark an environment variable as a secret. */
  private static final List<String> SECRET_ENV_WORDS =
      List.of("KEY", "TOKEN", "SECRET", "PASSWORD");

  private static final JsonPath ENV = JsonPath.of("env");

  private SecretScan() {}

  static void scan(JsonValue.JsonObject profile, ReadContext context) {
    walk(profile, JsonPath.root(), context);
  }

  private static void walk(JsonValue value, JsonPath at, ReadContext context) {
    if (value instanceof JsonValue.JsonObject object) {
      boolean env = at.equals(ENV); // once per table, not for each of its members
      for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
        String key = member.getKey();
        if (member.getValue() instanceof JsonValue.JsonString s) {
          Optional<String> reason = reason(env, key, s.value()); // the path only when reported
          if (reason.isPresent()) context.report(at.key(key), PROFILE_SECRET.error(reason.get()));
        } else {
          walk(member.getValue(), at.key(key), context);
        }
      }
    } else if (value instanceof JsonValue.JsonArray array) {
      for (int i = 0; i < array.elements().size(); i++) {
        JsonValue element = array.elements().get(i);
        if (element instanceof JsonValue.JsonString s) {
          Optional<String> reason = credentialShape(s.value());
          if (reason.isPresent()) {
            context.report(at.index(i + 1), PROFILE_SECRET.error(reason.get()));
          }
        } else {
          walk(element, at.index(i + 1), context);
        }
      }
    }
  }

  /**
   * Why the string {@code value} of field {@code key} is a secret, in the profile's {@code env}
   * table when {@code env}.
   */
  private static Optional<String> reason(boolean env, String key, String value) {
    if (isSecretFieldName(key)) {
      return Optional.of(PROFILE_SECRET.text("reason.field-name", key));
    }
    if (env) {
      String upper = upperCase(key);
      for (String word : SECRET_ENV_WORDS) {
        if (upper.contains(word)) return Optional.of(PROFILE_SECRET.text("reason.env-name", key));
      }
    }
    return credentialShape(value);
  }

  /**
   * {@code SECRET_FIELDS.contains(key.toLowerCase(Locale.ROOT))}. An ASCII key of a secret
   * name's length is compared with each name ignoring ASCII case, which is the same test (the
   * names are lower-case ASCII) without lower-casing every key; other keys are lower-cased as
   * before (lower-casing may change a non-ASCII key's length: {@code İ} becomes two chars).
   */
  static boolean isSecretFieldName(String key) {
    int n = key.length();
    for (int i = 0; i < n; i++) {
      if (key.charAt(i) >= 0x80) return SECRET_FIELDS.contains(key.toLowerCase(Locale.ROOT));
    }
    if (n >= SECRET_FIELD_LENGTHS.length || !SECRET_FIELD_LENGTHS[n]) return false;
    for (int i = 0; i < SECRET_FIELDS.size(); i++) {
      if (key.equalsIgnoreCase(SECRET_FIELDS.get(i))) return true;
    }
    return false;
  }

  private static boolean[] lengths(List<String> names) {
    int longest = 0;
    for (String name : names) longest = Math.max(longest, name.length());
    boolean[] lengths = new boolean[longest + 1];
    for (String name : names) lengths[name.length()] = true;
    return lengths;
  }

  /**
   * {@code key.toUpperCase(Locale.ROOT)}, without the copy for the usual key that has no
   * lower-case ASCII letter; other keys go through {@code toUpperCase}, whose non-ASCII
   * mappings matter here ({@code ſ} upper-cases to {@code S}).
   */
  static String upperCase(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c >= 0x80 || (c >= 'a' && c <= 'z')) return key.toUpperCase(Locale.ROOT);
    }
    return key;
  }

  /**
   * Why a string looks like a credential, whatever field holds it. The checks are written out
   * rather than matched with regexes (this runs on every string of a profile); {@code
   * SecretScanTest} holds them to the regexes they replace: a prefix then {@code
   * [A-Za-z0-9_-]{20,}} in a string without whitespace once stripped, {@code
   * (?<![A-Z0-9])AKIA[A-Z0-9]{16}(?![A-Z0-9])} found anywhere, a PEM private key header.
   */
  static Optional<String> credentialShape(String value) {
    String trimmed = null;
    for (String prefix : CREDENTIAL_PREFIXES) {
      if (trimmed == null) {
        if (!mayStartWithPrefix(value)) break;
        trimmed = value.strip();
        if (hasWhitespace(trimmed)) break;
      }
      if (trimmed.startsWith(prefix) && isTokenTail(trimmed, prefix.length())) {
        return Optional.of(PROFILE_SECRET.text("reason.prefix", prefix));
      }
    }
    if (hasAwsAccessKey(value)) {
      return Optional.of(PROFILE_SECRET.text("reason.aws-key"));
    }
    int begin = value.indexOf("-----BEGIN");
    if (begin >= 0 && value.indexOf("PRIVATE KEY", begin) >= 0) {
      return Optional.of(PROFILE_SECRET.text("reason.private-key"));
    }
    return Optional.empty();
  }

  /**
   * Whether the first character that {@code strip()} keeps could begin a credential prefix
   * ({@code s}, {@code g} or {@code x}): most strings are ruled out without stripping them.
   */
  private static boolean mayStartWithPrefix(String value) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (!Character.isWhitespace(c)) return c == 's' || c == 'g' || c == 'x';
      i += Character.charCount(c);
    }
    return false;
  }

  /** Whether any char of {@code s} is whitespace (as {@code Character.isWhitespace(char)}). */
  private static boolean hasWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) return true;
    }
    return false;
  }

  /** {@code [A-Za-z0-9_-]{20,}} from {@code from} to the end. */
  private static boolean isTokenTail(String s, int from) {
    if (s.length() - from < 20) return false;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean token =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '-';
      if (!token) return false;
    }
    return true;
  }

  /** {@code (?<![A-Z0-9])AKIA[A-Z0-9]{16}(?![A-Z0-9])} found anywhere in {@code s}. */
  private static boolean hasAwsAccessKey(String s) {
    for (int at = s.indexOf("AKIA"); at >= 0; at = s.indexOf("AKIA", at + 1)) {
      if (at > 0 && upperOrDigit(s.charAt(at - 1))) continue;
      int end = at + 20;
      if (end > s.length()) return false; // every later occurrence is shorter still
      boolean key = true;
      for (int i = at + 4; i < end && key; i++) key = upperOrDigit(s.charAt(i));
      if (key && (end == s.length() || !upperOrDigit(s.charAt(end)))) return true;
    }
    return false;
  }

  private static boolean upperOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
