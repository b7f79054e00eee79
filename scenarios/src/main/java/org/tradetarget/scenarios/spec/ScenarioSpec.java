package org.tradetarget.scenarios.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.tradetarget.core.levers.Lever;

/**
 * A resolved scenario: every value set, inheritance ({@code extends}) applied. Built by {@code
 * io.ScenarioLoader}, which reports every problem of a file with its line and column; the records
 * check their own values once more.
 *
 * @param name the scenario's name ([a-z0-9_-], used for output folders)
 * @param description what it assumes and why
 * @param file the scenario file
 * @param chain the files it was resolved from, the scenario's own first, then what it extends
 * @param assumedDeadline the deadline for targets whose source gives none
 * @param baseYear the last data year to use (later observations are ignored); empty = each
 *     corridor's last observation
 * @param corridors the corridors, in file order
 * @param simulation the Monte Carlo settings
 * @param outputs what to write
 * @param levers the policy levers (projects) of the scenario; each corridor takes those that affect it
 * @param macro changes to the embedded macro paths
 * @param sensitivity the assumptions a tornado moves to the ends of their ranges, by dotted path
 *     (the ranges themselves stay in the scenario file's {@code sensitivity} section)
 */
public record ScenarioSpec(
    String name,
    String description,
    Path file,
    List<Path> chain,
    int assumedDeadline,
    OptionalInt baseYear,
    List<CorridorSpec> corridors,
    SimulationSettings simulation,
    OutputSettings outputs,
    List<Lever> levers,
    MacroSettings macro,
    List<String> sensitivity) {
  /** Validates the values. */
  public ScenarioSpec {
    Objects.requireNonNull(name, "name");
    if (!name.matches("[A-Za-z0-9_.-]+")) {
      throw new IllegalArgumentException("name '" + name + "' is not allowed; use letters, digits, '-', '_' or '.'");
    }
    description = description == null ? "" : description;
    chain = List.copyOf(chain);
    corridors = List.copyOf(corridors);
    if (corridors.isEmpty()) {
      throw new IllegalArgumentException("a scenario needs at least one corridor");
    }
    Objects.requireNonNull(simulation, "simulation");
    Objects.requireNonNull(outputs, "outputs");
    sensitivity = List.copyOf(sensitivity);
    levers = List.copyOf(levers);
    Objects.requireNonNull(macro, "macro");
  }
}
