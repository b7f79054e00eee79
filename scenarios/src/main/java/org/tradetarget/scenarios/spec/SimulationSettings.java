package org.tradetarget.scenarios.spec;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The Monte Carlo settings of a scenario.
 *
 * @param paths number of simulated paths, &gt; 0
 * @param seed the random seed
 * @param endYear the last simulated year
 * @param threads worker threads; 0 = all cores (results do not depend on it)
 * @param shocks {@code normal}, {@code t} or {@code bootstrap}
 * @param df degrees of freedom of t shocks (&gt; 2), NaN otherwise
 * @param jumpProbability probability of a crisis jump in a year, in [0, 1]
 * @param jumpMean mean log size of a jump
 * @param jumpSd sd of the log size of a jump, ≥ 0
 * @param persistence φ in [0, 1], the AR(1) coefficient of the log deviation from the model path
 *     (mean reversion), or empty for none (φ = 1)
 * @param parameterUncertainty whether each path draws its own drift from its sampling distribution
 * @param correlation pairwise correlations of the corridors' shocks
 */
public record SimulationSettings(
    int paths,
    long seed,
    int endYear,
    int threads,
    String shocks,
    double df,
    double jumpProbability,
    double jumpMean,
    double jumpSd,
    OptionalDouble persistence,
    boolean parameterUncertainty,
    List<Correlation> correlation) {

  /**
   * A correlation between two corridors' shocks.
   *
   * @param a one corridor id
   * @param b the other corridor id
   * @param rho the correlation in (−1, 1)
   */
  public record Correlation(String a, String b, double rho) {}

  /** Validates the values. */
  public SimulationSettings {
    if (paths <= 0) {
      throw new IllegalArgumentException("paths must be > 0, got " + paths);
    }
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0, got " + threads);
    }
    if (!(jumpProbability >= 0 && jumpProbability <= 1)) {
      throw new IllegalArgumentException("jump probability must be in [0, 1], got " + jumpProbability);
    }
    if (!(jumpSd >= 0)) {
      throw new IllegalArgumentException("jump sd must be >= 0, got " + jumpSd);
    }
    correlation = List.copyOf(correlation);
  }
}
