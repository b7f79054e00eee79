package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradetarget.core.calibrate.ForecastAssertions.assertRelative;
import static org.tradetarget.core.calibrate.ForecastAssertions.param;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.testing.Reference;

/**
 * Selection by AICc must rank candidates on the same AICc that R reports, within one family only,
 * and say why a candidate was left out.
 */
final class ModelSelectionTest {
  @ParameterizedTest
  @ValueSource(strings = {"airmiles", "synth_a"})
  void ets_comparesRsAiccValues_andPicksTheSmaller(String series) {
    ModelSelection.Result r = ModelSelection.bestEts(Reference.series(series));
    double holt = param(series + "__ets_AAN", "param_aicc");
    double damped = param(series + "__ets_AAdN", "param_aicc");
    assertEquals(2, r.candidates().size());
    assertRelative(holt, r.candidates().get(0).aicc().getAsDouble(), 1e-6, "holt AICc");
    assertRelative(damped, r.candidates().get(1).aicc().getAsDouble(), 1e-6, "holt-damped AICc");
    // R: airmiles −3.09 vs −4.47, synth_a −56.03 vs −57.84: the damped trend wins on both.
    assertEquals(damped < holt ? "holt-damped" : "holt", r.bestLabel());
    assertEquals(r.bestLabel(), r.best().kind().id());
  }

  @ParameterizedTest
  @ValueSource(strings = {"airmiles", "synth_a"})
  void arima_tableHoldsEachOrder_andOrderZeroMatchesItsClosedForm(String series) {
    AnnualSeries s = Reference.series(series);
    ModelSelection.Result r = ModelSelection.bestArima(s);
    assertEquals(3, r.candidates().size());
    assertRelative(
        param(series + "__arima110_drift", "param_aicc"),
        r.candidates().get(1).aicc().getAsDouble(),
        1e-5,
        "p=1 AICc");
    // p = 0: i.i.d. normal differences, loglik = −(m/2)(ln(2π Σ(w − w̄)²/m) + 1), k = 2
    // (drift and σ²), AICc = −2 loglik + 2k + 2k(k + 1)/(m − k − 1).
    double[] x = s.logValues();
    int m = x.length - 1;
    double mean = (x[m] - x[0]) / m;
    double ss = 0;
    for (int t = 1; t <= m; t++) {
      ss += Math.pow(x[t] - x[t - 1] - mean, 2);
    }
    double logLik = -0.5 * m * (Math.log(2 * Math.PI * ss / m) + 1);
    double aicc = -2 * logLik + 4 + 12.0 / (m - 3);
    assertRelative(aicc, r.candidates().get(0).aicc().getAsDouble(), 1e-12, "p=0 AICc");
    double min =
        r.candidates().stream().mapToDouble(c -> c.aicc().getAsDouble()).min().orElseThrow();
    assertEquals(min, r.best().aicc().getAsDouble());
  }

  @Test
  void candidateWithTooFewPoints_isReportedAndLeftOut() {
    AnnualSeries nine = Reference.series("airmiles").between(1952, 1960);
    ModelSelection.Result r = ModelSelection.bestEts(nine);
    assertEquals("holt", r.bestLabel());
    ModelSelection.Candidate damped = r.candidates().get(1);
    assertFalse(damped.calibration().isPresent());
    assertTrue(damped.failure().contains("at least 10"), damped.failure());
  }

  @Test
  void noCandidateFits_failsListingEachReason() {
    AnnualSeries five = Reference.series("airmiles").between(1956, 1960);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ModelSelection.bestEts(five));
    assertTrue(
        e.getMessage().contains("holt:") && e.getMessage().contains("holt-damped:"),
        e.getMessage());
  }
}
