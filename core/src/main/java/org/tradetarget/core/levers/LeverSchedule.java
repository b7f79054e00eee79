package org.tradetarget.core.levers;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.tradetarget.core.data.Corridor;

/**
 * The levers of one corridor against its base year: each lever's log effect per year as planned
 * and in expectation, and the per-path draws of completion and delay for the Monte Carlo. Effects
 * are counted from the base year (the base value already holds everything before it), so every
 * lever must start after the base year. Immutable and thread-safe; the per-path methods do not
 * allocate.
 *
 * <p>Let e<sub>l</sub>(t) be lever l's planned log effect in year t ({@link Lever#logEffect} with
 * no delay), p its completion probability and K ~ Poisson(μ) its delay. On a path where it is
 * completed with delay k its effect is e<sub>l</sub>(t − k). Its expected effect, used by point
 * forecasts and the decomposition, is E[l](t) = p·Σ<sub>k≥0</sub> P(K = k)·e<sub>l</sub>(t − k)
 * (the sum stops where the Poisson tail is below 10<sup>−17</sup>).
 *
 * <p>Per path (state slots 2l and 2l + 1): completed (1 or 0) and the delay in years. The draws
 * come from {@link PathDraws} with the stream {@code lever:<name>}: completed when the uniform of
 * counter 0 is below p; the delay is the Poisson quantile of the uniform of counter 1.
 */
public final class LeverSchedule {
  /** The number of years after the base year covered (the engine's longest horizon). */
  public static final int MAX_STEPS = 1000;

  private static final double TAIL = 1e-17;

  private final Corridor corridor;
  private final int baseYear;
  private final double theta;
  private final List<Lever> levers;
  private final double[][] planned;
  private final double[][] expected;
  private final long[] stream;
  private final double[] probability;
  private final double[] delayMean;

  /**
   * @param corridor the corridor projected
   * @param baseYear its base year
   * @param theta the trade-cost elasticity θ ≤ 0 applied to trade-cost levers
   * @param levers the corridor's levers, distinct names
   * @throws IllegalArgumentException when a lever does not affect the corridor, starts at or before
   *     the base year, or two levers share a name
   */
  public LeverSchedule(Corridor corridor, int baseYear, double theta, List<Lever> levers) {
    this.corridor = Objects.requireNonNull(corridor, "corridor");
    this.baseYear = baseYear;
    if (!(theta <= 0) || !Double.isFinite(theta)) {
      throw new IllegalArgumentException(
          "trade-cost elasticity theta " + theta + " is not allowed; expected <= 0");
    }
    this.theta = theta;
    this.levers = List.copyOf(levers);
    HashSet<String> names = new HashSet<>();
    int n = this.levers.size();
    planned = new double[n][MAX_STEPS + 1];
    expected = new double[n][MAX_STEPS + 1];
    stream = new long[n];
    probability = new double[n];
    delayMean = new double[n];
    for (int l = 0; l < n; l++) {
      Lever v = this.levers.get(l);
      if (!names.add(v.name())) {
        throw new IllegalArgumentException("lever " + v.name() + " is given twice for " + corridor);
      }
      if (!v.affects(corridor)) {
        throw new IllegalArgumentException("lever " + v.name() + " affects "
            + v.corridors().stream().map(Corridor::id).toList() + ", not " + corridor.id());
      }
      if (v.startYear() <= baseYear) {
        throw new IllegalArgumentException(
            "lever " + v.name() + " starts in " + v.startYear()
                + ", not after the base year " + baseYear + " of " + corridor.id()
                + "; its effect up to the base year is already in the data, so give a later start year");
      }
      for (int h = 1; h <= MAX_STEPS; h++) {
        planned[l][h] = v.logEffect(baseYear + h, 0, theta);
      }
      stream[l] = PathDraws.streamId("lever:" + v.name());
      probability[l] = v.probability();
      delayMean[l] = v.delayMeanYears();
      fillExpected(l);
    }
  }

  /** The levers of a list that affect the corridor, in list order (for a run over many corridors). */
  public static List<Lever> affecting(List<Lever> levers, Corridor corridor) {
    return levers.stream().filter(v -> v.affects(corridor)).toList();
  }

  private void fillExpected(int l) {
    double p = probability[l];
    double mu = delayMean[l];
    double[] e = planned[l];
    double[] out = expected[l];
    if (p == 0) {
      return;
    }
    // Poisson probabilities until the tail is negligible.
    int kMax = 0;
    double pk = Math.exp(-mu);
    double cdf = pk;
    double[] pmf = new double[MAX_STEPS + 1];
    pmf[0] = pk;
    while (1 - cdf > TAIL && kMax < MAX_STEPS) {
      kMax++;
      pk *= mu / kMax;
      pmf[kMax] = pk;
      cdf += pk;
    }
    for (int h = 1; h <= MAX_STEPS; h++) {
      double s = 0;
      for (int k = 0; k <= Math.min(kMax, h - 1); k++) {
        s += pmf[k] * e[h - k];
      }
      out[h] = p * s;
    }
  }

  /** The corridor. */
  public Corridor corridor() {
    return corridor;
  }

  /** The base year. */
  public int baseYear() {
    return baseYear;
  }

  /** θ, the trade-cost elasticity applied to trade-cost levers. */
  public double theta() {
    return theta;
  }

  /** The levers, in the given order. */
  public List<Lever> levers() {
    return levers;
  }

  /** The number of levers. */
  public int size() {
    return levers.size();
  }

  /** The doubles of per-path state the levers need: 2 per lever. */
  public int slots() {
    return 2 * levers.size();
  }

  private static int index(int stepsAfterBase) {
    if (stepsAfterBase < 0) {
      throw new IllegalArgumentException("year before the base year");
    }
    return Math.min(stepsAfterBase, MAX_STEPS);
  }

  /** Lever l's planned log effect {@code h} years after the base (completed, no delay). */
  public double planned(int l, int h) {
    return planned[l][index(h)];
  }

  /** Lever l's expected log effect {@code h} years after the base (see the class comment). */
  public double expected(int l, int h) {
    return expected[l][index(h)];
  }

  /** The sum of the levers' expected log effects {@code h} years after the base. */
  public double expectedTotal(int h) {
    double s = 0;
    for (int l = 0; l < levers.size(); l++) {
      s += expected[l][index(h)];
    }
    return s;
  }

  /**
   * Writes the planned timing into a path's slots: every lever with a probability above 0
   * completed, none delayed.
   */
  public void plannedState(double[] state, int offset) {
    for (int l = 0; l < levers.size(); l++) {
      state[offset + 2 * l] = probability[l] > 0 ? 1.0 : 0.0;
      state[offset + 2 * l + 1] = 0.0;
    }
  }

  /** Draws a path's completion and delay of every lever from its key into its slots. */
  public void draw(long pathKey, double[] state, int offset) {
    for (int l = 0; l < levers.size(); l++) {
      boolean done = PathDraws.uniform(pathKey, stream[l], 0) < probability[l];
      state[offset + 2 * l] = done ? 1.0 : 0.0;
      state[offset + 2 * l + 1] =
          PathDraws.poisson(PathDraws.uniform(pathKey, stream[l], 1), delayMean[l]);
    }
  }

  /** Whether lever l is completed on the path whose slots start at {@code offset}. */
  public static boolean completed(double[] state, int offset, int l) {
    return state[offset + 2 * l] != 0;
  }

  /** Lever l's delay in years on the path whose slots start at {@code offset}. */
  public static int delay(double[] state, int offset, int l) {
    return (int) state[offset + 2 * l + 1];
  }

  /**
   * The sum of the levers' log effects {@code h} years after the base on the path whose slots start
   * at {@code offset}: Σ over completed levers of e<sub>l</sub>(base + h − delay). Does not
   * allocate.
   */
  public double effect(double[] state, int offset, int h) {
    double s = 0;
    for (int l = 0; l < planned.length; l++) {
      if (state[offset + 2 * l] != 0) {
        int i = h - (int) state[offset + 2 * l + 1];
        if (i > 0) {
          s += planned[l][Math.min(i, MAX_STEPS)];
        }
      }
    }
    return s;
  }
}
