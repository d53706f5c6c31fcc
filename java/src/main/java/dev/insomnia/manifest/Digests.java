package dev.insomnia.manifest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in lower-case hex, as manifests record it. */
final class Digests {
  /** What a recorded digest looks like. */
  static final String SHA256_PATTERN = "[0-9a-f]{64}";

  private Digests() {}

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(messageDigest().digest(bytes));
  }

  static MessageDigest messageDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
