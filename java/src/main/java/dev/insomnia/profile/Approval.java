package dev.insomnia.profile;

/** When the Pod asks a human before acting. */
public enum Approval {
  NEVER("never"),
  ON_REQUEST("on-request"),
  ALWAYS("always");

  private final String label;

  Approval(String label) {
    this.label = label;
  }

  /** As written in profiles and manifests: {@code on-request}. */
  public String label() {
    return label;
  }
}
