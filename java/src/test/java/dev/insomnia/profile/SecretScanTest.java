package dev.insomnia.profile;

import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.json.JsonValue;
import dev.insomnia.schema.ReadContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The secret scan's hand-written checks decide exactly as the regexes and case mappings they
 * replaced: the old {@code credentialShape} is kept here as the reference and both run on edge
 * cases and on generated strings built around the prefixes, AWS key ids and whitespace.
 */
class SecretScanTest {
  private static final Pattern TOKEN_TAIL = Pattern.compile("[A-Za-z0-9_-]{20,}");
  private static final List<String> PREFIXES =
      List.of("sk-", "ghp_", "gho_", "github_pat_", "xoxb-", "xoxp-");
  private static final Pattern AWS_ACCESS_KEY =
      Pattern.compile("(?<![A-Z0-9])AKIA[A-Z0-9]{16}(?![A-Z0-9])");

  /** {@code credentialShape} as it was, with regexes. */
  private static Optional<String> reference(String value) {
    String trimmed = value.strip();
    if (trimmed.chars().noneMatch(Character::isWhitespace)) {
      for (String prefix : PREFIXES) {
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

  private static final List<String> PIECES =
      List.of(
          "sk-", "ghp_", "gho_", "github_pat_", "xoxb-", "xoxp-", "AKIA", "A", "Z", "0", "9", "a",
          "_", "-", ".", " ", "\t", "\n", "\u2003", "\u00a0", "\u2028", "\u200b", "\ud83d\ude00",
          "\ud800", "\udc00", "s", "k", "g", "x", "-----BEGIN", "PRIVATE KEY",
          "AKIAABCDEFGHIJKLMNOP",
          "abcdefghij", "ABCDEFGHIJ", "0123456789", "é", "İ", "ſ", "\u212a");

  @Test
  void credentialShapeAgreesWithTheRegexes() {
    List<String> cases = new ArrayList<>();
    cases.add("");
    for (String prefix : PREFIXES) {
      for (int n = 18; n <= 22; n++) {
        cases.add(prefix + "a".repeat(n));
        cases.add("  " + prefix + "a".repeat(n) + " ");
        cases.add("\u2003" + prefix + "a".repeat(n));
        cases.add(prefix + "a".repeat(n) + " x");
        cases.add(prefix + "a".repeat(n) + "\u00a0");
        cases.add(prefix + "a".repeat(n) + "\u2028");
      }
    }
    for (String around : List.of("", "A", "1", "a", "-", " ", "\ud83d\ude00")) {
      for (int n = 15; n <= 17; n++) {
        String key = "AKIA" + "B".repeat(n);
        cases.add(around + key);
        cases.add(key + around);
        cases.add(around + key + around);
        cases.add("AKIAAKIA" + "C".repeat(n) + around);
      }
    }
    for (String value : cases) {
      assertEquals(reference(value), SecretScan.credentialShape(value), value);
    }

    Random random = new Random(13);
    for (int round = 0; round < 200_000; round++) {
      StringBuilder s = new StringBuilder();
      int pieces = random.nextInt(8);
      for (int i = 0; i < pieces; i++) s.append(PIECES.get(random.nextInt(PIECES.size())));
      String value = s.toString();
      assertEquals(reference(value), SecretScan.credentialShape(value), value);
    }
  }

  private static final List<String> SECRET_FIELDS =
      List.of(
          "api_key", "apikey", "token", "access_token", "password", "secret", "client_secret",
          "private_key");

  /** {@code name} with some letters upper-cased, some k/s replaced by their look-alikes. */
  private static String mixedCase(String name, Random random) {
    StringBuilder s = new StringBuilder();
    for (char c : name.toCharArray()) {
      int pick = random.nextInt(6);
      if (pick == 0 && c == 'k') s.append('\u212a');
      else if (pick == 0 && c == 's') s.append('\u017f');
      else if (pick < 3) s.append(Character.toUpperCase(c));
      else s.append(c);
    }
    return s.toString();
  }

  @Test
  void caseMappingsAgreeWithTheLocaleRootOnes() {
    Random random = new Random(5);
    List<String> keys = new ArrayList<>(List.of("", "api_key", "API_KEY", "Token", "tOKEN"));
    keys.addAll(List.of("to\u212aen", "\u017fecret", "pass\u0131word", "İ", "stra\u00dfe", "é"));
    keys.addAll(List.of("APIKEY", "Access_Token", "PASSWORD", "Secret", "CLIENT_SECRET"));
    keys.addAll(List.of("private_KEY", "api_keys", "_token", "toke", "client_secret\u212a"));
    keys.addAll(List.of("PRIVATE_\u212aEY", "\u0130", "api-key", "API_KEY "));
    for (String name : SECRET_FIELDS) {
      for (int i = 0; i < 30; i++) keys.add(mixedCase(name, random));
    }
    for (int round = 0; round < 50_000; round++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(6);
      for (int i = 0; i < length; i++) {
        String piece = PIECES.get(random.nextInt(PIECES.size()));
        s.append(piece.charAt(random.nextInt(piece.length())));
      }
      keys.add(s.toString());
    }
    for (String key : keys) {
      assertEquals(
          SECRET_FIELDS.contains(key.toLowerCase(Locale.ROOT)),
          SecretScan.isSecretFieldName(key),
          key);
      assertEquals(key.toUpperCase(Locale.ROOT), SecretScan.upperCase(key), key);
    }
  }

  /** A name with a secret's word is one in the profile's own {@code env} table only. */
  @Test
  void secretWordsInNamesCountInTheTopLevelEnvTableOnly() {
    JsonValue plain = new JsonValue.JsonString("plain-value");
    Map<String, JsonValue> names = Map.of("GITHUB_TOKEN", plain, "LANG", plain);
    JsonValue.JsonObject table = JsonValue.JsonObject.of(names);
    Map<String, JsonValue> env = new java.util.HashMap<>(names);
    env.put("inner", table);
    JsonValue.JsonObject profile =
        JsonValue.JsonObject.of(
            Map.of(
                "env", JsonValue.JsonObject.of(env),
                "GITHUB_TOKEN", plain,
                "model", JsonValue.JsonObject.of(Map.of("env", table, "x", table)),
                "list", new JsonValue.JsonArray(List.of(table))));
    ReadContext context = new ReadContext("profile.json");
    SecretScan.scan(profile, context);
    List<Diagnostic> problems = context.problems();
    assertEquals(List.of("env.GITHUB_TOKEN"), problems.stream().map(d -> d.path().get()).toList());
    assertEquals(PROFILE_SECRET, problems.get(0).code());
  }
}
