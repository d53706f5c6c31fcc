package dev.insomnia.modules;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The builtin prompt assets, referenced from profiles as {@code $insomnia/prompts/NAME.md}
 * and bundled under {@code dev/insomnia/profiles/prompts/}. Found assets are cached (the
 * class path does not change); refs that try to leave the prompt directory find nothing.
 */
public final class BuiltinPrompts {
  /** The prefix of every builtin prompt ref. */
  public static final String PREFIX = "$insomnia/prompts/";

  private static final int MAX_REF_LENGTH = 256;
  private static final Map<String, Asset> FOUND = new ConcurrentHashMap<>();

  private record Asset(byte[] bytes, String sha256) {}

  private BuiltinPrompts() {}

  /** The bytes of the asset {@code ref} names, if it is a builtin prompt that exists. */
  public static Optional<byte[]> read(String ref) {
    return asset(ref).map(a -> a.bytes().clone());
  }

  /** The hex SHA-256 of the asset {@code ref} names, if it exists (for provenance). */
  public static Optional<String> sha256(String ref) {
    return asset(ref).map(Asset::sha256);
  }

  private static Optional<Asset> asset(String ref) {
    Asset cached = FOUND.get(ref);
    if (cached != null) return Optional.of(cached);
    if (!isPromptRef(ref)) return Optional.empty();
    Optional<byte[]> bytes = ClassPathResources.read("prompts/" + ref.substring(PREFIX.length()));
    if (bytes.isEmpty()) return Optional.empty();
    Asset asset = new Asset(bytes.get(), Sha256.hex(bytes.get()));
    Asset raced = FOUND.putIfAbsent(ref, asset);
    return Optional.of(raced != null ? raced : asset);
  }

  /**
   * {@code $insomnia/prompts/} then '/'-separated parts of letters, digits, '_', '-' and
   * '.', none empty, "." or "..", ending in {@code .md}: nothing can name a file outside the
   * prompt directory.
   */
  static boolean isPromptRef(String ref) {
    if (!ref.startsWith(PREFIX) || ref.length() > MAX_REF_LENGTH) return false;
    String rest = ref.substring(PREFIX.length());
    if (!rest.endsWith(".md")) return false; // files only, never a directory listing
    for (String part : rest.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) return false;
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
            || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
        if (!plain) return false;
      }
    }
    return true;
  }
}
