package dev.insomnia.profile;

import dev.insomnia.schema.Field;
import dev.insomnia.schema.Shapes;
import dev.insomnia.schema.Table;
import java.util.List;
import java.util.Objects;

/** What the Pod may do without asking, and whether it may use the network. */
public record Permissions(Approval approval, boolean network) {

  public Permissions {
    Objects.requireNonNull(approval, "approval");
  }

  private static final Field<Permissions, Approval> APPROVAL =
      Field.defaulted(
              "approval",
              Shapes.oneOf(List.of(Approval.values()), Approval::label),
              Approval.ON_REQUEST,
              Permissions::approval)
          .doc("when the Pod asks before acting", "\"never\"");
  private static final Field<Permissions, Boolean> NETWORK =
      Field.defaulted("network", Shapes.bool(), false, Permissions::network)
          .doc("whether commands may use the network", "true");

  /** The {@code permissions} table. */
  public static final Table<Permissions> TABLE =
      Table.of(v -> new Permissions(v.get(APPROVAL), v.get(NETWORK)), APPROVAL, NETWORK);

  public static Permissions defaults() {
    return TABLE.defaults();
  }
}
