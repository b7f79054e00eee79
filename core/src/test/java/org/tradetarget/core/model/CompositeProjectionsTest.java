package org.tradetarget.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * The projections built from other projections — the log shift a GDP-growth change adds to a trend
 * kind, and the ensemble's mixture — and the {@link Forecast} arithmetic they rest on, against
 * expectations computed here: closed forms for a random walk with drift, and for the mixture a
 * root of Σ w_m Φ((ln v − m_m)/s_m) = p found by Commons Math's Brent solver (not the bisection the
 * class uses).
 */
final class CompositeProjectionsTest {
  private static final NormalDistribution STD = new NormalDistribution(null, 0, 1);
  private static final double LN1000 = Math.log(1000);

  /** A random walk with drift μ and σ per step from 1,000 in 2024, without estimation terms. */
  private static RandomWalkDrift walk(double mu, double sigma) {
    return new RandomWalkDrift("rw-drift", 2024, 1, LN1000, mu, sigma, 0, false);
  }

  // ---------------------------------------------------------------- Forecast

  @Test
  void fromLog_isTheSymmetricLogIntervalThenExp() {
    double[] lp = {1.0, 2.0};
    double[] se = {0.1, 0.3};
    Forecast f = Forecast.fromLog(
        new int[] {2025, 2026}, lp, se, new double[] {80, 95}, Forecast.normalQuantile());
    for (int i = 0; i < 2; i++) {
      assertEquals(Math.exp(lp[i]), f.point()[i], 1e-12);
      assertEquals(Math.exp(lp[i] + se[i] * se[i] / 2), f.mean()[i], 1e-12);
      assertEquals(Math.exp(lp[i] - 1.2815515655446004 * se[i]), f.lower()[0][i], 1e-12);
      assertEquals(Math.exp(lp[i] + 1.2815515655446004 * se[i]), f.upper()[0][i], 1e-12);
      assertEquals(Math.exp(lp[i] - 1.959963984540054 * se[i]), f.lower()[1][i], 1e-12);
      assertEquals(Math.exp(lp[i] + 1.959963984540054 * se[i]), f.upper()[1][i], 1e-12);
    }
  }

  @Test
  void withLogShift_multipliesEveryLevelAndKeepsTheSpread() {
    Forecast f = walk(0.05, 0.1).forecast(3, 90);
    double[] shift = {0.01, -0.02, 0.03};
    Forecast g = f.withLogShift(shift);
    for (int t = 0; t < 3; t++) {
      double k = Math.exp(shift[t]);
      assertEquals(f.point()[t] * k, g.point()[t], 1e-9);
      assertEquals(f.mean()[t] * k, g.mean()[t], 1e-9);
      assertEquals(f.logPoint()[t] + shift[t], g.logPoint()[t], 1e-15);
      assertEquals(f.lower()[0][t] * k, g.lower()[0][t], 1e-9);
      assertEquals(f.upper()[0][t] * k, g.upper()[0][t], 1e-9);
    }
    assertArrayEquals(f.logSe(), g.logSe(), 0.0);
    assertThrows(IllegalArgumentException.class, () -> f.withLogShift(new double[2]));
  }

  @Test
  void levelsMustLieStrictlyBetweenZeroAndHundred() {
    for (double bad : new double[] {0, 100, -5, 150, Double.NaN}) {
      assertThrows(IllegalArgumentException.class, () -> Forecast.checkLevel(bad), "" + bad);
      assertThrows(
          IllegalArgumentException.class,
          () -> Forecast.fromLog(
              new int[] {2025},
              new double[1],
              new double[1],
              new double[] {bad},
              Forecast.normalQuantile()),
          "fromLog " + bad);
    }
    Forecast.checkLevel(1e-9);
    Forecast.checkLevel(99.999);
  }

  // ---------------------------------------------------------------- ShiftedProjection

  @Test
  void shifted_forecastIsTheInnerTimesExpShift_andExtendsTheLastChangeLinearly() {
    RandomWalkDrift inner = walk(0.05, 0.1);
    ShiftedProjection s = new ShiftedProjection(inner, new double[] {-0.01, -0.03}, "slower GDP");
    assertEquals(0.0, s.shift(0), 0.0);
    assertEquals(-0.01, s.shift(1), 0.0);
    assertEquals(-0.03, s.shift(2), 0.0);
    // Beyond the given steps the last change (−0.02 a step) continues: −0.05, −0.07.
    assertEquals(-0.05, s.shift(3), 1e-15);
    assertEquals(-0.07, s.shift(4), 1e-15);
    Forecast f = s.forecast(4, 80);
    for (int h = 1; h <= 4; h++) {
      // The walk's median is 1000·e^{0.05h}; its 80 % bound e^{±1.2816·0.1√h} around it.
      double median = 1000 * Math.exp(0.05 * h + s.shift(h));
      assertEquals(median, f.point()[h - 1], 1e-9 * median);
      assertEquals(
          median * Math.exp(1.2815515655446004 * 0.1 * Math.sqrt(h)),
          f.upper()[0][h - 1],
          1e-9 * median);
    }
    assertEquals(inner.kind(), s.kind());
    assertEquals(2024, s.lastYear());
    assertEquals(1, s.step());
    assertEquals(inner.parameters(), s.parameters());
    assertEquals("slower GDP", s.description());
  }

  @Test
  void shifted_oneGivenStep_continuesAsALine() {
    ShiftedProjection s = new ShiftedProjection(walk(0, 0.1), new double[] {0.02}, "x");
    assertEquals(0.06, s.shift(3), 1e-15);
  }

  @Test
  void shifted_simulatorAddsTheShiftToEachStep() {
    ShiftedProjection s = new ShiftedProjection(walk(0.05, 0.1), new double[] {0.01, 0.04}, "x");
    StateSpace sim = s.simulator();
    StateSpace plain = walk(0.05, 0.1).simulator();
    assertEquals(plain.stateSize() + 1, sim.stateSize());
    double[] a = new double[sim.stateSize()];
    double[] b = new double[plain.stateSize()];
    sim.initialState(a, 0);
    plain.initialState(b, 0);
    double[] eps = {0.3, -0.2, 0.1};
    for (int h = 1; h <= 3; h++) {
      double x = sim.step(a, 0, eps[h - 1]);
      double y = plain.step(b, 0, eps[h - 1]);
      assertEquals(y + s.shift(h), x, 1e-12, "step " + h);
    }
    assertEquals(plain.randomInitialState(), sim.randomInitialState());
    assertEquals(plain.sigma(), sim.sigma(), 0.0);
    assertEquals(plain.baseLog(), sim.baseLog(), 0.0);
  }

  @Test
  void shifted_withoutEstimationTerms_keepsTheShift() {
    RandomWalkDrift withDrift =
        new RandomWalkDrift("rw-drift", 2024, 1, LN1000, 0.05, 0.1, 12, true);
    ShiftedProjection s = new ShiftedProjection(withDrift, new double[] {0.1}, "x");
    Projection w = s.withoutEstimationTerms();
    assertTrue(w instanceof ShiftedProjection);
    // Without the drift's variance the 80 % bound one step ahead is e^{0.05 + 0.1 ± 1.2816·0.1}.
    assertEquals(
        1000 * Math.exp(0.15 + 1.2815515655446004 * 0.1), w.forecast(1, 80).upper()[0][0], 1e-9);
    ShiftedProjection plain = new ShiftedProjection(walk(0.05, 0.1), new double[] {0.1}, "x");
    assertSame(plain, plain.withoutEstimationTerms());
  }

  @Test
  void shifted_rejectsAnEmptyOrNonFiniteShift() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ShiftedProjection(walk(0, 0.1), new double[0], ""));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ShiftedProjection(walk(0, 0.1), new double[] {Double.NaN}, ""));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ShiftedProjection(walk(0, 0.1), new double[] {0, Double.POSITIVE_INFINITY}, ""));
  }

  // ---------------------------------------------------------------- EnsembleProjection

  private static double mixtureQuantile(double p, double[] w, double[] m, double[] s) {
    return Math.exp(new BrentSolver(1e-14, 1e-14)
        .solve(
            10_000,
            x -> {
              double g = 0;
              for (int k = 0; k < w.length; k++) {
                g += w[k] * STD.cumulativeProbability((x - m[k]) / s[k]);
              }
              return g - p;
            },
            -50,
            50));
  }

  @Test
  void ensemble_forecastIsTheMixtureOfTheMembersLogNormals() {
    RandomWalkDrift slow = walk(0.02, 0.08);
    RandomWalkDrift fast = walk(0.12, 0.15);
    double[] w = {0.3, 0.7};
    EnsembleProjection e = new EnsembleProjection(List.of(slow, fast), List.of(false, false), w);
    Forecast f = e.forecast(6, 80, 95);
    for (int h = 1; h <= 6; h++) {
      double[] m = {LN1000 + 0.02 * h, LN1000 + 0.12 * h};
      double[] s = {0.08 * Math.sqrt(h), 0.15 * Math.sqrt(h)};
      int t = h - 1;
      double median = mixtureQuantile(0.5, w, m, s);
      assertEquals(median, f.point()[t], 1e-9 * median, "median h=" + h);
      assertEquals(Math.log(median), f.logPoint()[t], 1e-9);
      double[][] expected = {
        {mixtureQuantile(0.10, w, m, s), mixtureQuantile(0.90, w, m, s)},
        {mixtureQuantile(0.025, w, m, s), mixtureQuantile(0.975, w, m, s)}
      };
      for (int l = 0; l < 2; l++) {
        assertEquals(expected[l][0], f.lower()[l][t], 1e-9 * expected[l][0], "lo h=" + h);
        assertEquals(expected[l][1], f.upper()[l][t], 1e-9 * expected[l][1], "hi h=" + h);
      }
      // The mean mixes the members' lognormal means; the log sd is the mixture's on the log scale.
      double mean =
          w[0] * Math.exp(m[0] + s[0] * s[0] / 2) + w[1] * Math.exp(m[1] + s[1] * s[1] / 2);
      assertEquals(mean, f.mean()[t], 1e-9 * mean);
      double mu = w[0] * m[0] + w[1] * m[1];
      double second = w[0] * (s[0] * s[0] + m[0] * m[0]) + w[1] * (s[1] * s[1] + m[1] * m[1]);
      assertEquals(Math.sqrt(second - mu * mu), f.logSe()[t], 1e-9);
    }
    assertEquals("ensemble", e.kind());
    assertEquals(2024, e.lastYear());
    assertEquals(1, e.step());
    assertEquals(List.of("rw-drift", "rw-drift"), e.memberKinds());
  }

  @Test
  void ensemble_ofOneMemberIsThatMember() {
    RandomWalkDrift only = walk(0.05, 0.1);
    Forecast f =
        new EnsembleProjection(List.of(only), List.of(false), new double[] {1}).forecast(4, 90);
    Forecast g = only.forecast(4, 90);
    for (int t = 0; t < 4; t++) {
      assertEquals(g.point()[t], f.point()[t], 1e-9 * g.point()[t]);
      assertEquals(g.lower()[0][t], f.lower()[0][t], 1e-9 * g.lower()[0][t]);
      assertEquals(g.upper()[0][t], f.upper()[0][t], 1e-9 * g.upper()[0][t]);
      assertEquals(g.logSe()[t], f.logSe()[t], 1e-12);
    }
  }

  @Test
  void ensemble_memberOfPicksByWeight_andNeverAZeroWeight() {
    double[] w = {0.2, 0.0, 0.5, 0.3};
    int n = 200_000;
    int[] count = new int[w.length];
    for (long key = 0; key < n; key++) {
      count[EnsembleProjection.memberOf(key * 0x9E3779B97F4A7C15L + 17, w)]++;
    }
    assertEquals(0, count[1], "a member with weight 0 is never drawn");
    // Chi-square over the three members with weight: 2 degrees of freedom, 99.99 % point 18.42.
    double chi2 = 0;
    for (int m = 0; m < w.length; m++) {
      if (w[m] > 0) {
        double e = n * w[m];
        chi2 += (count[m] - e) * (count[m] - e) / e;
      }
    }
    assertTrue(chi2 < 18.42, "chi-square " + chi2 + " counts " + java.util.Arrays.toString(count));
    // Only one member with weight: it is always drawn.
    for (long key = 0; key < 1000; key++) {
      assertEquals(2, EnsembleProjection.memberOf(key, new double[] {0, 0, 1}));
    }
  }

  @Test
  void ensemble_rejectsWeightsThatAreNotAProbabilityVector() {
    RandomWalkDrift a = walk(0.05, 0.1);
    RandomWalkDrift b = walk(0.02, 0.2);
    List<Projection> two = List.of(a, b);
    List<Boolean> log = List.of(false, false);
    for (double[] bad : new double[][] {
      {0.5, 0.6}, {-0.1, 1.1}, {Double.NaN, 1}, {0.5, Double.POSITIVE_INFINITY}, {0.4, 0.5}
    }) {
      assertThrows(
          IllegalArgumentException.class,
          () -> new EnsembleProjection(two, log, bad),
          java.util.Arrays.toString(bad));
    }
    assertThrows(
        IllegalArgumentException.class, () -> new EnsembleProjection(two, log, new double[] {1}));
    assertThrows(
        IllegalArgumentException.class,
        () -> new EnsembleProjection(List.of(), List.of(), new double[0]));
    RandomWalkDrift later = new RandomWalkDrift("rw-drift", 2025, 1, LN1000, 0, 0.1, 0, false);
    assertThrows(
        IllegalArgumentException.class,
        () -> new EnsembleProjection(List.of(a, later), log, new double[] {0.5, 0.5}));
    new EnsembleProjection(two, log, new double[] {0.5, 0.5 + 1e-12});
  }
}
