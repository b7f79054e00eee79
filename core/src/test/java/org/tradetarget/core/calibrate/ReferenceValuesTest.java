package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.model.Forecast;
import org.tradetarget.core.model.LogLinearTrend;
import org.tradetarget.core.testing.Reference;

/**
 * Economists trust R's {@code lm} and {@code forecast::rwf}; these tests hold log-linear, rw-drift
 * and cagr to the values R 4.2.2 / forecast 8.20 computed on the same series ({@code
 * src/test/resources/reference/}), at the reference set's tolerances: 1e-6 relative for
 * {@code loglinear_ols} and {@code rwdrift_log_*} (absolute 1e-9 for parameters near 0), 1e-9
 * relative for {@code cagr_arith}.
 */
final class ReferenceValuesTest {
  private static final double REL = 1e-6;
  private static final double ABS_NEAR_ZERO = 1e-9;
  private static final double[] LEVELS = {80, 95};
  private static final int H = 10;

  private static void close(double expected, double actual, double rel, String what) {
    double tol = Math.max(rel * Math.abs(expected), ABS_NEAR_ZERO);
    assertEquals(expected, actual, tol, what);
  }

  private static double param(String caseId, String name) {
    OptionalDouble v = Reference.param(caseId, name);
    assertTrue(v.isPresent(), caseId + " has no " + name);
    return v.getAsDouble();
  }

  /** Compares point, log_point, log_se and the 80 and 95 bounds for h = 1..10. */
  private static void assertForecast(String caseId, Forecast f) {
    double[][] expected = {
      Reference.path(caseId, "point"),
      Reference.path(caseId, "log_point"),
      Reference.path(caseId, "log_se"),
      Reference.path(caseId, "lo80"),
      Reference.path(caseId, "hi80"),
      Reference.path(caseId, "lo95"),
      Reference.path(caseId, "hi95")
    };
    double[][] actual = {
      f.point(), f.logPoint(), f.logSe(), f.lower()[0], f.upper()[0], f.lower()[1], f.upper()[1]
    };
    String[] names = {"point", "log_point", "log_se", "lo80", "hi80", "lo95", "hi95"};
    for (int q = 0; q < names.length; q++) {
      assertEquals(H, expected[q].length, caseId + " " + names[q] + " steps");
      for (int h = 0; h < H; h++) {
        close(expected[q][h], actual[q][h], REL, caseId + " " + names[q] + " h=" + (h + 1));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"airmiles", "synth_a"})
  void logLinear_matchesLmPredictionIntervals(String series) {
    String id = series + "__loglinear_ols";
    AnnualSeries s = Reference.series(series);
    Calibration c = ModelKind.LOG_LINEAR.fit(s, ModelParams.none());
    close(param(id, "param_intercept"), c.parameters().get("intercept"), REL, "intercept");
    close(param(id, "param_slope"), c.parameters().get("slope"), REL, "slope");
    close(param(id, "param_growth_rate"), c.parameters().get("growth_rate"), REL, "growth_rate");
    close(param(id, "param_sigma"), c.parameters().get("sigma"), REL, "sigma");
    close(param(id, "param_sigma"), c.sigma(), REL, "calibration sigma");
    close(
        param(id, "param_se_slope"),
        ((LogLinearTrend) c.projection()).slopeStandardError(),
        REL,
        "se_slope");
    assertEquals(param(id, "param_df") + 2, c.used().size(), "points used = df + 2");
    assertForecast(id, c.projection().forecast(H, LEVELS));
  }

  @ParameterizedTest
  @ValueSource(strings = {"airmiles", "synth_a"})
  void rwDrift_matchesForecastRwf(String series) {
    String id = series + "__rwdrift_log_rwf";
    Calibration c = ModelKind.RW_DRIFT.fit(Reference.series(series), ModelParams.none());
    close(param(id, "param_drift"), c.parameters().get("drift"), REL, "drift");
    close(param(id, "param_sigma"), c.parameters().get("sigma"), REL, "sigma");
    assertEquals(param(id, "param_n_diffs"), c.residuals().length, "differences");
    assertForecast(id, c.projection().forecast(H, LEVELS));
  }

  @ParameterizedTest
  @ValueSource(strings = {"airmiles", "synth_a"})
  void rwDrift_withoutDriftUncertainty_matchesSimpleIntervals(String series) {
    String id = series + "__rwdrift_log_simple";
    Calibration c = ModelKind.RW_DRIFT.fit(
        Reference.series(series), ModelParams.none().with("include_drift_uncertainty", "false"));
    close(param(id, "param_drift"), c.parameters().get("drift"), REL, "drift");
    close(param(id, "param_sigma"), c.parameters().get("sigma"), REL, "sigma");
    assertForecast(id, c.projection().forecast(H, LEVELS));
    // The same intervals are what the full rwf projection gives without estimation terms.
    Calibration full = ModelKind.RW_DRIFT.fit(Reference.series(series), ModelParams.none());
    assertForecast(id, full.projection().withoutEstimationTerms().forecast(H, LEVELS));
  }

  @ParameterizedTest
  @ValueSource(strings = {"airmiles", "synth_a"})
  void rwDrift_logLikelihood_isTheGaussianOfTheDifferences(String series) {
    // ARIMA(0,1,0) with drift by exact ML: loglik = -m/2 (ln(2 pi sigma_mle^2) + 1), with R's
    // sigma_mle recorded in the reference set; AICc with k = 2 as forecast::Arima counts it.
    String id = series + "__rwdrift_log_rwf";
    Calibration c = ModelKind.RW_DRIFT.fit(Reference.series(series), ModelParams.none());
    int m = (int) param(id, "param_n_diffs");
    double s2 = Math.pow(param(id, "param_sigma_mle"), 2);
    double logLik = -0.5 * m * (Math.log(2 * Math.PI * s2) + 1);
    close(logLik, c.logLik().getAsDouble(), REL, "loglik");
    close(-2 * logLik + 4 + 12.0 / (m - 3), c.aicc().getAsDouble(), REL, "aicc");
  }

  /**
   * {@code cagr_arith}: (V1/V0)^(1/(Y1 − Y0)) − 1. A 6-point annual series from Y0 to Y1 with window 5
   * has exactly that rate; the middle values are arbitrary and must not matter.
   */
  @ParameterizedTest
  @ValueSource(strings = {"cagr_01__cagr_arith", "cagr_02__cagr_arith"})
  void cagr_matchesArithmeticReference(String id) {
    int y0 = (int) param(id, "Y0");
    int y1 = (int) param(id, "Y1");
    double v0 = param(id, "V0");
    double v1 = param(id, "V1");
    assertEquals(5, y1 - y0, "the reference cases span 5 years");
    AnnualSeries s = AnnualSeries.of(
        id,
        new int[] {y0 - 1, y0, y0 + 1, y0 + 2, y0 + 3, y0 + 4, y1},
        new double[] {1.0, v0, v0 * 0.9, v0 * 1.7, v1 * 1.1, v1 * 0.8, v1});
    Calibration c = ModelKind.CAGR.fit(s, ModelParams.none());
    close(param(id, "cagr"), c.parameters().get("rate"), 1e-9, "cagr");
    assertEquals(y0, c.used().firstYear(), "window start");
    assertEquals(6, c.used().size(), "window points");
    // The point forecast compounds the rate from V1: V1 (1 + cagr)^h.
    double[] point = c.projection().forecast(3, 80).point();
    for (int h = 1; h <= 3; h++) {
      close(v1 * Math.pow(1 + param(id, "cagr"), h), point[h - 1], 1e-9, "point h=" + h);
    }
  }

  /** The same rate with --param window over the whole run. */
  @ParameterizedTest
  @ValueSource(strings = {"cagr_01__cagr_arith", "cagr_02__cagr_arith"})
  void cagr_windowParameterSelectsTheSpan(String id) {
    int y0 = (int) param(id, "Y0");
    double v0 = param(id, "V0");
    double v1 = param(id, "V1");
    // An annual series from y0 - 2 to y0 + 5: the last 5 steps (window 5) run from V0 to V1 and
    // give
    // the reference rate; window 7 runs from the first value, 1000, so the rate is (V1/1000)^(1/7)
    // - 1.
    AnnualSeries s = AnnualSeries.of(
        id,
        new int[] {y0 - 2, y0 - 1, y0, y0 + 1, y0 + 2, y0 + 3, y0 + 4, y0 + 5},
        new double[] {1000, 1500, v0, v0 * 1.1, v0 * 1.2, v0 * 1.3, v0 * 1.4, v1});
    close(
        param(id, "cagr"),
        ModelKind.CAGR.fit(s, ModelParams.none()).parameters().get("rate"),
        1e-9,
        "window 5");
    close(
        Math.pow(v1 / 1000, 1.0 / 7) - 1,
        ModelKind.CAGR
            .fit(s, ModelParams.none().with("window", "7"))
            .parameters()
            .get("rate"),
        1e-9,
        "window 7");
  }
}
