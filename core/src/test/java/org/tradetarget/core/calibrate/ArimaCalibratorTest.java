package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradetarget.core.calibrate.ForecastAssertions.assertForecast;
import static org.tradetarget.core.calibrate.ForecastAssertions.assertRelative;
import static org.tradetarget.core.calibrate.ForecastAssertions.param;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.model.ArimaDrift;
import org.tradetarget.core.model.Forecast;
import org.tradetarget.core.testing.Reference;

/**
 * ARIMA(p,1,0) with drift must agree with R's {@code forecast::Arima}: exactly at R's coefficients,
 * and within the stated 2–5 % (intervals about 6 %) when we estimate them ourselves.
 */
final class ArimaCalibratorTest {
  private static final double EXACT = 1e-9;

  private static ModelParams params(String... nameValue) {
    ModelParams p = ModelParams.none();
    for (int i = 0; i < nameValue.length; i += 2) {
      p = p.with(nameValue[i], nameValue[i + 1]);
    }
    return p;
  }

  @ParameterizedTest
  @ValueSource(strings = {"airmiles", "synth_a"})
  void atRsCoefficients_forecastMatchesArimaExactly(String series) {
    String id = series + "__arima110_drift";
    Calibration c = ModelKind.ARIMA.fit(
        Reference.series(series),
        params(
            "ar1", Double.toString(param(id, "param_ar1")),
            "drift", Double.toString(param(id, "param_drift")),
            "sigma2", Double.toString(param(id, "param_sigma2"))));
    assertForecast(id, c.projection().forecast(10, 80, 95), 10, EXACT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"airmiles", "synth_a"})
  void fitted_matchesArimaWithinStatedTolerances(String series) {
    String id = series + "__arima110_drift";
    // R's predict.Arima leaves the drift's sampling variance out of its intervals.
    Calibration c =
        ModelKind.ARIMA.fit(Reference.series(series), params("include_drift_uncertainty", "false"));
    ArimaDrift m = (ArimaDrift) c.projection();
    Forecast f = m.forecast(10, 80, 95);
    assertRelative(param(id, "param_ar1"), m.ar()[0], 0.05, "ar1");
    assertRelative(param(id, "param_drift"), m.drift(), 0.02, "drift");
    assertRelative(param(id, "param_sigma2"), m.sigma2(), 0.02, "sigma2");
    assertRelative(param(id, "param_loglik"), c.logLik().getAsDouble(), 0.02, "loglik");
    assertRelative(param(id, "param_aicc"), c.aicc().getAsDouble(), 0.02, "aicc");
    assertRelative(param(id, "param_se_drift"), m.driftStandardError(), 0.05, "se drift");
    assertEquals(0.0, m.simulator().driftStandardError(), "no drift draw without the term");
    assertForecast(id, f, 10, 0.06);
    double[] point = Reference.path(id, "point");
    for (int h = 0; h < 10; h++) {
      assertRelative(point[h], f.point()[h], 0.02, "point h=" + (h + 1));
    }
  }

  @Test
  void orderZero_isTheRandomWalkWithDriftByMaximumLikelihood() {
    AnnualSeries s = Reference.series("synth_a");
    Calibration c = ModelKind.ARIMA.fit(s, params("p", "0"));
    ArimaDrift m = (ArimaDrift) c.projection();
    // p = 0: the exact likelihood of i.i.d. normal differences is maximised by their mean, which
    // telescopes to (x_n − x_1)/(n − 1); σ² = Σ(w − mean)²/(m − 1) is their sample variance.
    double[] x = s.logValues();
    int m1 = x.length - 1;
    assertEquals((x[m1] - x[0]) / m1, m.drift(), 1e-14);
    double mean = m.drift();
    double ss = 0;
    for (int t = 1; t < x.length; t++) {
      ss += (x[t] - x[t - 1] - mean) * (x[t] - x[t - 1] - mean);
    }
    assertEquals(ss / (m1 - 1), m.sigma2(), 1e-14);
    // ψ_j = 1 for the random walk: se_h = σ√h without the drift term; with it (the default), g_h =
    // h and se_h² = σ²h + se_μ²h², rw-drift's form with the likelihood's se_μ.
    Forecast f = m.withoutEstimationTerms().forecast(4, 95);
    assertEquals(Math.sqrt(m.sigma2() * 4), f.logSe()[3], 1e-14);
    double se = m.driftStandardError();
    assertTrue(se > 0);
    assertEquals(Math.sqrt(m.sigma2() * 4 + se * se * 16), m.forecast(4, 95).logSe()[3], 1e-14);
  }

  @Test
  void orderTwo_fitsAndReportsBothCoefficients() {
    Calibration c = ModelKind.ARIMA.fit(Reference.series("airmiles"), params("p", "2"));
    assertTrue(
        c.parameters()
            .keySet()
            .containsAll(java.util.List.of("ar1", "ar2", "drift", "sigma2", "loglik", "aicc")),
        c.parameters().toString());
    assertTrue(ArMath.isStationary(((ArimaDrift) c.projection()).ar()));
  }

  @Test
  void ar2WithOrderOne_isRejected() {
    InvalidInputException e = assertThrows(
        InvalidInputException.class,
        () -> ModelKind.ARIMA.fit(
            Reference.series("airmiles"), params("ar1", "0.1", "ar2", "0.1", "drift", "0.1")));
    assertTrue(e.getMessage().contains("ar2") && e.getMessage().contains("p=2"), e.getMessage());
  }

  @Test
  void coefficientWithoutDrift_isRejectedNamingTheMissingOne() {
    InvalidInputException e = assertThrows(
        InvalidInputException.class,
        () -> ModelKind.ARIMA.fit(Reference.series("airmiles"), params("ar1", "0.3")));
    assertTrue(e.getMessage().contains("missing: drift"), e.getMessage());
  }

  @Test
  void sigma2Alone_isRejected() {
    InvalidInputException e = assertThrows(
        InvalidInputException.class,
        () -> ModelKind.ARIMA.fit(Reference.series("airmiles"), params("sigma2", "0.01")));
    assertTrue(e.getMessage().contains("sigma2"), e.getMessage());
  }

  @Test
  void nonStationaryCoefficient_isRejected() {
    InvalidInputException e = assertThrows(
        InvalidInputException.class,
        () -> ModelKind.ARIMA.fit(
            Reference.series("airmiles"), params("ar1", "1.2", "drift", "0.1")));
    assertTrue(e.getMessage().contains("not stationary"), e.getMessage());
  }

  @Test
  void orderFour_isRejectedListingTheRange() {
    InvalidInputException e = assertThrows(
        InvalidInputException.class,
        () -> ModelKind.ARIMA.fit(Reference.series("airmiles"), params("p", "4")));
    assertTrue(e.getMessage().contains("from 0 to 3"), e.getMessage());
  }

  @Test
  void tooFewPoints_failsNamingTheMinimum() {
    AnnualSeries five = Reference.series("airmiles").between(1956, 1960);
    InvalidInputException e = assertThrows(
        InvalidInputException.class, () -> ModelKind.ARIMA.fit(five, ModelParams.none()));
    assertTrue(e.getMessage().contains("at least 6"), e.getMessage());
    assertEquals(5, ModelKind.ARIMA.fit(five, params("p", "0")).used().size());
  }

  @Test
  void constantGrowth_failsWithAHint() {
    int[] years = {2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017};
    double[] values = new double[years.length];
    for (int i = 0; i < years.length; i++) {
      values[i] = 100 * Math.pow(1.5, i);
    }
    AnnualSeries s = AnnualSeries.of("exact", years, values);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ModelKind.ARIMA.fit(s, ModelParams.none()));
    assertTrue(e.getMessage().contains("constant-growth"), e.getMessage());
  }

  @Test
  void partialAutocorrelations_roundTrip() {
    double[] phi = {0.5, -0.3};
    double[] back = ArMath.arFromPacf(ArMath.pacfFromAr(phi));
    assertEquals(0.5, back[0], 1e-15);
    assertEquals(-0.3, back[1], 1e-15);
    // AR(2) with φ = (0.5, −0.3): γ0 = (1 − φ2)/((1 + φ2)((1 − φ2)² − φ1²)) = 1.3/(0.7 · 1.44).
    assertEquals(1.3 / (0.7 * 1.44), ArMath.autocovariances(phi)[0], 1e-14);
  }
}
