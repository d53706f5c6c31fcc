package dev.insomnia.profile;

import dev.insomnia.schema.Field;
import dev.insomnia.schema.Shapes;
import dev.insomnia.schema.Table;
import java.util.Objects;
import java.util.Optional;

/** How long a session may last, and how long it may sit idle (minutes; at most a week). */
public record SessionPolicy(Optional<Integer> maxDurationMinutes, Optional<Integer> idleTimeoutMinutes) {

  public SessionPolicy {
    Objects.requireNonNull(maxDurationMinutes, "maxDurationMinutes");
    Objects.requireNonNull(idleTimeoutMinutes, "idleTimeoutMinutes");
  }

  private static final Field<SessionPolicy, Optional<Integer>> MAX_DURATION_MINUTES =
      Field.optional(
              "max_duration_minutes",
              Shapes.smallInteger(1, 10080),
              SessionPolicy::maxDurationMinutes)
          .doc("longest a session may run", "240");
  private static final Field<SessionPolicy, Optional<Integer>> IDLE_TIMEOUT_MINUTES =
      Field.optional(
              "idle_timeout_minutes",
              Shapes.smallInteger(1, 10080),
              SessionPolicy::idleTimeoutMinutes)
          .doc("idle time after which a session ends", "30");

  /** The {@code session} table. */
  public static final Table<SessionPolicy> TABLE =
      Table.of(
          v -> new SessionPolicy(v.get(MAX_DURATION_MINUTES), v.get(IDLE_TIMEOUT_MINUTES)),
          MAX_DURATION_MINUTES,
          IDLE_TIMEOUT_MINUTES);

  public static SessionPolicy defaults() {
    return TABLE.defaults();
  }
}
