package dev.insomnia.json;

/**
 * Where a value sits in a document, written as a Lua programmer would: {@code
 * worker.reasoning}, {@code instructions[2]} (1-based), {@code env.OPENAI_API_KEY}; keys that
 * are not identifiers are quoted, {@code env["my-var"]}. The root is the empty path. Two paths
 * are equal when they are written the same.
 */
public final class JsonPath {
  private static final JsonPath ROOT = new JsonPath(null, "", "");

  private final JsonPath parent;
  private final String text;
  private final String lastKey;

  private JsonPath(JsonPath parent, String text, String lastKey) {
    this.parent = parent;
    this.text = text;
    this.lastKey = lastKey;
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
    String segment;
    if (isIdentifier(key)) {
      segment = text.isEmpty() ? key : text + "." + key;
    } else {
      segment = text + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }
    return new JsonPath(this, segment, key);
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
    return new JsonPath(this, text + "[" + oneBased + "]", "");
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
    return other instanceof JsonPath p && p.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
