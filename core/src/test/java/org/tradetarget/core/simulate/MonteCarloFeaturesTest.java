package org.tradetarget.core.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.model.RandomWalkDrift;
import org.tradetarget.core.testing.Budget;

/**
 * Each optional ingredient of the engine does what its documentation says: fat-tailed shocks keep
 * the variance σ², crisis jumps happen at the stated rate, correlated series recover their
 * correlation, persistence gives the AR(1) variance, parameter uncertainty gives R's rwf interval
 * width, and bootstrap draws only the given residuals.
 *
 * <p>Failure budget: each statistical comparison allows 4 standard errors (two-sided chance 6.3e-5
 * each under normality); 147 comparisons (counted through {@link Budget#within}; the class fails if
 * it makes more), so a fresh seed fails with probability below 147 × 6.3e-5 ≈ 0.93 %. The seeds
 * are fixed.
 */
final class MonteCarloFeaturesTest {
  private static final int STATED_COMPARISONS = 147;
  private static final Budget BUDGET = new Budget();

  @AfterAll
  static void theFailureBudgetCountsEveryComparison() {
    BUDGET.assertAtMost(STATED_COMPARISONS);
  }

  private static final double V0 = 1000;

  /** Log increments of the sample paths, path-major: year t's log change, t = 1..H. */
  private static double[] logIncrements(SeriesSummary s, double v0) {
    double[][] p = s.samplePaths();
    int h = s.checkpoints();
    double[] out = new double[p.length * h];
    for (int j = 0; j < p.length; j++) {
      double prev = Math.log(v0);
      for (int t = 0; t < h; t++) {
        double x = Math.log(p[j][t]);
        out[j * h + t] = x - prev;
        prev = x;
      }
    }
    return out;
  }

  @Test
  void studentT_keepsVarianceSigmaSquared_andHasTQuantiles() {
    double sigma = 0.1;
    double nu = 5;
    // Variance: 10,000 paths × 10 years of increments. Var(s²)/σ⁴ ≈ (2 + excess kurtosis 6/(ν −
    // 4))/n
    // = 8/100,000, so the SE of s²/σ² is 0.009; 4 SE = 0.036.
    SimulationSpec spec = SimulationSpec.of(10_000, 10)
        .withSeed(5)
        .withShocks(Shocks.studentT(nu))
        .withSamplePaths(10_000);
    SeriesSummary s = MonteCarlo.run(SimulatedSeries.of("t", Walks.rw(V0, 2024, 0.0, sigma)), spec);
    double[] inc = logIncrements(s, V0);
    double ss = 0;
    double m4 = 0;
    for (double x : inc) {
      ss += x * x;
      m4 += x * x * x * x;
    }
    double var = ss / inc.length;
    assertEquals(1.0, var / (sigma * sigma), 0.036, "variance ratio");
    // Fat tails: the kurtosis of t(5) is 9 against 3 for the normal.
    double kurtosis = (m4 / inc.length) / (var * var);
    assertTrue(kurtosis > 5, "kurtosis " + kurtosis + " should be far above the normal's 3");

    // Quantiles in year 1: V0·exp(σ√((ν − 2)/ν)·t_p(ν)), with the quantile's MC standard error.
    int n = 100_000;
    SeriesSummary one = MonteCarlo.run(
        SimulatedSeries.of("t", Walks.rw(V0, 2024, 0.0, sigma)),
        SimulationSpec.of(n, 1).withSeed(6).withShocks(Shocks.studentT(nu)));
    TDistribution td = new TDistribution(null, nu);
    double scale = sigma * Math.sqrt((nu - 2) / nu);
    double[] probs = one.quantileProbabilities();
    for (int i = 0; i < probs.length; i++) {
      double tp = td.inverseCumulativeProbability(probs[i]);
      double q = V0 * Math.exp(scale * tp);
      double density = td.density(tp) / (q * scale);
      BUDGET.within(
          q, one.quantiles()[i][0], 4 * Walks.quantileSe(probs[i], n, density), "q" + probs[i]);
    }
  }

  @Test
  void crisisJumps_happenAtTheirRate_andShiftTheLevel() {
    double p = 0.2;
    // σ = 0 and μ = 0: a path's log change is exactly the jump, −0.1, or 0.
    SimulationSpec spec = SimulationSpec.of(10_000, 10)
        .withSeed(9)
        .withJumps(new CrisisJumps(p, -0.1, 0.0))
        .withSamplePaths(10_000);
    SeriesSummary s = MonteCarlo.run(
        SimulatedSeries.of("j", Walks.rw(V0, 2024, 0.0, 0.0)).withTarget(0.99 * V0), spec);
    double[] inc = logIncrements(s, V0);
    int jumps = 0;
    for (double x : inc) {
      if (x < -0.05) {
        jumps++;
        assertEquals(-0.1, x, 1e-12);
      } else {
        assertEquals(0.0, x, 1e-12);
      }
    }
    double rate = (double) jumps / inc.length;
    BUDGET.within(p, rate, 4 * Math.sqrt(p * (1 - p) / inc.length), "jump frequency");
    // Without recovery a path stays at or above 0.99 V0 exactly while it has had no crisis: (1 −
    // p)^t.
    for (int t = 1; t <= 10; t++) {
      double expected = Math.pow(1 - p, t);
      double got = (double) s.atOrAbove()[t - 1] / 10_000;
      BUDGET.within(expected, got, 4 * Math.sqrt(expected * (1 - expected) / 10_000), "year " + t);
    }
  }

  @Test
  void correlatedSeries_recoverTheirCorrelation_andJointProbability() {
    double rho = 0.6;
    int n = 10_000;
    SimulationSpec spec = SimulationSpec.of(n, 5).withSeed(13).withSamplePaths(n);
    List<SimulatedSeries> series = List.of(
        SimulatedSeries.of("a", Walks.rw(V0, 2024, 0.0, 0.1)),
        SimulatedSeries.of("b", Walks.rw(V0, 2024, 0.0, 0.2)));
    SimulationResult r =
        MonteCarlo.run(series, Correlation.of(new double[][] {{1, rho}, {rho, 1}}), spec);
    double[] a = logIncrements(r.series().get(0), V0);
    double[] b = logIncrements(r.series().get(1), V0);
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < a.length; i++) {
      sab += a[i] * b[i];
      saa += a[i] * a[i];
      sbb += b[i] * b[i];
    }
    double corr = sab / Math.sqrt(saa * sbb);
    // SE of a sample correlation ≈ (1 − ρ²)/√m, m = 50,000 pairs: 0.0029.
    BUDGET.within(rho, corr, 4 * (1 - rho * rho) / Math.sqrt(a.length));

    // Joint: both at or above V0·e^0.1 in year 1 = P(Z1 ≥ 1, Z2 ≥ 0.5) for standard normals with
    // correlation ρ, by numerical integration over z1.
    int big = 100_000;
    List<SimulatedSeries> targeted = List.of(
        SimulatedSeries.of("a", Walks.rw(V0, 2024, 0.0, 0.1)).withTarget(V0 * Math.exp(0.1), 2025),
        SimulatedSeries.of("b", Walks.rw(V0, 2024, 0.0, 0.2)).withTarget(V0 * Math.exp(0.1), 2025));
    SimulationResult j = MonteCarlo.run(
        targeted,
        Correlation.of(new double[][] {{1, rho}, {rho, 1}}),
        SimulationSpec.of(big, 1).withSeed(14));
    double exact = bivariateUpper(1.0, 0.5, rho);
    double got = (double) j.jointMetCount().getAsInt() / big;
    BUDGET.within(exact, got, 4 * Math.sqrt(exact * (1 - exact) / big));
  }

  /** P(Z1 ≥ a, Z2 ≥ b) for standard normals with correlation ρ: ∫_a^∞ φ(z) Φ̄((b − ρz)/√(1 − ρ²)) dz. */
  private static double bivariateUpper(double a, double b, double rho) {
    int steps = 20_000;
    double hi = 12;
    double dz = (hi - a) / steps;
    double sum = 0;
    for (int i = 0; i <= steps; i++) {
      double z = a + i * dz;
      double f = Walks.STD.density(z)
          * (1 - Walks.STD.cumulativeProbability((b - rho * z) / Math.sqrt(1 - rho * rho)));
      sum += (i == 0 || i == steps ? 1 : (i % 2 == 1 ? 4 : 2)) * f;
    }
    return sum * dz / 3;
  }

  @Test
  void persistence_givesAr1Variance() {
    // y_t = R_t, R_t = φR_{t−1} + ε_t: Var = σ²(1 − φ^{2t})/(1 − φ²); quantiles of the lognormal.
    double phi = 0.5;
    double sigma = 0.1;
    int n = 100_000;
    int h = 8;
    SeriesSummary s = MonteCarlo.run(
        SimulatedSeries.of("ar", Walks.rw(V0, 2024, 0.02, sigma)),
        SimulationSpec.of(n, h).withSeed(21).withPersistence(phi));
    for (int t = 1; t <= h; t++) {
      double sd = sigma * Math.sqrt((1 - Math.pow(phi, 2 * t)) / (1 - phi * phi));
      double[] probs = s.quantileProbabilities();
      for (int i = 0; i < probs.length; i++) {
        double z = Walks.STD.inverseCumulativeProbability(probs[i]);
        double q = V0 * Math.exp(0.02 * t + sd * z);
        double density = Walks.STD.density(z) / (q * sd);
        BUDGET.within(
            q,
            s.quantiles()[i][t - 1],
            4 * Walks.quantileSe(probs[i], n, density),
            "q" + probs[i] + " year " + t);
      }
    }
  }

  @Test
  void parameterUncertainty_matchesRwfIntervalWidth() {
    // With the drift drawn per path, ln V_h has sd σ√(h + h²/(n − 1)): R's rwf(drift = TRUE)
    // standard error, which RandomWalkDrift.logSe(h) implements.
    int points = 12;
    double sigma = 0.1;
    RandomWalkDrift rw =
        new RandomWalkDrift("rw-drift", 2024, 1, Math.log(V0), 0.05, sigma, points, true);
    int n = 100_000;
    int h = 10;
    SeriesSummary s = MonteCarlo.run(
        SimulatedSeries.of("pu", rw.simulator()),
        SimulationSpec.of(n, h).withSeed(23).withParameterUncertainty(true));
    for (int t = 1; t <= h; t++) {
      double sd = rw.logSe(t);
      double[] probs = s.quantileProbabilities();
      for (int i = 0; i < probs.length; i++) {
        double z = Walks.STD.inverseCumulativeProbability(probs[i]);
        double q = V0 * Math.exp(0.05 * t + sd * z);
        double density = Walks.STD.density(z) / (q * sd);
        BUDGET.within(
            q,
            s.quantiles()[i][t - 1],
            4 * Walks.quantileSe(probs[i], n, density),
            "q" + probs[i] + " year " + t);
      }
    }
  }

  @Test
  void bootstrap_drawsOnlyTheResiduals_uniformly() {
    int n = 30_000;
    SimulationSpec spec =
        SimulationSpec.of(n, 1).withSeed(31).withShocks(Shocks.BOOTSTRAP).withSamplePaths(10_000);
    SeriesSummary s = MonteCarlo.run(
        SimulatedSeries.of("b", Walks.rw(V0, 2024, 0.0, 0.3))
            .withResiduals(-0.1, 0.0, 0.2)
            .withTarget(V0 * 1.1),
        spec);
    for (double[] path : s.samplePaths()) {
      double x = Math.log(path[0] / V0);
      assertTrue(
          Math.abs(x + 0.1) < 1e-12 || Math.abs(x) < 1e-12 || Math.abs(x - 0.2) < 1e-12,
          "drew " + x);
    }
    double p = (double) s.atOrAbove()[0] / n;
    BUDGET.within(1.0 / 3, p, 4 * Math.sqrt(2.0 / 9 / n));
    assertEquals(V0, s.quantiles()[3][0], 1e-9 * V0, "the median is the middle residual");
  }

  @Test
  void laterBaseYear_startsLater_onTheSameCalendar() {
    SimulationResult r = MonteCarlo.run(
        List.of(
            SimulatedSeries.of("early", Walks.rw(V0, 2022, 0.1, 0.0)),
            SimulatedSeries.of("late", Walks.rw(V0, 2024, 0.1, 0.0))),
        SimulationSpec.of(10, 5).withSamplePaths(1));
    assertArrayEquals(
        new int[] {2023, 2024, 2025, 2026, 2027}, r.series().get(0).years());
    assertArrayEquals(new int[] {2025, 2026, 2027}, r.series().get(1).years());
    assertEquals(V0 * Math.exp(0.3), r.series().get(1).samplePaths()[0][2], 1e-9);
  }

  @Test
  void shortfallTallies_deterministicCase() {
    // σ = 0: every path is V0·e^{0.05·t}; the shortfall at 2026 is T − V0·e^{0.1} on every path.
    SimulationResult r = MonteCarlo.run(
        List.of(SimulatedSeries.of("s", Walks.rw(V0, 2024, 0.05, 0.0)).withTarget(2000, 2026)),
        SimulationSpec.of(1000, 3));
    SeriesSummary.DeadlineTally d = r.series().get(0).deadlineTally().orElseThrow();
    assertEquals(1000, d.belowCount());
    assertEquals(1000 * (2000 - V0 * Math.exp(0.1)), d.shortfallSum(), 1e-6);
    assertEquals(0, r.jointMetCount().getAsInt());
  }

  @Test
  void rejectsInputsThatDoNotFit() {
    SimulatedSeries a = SimulatedSeries.of("a", Walks.rw(V0, 2024, 0, 0.1));
    SimulationSpec spec = SimulationSpec.of(100, 5);
    assertThrows(IllegalArgumentException.class, () -> MonteCarlo.run(List.of(), spec));
    assertMessage(() -> MonteCarlo.run(List.of(a, a), spec), "appears twice");
    assertMessage(
        () -> MonteCarlo.run(List.of(a), Correlation.independent(2), spec),
        "2 x 2 but there are 1");
    assertMessage(
        () -> MonteCarlo.run(List.of(a), spec.withShocks(Shocks.BOOTSTRAP)), "need residuals");
    assertMessage(
        () -> MonteCarlo.run(
            List.of(
                a.withResiduals(0.1),
                SimulatedSeries.of("b", Walks.rw(V0, 2024, 0, 0.1)).withResiduals(0.1)),
            Correlation.of(new double[][] {{1, 0.5}, {0.5, 1}}),
            spec.withShocks(Shocks.BOOTSTRAP)),
        "cannot be correlated");
    assertMessage(
        () -> MonteCarlo.run(List.of(a.withTarget(2000, 2030)), spec),
        "deadline 2030 is not a checkpoint");
    assertMessage(
        () -> MonteCarlo.run(List.of(a.withTarget(2000, 2024)), spec),
        "deadline 2024 is not a checkpoint");
    assertMessage(
        () -> MonteCarlo.run(List.of(a, SimulatedSeries.of("b", Walks.rw(V0, 2030, 0, 0.1))), spec),
        "leaves no checkpoint");
    assertMessage(
        () -> new SimulatedSeries(
            "x", Walks.rw(V0, 2024, 0, 0.1), null, OptionalDouble.of(-1), OptionalInt.empty()),
        "target -1.0");
  }

  static void assertMessage(org.junit.jupiter.api.function.Executable e, String part) {
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
    assertTrue(
        ex.getMessage().contains(part),
        "message '" + ex.getMessage() + "' should contain '" + part + "'");
  }
}
