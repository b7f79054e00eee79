package org.tradetarget.core.simulate;

import java.util.Arrays;
import java.util.Optional;

/**
 * What to simulate, apart from the series themselves. Immutable; start from {@link #of(int, int)}
 * and change one setting at a time with the {@code withX} methods, or several with {@link
 * #toBuilder()}.
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

  /** The default seed, as in scenario files. */
  public static final long DEFAULT_SEED = 1L;

  /** The default number of paths, as in scenario files. */
  public static final int DEFAULT_PATHS = 100_000;

  /** The most paths one run takes, as in scenario files. */
  public static final int MAX_PATHS = 100_000_000;

  /** The default number of whole sample paths a scenario or an outlook keeps. */
  public static final int DEFAULT_SAMPLE_PATHS = 20;

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

  /** A copy with another number of paths (the sample paths kept capped at it). */
  public SimulationSpec withPaths(int newPaths) {
    return toBuilder()
        .paths(newPaths)
        .samplePaths(Math.min(samplePaths, newPaths))
        .build();
  }

  /** A copy with another horizon. */
  public SimulationSpec withHorizon(int newHorizon) {
    return toBuilder().horizon(newHorizon).build();
  }

  /** A copy with another seed. */
  public SimulationSpec withSeed(long newSeed) {
    return toBuilder().seed(newSeed).build();
  }

  /** A copy with another number of threads. */
  public SimulationSpec withThreads(int newThreads) {
    return toBuilder().threads(newThreads).build();
  }

  /** A copy with other shocks. */
  public SimulationSpec withShocks(Shocks newShocks) {
    return toBuilder().shocks(newShocks).build();
  }

  /** A copy with crisis jumps. */
  public SimulationSpec withJumps(CrisisJumps newJumps) {
    return toBuilder().jumps(Optional.of(newJumps)).build();
  }

  /** A copy without crisis jumps. */
  public SimulationSpec withoutJumps() {
    return toBuilder().jumps(Optional.empty()).build();
  }

  /** A copy with persistence φ. */
  public SimulationSpec withPersistence(double phi) {
    return toBuilder().persistence(phi).build();
  }

  /** A copy with parameter uncertainty on or off. */
  public SimulationSpec withParameterUncertainty(boolean on) {
    return toBuilder().parameterUncertainty(on).build();
  }

  /** A copy with other quantile probabilities. */
  public SimulationSpec withQuantiles(double... probabilities) {
    return toBuilder().quantiles(probabilities).build();
  }

  /** A copy that returns this many whole paths. */
  public SimulationSpec withSamplePaths(int count) {
    return toBuilder().samplePaths(count).build();
  }

  /** A builder holding this spec's values, to change several at once. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Settings being changed: each setter changes one value, {@link #build()} checks them all
   * together (as the constructor does). Not thread-safe; a spec is.
   */
  public static final class Builder {
    private int paths;
    private int horizon;
    private long seed;
    private int threads;
    private Shocks shocks;
    private Optional<CrisisJumps> jumps;
    private double persistence;
    private boolean parameterUncertainty;
    private double[] quantiles;
    private int samplePaths;

    private Builder(SimulationSpec s) {
      paths = s.paths;
      horizon = s.horizon;
      seed = s.seed;
      threads = s.threads;
      shocks = s.shocks;
      jumps = s.jumps;
      persistence = s.persistence;
      parameterUncertainty = s.parameterUncertainty;
      quantiles = s.quantiles;
      samplePaths = s.samplePaths;
    }

    /** The number of paths. */
    public Builder paths(int v) {
      paths = v;
      return this;
    }

    /** The horizon in years. */
    public Builder horizon(int v) {
      horizon = v;
      return this;
    }

    /** The seed. */
    public Builder seed(long v) {
      seed = v;
      return this;
    }

    /** The worker threads, ≥ 1. */
    public Builder threads(int v) {
      threads = v;
      return this;
    }

    /** The shock distribution. */
    public Builder shocks(Shocks v) {
      shocks = v;
      return this;
    }

    /** The crisis jumps, if any. */
    public Builder jumps(Optional<CrisisJumps> v) {
      jumps = v;
      return this;
    }

    /** Persistence φ in [0, 1]. */
    public Builder persistence(double v) {
      persistence = v;
      return this;
    }

    /** Whether each path draws its parameters. */
    public Builder parameterUncertainty(boolean v) {
      parameterUncertainty = v;
      return this;
    }

    /** The quantile probabilities, strictly increasing (copied by {@link #build()}). */
    public Builder quantiles(double... v) {
      quantiles = v;
      return this;
    }

    /** The whole paths returned. */
    public Builder samplePaths(int v) {
      samplePaths = v;
      return this;
    }

    /**
     * The spec.
     *
     * @throws IllegalArgumentException as the constructor, for a value out of range
     */
    public SimulationSpec build() {
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
          samplePaths);
    }
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
