package dev.insomnia.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the usual document straight into a tree: ASCII, well-formed, with nothing to report,
 * as the native encoder's output always is. Anything else it declines (empty), and {@link
 * JsonReader} reads the document with Jackson, which accepts or words the error exactly as
 * before. So this reader only has to be right about what it accepts: RFC 8259's grammar
 * (nothing Jackson would refuse: no comments, leading zeros, bare control characters or
 * trailing commas), giving the tree Jackson's reading gives. {@code PlainJsonReaderTest}
 * compares the two on edge cases and generated documents.
 *
 * <p>Why: the Jackson read was half of reading a large profile's result into a Profile, most
 * of it spent hashing and canonicalising 2,000 distinct keys (docs/performance.md).
 *
 * <p>Declined, besides syntax errors: any byte above 0x7f (Jackson validates UTF-8), a
 * {@code \\u} escape of a surrogate (the reader reports unpaired ones), integers beyond 64
 * bits and floats beyond double range (reported as problems), duplicate keys, nesting deeper
 * than {@link JsonReader#MAX_DEPTH}, and tokens near Jackson's length limits.
 */
final class PlainJsonReader {
  /** Longer strings and numbers are left to Jackson, whose limits are far above these. */
  private static final int LONGEST_STRING = 10_000;

  private static final int LONGEST_NUMBER = 100;

  /** Bytes that end a plain run in a string: quote, backslash, control, DEL and non-ASCII. */
  private static final boolean[] SPECIAL = new boolean[256];

  static {
    for (int b = 0; b < 256; b++) SPECIAL[b] = b == '"' || b == '\\' || b < 0x20 || b > 0x7e;
  }

  private final byte[] in;
  private int at;

  private PlainJsonReader(byte[] in) {
    this.in = in;
  }

  /** The tree of {@code json}, or empty when Jackson must read it. */
  static Optional<JsonValue> read(byte[] json) {
    PlainJsonReader reader = new PlainJsonReader(json);
    try {
      reader.skipWhitespace();
      JsonValue value = reader.value(0);
      reader.skipWhitespace();
      return reader.at == json.length ? Optional.of(value) : Optional.empty();
    } catch (Declined e) {
      return Optional.empty();
    }
  }

  private JsonValue value(int depth) {
    switch (peek()) {
      case '{':
        return object(enter(depth));
      case '[':
        return array(enter(depth));
      case '"':
        return new JsonValue.JsonString(string());
      case 't':
        literal("true");
        return new JsonValue.JsonBoolean(true);
      case 'f':
        literal("false");
        return new JsonValue.JsonBoolean(false);
      case 'n':
        literal("null");
        return new JsonValue.JsonNull();
      default:
        return number();
    }
  }

  private static int enter(int depth) {
    if (depth + 1 > JsonReader.MAX_DEPTH) throw Declined.INSTANCE;
    return depth + 1;
  }

  private JsonValue object(int depth) {
    at++; // '{'
    SortedMapBuilder<JsonValue> members = new SortedMapBuilder<>();
    skipWhitespace();
    if (peek() == '}') {
      at++;
      return new JsonValue.JsonObject(members.build());
    }
    while (true) {
      if (peek() != '"') throw Declined.INSTANCE;
      String key = string();
      skipWhitespace();
      expect(':');
      skipWhitespace();
      if (!members.put(key, value(depth))) throw Declined.INSTANCE; // a duplicate key
      skipWhitespace();
      if (peek() == '}') {
        at++;
        return new JsonValue.JsonObject(members.build());
      }
      expect(',');
      skipWhitespace();
    }
  }

  private JsonValue array(int depth) {
    at++; // '['
    List<JsonValue> elements = new ArrayList<>();
    skipWhitespace();
    if (peek() == ']') {
      at++;
      return new JsonValue.JsonArray(elements);
    }
    while (true) {
      elements.add(value(depth));
      skipWhitespace();
      if (peek() == ']') {
        at++;
        return new JsonValue.JsonArray(elements);
      }
      expect(',');
      skipWhitespace();
    }
  }

  /** A string at its opening quote: plain runs copied as they are, escapes decoded. */
  private String string() {
    byte[] bytes = in; // locals: this loop runs over most of the document's bytes
    int start = at + 1;
    int end = start;
    while (end < bytes.length && !SPECIAL[bytes[end] & 0xff]) end++;
    at = end;
    if (peek() != '"') return escapedString(start); // a backslash, or declined there
    int length = end - start;
    if (length > LONGEST_STRING) throw Declined.INSTANCE;
    at++; // closing '"'
    return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
  }

  /** The rest of a string from its first backslash on; {@code start} is after the quote. */
  private String escapedString(int start) {
    StringBuilder s = new StringBuilder(at - start + 16);
    s.append(new String(in, start, at - start, StandardCharsets.ISO_8859_1));
    while (true) {
      if (s.length() > LONGEST_STRING) throw Declined.INSTANCE;
      int c = peek();
      at++;
      if (c == '"') return s.toString();
      if (c < 0x20 || c > 0x7e) throw Declined.INSTANCE;
      if (c != '\\') {
        s.append((char) c);
        continue;
      }
      int e = peek();
      at++;
      switch (e) {
        case '"', '\\', '/' -> s.append((char) e);
        case 'b' -> s.append('\b');
        case 'f' -> s.append('\f');
        case 'n' -> s.append('\n');
        case 'r' -> s.append('\r');
        case 't' -> s.append('\t');
        case 'u' -> s.append(unicodeEscape());
        default -> throw Declined.INSTANCE;
      }
    }
  }

  /** The four hex digits after {@code \\u}: any character but a surrogate. */
  private char unicodeEscape() {
    int code = 0;
    for (int i = 0; i < 4; i++) {
      int c = peek();
      int digit =
          c >= '0' && c <= '9' ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10
              : -1;
      if (digit < 0) throw Declined.INSTANCE;
      code = code * 16 + digit;
      at++;
    }
    if (Character.isSurrogate((char) code)) throw Declined.INSTANCE;
    return (char) code;
  }

  /** {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}, an integer without the last two. */
  private JsonValue number() {
    int start = at;
    if (peek() == '-') at++;
    if (peek() == '0') {
      at++;
    } else if (isDigit(peek())) {
      digits();
    } else {
      throw Declined.INSTANCE;
    }
    boolean integer = true;
    if (peek() == '.') {
      at++;
      if (!isDigit(peek())) throw Declined.INSTANCE;
      digits();
      integer = false;
    }
    if (peek() == 'e' || peek() == 'E') {
      at++;
      if (peek() == '+' || peek() == '-') at++;
      if (!isDigit(peek())) throw Declined.INSTANCE;
      digits();
      integer = false;
    }
    if (at - start > LONGEST_NUMBER) throw Declined.INSTANCE;
    String text = new String(in, start, at - start, StandardCharsets.ISO_8859_1);
    if (integer) {
      try {
        return new JsonValue.JsonInteger(Long.parseLong(text));
      } catch (NumberFormatException e) {
        throw Declined.INSTANCE; // beyond 64 bits: reported by the Jackson path
      }
    }
    double value = Double.parseDouble(text);
    if (!Double.isFinite(value)) throw Declined.INSTANCE;
    return new JsonValue.JsonFloat(value);
  }

  private void digits() {
    while (isDigit(peek())) at++;
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  /** {@code word} at the current position, followed by no letter or digit (Jackson's rule). */
  private void literal(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (peek() != word.charAt(i)) throw Declined.INSTANCE;
      at++;
    }
    int next = peek();
    if (next != -1 && next != ',' && next != '}' && next != ']' && !isWhitespace(next)) {
      throw Declined.INSTANCE;
    }
  }

  private void expect(char c) {
    if (peek() != c) throw Declined.INSTANCE;
    at++;
  }

  private void skipWhitespace() {
    while (isWhitespace(peek())) at++;
  }

  private static boolean isWhitespace(int c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
  }

  /** The byte at the current position (0..255), or -1 at the end. */
  private int peek() {
    return at < in.length ? in[at] & 0xff : -1;
  }

  /** Unwinds to {@link #read}: the document is Jackson's to read. No stack trace is taken. */
  private static final class Declined extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Declined INSTANCE = new Declined();

    private Declined() {
      super(null, null, false, false);
    }
  }
}
