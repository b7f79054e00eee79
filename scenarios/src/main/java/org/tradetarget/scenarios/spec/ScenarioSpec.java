package org.tradetarget.scenarios.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.levers.Lever;
import org.tradetarget.core.simulate.Correlation;

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
      throw new IllegalArgumentException(
          "name '" + name + "' is not allowed; use letters, digits, '-', '_' or '.'");
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
    for (CorridorCorrelation c : simulation.correlation()) {
      if (indexOf(corridors, c.a()) < 0 || indexOf(corridors, c.b()) < 0) {
        throw new IllegalArgumentException(
            "correlation " + c + ": both corridors must be in the scenario's corridors");
      }
    }
  }

  /**
   * The correlation matrix of the corridors' shocks, rows and columns in the order of {@link
   * #corridors()}: 1 on the diagonal, each stated pair's rho, 0 elsewhere.
   *
   * @throws IllegalArgumentException when the pairs together are not a correlation matrix (not
   *     positive definite)
   */
  public Correlation shockCorrelation() {
    return shockCorrelation(corridors, simulation.correlation());
  }

  /**
   * The correlation matrix of some corridors' shocks from stated pairs, in the order given.
   *
   * @throws IllegalArgumentException when a pair names a corridor not in the list, or the pairs
   *     together are not a correlation matrix
   */
  public static Correlation shockCorrelation(
      List<CorridorSpec> corridors, List<CorridorCorrelation> pairs) {
    int k = corridors.size();
    double[][] m = new double[k][k];
    for (int i = 0; i < k; i++) {
      m[i][i] = 1;
    }
    for (CorridorCorrelation c : pairs) {
      int a = indexOf(corridors, c.a());
      int b = indexOf(corridors, c.b());
      if (a < 0 || b < 0) {
        throw new IllegalArgumentException(
            "correlation " + c + ": both corridors must be in the scenario's corridors");
      }
      m[a][b] = c.rho();
      m[b][a] = c.rho();
    }
    return Correlation.of(m);
  }

  private static int indexOf(List<CorridorSpec> corridors, Corridor c) {
    for (int i = 0; i < corridors.size(); i++) {
      if (corridors.get(i).corridor().equals(c)) {
        return i;
      }
    }
    return -1;
  }

  /** This scenario with other simulation settings, every other field the same. */
  public ScenarioSpec withSimulation(SimulationSettings newSimulation) {
    return new ScenarioSpec(
        name,
        description,
        file,
        chain,
        assumedDeadline,
        baseYear,
        corridors,
        newSimulation,
        outputs,
        levers,
        macro,
        sensitivity);
  }

  /** This scenario with other corridors, every other field the same. */
  public ScenarioSpec withCorridors(List<CorridorSpec> newCorridors) {
    return new ScenarioSpec(
        name,
        description,
        file,
        chain,
        assumedDeadline,
        baseYear,
        newCorridors,
        simulation,
        outputs,
        levers,
        macro,
        sensitivity);
  }
}
