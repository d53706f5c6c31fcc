package dev.insomnia.profile;

import java.util.List;
import java.util.Locale;

/** What a Pod means to do with its workspace; the resolver turns it into concrete scope. */
public enum Intent {
  /** Read and write the workspace, except the protected paths. */
  WORKSPACE_WRITE,
  /** Read the workspace. */
  READ_ONLY,
  /** No access to the workspace. */
  NONE;

  /** As written in profiles and manifests: {@code workspace_write}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The paths protected when a profile names none: the repository's metadata when writing. */
  public List<String> defaultProtect() {
    return this == WORKSPACE_WRITE ? List.of(".git") : List.of();
  }
}
