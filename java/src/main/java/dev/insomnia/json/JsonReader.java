package dev.insomnia.json;

import static dev.insomnia.diagnostics.DiagnosticCode.JSON_DUPLICATE_KEY;
import static dev.insomnia.diagnostics.DiagnosticCode.JSON_SYNTAX;
import static dev.insomnia.diagnostics.DiagnosticCode.JSON_TOO_DEEP;
import static dev.insomnia.diagnostics.DiagnosticCode.PROFILE_VALUE;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.insomnia.diagnostics.Diagnostic;
import dev.insomnia.diagnostics.DiagnosticException;
import dev.insomnia.diagnostics.ProblemCap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads UTF-8 JSON into a {@link JsonValue} tree: the usual well-formed ASCII document by hand
 * ({@link PlainJsonReader}), everything else on Jackson's streaming parser. Integers stay
 * integers (64-bit; a larger one is a {@code profile.value} problem at its path), numbers with a
 * fraction or exponent are floats. Syntax errors carry their line and column; nesting is
 * bounded at {@value #MAX_DEPTH} levels, as in the native encoder. Problems that do not stop
 * the parse (oversized integers, duplicate keys) are all collected before failing, the first
 * {@value ProblemCap#LISTED} in full and the rest counted.
 */
public final class JsonReader {
  /** The deepest nesting of objects and arrays accepted (the native encoder's limit). */
  public static final int MAX_DEPTH = 100;

  private final JsonParser parser;
  private final String file;
  private final List<Diagnostic> problems = new ArrayList<>();
  private int unlisted;

  private JsonReader(JsonParser parser, String file) {
    this.parser = parser;
    this.file = file;
  }

  /**
   * The tree of {@code json}; diagnostics name {@code fileForDiagnostics}. The usual document
   * is read by {@link PlainJsonReader}; what it declines, Jackson reads.
   */
  public static JsonValue read(byte[] json, String fileForDiagnostics) throws DiagnosticException {
    Optional<JsonValue> plain = PlainJsonReader.read(json);
    return plain.isPresent() ? plain.get() : readWithJackson(json, fileForDiagnostics);
  }

  /** {@link #read} by Jackson alone, with every diagnostic. */
  static JsonValue readWithJackson(byte[] json, String fileForDiagnostics)
      throws DiagnosticException {
    refuseOtherEncodings(json, fileForDiagnostics);
    try (JsonParser parser = Jackson.FACTORY.createParser(json)) {
      JsonReader reader = new JsonReader(parser, fileForDiagnostics);
      if (parser.nextToken() == null) {
        throw new DiagnosticException(
            JSON_SYNTAX.error(JSON_SYNTAX.text("empty")).in(fileForDiagnostics, 1, 1));
      }
      JsonValue value = reader.value(JsonPath.root(), 0);
      if (parser.nextToken() != null) {
        throw new DiagnosticException(
            reader.located(JSON_SYNTAX.error(JSON_SYNTAX.text("trailing")), parser.currentTokenLocation()));
      }
      if (!reader.problems.isEmpty()) throw new DiagnosticException(reader.problems());
      return value;
    } catch (JsonProcessingException e) {
      // syntax errors, and Jackson's bounds on one number, name or string (a read past them
      // would be unbounded work), which are not syntax errors to Jackson
      JsonLocation at = e.getLocation();
      Diagnostic d = JSON_SYNTAX.error(withoutSource(e.getOriginalMessage()));
      throw new DiagnosticException(
          at == null ? d.in(fileForDiagnostics) : d.in(fileForDiagnostics, at.getLineNr(), at.getColumnNr()));
    } catch (TooDeep e) {
      throw new DiagnosticException(e.diagnostic);
    } catch (IOException e) {
      // A byte array cannot fail to read; Jackson still declares it.
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Jackson takes NUL bytes or a byte order mark in the first four bytes for UTF-16 or UTF-32
   * and decodes the rest that way, failing outside its syntax errors on what does not decode.
   * None of those bytes can occur in UTF-8 JSON, so they are refused before it looks.
   */
  private static void refuseOtherEncodings(byte[] json, String file) throws DiagnosticException {
    for (int i = 0; i < Math.min(4, json.length); i++) {
      int b = json[i] & 0xff;
      if (b == 0x00 || b == 0xfe || b == 0xff) {
        throw new DiagnosticException(
            JSON_SYNTAX.error(JSON_SYNTAX.text("not-utf8")).in(file, 1, i + 1));
      }
    }
  }

  /**
   * Jackson names an inner location's source ("[Source: REDACTED ...; line: 1, ...]") and the
   * setting behind a bound ("(1000, from `StreamReadConstraints.getMaxNumberLength()`)").
   */
  private static String withoutSource(String message) {
    return message
        .replaceAll("\\[Source: [^\\]]*?; line", "[line")
        .replaceAll(", from `[^`]*`\\)", ")");
  }

  /** The value at the current token, which {@code depth} containers enclose. */
  private JsonValue value(JsonPath at, int depth) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        return object(at, enter(depth));
      case START_ARRAY:
        return array(at, enter(depth));
      case VALUE_STRING:
        return new JsonValue.JsonString(text(parser.getText(), at));
      case VALUE_NUMBER_INT:
        return integer(at);
      case VALUE_NUMBER_FLOAT:
        return floating(at);
      case VALUE_TRUE:
        return new JsonValue.JsonBoolean(true);
      case VALUE_FALSE:
        return new JsonValue.JsonBoolean(false);
      case VALUE_NULL:
        return new JsonValue.JsonNull();
      default:
        // The parser only hands out the tokens above at a value position.
        throw new IllegalStateException("unexpected token " + token);
    }
  }

  private int enter(int depth) {
    if (depth + 1 > MAX_DEPTH) {
      throw new TooDeep(located(JSON_TOO_DEEP.error(MAX_DEPTH), parser.currentTokenLocation()));
    }
    return depth + 1;
  }

  private JsonValue object(JsonPath at, int depth) throws IOException {
    SortedMapBuilder<JsonValue> members = new SortedMapBuilder<>(); // canonical input is in order
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = text(parser.currentName(), at);
      JsonLocation keyAt = parser.currentTokenLocation();
      parser.nextToken();
      JsonValue value = value(at.key(key), depth);
      if (!members.put(key, value) && listing()) {
        problems.add(located(JSON_DUPLICATE_KEY.error(key).at(at.key(key).toString()), keyAt));
      }
    }
    return new JsonValue.JsonObject(members.build());
  }

  private JsonValue array(JsonPath at, int depth) throws IOException {
    List<JsonValue> elements = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      elements.add(value(at.index(elements.size() + 1), depth));
    }
    return new JsonValue.JsonArray(elements);
  }

  private JsonValue integer(JsonPath at) throws IOException {
    if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      return outOfRange(at, "int64");
    }
    return new JsonValue.JsonInteger(parser.getLongValue());
  }

  private JsonValue floating(JsonPath at) throws IOException {
    double value = parser.getDoubleValue();
    if (!Double.isFinite(value)) return outOfRange(at, "finite");
    return new JsonValue.JsonFloat(value);
  }

  private JsonValue outOfRange(JsonPath at, String rule) throws IOException {
    if (listing()) {
      Diagnostic d = PROFILE_VALUE.error(PROFILE_VALUE.text("rule." + rule), parser.getText());
      problems.add(located(d.at(at.toString()), parser.currentTokenLocation()));
    }
    return new JsonValue.JsonNull(); // never seen: the read fails with the problem
  }

  /**
   * A string or key as read, with a problem if it leaves a surrogate unpaired ({@code
   * "\\ud800"}): that is not Unicode text, and the canonical writer, which joins surrogate
   * pairs into one UTF-8 sequence, would join it with the character after it. Reported at
   * {@code at}, the value's path (a key's is its object's, so no path holds the bad text).
   */
  private String text(String s, JsonPath at) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isSurrogate(c)) continue;
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
        continue;
      }
      if (listing()) {
        String hex = String.format("%04x", (int) c);
        Diagnostic d = JSON_SYNTAX.error(JSON_SYNTAX.text("surrogate", hex));
        d = at.isRoot() ? d : d.at(at.toString());
        problems.add(located(d, parser.currentTokenLocation()));
      }
      break;
    }
    return s;
  }

  /** Whether the next problem is listed in full; past the cap it is only counted. */
  private boolean listing() {
    if (problems.size() < ProblemCap.LISTED) return true;
    unlisted++;
    return false;
  }

  private List<Diagnostic> problems() {
    if (unlisted == 0) return problems;
    List<Diagnostic> all = new ArrayList<>(problems);
    all.add(ProblemCap.counted(unlisted, file));
    return all;
  }

  private Diagnostic located(Diagnostic d, JsonLocation at) {
    return d.in(file, at.getLineNr(), at.getColumnNr());
  }

  /** Unwinds the recursion when the nesting limit is hit. */
  private static final class TooDeep extends RuntimeException {
    final transient Diagnostic diagnostic;

    TooDeep(Diagnostic diagnostic) {
      super(null, null, false, false);
      this.diagnostic = diagnostic;
    }
  }
}
