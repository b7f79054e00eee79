package org.tradetarget.scenarios.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.tradetarget.core.evidence.Recalibration;
import org.tradetarget.core.simulate.CrisisJumps;
import org.tradetarget.core.simulate.Shocks;

/**
 * The Monte Carlo settings of a scenario.
 *
 * @param paths number of simulated paths, &gt; 0
 * @param seed the random seed
 * @param endYear the last simulated year, or 0 for the latest deadline
 * @param threads worker threads; 0 = all cores (results do not depend on it)
 * @param shocks the distribution of the yearly shocks (normal, Student-t with its df, bootstrap)
 * @param jumps crisis jumps, or empty for none (a yearly probability of 0 is none)
 * @param persistence φ in [0, 1], the AR(1) coefficient of the log deviation from the model path
 *     (mean reversion), or empty for none (φ = 1)
 * @param parameterUncertainty whether each path draws its kind's parameters from their sampling
 *     distribution (default true; see each kind's rule)
 * @param correlation pairwise correlations of the corridors' shocks (pairs not listed: 0)
 * @param recalibration the panel recalibration of the simulated paths ({@code bundled} by
 *     default; {@link Recalibration#none()} for each kind's own law)
 */
public record SimulationSettings(
    int paths,
    long seed,
    int endYear,
    int threads,
    Shocks shocks,
    Optional<CrisisJumps> jumps,
    OptionalDouble persistence,
    boolean parameterUncertainty,
    List<CorridorCorrelation> correlation,
    Recalibration recalibration) {

  /** Validates the values. */
  public SimulationSettings {
    if (paths <= 0) {
      throw new IllegalArgumentException("paths must be > 0, got " + paths);
    }
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0, got " + threads);
    }
    Objects.requireNonNull(shocks, "shocks");
    Objects.requireNonNull(jumps, "jumps");
    if (jumps.isPresent() && !(jumps.get().probability() > 0)) {
      jumps = Optional.empty();
    }
    correlation = List.copyOf(correlation);
    Objects.requireNonNull(recalibration, "recalibration");
  }

  /** These settings with another recalibration, every other field the same. */
  public SimulationSettings withRecalibration(Recalibration other) {
    return new SimulationSettings(
        paths,
        seed,
        endYear,
        threads,
        shocks,
        jumps,
        persistence,
        parameterUncertainty,
        correlation,
        other);
  }
}
