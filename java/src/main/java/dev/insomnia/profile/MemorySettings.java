package dev.insomnia.profile;

import dev.insomnia.schema.Field;
import dev.insomnia.schema.Shapes;
import dev.insomnia.schema.Table;
import java.util.Objects;
import java.util.Optional;

/** Whether the Pod keeps a memory across tasks, and how many entries at most. */
public record MemorySettings(boolean enabled, Optional<Integer> maxEntries) {

  public MemorySettings {
    Objects.requireNonNull(maxEntries, "maxEntries");
  }

  private static final Field<MemorySettings, Boolean> ENABLED =
      Field.defaulted("enabled", Shapes.bool(), true, MemorySettings::enabled)
          .doc("whether the Pod keeps a memory", "false");
  private static final Field<MemorySettings, Optional<Integer>> MAX_ENTRIES =
      Field.optional("max_entries", Shapes.smallInteger(1, 100000), MemorySettings::maxEntries)
          .doc("most entries the memory holds", "500");

  /** The {@code memory} table. */
  public static final Table<MemorySettings> TABLE =
      Table.of(v -> new MemorySettings(v.get(ENABLED), v.get(MAX_ENTRIES)), ENABLED, MAX_ENTRIES);

  public static MemorySettings defaults() {
    return TABLE.defaults();
  }
}
