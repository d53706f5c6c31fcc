package dev.insomnia.modules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex: the digests recorded in provenance. */
final class Sha256 {
  private static final HexFormat HEX = HexFormat.of();

  private Sha256() {}

  /** The lower-case hex SHA-256 of {@code bytes}. */
  static String hex(byte[] bytes) {
    return HEX.formatHex(digest().digest(bytes));
  }

  /** The lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
  static String hex(String text) {
    return hex(text.getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) { // every Java platform must have it
      throw new IllegalStateException(e);
    }
  }
}
