package dev.insomnia.json;

import java.util.Arrays;
import java.util.Map;

/**
 * Writes the canonical form of a tree: UTF-8, no whitespace, keys in code point order,
 * integers as integers, floats always with a '.' or an exponent ({@link FloatFormat}). Equal
 * trees give identical bytes, on any JVM.
 *
 * <p>Written directly into one growable array rather than through Jackson's generator, whose
 * char-by-char string loop, context bookkeeping and stream copies were most of the cost. The
 * bytes are those Jackson 2.18's {@code UTF8JsonGenerator} wrote (with {@code
 * COMBINE_UNICODE_SURROGATES_IN_UTF8}), its quirks with surrogates included, so no canonical
 * text changed; {@code JsonWriterTest} holds the two side by side.
 */
public final class JsonWriter {
  /** Room for most small documents; large ones double from here. */
  private static final int INITIAL_CAPACITY = 1024;

  /**
   * Jackson wrote strings in slices of this many chars (its 8,000-byte buffer / 8) and paired a
   * high surrogate only with a char of the same slice: a pair split by a slice boundary was
   * written as two {@code \\u} escapes. Kept, so that such strings keep their bytes.
   */
  private static final int JACKSON_SLICE = 1000;

  /** Jackson's default limit ({@code StreamWriteConstraints}): deeper trees are refused. */
  static final int MAX_DEPTH = 1000;

  /** The largest array a JVM allocates. */
  private static final int MAX_CAPACITY = Integer.MAX_VALUE - 8;

  /**
   * For each ASCII char: 0 if written as it is, the letter of its two-char escape ({@code \n}),
   * or -1 for a {@code \\u00XX} escape (the other control chars). '/' and DEL are not escaped.
   */
  private static final byte[] ESCAPES = new byte[128];

  static {
    for (int c = 0; c < 0x20; c++) ESCAPES[c] = -1;
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\n'] = 'n';
    ESCAPES['\f'] = 'f';
    ESCAPES['\r'] = 'r';
  }

  /** Upper case, as Jackson writes them. */
  private static final byte[] HEX = {
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'
  };

  private byte[] buf = new byte[INITIAL_CAPACITY];
  private int len;

  private JsonWriter() {}

  /**
   * @throws IllegalArgumentException if containers nest more than {@value #MAX_DEPTH} deep
   *     (which the reader never gives)
   */
  public static byte[] write(JsonValue value) {
    JsonWriter writer = new JsonWriter();
    writer.value(value, 0);
    return Arrays.copyOf(writer.buf, writer.len);
  }

  /** {@code depth}: how many containers hold {@code value}. */
  private void value(JsonValue value, int depth) {
    if (value instanceof JsonValue.JsonObject o) {
      if (depth == MAX_DEPTH) throw tooDeep();
      ensure(1);
      buf[len++] = '{';
      boolean first = true;
      for (Map.Entry<String, JsonValue> member : o.members().entrySet()) {
        if (!first) {
          ensure(1);
          buf[len++] = ',';
        }
        first = false;
        string(member.getKey());
        ensure(1);
        buf[len++] = ':';
        value(member.getValue(), depth + 1);
      }
      ensure(1);
      buf[len++] = '}';
    } else if (value instanceof JsonValue.JsonArray a) {
      if (depth == MAX_DEPTH) throw tooDeep();
      ensure(1);
      buf[len++] = '[';
      boolean first = true;
      for (JsonValue element : a.elements()) {
        if (!first) {
          ensure(1);
          buf[len++] = ',';
        }
        first = false;
        value(element, depth + 1);
      }
      ensure(1);
      buf[len++] = ']';
    } else if (value instanceof JsonValue.JsonString s) {
      string(s.value());
    } else if (value instanceof JsonValue.JsonInteger i) {
      ascii(Long.toString(i.value()));
    } else if (value instanceof JsonValue.JsonFloat f) {
      ascii(FloatFormat.format(f.value()));
    } else if (value instanceof JsonValue.JsonBoolean b) {
      ascii(b.value() ? "true" : "false");
    } else {
      ascii("null");
    }
  }

  private static IllegalArgumentException tooDeep() {
    return new IllegalArgumentException("JSON nested deeper than " + MAX_DEPTH);
  }

  /** Text known to be ASCII without escapes: numbers and literals. */
  private void ascii(String text) {
    int n = text.length();
    ensure(n);
    byte[] out = buf;
    int p = len;
    for (int i = 0; i < n; i++) out[p++] = (byte) text.charAt(i);
    len = p;
  }

  /** A quoted string: plain ASCII copied in one tight loop, the rest by {@link #escaped}. */
  private void string(String s) {
    int n = s.length();
    ensure(n + 2L);
    byte[] out = buf;
    int p = len;
    out[p++] = '"';
    int i = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || ESCAPES[c] != 0) break;
      out[p++] = (byte) c;
    }
    len = p;
    if (i < n) escaped(s, i);
    ensure(1);
    buf[len++] = '"';
  }

  /** The chars of {@code s} from {@code i} on: escapes and multi-byte UTF-8. */
  private void escaped(String s, int i) {
    int n = s.length();
    byte[] out = buf;
    int p = len;
    for (; i < n; i++) {
      if (out.length - p < 6) { // the longest form of a char (a six-byte escape), or a pair
        len = p;
        ensure(6);
        out = buf;
      }
      char c = s.charAt(i);
      if (c < 0x80) {
        byte escape = ESCAPES[c];
        if (escape == 0) {
          out[p++] = (byte) c;
        } else if (escape > 0) {
          out[p++] = '\\';
          out[p++] = escape;
        } else {
          p = unicodeEscape(c, out, p);
        }
      } else if (c < 0x800) {
        out[p++] = (byte) (0xc0 | (c >> 6));
        out[p++] = (byte) (0x80 | (c & 0x3f));
      } else if (Character.isHighSurrogate(c) && i + 1 < n && (i + 1) % JACKSON_SLICE != 0) {
        // Jackson pairs a high surrogate with the next char of its slice whatever it is (an
        // unpaired one with a char that is not a low surrogate too): replicated, not checked.
        int code = 0x10000 + ((c & 0x3ff) << 10) + (s.charAt(++i) & 0x3ff);
        out[p++] = (byte) (0xf0 | (code >> 18));
        out[p++] = (byte) (0x80 | ((code >> 12) & 0x3f));
        out[p++] = (byte) (0x80 | ((code >> 6) & 0x3f));
        out[p++] = (byte) (0x80 | (code & 0x3f));
      } else if (Character.isSurrogate(c)) {
        p = unicodeEscape(c, out, p); // a low one, or a high one last in its slice
      } else {
        out[p++] = (byte) (0xe0 | (c >> 12));
        out[p++] = (byte) (0x80 | ((c >> 6) & 0x3f));
        out[p++] = (byte) (0x80 | (c & 0x3f));
      }
    }
    len = p;
  }

  private static int unicodeEscape(char c, byte[] out, int p) {
    out[p++] = '\\';
    out[p++] = 'u';
    out[p++] = HEX[c >> 12];
    out[p++] = HEX[(c >> 8) & 0xf];
    out[p++] = HEX[(c >> 4) & 0xf];
    out[p++] = HEX[c & 0xf];
    return p;
  }

  /** Makes room for {@code more} bytes, doubling the array as a ByteArrayOutputStream would. */
  private void ensure(long more) {
    if (more > buf.length - len) {
      long needed = len + more;
      if (needed > MAX_CAPACITY) throw new OutOfMemoryError("JSON text beyond 2 GB");
      buf = Arrays.copyOf(buf, (int) Math.max(needed, Math.min(2L * buf.length, MAX_CAPACITY)));
    }
  }
}
