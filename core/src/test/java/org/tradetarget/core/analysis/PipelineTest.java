package org.tradetarget.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.evidence.Recalibration;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.core.simulate.Shocks;
import org.tradetarget.core.testing.Budget;
import org.tradetarget.core.testing.WalkReference;

/**
 * The pipeline on two series of different base years in one run: each series' odds follow its own
 * lognormal law, stepping from its own base year, and the joint odds of independent series are the
 * product of the two.
 *
 * <p>Failure budget: each Monte Carlo comparison allows 4 standard errors (two-sided chance 6.3e-5
 * under normality); this class makes 5, so a fresh seed would fail with probability below 5 ×
 * 6.3e-5 ≈ 0.03 %; the seed is fixed, so the outcome is deterministic.
 */
final class PipelineTest {
  private static final int STATED_COMPARISONS = 5;
  private static final Budget BUDGET = new Budget();
  private static final int N = 100_000;
  private static final double SIGMA = 0.1;

  @AfterAll
  static void theFailureBudgetCountsEveryComparison() {
    BUDGET.assertAtMost(STATED_COMPARISONS);
  }

  /** A constant-growth fit of a series ending at {@code base} in {@code lastYear}. */
  private static Calibration fit(double base, int lastYear, double rate) {
    AnnualSeries s = AnnualSeries.of(
        "s" + lastYear, new int[] {lastYear - 1, lastYear}, new double[] {base * 0.9, base});
    return Pipeline.fit(new Pipeline.Fit(
        s,
        null,
        ModelKind.CONSTANT_GROWTH,
        ModelParams.none()
            .with("rate", Double.toString(rate))
            .with("sigma", Double.toString(SIGMA)),
        OptionalInt.empty(),
        List.of(),
        MacroPaths.embedded(),
        false,
        2030,
        2030,
        List.of()));
  }

  private static Pipeline.Settings settings() {
    Pipeline.Settings d = Pipeline.Settings.DEFAULTS;
    return new Pipeline.Settings(
        N,
        11,
        2,
        0,
        Shocks.NORMAL,
        Optional.empty(),
        OptionalDouble.empty(),
        false,
        d.quantiles(),
        d.band(),
        0,
        Recalibration.none());
  }

  /** P(V_h ≥ T) for a lognormal walk: 1 − Φ((ln T − ln V0 − h ln(1 + g)) / (σ √h)). */
  private static double atOrAbove(double v0, double target, double rate, int h) {
    return 1
        - WalkReference.STD.cumulativeProbability(
            (Math.log(target / v0) - h * Math.log1p(rate)) / (SIGMA * Math.sqrt(h)));
  }

  @Test
  void twoSeries_eachFollowsItsLaw_andTheJointOddsAreTheProduct() {
    // A: base 1,000 in 2025, 6 % a year, target 1,300 by 2030 (h = 5)
    // B: base 500 in 2024, 4 % a year, target 620 by 2030 (h = 6: it steps from its own base)
    Pipeline.Series a = new Pipeline.Series(
        "A", fit(1_000, 2025, 0.06), 2025, 1_000, 1_300, 2030, false, List.of(2030));
    Pipeline.Series b =
        new Pipeline.Series("B", fit(500, 2024, 0.04), 2024, 500, 620, 2030, false, List.of(2030));
    Pipeline.Result r = Pipeline.simulate(List.of(a, b), settings(), null, t -> {});

    assertEquals(List.of("A", "B"), r.series().stream().map(OutlookResult::name).toList());
    double pa = atOrAbove(1_000, 1_300, 0.06, 5);
    double pb = atOrAbove(500, 620, 0.04, 6);
    BUDGET.within(pa, r.series().get(0).pAtDeadline(), 4 * Math.sqrt(pa * (1 - pa) / N), "A");
    BUDGET.within(pb, r.series().get(1).pAtDeadline(), 4 * Math.sqrt(pb * (1 - pb) / N), "B");
    // independent shocks: P(both met by 2030) = P(A met) P(B met), up to Monte Carlo error
    double ma = r.series().get(0).pMet();
    double mb = r.series().get(1).pMet();
    double joint = r.attainment().joint().orElseThrow();
    double product = ma * mb;
    // the joint's own se plus the product's (delta method on two estimated means)
    double se = Math.sqrt(product * (1 - product) / N)
        + Math.sqrt(mb * mb * ma * (1 - ma) / N + ma * ma * mb * (1 - mb) / N);
    BUDGET.within(product, joint, 4 * se, "joint");
    // met by the deadline is at least at or above in the deadline year
    assertTrue(ma >= r.series().get(0).pAtDeadline());
    BUDGET.within(
        r.series().get(0).pMet(),
        Pipeline.simulate(List.of(a), settings(), null, t -> {}).series().get(0).pMet(),
        4 * Math.sqrt(ma * (1 - ma) / N) * Math.sqrt(2),
        "A alone");
  }

  @Test
  void bootstrapShocks_withoutResiduals_nameTheSeriesIndex() {
    Pipeline.Series a = new Pipeline.Series(
        "A", fit(1_000, 2025, 0.06), 2025, 1_000, 1_300, 2030, false, List.of(2030));
    Pipeline.Settings s = settings();
    Pipeline.Settings boot = new Pipeline.Settings(
        s.paths(),
        s.seed(),
        s.threads(),
        s.endYear(),
        Shocks.BOOTSTRAP,
        s.jumps(),
        s.persistence(),
        s.parameterUncertainty(),
        s.quantiles(),
        s.band(),
        s.samplePaths(),
        s.recalibration());
    Pipeline.SeriesProblem e = assertThrows(
        Pipeline.SeriesProblem.class, () -> Pipeline.simulate(List.of(a, a), boot, null, t -> {}));
    assertEquals(0, e.index());
    assertTrue(e.getMessage().startsWith("shocks: bootstrap shocks need the fit's residuals"));
  }

  @Test
  void deadlines_mainFirst_thenTheOthersInOrder_withoutRepeats() {
    assertEquals(
        List.of(2030, 2028, 2035), Pipeline.deadlines(2025, 2030, List.of(2035, 2030, 2028)));
    assertThrows(
        org.tradetarget.core.data.InvalidInputException.class,
        () -> Pipeline.deadlines(2025, 2030, List.of(2025)));
  }
}
