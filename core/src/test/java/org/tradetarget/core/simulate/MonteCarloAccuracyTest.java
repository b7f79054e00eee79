package org.tradetarget.core.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.analysis.Attainment;
import org.tradetarget.core.analysis.Checkpoint;
import org.tradetarget.core.analysis.SeriesAttainment;
import org.tradetarget.core.testing.Budget;
import org.tradetarget.core.testing.Reference;

/**
 * The engine's answers for a random walk with drift agree with closed forms and with an
 * independent numerical first-passage reference: the headline probability ("met by year Y") is
 * only as good as this.
 *
 * <p>Failure budget: every comparison allows 4 Monte Carlo standard errors (two-sided chance
 * 6.3e-5 each under normality). This class makes 102 such comparisons (counted: each goes through
 * {@link Budget#within}, and the class fails if it makes more), so a fresh seed would fail with
 * probability below 102 × 6.3e-5 ≈ 0.65 %; the seeds are fixed, so the outcome is deterministic.
 */
final class MonteCarloAccuracyTest {
  private static final int STATED_COMPARISONS = 102;
  private static final Budget BUDGET = new Budget();

  @AfterAll
  static void theFailureBudgetCountsEveryComparison() {
    BUDGET.assertAtMost(STATED_COMPARISONS);
  }

  private static final double V0 = 10_500;
  private static final double MU = 0.08;
  private static final double SIGMA = 0.1;
  private static final double TARGET = 20_000;

  @Test
  void atOrAbove_matchesLognormalTail_within4Se() {
    int n = 100_000;
    int h = 10;
    SeriesAttainment a = simulate(n, h, 7L, MU, SIGMA, TARGET);
    for (int t = 1; t <= h; t++) {
      Checkpoint c = a.checkpoints().get(t - 1);
      assertEquals(2024 + t, c.year());
      double exact = Walks.terminal(V0, MU, SIGMA, TARGET, t);
      double se = Math.sqrt(exact * (1 - exact) / n);
      BUDGET.within(exact, c.atOrAbove(), 4 * se + 1e-12, "year " + c.year());
      assertEquals(Math.sqrt(c.atOrAbove() * (1 - c.atOrAbove()) / n), c.atOrAboveSe(), 1e-15);
    }
  }

  @Test
  void quantilesAndMean_matchLognormal_within4Se() {
    int n = 100_000;
    int h = 10;
    SeriesAttainment a = simulate(n, h, 11L, MU, SIGMA, TARGET);
    double[] probs = SimulationSpec.defaultQuantiles();
    for (int t = 1; t <= h; t++) {
      Checkpoint c = a.checkpoints().get(t - 1);
      for (double p : probs) {
        double exact = Walks.lognormalQuantile(V0, MU, SIGMA, t, p);
        double se = Walks.quantileSe(p, n, Walks.lognormalDensityAtQuantile(V0, MU, SIGMA, t, p));
        BUDGET.within(exact, c.quantile(p), 4 * se, "q" + p + " in year " + c.year());
      }
      // E[V] = V0 exp(μt + σ²t/2); sd[V] = E[V]·√(exp(σ²t) − 1).
      double mean = V0 * Math.exp(MU * t + SIGMA * SIGMA * t / 2);
      double sd = mean * Math.sqrt(Math.expm1(SIGMA * SIGMA * t));
      BUDGET.within(mean, c.mean(), 4 * sd / Math.sqrt(n), "mean in year " + c.year());
    }
  }

  @Test
  void metBy_matchesGridRecursion_within4Se() {
    int n = 100_000;
    int h = 10;
    double mu = 0.03;
    double sigma = 0.15;
    double target = 1.4 * V0;
    SeriesAttainment a = simulate(n, h, 3L, mu, sigma, target);
    double[] grid = Walks.firstPassageGrid(Math.log(target / V0), mu, sigma, h, sigma / 200);
    for (int t = 1; t <= h; t++) {
      Checkpoint c = a.checkpoints().get(t - 1);
      double se = Math.sqrt(grid[t - 1] * (1 - grid[t - 1]) / n);
      BUDGET.within(grid[t - 1], c.metBy(), 4 * se, "met by " + c.year());
      assertTrue(c.metBy() >= c.atOrAbove(), "met by is at least at-or-above");
    }
    // The grid recursion itself agrees with the closed form in the first year.
    assertEquals(Walks.terminal(V0, mu, sigma, target, 1), grid[0], 1e-12);
  }

  @Test
  void prob01_gridReference_reproducedByTheTestGrid() {
    double[] grid = Walks.firstPassageGrid(Math.log(TARGET / V0), MU, SIGMA, 5, SIGMA / 200);
    double expected = Reference.path("prob_01__prob_firstpassage_grid", "p")[0];
    assertEquals(expected, grid[4], 2e-6);
  }

  @Test
  void prob01_engineAgreesWithReferenceGridAndExactTerminal_within4Se() {
    double v0 = Reference.path("prob_01__prob_inputs", "V0")[0];
    double mu = Reference.path("prob_01__prob_inputs", "mu")[0];
    double sigma = Reference.path("prob_01__prob_inputs", "sigma")[0];
    double target = Reference.path("prob_01__prob_inputs", "target")[0];
    double passage = Reference.path("prob_01__prob_firstpassage_grid", "p")[0];
    double terminal = Reference.path("prob_01__prob_terminal_exact", "p")[0];
    int n = 200_000;
    SimulationSpec spec = SimulationSpec.of(n, 5).withSeed(2024);
    SeriesSummary s = MonteCarlo.run(
        SimulatedSeries.of("prob_01", Walks.rw(v0, 2024, mu, sigma)).withTarget(target), spec);
    SeriesAttainment a = Attainment.of(
            new SimulationResult(spec, List.of(s), java.util.OptionalInt.empty()))
        .series()
        .get(0);
    Checkpoint last = a.checkpoints().get(4);
    BUDGET.within(passage, last.metBy(), 4 * Math.sqrt(passage * (1 - passage) / n));
    BUDGET.within(terminal, last.atOrAbove(), 4 * Math.sqrt(terminal * (1 - terminal) / n));
  }

  private static SeriesAttainment simulate(
      int n, int h, long seed, double mu, double sigma, double target) {
    SimulationSpec spec = SimulationSpec.of(n, h).withSeed(seed).withThreads(2);
    SimulationResult r = MonteCarlo.run(
        List.of(SimulatedSeries.of("rw", Walks.rw(V0, 2024, mu, sigma)).withTarget(target)), spec);
    return Attainment.of(r).series().get(0);
  }
}
