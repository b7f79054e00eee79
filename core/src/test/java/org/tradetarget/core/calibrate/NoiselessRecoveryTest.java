package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.model.Forecast;

/**
 * A calibrator that cannot recover the parameters of its own model's noiseless output would bias
 * every projection; each kind here is fitted to an exact path of known parameters.
 */
final class NoiselessRecoveryTest {
  private static final int FIRST = 2001;
  private static final int N = 15;

  private static int[] years() {
    int[] y = new int[N];
    for (int i = 0; i < N; i++) {
      y[i] = FIRST + i;
    }
    return y;
  }

  /** V_t = v0·(1 + g)^(t − 1), t = 1..N. */
  private static AnnualSeries compound(double v0, double g) {
    double[] v = new double[N];
    for (int i = 0; i < N; i++) {
      v[i] = v0 * Math.pow(1 + g, i);
    }
    return AnnualSeries.of("exact", years(), v);
  }

  @Test
  void logLinear_recoversInterceptAndSlope() {
    // x = a + b t with a = 6, b = 0.08: the value at t = 1 is e^(6.08).
    AnnualSeries s = compound(Math.exp(6.08), Math.expm1(0.08));
    Calibration c = ModelKind.LOG_LINEAR.fit(s, ModelParams.none());
    assertEquals(6.0, c.parameters().get("intercept"), 1e-10);
    assertEquals(0.08, c.parameters().get("slope"), 1e-12);
    assertEquals(Math.expm1(0.08), c.parameters().get("growth_rate"), 1e-12);
    assertEquals(0.0, c.sigma(), 1e-12);
  }

  @Test
  void rwDrift_and_cagr_recoverTheGrowth() {
    AnnualSeries s = compound(500, 0.12);
    Calibration rw = ModelKind.RW_DRIFT.fit(s, ModelParams.none());
    assertEquals(Math.log(1.12), rw.parameters().get("drift"), 1e-12);
    assertEquals(0.0, rw.sigma(), 1e-12);
    Calibration cagr = ModelKind.CAGR.fit(s, ModelParams.none().with("window", "4"));
    assertEquals(0.12, cagr.parameters().get("rate"), 1e-12);
    assertEquals(0.0, cagr.parameters().get("sigma"), 1e-12);
  }

  @Test
  void constantGrowth_projectsTheGivenRateFromTheLastValue() {
    AnnualSeries s = compound(500, 0.12);
    Forecast f = ModelKind.CONSTANT_GROWTH
        .fit(s, ModelParams.none().with("rate", "0.05"))
        .projection()
        .forecast(3, 90);
    for (int h = 1; h <= 3; h++) {
      double expected = s.lastValue() * Math.pow(1.05, h);
      assertEquals(expected, f.point()[h - 1], 1e-9 * expected);
      assertEquals(
          expected, f.lower()[0][h - 1], 1e-9 * expected, "no sigma: interval is the point");
      assertEquals(
          expected, f.upper()[0][h - 1], 1e-9 * expected, "no sigma: interval is the point");
    }
  }

  @Test
  void logistic_recoversCapacityRateAndMidpoint() {
    double k = 3000;
    double r = 0.35;
    double t0 = 2009.5;
    double[] v = new double[N];
    for (int i = 0; i < N; i++) {
      v[i] = k / (1 + Math.exp(-r * (FIRST + i - t0)));
    }
    Calibration c =
        ModelKind.LOGISTIC.fit(AnnualSeries.of("exact", years(), v), ModelParams.none());
    assertEquals(k, c.parameters().get("capacity"), 1e-6 * k);
    assertEquals(r, c.parameters().get("rate"), 1e-6 * r);
    assertEquals(t0, c.parameters().get("midpoint"), 1e-6);
    assertEquals(0.0, c.sigma(), 1e-6 * k);
  }
}
