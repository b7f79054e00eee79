package org.tradetarget.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;

/**
 * A backtest is how an economist judges whether a projection method deserves trust, so its numbers
 * must be the defined ones: here a whole rw-drift backtest worked out by hand, the origins it
 * scores, what a failed fit does, and which inputs are refused.
 */
final class BacktestTest {
  /** Six annual values, 2001-2006. */
  private static final AnnualSeries SIX =
      AnnualSeries.of("six", new int[] {2001, 2002, 2003, 2004, 2005, 2006}, new double[] {
        100, 110, 125, 130, 150, 160
      });

  private static double value(OptionalDouble d) {
    assertTrue(d.isPresent(), "score should be defined");
    return d.getAsDouble();
  }

  /**
   * rw-drift (forecast::rwf with drift: μ = mean of the log differences, σ their sd with
   * denominator m − 1, se_h = σ√(h + h²/(o − 1)), normal quantiles z80 = 1.2815515655446,
   * z95 = 1.9599639845401), min-train 3, H = 2 on 100, 110, 125, 130, 150, 160 (2001-2006).
   * Log differences: ln(110/100) = 0.0953101798, ln(125/110) = 0.1278333715,
   * ln(130/125) = 0.0392207132, ln(150/130) = 0.1431008436, ln(160/150) = 0.0645385211.
   *
   * <pre>
   * o = 3 (2001-2003): μ = (0.0953101798 + 0.1278333715)/2 = 0.1115717757, σ = 0.0229973694,
   *   MASE scale = (10 + 15)/2 = 12.5
   *   h = 1 (2004, actual 130): x̂ = ln 125 + μ = 4.9398855130, se = σ√1.5 = 0.0281659102,
   *     point 139.7542486, 80 % [134.7996290, 144.8909774], 95 % [132.2483168, 147.6861897]:
   *     130 is below both intervals; APE 7.5032681490 %, scaled error 9.7542486/12.5 = 0.7803398875,
   *     log error −0.0723510625, Winkler 15.4378729 + 40·2.2483168 = 105.3705452,
   *     CRPS 0.0565512029
   *   h = 2 (2005, actual 150): x̂ = ln 125 + 2μ = ln 156.25 (125·1.25), se = σ√4 = 0.0459947388,
   *     point 156.25, 80 % [147.3060889, 165.7369542], 95 % [142.7806101, 170.9900419]: inside;
   *     APE 4.1666666667 %, scaled error 0.5, log error −0.0408219945, Winkler 28.2094318,
   *     CRPS 0.0243237906
   * o = 4 (2001-2004): μ = 0.0874547548, σ = 0.0448255684, scale = (10 + 15 + 5)/3 = 10
   *   h = 1 (2005, actual 150): x̂ = 4.9549892053, se = σ√(1 + 1/3) = 0.0517601080,
   *     point 141.8810748, 80 % [132.7749989, 151.6116705], 95 % [128.1935534, 157.0300444]: inside;
   *     APE 5.4126168014 %, scaled error 0.8118925202, log error 0.0556460888, Winkler 28.8364910,
   *     CRPS 0.0339041765
   *   h = 2 (2006, actual 160): x̂ = 5.0424439601, se = σ√(2 + 4/3) = 0.0818399165,
   *     point 154.8479953, 80 % [139.4298890, 171.9710301], 95 % [131.8995531, 181.7891046]: inside;
   *     APE 3.2200029528 %, scaled error 0.5152004724, log error 0.0327298551, Winkler 49.8895515,
   *     CRPS 0.0242790290
   * o = 5 (2001-2005): μ = 0.1013662770, σ = 0.0459747342, scale = (10 + 15 + 5 + 20)/4 = 12.5
   *   h = 1 (2006, actual 160): x̂ = 5.1120015711, se = σ√1.25 = 0.0514013155,
   *     point 166.0022880, 80 % [155.4195345, 177.3056372], 95 % [150.0932615, 183.5975802]: inside;
   *     APE 3.7514299719 %, scaled error 0.4801830364, log error −0.0368277559, Winkler 33.5043187,
   *     CRPS 0.0221105780
   *   h = 2: 2007 is not observed, so not scored.
   *
   * h = 1 over o = 3, 4, 5 (n = 3): MAPE (7.5032681490 + 5.4126168014 + 3.7514299719)/3
   *   = 5.5557716408; MASE (0.7803398875 + 0.8118925202 + 0.4801830364)/3 = 0.6908051480;
   *   RMSE log √((0.0723510625² + 0.0556460888² + 0.0368277559²)/3) = 0.0568256018;
   *   coverage 80 % and 95 %: 2 of 3; Winkler (105.3705452 + 28.8364910 + 33.5043187)/3
   *   = 55.9037850; CRPS (0.0565512029 + 0.0339041765 + 0.0221105780)/3 = 0.0375219858.
   * h = 2 over o = 3, 4 (n = 2): MAPE 3.6933348097, MASE 0.5076002362, RMSE log 0.0369978287,
   *   coverage 1 and 1, Winkler 39.0494916, CRPS 0.0243014098.
   * </pre>
   */
  @Test
  void rwDrift_onASixPointSeries_matchesTheHandCalculation() {
    BacktestResult r = Backtest.run(SIX, ModelKind.RW_DRIFT, ModelParams.none(), 2, 3);
    assertEquals(3, r.origins());
    assertTrue(r.skipped().isEmpty());
    assertEquals(5, r.forecasts().size());

    BacktestForecast first = r.forecasts().get(0);
    assertEquals(2003, first.originYear());
    assertEquals(2004, first.year());
    assertEquals(130, first.actual(), 0);
    assertEquals(139.7542486, first.point(), 1e-6);
    assertEquals(134.7996290, first.lower80(), 1e-6);
    assertEquals(144.8909774, first.upper80(), 1e-6);
    assertEquals(132.2483168, first.lower95(), 1e-6);
    assertEquals(147.6861897, first.upper95(), 1e-6);
    assertEquals(0.0281659102, first.logSe(), 1e-10);
    assertEquals(12.5, first.scale(), 1e-12);
    assertEquals(105.3705452, first.winkler95(), 1e-6);
    assertEquals(0.0565512029, first.crpsLog(), 1e-10);
    assertEquals(156.25, r.forecasts().get(1).point(), 1e-9);

    HorizonScore h1 = r.horizon(1);
    assertEquals(3, h1.n());
    assertEquals(5.5557716408, value(h1.mape()), 1e-9);
    assertEquals(0.6908051480, value(h1.mase()), 1e-9);
    assertEquals(0.0568256018, value(h1.rmseLog()), 1e-9);
    assertEquals(2.0 / 3, value(h1.coverage80()), 1e-15);
    assertEquals(2.0 / 3, value(h1.coverage95()), 1e-15);
    assertEquals(55.9037850, value(h1.winkler95()), 1e-6);
    assertEquals(0.0375219858, value(h1.crpsLog()), 1e-9);

    HorizonScore h2 = r.horizon(2);
    assertEquals(2, h2.n());
    assertEquals(3.6933348097, value(h2.mape()), 1e-9);
    assertEquals(0.5076002362, value(h2.mase()), 1e-9);
    assertEquals(0.0369978287, value(h2.rmseLog()), 1e-9);
    assertEquals(1.0, value(h2.coverage80()), 0);
    assertEquals(1.0, value(h2.coverage95()), 0);
    assertEquals(39.0494916, value(h2.winkler95()), 1e-6);
    assertEquals(0.0243014098, value(h2.crpsLog()), 1e-9);
  }

  /**
   * log-linear's intervals use Student-t quantiles; its CRPS uses the normal with the same log se.
   * On x = 0, 0.1, 0.3 (t = 1, 2, 3) the OLS line has slope 0.15, intercept 0.4/3 − 0.3 = −1/6,
   * residuals (1, −2, 1)/60, s² = (6/3600)/1 = 1/600; at t = 4: x̂ = −1/6 + 0.6 = 0.4333333333,
   * se = s·√(1 + 1/3 + (4 − 2)²/2) = √(1/600)·√(10/3) = 0.0745355992. Actual x = 0.4.
   */
  @Test
  void logLinear_crps_usesTheNormalWithTheKindsLogSe() {
    AnnualSeries s = AnnualSeries.of("four", new int[] {2001, 2002, 2003, 2004}, new double[] {
      Math.exp(0), Math.exp(0.1), Math.exp(0.3), Math.exp(0.4)
    });
    BacktestResult r = Backtest.run(s, ModelKind.LOG_LINEAR, ModelParams.none(), 1, 3);
    BacktestForecast f = r.forecasts().get(0);
    assertEquals(0.4333333333, f.logMean(), 1e-9);
    assertEquals(0.0745355992, f.logSe(), 1e-9);
    assertEquals(Scores.crpsNormal(0.4333333333333, 0.0745355992, 0.4), f.crpsLog(), 1e-9);
  }

  /**
   * logistic is normal on the original scale, N(ŷ, se²); its CRPS uses the delta-method log-scale
   * normal N(ln ŷ, (se/ŷ)²).
   */
  @Test
  void logistic_crps_usesTheDeltaMethodLogNormal() {
    int[] years = new int[16];
    double[] values = new double[16];
    for (int i = 0; i < 16; i++) {
      years[i] = 2001 + i;
      values[i] = 1000 / (1 + Math.exp(-0.5 * (years[i] - 2010))) * (i % 2 == 0 ? 1.01 : 0.99);
    }
    AnnualSeries s = AnnualSeries.of("s-curve", years, values);
    BacktestResult r = Backtest.run(s, ModelKind.LOGISTIC, ModelParams.none(), 1, 12);
    assertTrue(r.skipped().isEmpty(), r.skipped().toString());
    for (BacktestForecast f : r.forecasts()) {
      org.tradetarget.core.model.LogisticCurve c =
          (org.tradetarget.core.model.LogisticCurve) ModelKind.LOGISTIC
              .fit(s.slice(0, f.trainPoints()), ModelParams.none())
              .projection();
      assertEquals(Math.log(f.point()), f.logMean(), 1e-12);
      assertEquals(c.se(f.year()) / f.point(), f.logSe(), 1e-12);
      assertTrue(Double.isFinite(f.crpsLog()) && f.crpsLog() > 0, "CRPS " + f.crpsLog());
    }
  }

  @Test
  void failedFits_areSkippedAndCounted_neverScoredAsNaN() {
    // cagr (window 5) needs 6 points: on 8 points with min-train 3, origins 3, 4, 5 fail and 6, 7
    // fit.
    AnnualSeries eight = AnnualSeries.of(
        "eight",
        new int[] {2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008},
        new double[] {100, 110, 125, 130, 150, 160, 170, 190});
    BacktestResult r = Backtest.run(eight, ModelKind.CAGR, ModelParams.none(), 2, 3);
    assertEquals(5, r.origins());
    assertEquals(
        List.of(2003, 2004, 2005),
        r.skipped().stream().map(BacktestResult.SkippedOrigin::originYear).toList());
    assertTrue(
        r.skipped().get(0).reason().contains("6 consecutive points"),
        r.skipped().get(0).reason());
    assertEquals(2, r.horizon(1).n(), "origins 6 and 7");
    assertEquals(1, r.horizon(2).n(), "origin 6 only");
    for (HorizonScore h : r.horizons()) {
      for (OptionalDouble d : List.of(
          h.mape(),
          h.mase(),
          h.rmseLog(),
          h.coverage80(),
          h.coverage95(),
          h.winkler95(),
          h.crpsLog())) {
        assertTrue(d.isPresent() && Double.isFinite(d.getAsDouble()), "defined and finite: " + h);
      }
    }
    // constant-growth needs a given rate: every origin fails, every score is empty.
    BacktestResult none = Backtest.run(eight, ModelKind.CONSTANT_GROWTH, ModelParams.none(), 2, 3);
    assertEquals(5, none.skipped().size());
    assertEquals(0, none.horizon(1).n());
    assertFalse(none.horizon(1).mape().isPresent());
    assertFalse(none.horizon(2).crpsLog().isPresent());
  }

  @Test
  void gappySeries_everyKindUsesTheConsecutiveRunEndingAtTheLastPoint() {
    // 1990 is cut off by the gap 1991-1999; log-linear, which accepts gaps, is backtested on the
    // same run.
    AnnualSeries gappy = AnnualSeries.of(
        "gappy",
        new int[] {1990, 2001, 2002, 2003, 2004, 2005, 2006},
        new double[] {5, 100, 110, 125, 130, 150, 160});
    BacktestResult r = Backtest.run(gappy, ModelKind.LOG_LINEAR, ModelParams.none(), 1, 3);
    assertEquals(2001, r.run().firstYear());
    assertEquals(
        List.of(2003, 2004, 2005),
        r.forecasts().stream().map(BacktestForecast::originYear).toList());
    BacktestResult same = Backtest.run(SIX, ModelKind.LOG_LINEAR, ModelParams.none(), 1, 3);
    assertEquals(same.forecasts(), r.forecasts());
  }

  @Test
  void badSettings_failNamingTheValueAndWhatIsAllowed() {
    assertMessage(() -> Backtest.check(SIX, 0, 3), "horizon 0", "at least 1");
    assertMessage(() -> Backtest.check(SIX, 1, 1), "min-train 1", "at least 2");
    assertMessage(
        () -> Backtest.check(SIX, 1, 6),
        "min-train 6 is too large",
        "2001-2006 has 6 points",
        "at most 5");
    assertMessage(
        () -> Backtest.check(SIX, 4, 3),
        "horizon 4 is too large with min-train 3",
        "at most 3 steps");
    AnnualSeries two = AnnualSeries.of("two", new int[] {2001, 2002}, new double[] {1, 2});
    assertMessage(
        () -> Backtest.check(two, 1, 2), "min-train 2 is too large", "too few to backtest");
    Backtest.check(SIX, 3, 3);
  }

  private static void assertMessage(Runnable r, String... parts) {
    InvalidInputException e = assertThrows(InvalidInputException.class, r::run);
    for (String p : parts) {
      assertTrue(e.getMessage().contains(p), "'" + e.getMessage() + "' should contain '" + p + "'");
    }
  }
}
