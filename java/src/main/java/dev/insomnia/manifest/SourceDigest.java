package dev.insomnia.manifest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The digest recorded as {@code profile.source.sha256}: over the profile file and every module
 * it required, host modules included, in require order. It is the SHA-256 of the lines
 * {@code "<chunkname>\n<sha256 hex of its bytes>\n"}, one per chunk, so a change to any
 * source, to a module's name or to the order of loading changes it.
 */
public final class SourceDigest {
  private final MessageDigest lines = Digests.messageDigest();

  /** Adds one chunk (the profile first, then modules as they were required). */
  public SourceDigest add(String chunkName, byte[] source) {
    String line = chunkName + "\n" + Digests.sha256(source) + "\n";
    lines.update(line.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** The digest of the chunks added so far, in lower-case hex. */
  public String hex() {
    try {
      return HexFormat.of().formatHex(((MessageDigest) lines.clone()).digest());
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 digests are cloneable", e);
    }
  }
}
