package dev.insomnia.json;

/**
 * Where a value sits in a document, written as a Lua programmer would: {@code
 * worker.reasoning}, {@code instructions[2]} (1-based), {@code env.OPENAI_API_KEY}; keys that
 * are not identifiers are quoted, {@code env["my-var"]}. The root is the empty path. Two paths
 * are equal when they are written the same.
 *
 * <p>The text is written when first asked for (by {@link #toString}, {@link #equals} or {@link
 * #hashCode}): a read makes a path for every value it visits, and most are never printed or
 * looked up.
 */
public final class JsonPath {
  private static final JsonPath ROOT = new JsonPath(null, "", false, 0);

  private final JsonPath parent;
  private final String lastKey;
  /** Whether this path names an array element (at {@link #index}) rather than a key. */
  private final boolean element;
  private final int index;
  /** Written on first use; a race writes the same text twice, harmlessly (as String.hash). */
  private String text;

  private JsonPath(JsonPath parent, String lastKey, boolean element, int index) {
    this.parent = parent;
    this.lastKey = lastKey;
    this.element = element;
    this.index = index;
    if (parent == null) this.text = "";
  }

  public static JsonPath root() {
    return ROOT;
  }

  /** A dotted path of plain keys, e.g. {@code of("scope", "allow")}. */
  public static JsonPath of(String... keys) {
    JsonPath path = ROOT;
    for (String key : keys) path = path.key(key);
    return path;
  }

  public JsonPath key(String key) {
    return new JsonPath(this, java.util.Objects.requireNonNull(key, "key"), false, 0);
  }

  /** The text, written for this path and any ancestors not yet written (without recursion). */
  private String text() {
    String above = text; // each field read once: another thread may be writing it too
    if (above != null) return above;
    java.util.ArrayDeque<JsonPath> unwritten = new java.util.ArrayDeque<>();
    for (JsonPath p = this; (above = p.text) == null; p = p.parent) unwritten.push(p);
    while (!unwritten.isEmpty()) {
      JsonPath p = unwritten.pop();
      above = p.segmentAfter(above);
      p.text = above;
    }
    return above;
  }

  private String segmentAfter(String above) {
    if (element) return above + "[" + index + "]";
    if (isIdentifier(lastKey)) return above.isEmpty() ? lastKey : above + "." + lastKey;
    return above + "[\"" + lastKey.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }

  /** {@code [A-Za-z_][A-Za-z0-9_]*}, checked by hand: paths are built on every read. */
  private static boolean isIdentifier(String key) {
    if (key.isEmpty()) return false;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      if (!letter && !(i > 0 && c >= '0' && c <= '9')) return false;
    }
    return true;
  }

  /** The element at a 1-based index. */
  public JsonPath index(int oneBased) {
    return new JsonPath(this, "", true, oneBased);
  }

  public boolean isRoot() {
    return parent == null;
  }

  /** The enclosing path; the root is its own parent. */
  public JsonPath parent() {
    return parent == null ? this : parent;
  }

  /** The key this path ends with, or "" for the root and array elements. */
  public String lastKey() {
    return lastKey;
  }

  /** How many keys and indexes deep this path is (the root is 0). */
  public int depth() {
    return parent == null ? 0 : parent.depth() + 1;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonPath p && (p == this || p.text().equals(text()));
  }

  @Override
  public int hashCode() {
    return text().hashCode();
  }

  @Override
  public String toString() {
    return text();
  }
}
