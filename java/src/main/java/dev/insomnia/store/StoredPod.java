package dev.insomnia.store;

/** A pod as stored: its manifest snapshot's bytes (checksum verified) and its metadata. */
public record StoredPod(PodMetadata metadata, byte[] manifestJson) {
  public StoredPod {
    manifestJson = manifestJson.clone();
  }

  @Override
  public byte[] manifestJson() {
    return manifestJson.clone();
  }
}
