package dev.insomnia.manifest;

import dev.insomnia.schema.Field;
import dev.insomnia.schema.Table;
import java.util.Objects;

/** The manifest's {@code pod} table: the Pod's name, from the launch. */
public record PodIdentity(String name) {

  public PodIdentity {
    Objects.requireNonNull(name, "name");
  }

  private static final Field<PodIdentity, String> NAME =
      Field.required("name", PodName.SHAPE, PodIdentity::name)
          .doc("the Pod's name: --profile-pod-name, or generated", "\"coder-1a2b3c4d\"");

  static final Table<PodIdentity> TABLE = Table.of(v -> new PodIdentity(v.get(NAME)), NAME);
}
