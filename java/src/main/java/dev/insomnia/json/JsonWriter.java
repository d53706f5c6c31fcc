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
      put('{');
      char separator = 0;
      for (Map.Entry<String, JsonValue> member : o.members().entrySet()) {
        string(separator, member.getKey(), ':');
        separator = ',';
        value(member.getValue(), depth + 1);
      }
      put('}');
    } else if (value instanceof JsonValue.JsonArray a) {
      if (depth == MAX_DEPTH) throw tooDeep();
      put('[');
      boolean first = true;
      for (JsonValue element : a.elements()) {
        if (!first) put(',');
        first = false;
        value(element, depth + 1);
      }
      put(']');
    } else if (value instanceof JsonValue.JsonString s) {
      string(0, s.value(), 0);
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

  private void put(char b) {
    ensure(1);
    buf[len++] = (byte) b;
  }

  /** Text known to be ASCII without escapes: numbers and literals. */
  @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int): the low byte of each char
  private void ascii(String text) {
    int n = text.length();
    ensure(n);
    text.getBytes(0, n, buf, len);
    len += n;
  }

  /**
   * {@code s} quoted, after {@code before} and followed by {@code after} (each unless 0): a
   * member's key comes with its ',' and its ':', under one bounds check. Its longest prefix of
   * plain ASCII is found first, then copied at once: faster, measured, than writing it char by
   * char in the same loop. {@link #escaped} writes the rest.
   */
  @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int): the low byte of each char
  private void string(int before, String s, int after) {
    int n = s.length();
    ensure(n + 4L);
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c >= 0x80 || ESCAPES[c] != 0) break;
      i++;
    }
    byte[] out = buf;
    int p = len;
    if (before != 0) out[p++] = (byte) before;
    out[p++] = '"';
    s.getBytes(0, i, out, p);
    len = p + i;
    if (i < n) {
      escaped(s, i);
      ensure(2);
    }
    out = buf;
    p = len;
    out[p++] = '"';
    if (after != 0) out[p++] = (byte) after;
    len = p;
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

  /** Makes room for {@code more} bytes. */
  private void ensure(long more) {
    if (more > buf.length - len) grow(more);
  }

  /** Doubles the array (at least), as a ByteArrayOutputStream would. */
  private void grow(long more) {
    long needed = len + more;
    if (needed > MAX_CAPACITY) throw new OutOfMemoryError("JSON text beyond 2 GB");
    buf = Arrays.copyOf(buf, (int) Math.max(needed, Math.min(2L * buf.length, MAX_CAPACITY)));
  }
}
