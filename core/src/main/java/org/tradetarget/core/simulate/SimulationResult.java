package org.tradetarget.core.simulate;

import java.util.List;
import java.util.OptionalInt;

/**
 * The outcome of one Monte Carlo run: the spec, one summary per series (in input order) and the
 * number of paths on which every series with a target and a deadline is at or above its target in
 * some checkpoint up to its deadline. Immutable.
 *
 * @param spec the spec that was run
 * @param series one summary per series
 * @param jointMetCount paths meeting every deadline target by its deadline; empty when no series
 *     has a target with a deadline
 */
public record SimulationResult(
    SimulationSpec spec, List<SeriesSummary> series, OptionalInt jointMetCount) {
  /** Copies the list. */
  public SimulationResult {
    series = List.copyOf(series);
  }

  /** The number of paths. */
  public int paths() {
    return spec.paths();
  }

  /** The summary of the series with this name. */
  public SeriesSummary series(String name) {
    return series.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no series named " + name));
  }
}
