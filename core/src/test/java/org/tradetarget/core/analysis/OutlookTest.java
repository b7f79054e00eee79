package org.tradetarget.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.evidence.Recalibration;
import org.tradetarget.core.levers.BuiltInLever;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.core.simulate.CrisisJumps;
import org.tradetarget.core.simulate.Shocks;
import org.tradetarget.core.testing.Budget;
import org.tradetarget.core.testing.WalkReference;

/**
 * The front door an economist embeds must give the probabilities a random walk's closed forms
 * predict, and must say which parameter is wrong when a call does not fit: its numbers are the
 * ones a policy brief quotes.
 *
 * <p>Failure budget: every Monte Carlo comparison allows 4 standard errors (two-sided chance
 * 6.3e-5 each under normality). This class makes 89 such comparisons (counted through {@link
 * Budget#within}; the class fails if it makes more), so a fresh seed would fail with probability
 * below 89 × 6.3e-5 ≈ 0.56 %; the seeds are fixed, so the outcome is deterministic.
 */
final class OutlookTest {
  private static final int STATED_COMPARISONS = 89;
  private static final Budget BUDGET = new Budget();

  @AfterAll
  static void theFailureBudgetCountsEveryComparison() {
    BUDGET.assertAtMost(STATED_COMPARISONS);
  }

  private static final double V0 = 10_500;
  private static final double RATE = 0.08;
  private static final double SIGMA = 0.1;
  private static final double TARGET = 20_000;
  private static final int N = 100_000;

  /** A series ending at V0 in 2025; constant-growth only uses the last observation. */
  private static AnnualSeries series() {
    return AnnualSeries.of("x", new int[] {2023, 2024, 2025}, new double[] {9_000, 9_800, V0});
  }

  private static Outlook constantGrowth() {
    return Outlook.of(series())
        .target(TARGET, 2033)
        .model(
            ModelKind.CONSTANT_GROWTH,
            ModelParams.none()
                .with("rate", Double.toString(RATE))
                .with("sigma", Double.toString(SIGMA)))
        .paths(N)
        .seed(7)
        .threads(2);
  }

  @Test
  void constantGrowth_atOrAboveAndQuantiles_matchLognormal_within4Se() {
    OutlookResult o = constantGrowth().run();
    double mu = Math.log1p(RATE);
    assertEquals(2026, o.years()[0]);
    assertEquals(2033, o.years()[o.years().length - 1]);
    for (int h = 1; h <= 8; h++) {
      int y = 2025 + h;
      // P(V_h >= T) = 1 - Phi((ln T - ln V0 - mu h) / (sigma sqrt h)), mu = ln(1 + rate)
      double p = 1
          - WalkReference.STD.cumulativeProbability(
              (Math.log(TARGET) - Math.log(V0) - mu * h) / (SIGMA * Math.sqrt(h)));
      double se = Math.sqrt(p * (1 - p) / N);
      BUDGET.within(p, o.atOrAbove(y), 4 * se + 1e-12, "at or above in " + y);
      assertEquals(Math.sqrt(o.atOrAbove(y) * (1 - o.atOrAbove(y)) / N), o.atOrAboveSe(y), 1e-15);
      for (double q : new double[] {0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95}) {
        // the lognormal quantile V0 exp(mu h + sigma sqrt(h) z_q), its MC se sqrt(q(1-q)/N)/f(Q)
        double z = WalkReference.STD.inverseCumulativeProbability(q);
        double exact = V0 * Math.exp(mu * h + SIGMA * Math.sqrt(h) * z);
        double density = WalkReference.STD.density(z) / (exact * SIGMA * Math.sqrt(h));
        BUDGET.within(
            exact,
            o.quantile(y, q),
            4 * Math.sqrt(q * (1 - q) / N) / density,
            "q" + q + " in " + y);
      }
      // E[V_h] = V0 exp(mu h + sigma^2 h / 2), sd = E·sqrt(exp(sigma^2 h) - 1)
      double mean = V0 * Math.exp(mu * h + SIGMA * SIGMA * h / 2);
      BUDGET.within(
          mean, o.mean(y), 4 * mean * Math.sqrt(Math.expm1(SIGMA * SIGMA * h)) / Math.sqrt(N));
    }
  }

  @Test
  void constantGrowth_metByAndMedianFirstYear_matchFirstPassageGrid() {
    OutlookResult o = constantGrowth().endYear(2037).run();
    int h = 12;
    double[] grid = WalkReference.firstPassageGrid(
        Math.log(TARGET / V0), Math.log1p(RATE), SIGMA, h, SIGMA / 200);
    Integer expectedFirst = null;
    for (int t = 1; t <= h; t++) {
      double se = Math.sqrt(grid[t - 1] * (1 - grid[t - 1]) / N);
      BUDGET.within(grid[t - 1], o.metBy(2025 + t), 4 * se, "met by " + (2025 + t));
      assertEquals(
          Math.sqrt(o.metBy(2025 + t) * (1 - o.metBy(2025 + t)) / N), o.metBySe(2025 + t), 1e-15);
      if (expectedFirst == null && grid[t - 1] >= 0.5) {
        // the crossing is clear: the grid values on both sides are far from one half in MC terms
        assertTrue(Math.abs(grid[t - 1] - 0.5) > 4 * se && Math.abs(grid[t - 2] - 0.5) > 4 * se);
        expectedFirst = 2025 + t;
      }
    }
    assertTrue(
        expectedFirst != null,
        "the walk reaches the target with probability 1/2 within " + h + " years");
    assertEquals(expectedFirst, o.medianFirstYear().getAsInt());
    assertEquals(o.metBy(2033), o.pMet(), 0.0);
    assertEquals(o.atOrAbove(2033), o.pAtDeadline(), 0.0);
    // the first-passage distribution sums, with "not by the end year", to 1
    double sum = o.firstPassage().notByHorizon();
    for (double p : o.firstPassage().probability()) {
      sum += p;
    }
    assertEquals(1.0, sum, 1e-12);
    assertEquals(12, o.firstPassage().years().length);
    assertTrue(o.shortfall().isPresent());
    assertEquals(2033, o.shortfall().get().deadline());
  }

  @Test
  void headlineNumbers_followTheirDefinitions() {
    OutlookResult o = constantGrowth().deadlines(2030, 2031).run();
    assertEquals(2033, o.deadline());
    assertFalse(o.deadlineAssumed());
    assertEquals(2025, o.baseYear());
    assertEquals(V0, o.baseValue(), 0.0);
    assertEquals(90, o.bandLevel(), 0.0);
    assertEquals(o.quantile(2033, 0.05), o.bandLow(), 0.0);
    assertEquals(o.quantile(2033, 0.95), o.bandHigh(), 0.0);
    assertEquals(o.quantile(2033, 0.5), o.median(), 0.0);
    // required: (20000 / 10500)^(1/8) - 1; assumed: (median / 10500)^(1/8) - 1, about the rate
    assertEquals(Math.pow(TARGET / V0, 1.0 / 8) - 1, o.requiredCagr(), 1e-15);
    assertEquals(RATE, o.assumedCagr(), 0.002);
    assertEquals(
        List.of(2033, 2030, 2031),
        o.byDeadline().stream().map(OutlookResult.DeadlineOdds::deadline).toList());
    OutlookResult.DeadlineOdds d2030 = o.byDeadline().get(1);
    assertEquals(Math.pow(TARGET / V0, 1.0 / 5) - 1, d2030.requiredCagr(), 1e-15);
    assertEquals(o.metBy(2030), d2030.pMet(), 0.0);
  }

  @Test
  void rwDrift_atOrAbove_matchesLognormalOfTheHandFittedDriftAndSigma() {
    int[] years = {2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025};
    double[] v = {1_000, 1_150, 1_210, 1_400, 1_380, 1_620, 1_700, 1_990, 2_050, 2_300};
    // rw-drift: drift = mean of the 9 log differences, sigma = their sd with denominator 8
    double mu = (Math.log(2_300) - Math.log(1_000)) / 9;
    double ss = 0;
    for (int i = 1; i < v.length; i++) {
      double d = Math.log(v[i] / v[i - 1]) - mu;
      ss += d * d;
    }
    double sigma = Math.sqrt(ss / 8);
    OutlookResult o = Outlook.of(AnnualSeries.of("y", years, v))
        .target(4_000, 2030)
        .model("rw-drift")
        .recalibration(Recalibration.none()) // the kind's own law, as rwf gives it
        .paths(N)
        .seed(11)
        .run();
    // Parameter uncertainty is on by default: each path's drift is N(mu, sigma^2/9) (9
    // differences), so ln V(2025 + h) is normal with variance sigma^2 (h + h^2/9), as rwf.
    for (int h = 1; h <= 5; h++) {
      double p = 1
          - WalkReference.STD.cumulativeProbability(
              (Math.log(4_000 / 2_300.0) - mu * h) / (sigma * Math.sqrt(h + h * h / 9.0)));
      BUDGET.within(
          p,
          o.atOrAbove(2025 + h),
          4 * Math.sqrt(p * (1 - p) / N) + 1e-12,
          "at or above in " + (2025 + h));
    }
  }

  @Test
  void calibrate_givesTheFitTheRunSimulates() {
    org.tradetarget.core.calibrate.Calibration c = constantGrowth().calibrate();
    assertEquals(ModelKind.CONSTANT_GROWTH, c.kind());
    assertEquals(RATE, c.parameters().get("rate"), 0.0);
    assertEquals(SIGMA, c.parameters().get("sigma"), 0.0);
  }

  @Test
  void macroGrowthChange_isCarriedIntoTrendKinds_onlyWhenGrowthChanges() {
    Outlook base = constantGrowth().corridor(Corridor.VN_KH).paths(1_000);
    // the embedded paths themselves, or another inflation alone, change no growth: no shift, no
    // note
    int notes = base.calibrate().notes().size();
    assertEquals(notes, base.macro(MacroPaths.embedded()).calibrate().notes().size());
    assertEquals(
        notes,
        base.macro(MacroPaths.embedded().withInflation(0.03))
            .calibrate()
            .notes()
            .size());
    org.tradetarget.core.calibrate.Calibration slower =
        base.macro(MacroPaths.embedded().withGrowthShift(-0.01)).calibrate();
    assertEquals(notes + 1, slower.notes().size());
    assertTrue(
        slower.notes().get(notes).startsWith("macro growth change carried into constant-growth"));
    // one point slower GDP growth in both countries, elasticity 1 each: about 2 points slower
    // trade,
    // so the 2033 median falls by a factor of about exp(-0.02 * 8)
    double ratio =
        base.macro(MacroPaths.embedded().withGrowthShift(-0.01)).run().median()
            / base.run().median();
    assertEquals(Math.exp(-0.02 * 8), ratio, 0.01);
  }

  @Test
  void sameSeed_sameNumbers_anyThreadCount_andCopiesAreIndependent() {
    Outlook base = constantGrowth().paths(20_000);
    OutlookResult one = base.threads(1).run();
    base.seed(99); // a copy; base keeps seed 7
    OutlookResult two = base.threads(2).run();
    for (int y = 2026; y <= 2033; y++) {
      assertEquals(one.metBy(y), two.metBy(y), 0.0);
      assertEquals(one.quantile(y, 0.5), two.quantile(y, 0.5), 0.0);
      assertEquals(one.mean(y), two.mean(y), 0.0);
    }
    OutlookResult other = base.seed(99).run();
    assertTrue(other.metBy(2033) != one.metBy(2033) || other.mean(2033) != one.mean(2033));
  }

  @Test
  void targetWithoutDeadline_getsTheAssumedDeadline_andEndYearExtends() {
    org.tradetarget.core.data.Target t =
        org.tradetarget.core.data.Target.of(Corridor.VN_KH, TARGET, java.util.OptionalInt.empty());
    OutlookResult o = constantGrowth()
        .target(t)
        .assumedDeadline(2031)
        .endYear(2034)
        .paths(1_000)
        .run();
    assertEquals(2031, o.deadline());
    assertTrue(o.deadlineAssumed());
    assertEquals("VN-KH", o.name());
    assertEquals(2034, o.years()[o.years().length - 1]);
    assertTrue(o.quantile(2031, 0.05) > 0);
  }

  @Test
  void bandAndQuantiles_areSimulatedOnTop() {
    OutlookResult o = constantGrowth().paths(2_000).quantiles(0.5).band(80).run();
    assertEquals(
        List.of(0.1, 0.5, 0.9),
        java.util.Arrays.stream(o.quantileProbabilities()).boxed().toList());
    assertEquals(o.quantile(2033, 0.1), o.bandLow(), 0.0);
  }

  @Test
  void badValues_nameTheParameter() {
    assertMessage(() -> Outlook.of(series()).run(), "target: not set");
    assertMessage(() -> Outlook.of(series()).paths(0), "paths: 0 is not allowed");
    assertMessage(() -> Outlook.of(series()).target(-1, 2030), "target: -1.0 is not allowed");
    assertMessage(
        () -> Outlook.of(series()).model("rw-drfit"),
        "model: unknown model kind 'rw-drfit'; valid: ");
    assertMessage(() -> Outlook.of(series()).band(100), "band: 100.0 is not allowed");
    assertMessage(() -> Outlook.of(series()).quantiles(0.5, 1.0), "quantiles: 1.0 is not allowed");
    assertMessage(() -> Outlook.of(series()).persistence(1.5), "persistence: 1.5 is not allowed");
    assertMessage(() -> Outlook.of(series()).threads(-1), "threads: -1 is not allowed");
    assertMessage(
        () -> Outlook.of(series()).model(ModelKind.RW_DRIFT, ModelParams.none().with("rate", "1")),
        "unknown parameter 'rate' for model rw-drift");
    assertMessage(
        () -> Outlook.of(series()).target(TARGET, 2025).run(),
        "target deadline: 2025 is not after the base year 2025");
    assertMessage(
        () -> constantGrowth().endYear(2030).run(), "endYear: 2030 is before the deadline 2033");
    assertMessage(
        () -> constantGrowth().deadlines(2020).run(),
        "deadlines: 2020 is not after the base year 2025");
    assertMessage(
        () -> Outlook.of(series()).target(TARGET, 2030).from(2010).run(),
        "from: 2010 is not allowed for rw-drift on x; expected a year from 2023 to 2025");
    assertMessage(
        () -> Outlook.of(series()).target(TARGET, 2030).model("constant-growth").run(),
        "model: constant-growth needs the parameter rate");
    assertMessage(
        () -> constantGrowth().shocks(Shocks.BOOTSTRAP).run(),
        "shocks: bootstrap shocks need the fit's residuals, and constant-growth has 0");
    assertMessage(
        () -> constantGrowth().levers(List.of(BuiltInLever.all().get(0))).run(),
        "corridor: not set;");
    assertMessage(() -> constantGrowth().macro(MacroPaths.embedded()).run(), "corridor: not set;");
    assertMessage(
        () -> constantGrowth()
            .corridor(Corridor.VN_LA)
            .levers(List.of(BuiltInLever.of("phnom-penh-bavet-expressway").lever()))
            .run(),
        "levers: lever phnom-penh-bavet-expressway affects");
    assertMessage(
        () -> Outlook.of(series())
            .target(TARGET, 2030)
            .model("logistic")
            .jumps(new CrisisJumps(0.1, -0.2, 0.05))
            .run(),
        "jumps: crisis jumps are log-scale falls");
    assertMessage(
        () -> Outlook.of(series())
            .target(TARGET, 2030)
            .model(ModelKind.CAGR, ModelParams.none().with("window", "5"))
            .run(),
        "model cagr: ");
    OutlookResult o = constantGrowth().paths(500).run();
    assertMessage(() -> o.metBy(2040), "year 2040 is not simulated; simulated: 2026..2033");
    assertMessage(() -> o.quantile(2030, 0.33), "p: quantile 0.33 was not simulated");
  }

  private static void assertMessage(Runnable call, String expected) {
    InvalidInputException e = assertThrows(InvalidInputException.class, call::run);
    assertTrue(
        e.getMessage().startsWith(expected) || e.getMessage().contains(expected),
        "message: " + e.getMessage() + "\nexpected: " + expected);
    assertFalse(e.getMessage().contains("--"), "no command-line flag in: " + e.getMessage());
  }
}
