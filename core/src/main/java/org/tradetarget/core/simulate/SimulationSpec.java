package org.tradetarget.core.simulate;

import java.util.Arrays;
import java.util.Optional;

/**
 * What to simulate, apart from the series themselves. Immutable; start from {@link #of(int, int)}
 * and change one setting at a time with the {@code withX} methods.
 *
 * @param paths N, the number of simulated paths, ≥ 1
 * @param horizon H, the number of simulated years, ≥ 1; the checkpoints are Y0 + 1 .. Y0 + H
 * @param seed the seed of all random streams (default 1)
 * @param threads worker threads, ≥ 1 (default: all processors); never changes the result
 * @param shocks the shock distribution (default normal)
 * @param jumps optional crisis jumps
 * @param persistence φ in [0, 1] of the AR(1) on the log deviation from the model's zero-shock
 *     path (default 1: no mean reversion); see {@link MonteCarlo}
 * @param parameterUncertainty whether each path draws its own drift from the drift's sampling
 *     distribution N(μ̂, se²), se = {@link org.tradetarget.core.model.StateSpace#driftStandardError()}
 * @param quantiles the quantile probabilities reported per checkpoint, each in [0, 1], strictly
 *     increasing (default 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95)
 * @param samplePaths how many whole paths to return (paths 0, 1, ..), 0 ≤ samplePaths ≤ min(paths,
 *     {@value #MAX_SAMPLE_PATHS})
 */
@SuppressWarnings("ArrayRecordComponent") // Arrays for the numeric code; they compare by identity.
public record SimulationSpec(
    int paths,
    int horizon,
    long seed,
    int threads,
    Shocks shocks,
    Optional<CrisisJumps> jumps,
    double persistence,
    boolean parameterUncertainty,
    double[] quantiles,
    int samplePaths) {

  /** The default seed. */
  public static final long DEFAULT_SEED = 1L;

  private static final double[] DEFAULT_QUANTILES = {0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95};

  /** The default quantile probabilities, a fresh copy: 5, 10, 25, 50, 75, 90 and 95 %. */
  public static double[] defaultQuantiles() {
    return DEFAULT_QUANTILES.clone();
  }

  /** The most whole paths one run returns. */
  public static final int MAX_SAMPLE_PATHS = 10_000;

  /** The longest horizon in years. */
  public static final int MAX_HORIZON = 1_000;

  /** Validates every value and copies the quantiles. */
  public SimulationSpec {
    if (paths < 1) {
      throw new IllegalArgumentException("paths " + paths + " is not allowed; expected at least 1");
    }
    if (horizon < 1 || horizon > MAX_HORIZON) {
      throw new IllegalArgumentException(
          "horizon " + horizon + " is not allowed; expected 1 to " + MAX_HORIZON + " years");
    }
    if (threads < 1) {
      throw new IllegalArgumentException(
          "threads " + threads + " is not allowed; expected at least 1");
    }
    if (shocks == null) {
      throw new IllegalArgumentException("shocks must not be null");
    }
    if (jumps == null) {
      throw new IllegalArgumentException("jumps must not be null; use Optional.empty()");
    }
    if (!(persistence >= 0 && persistence <= 1)) {
      throw new IllegalArgumentException("persistence " + persistence
          + " is not allowed; expected a value in [0, 1] (1 = no mean reversion)");
    }
    if (quantiles == null || quantiles.length == 0) {
      throw new IllegalArgumentException("quantiles must list at least one probability");
    }
    quantiles = quantiles.clone();
    for (int i = 0; i < quantiles.length; i++) {
      double p = quantiles[i];
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException(
            "quantile probability " + p + " is not allowed; expected a fraction in [0, 1]");
      }
      if (i > 0 && !(p > quantiles[i - 1])) {
        throw new IllegalArgumentException(
            "quantile probabilities must strictly increase, got " + Arrays.toString(quantiles));
      }
    }
    if (samplePaths < 0 || samplePaths > Math.min(paths, MAX_SAMPLE_PATHS)) {
      throw new IllegalArgumentException("sample paths " + samplePaths
          + " is not allowed; expected 0 to " + Math.min(paths, MAX_SAMPLE_PATHS));
    }
  }

  /** N paths over H years with every other setting at its default. */
  public static SimulationSpec of(int paths, int horizon) {
    return new SimulationSpec(
        paths,
        horizon,
        DEFAULT_SEED,
        Runtime.getRuntime().availableProcessors(),
        Shocks.NORMAL,
        Optional.empty(),
        1.0,
        false,
        DEFAULT_QUANTILES,
        0);
  }

  /** The quantile probabilities (a copy). */
  @Override
  public double[] quantiles() {
    return quantiles.clone();
  }

  /** A copy with another number of paths. */
  public SimulationSpec withPaths(int newPaths) {
    return new SimulationSpec(
        newPaths,
        horizon,
        seed,
        threads,
        shocks,
        jumps,
        persistence,
        parameterUncertainty,
        quantiles,
        Math.min(samplePaths, newPaths));
  }

  /** A copy with another horizon (years). */
  public SimulationSpec withHorizon(int newHorizon) {
    return new SimulationSpec(
        paths,
        newHorizon,
        seed,
        threads,
        shocks,
        jumps,
        persistence,
        parameterUncertainty,
        quantiles,
        samplePaths);
  }

  /** A copy with another seed. */
  public SimulationSpec withSeed(long newSeed) {
    return new SimulationSpec(
        paths,
        horizon,
        newSeed,
        threads,
        shocks,
        jumps,
        persistence,
        parameterUncertainty,
        quantiles,
        samplePaths);
  }

  /** A copy with another number of worker threads (the result does not change). */
  public SimulationSpec withThreads(int newThreads) {
    return new SimulationSpec(
        paths,
        horizon,
        seed,
        newThreads,
        shocks,
        jumps,
        persistence,
        parameterUncertainty,
        quantiles,
        samplePaths);
  }

  /** A copy with other shocks. */
  public SimulationSpec withShocks(Shocks newShocks) {
    return new SimulationSpec(
        paths,
        horizon,
        seed,
        threads,
        newShocks,
        jumps,
        persistence,
        parameterUncertainty,
        quantiles,
        samplePaths);
  }

  /** A copy with crisis jumps. */
  public SimulationSpec withJumps(CrisisJumps newJumps) {
    return new SimulationSpec(
        paths,
        horizon,
        seed,
        threads,
        shocks,
        Optional.of(newJumps),
        persistence,
        parameterUncertainty,
        quantiles,
        samplePaths);
  }

  /** A copy without crisis jumps. */
  public SimulationSpec withoutJumps() {
    return new SimulationSpec(
        paths,
        horizon,
        seed,
        threads,
        shocks,
        Optional.empty(),
        persistence,
        parameterUncertainty,
        quantiles,
        samplePaths);
  }

  /** A copy with persistence φ in [0, 1] (mean reversion when φ &lt; 1). */
  public SimulationSpec withPersistence(double phi) {
    return new SimulationSpec(
        paths,
        horizon,
        seed,
        threads,
        shocks,
        jumps,
        phi,
        parameterUncertainty,
        quantiles,
        samplePaths);
  }

  /** A copy with or without parameter uncertainty. */
  public SimulationSpec withParameterUncertainty(boolean on) {
    return new SimulationSpec(
        paths, horizon, seed, threads, shocks, jumps, persistence, on, quantiles, samplePaths);
  }

  /** A copy with other quantile probabilities. */
  public SimulationSpec withQuantiles(double... probabilities) {
    return new SimulationSpec(
        paths,
        horizon,
        seed,
        threads,
        shocks,
        jumps,
        persistence,
        parameterUncertainty,
        probabilities,
        samplePaths);
  }

  /** A copy that returns the first {@code count} paths whole. */
  public SimulationSpec withSamplePaths(int count) {
    return new SimulationSpec(
        paths,
        horizon,
        seed,
        threads,
        shocks,
        jumps,
        persistence,
        parameterUncertainty,
        quantiles,
        count);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SimulationSpec s
        && paths == s.paths
        && horizon == s.horizon
        && seed == s.seed
        && threads == s.threads
        && shocks.equals(s.shocks)
        && jumps.equals(s.jumps)
        && Double.compare(persistence, s.persistence) == 0
        && parameterUncertainty == s.parameterUncertainty
        && Arrays.equals(quantiles, s.quantiles)
        && samplePaths == s.samplePaths;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(new long[] {
      paths,
      horizon,
      seed,
      threads,
      shocks.hashCode(),
      jumps.hashCode(),
      Double.hashCode(persistence),
      parameterUncertainty ? 1 : 0,
      Arrays.hashCode(quantiles),
      samplePaths
    });
  }

  @Override
  public String toString() {
    return "SimulationSpec[paths=" + paths + ", horizon=" + horizon + ", seed=" + seed
        + ", threads=" + threads
        + ", shocks=" + shocks + ", jumps=" + jumps + ", persistence=" + persistence
        + ", parameterUncertainty=" + parameterUncertainty + ", quantiles="
        + Arrays.toString(quantiles)
        + ", samplePaths=" + samplePaths + "]";
  }
}
