package dev.insomnia.manifest;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the launch supplies and a profile cannot: the Pod's name, its workspace (made absolute
 * and normalised here), and, for a Pod started by another Pod, the parent's scope as a ceiling.
 */
public record RuntimeInputs(String podName, Path workspace, Optional<DelegationCeiling> ceiling) {

  public RuntimeInputs {
    Objects.requireNonNull(podName, "podName");
    workspace = workspace.toAbsolutePath().normalize();
    Objects.requireNonNull(ceiling, "ceiling");
  }
}
