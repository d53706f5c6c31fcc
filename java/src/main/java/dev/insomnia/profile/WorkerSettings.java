package dev.insomnia.profile;

import dev.insomnia.schema.Field;
import dev.insomnia.schema.Shapes;
import dev.insomnia.schema.Table;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** How the Pod's worker runs: reasoning effort, turn budget, sampling, tools. */
public record WorkerSettings(
    Reasoning reasoning,
    Optional<Integer> maxTurns,
    Optional<Double> temperature,
    List<String> tools) {

  public WorkerSettings {
    Objects.requireNonNull(reasoning, "reasoning");
    Objects.requireNonNull(maxTurns, "maxTurns");
    Objects.requireNonNull(temperature, "temperature");
    tools = List.copyOf(tools);
  }

  private static final Field<WorkerSettings, Reasoning> REASONING =
      Field.defaulted(
              "reasoning",
              Shapes.oneOf(List.of(Reasoning.values()), Reasoning::label),
              Reasoning.MEDIUM,
              WorkerSettings::reasoning)
          .doc("reasoning effort", "\"high\"");
  private static final Field<WorkerSettings, Optional<Integer>> MAX_TURNS =
      Field.optional("max_turns", Shapes.smallInteger(1, 10000), WorkerSettings::maxTurns)
          .doc("most turns the worker takes per task", "200");
  private static final Field<WorkerSettings, Optional<Double>> TEMPERATURE =
      Field.optional("temperature", Shapes.number(0, 2), WorkerSettings::temperature)
          .doc("sampling temperature", "0.2");
  private static final Field<WorkerSettings, List<String>> TOOLS =
      Field.defaulted(
              "tools",
              Shapes.uniqueListOf(Shapes.string("[a-z][a-z0-9_.-]*")),
              List.of(),
              WorkerSettings::tools)
          .doc("tools the worker may call", "{ \"shell\", \"apply_patch\" }");

  /** The {@code worker} table. */
  public static final Table<WorkerSettings> TABLE =
      Table.of(
          v -> new WorkerSettings(v.get(REASONING), v.get(MAX_TURNS), v.get(TEMPERATURE), v.get(TOOLS)),
          REASONING,
          MAX_TURNS,
          TEMPERATURE,
          TOOLS);

  /** Every field at its default. */
  public static WorkerSettings defaults() {
    return TABLE.defaults();
  }
}
