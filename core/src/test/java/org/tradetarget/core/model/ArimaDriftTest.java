package org.tradetarget.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** ψ-weights, forecasts and the drift shift of ARIMA(p,1,0), against hand calculations. */
final class ArimaDriftTest {
  @Test
  void psiWeights_ofIntegratedAr1_areGeometricPartialSums() {
    // (1 − φB)(1 − B) has ψ_j = 1 + φ + … + φ^j.
    ArimaDrift m = new ArimaDrift(
        "arima", 2020, 1, new double[] {0.5}, 0.1, 0.01, new double[] {1.0, 1.2}, 0.0);
    assertArrayEquals(new double[] {1, 1.5, 1.75, 1.875}, m.psiWeights(4), 1e-15);
  }

  @Test
  void psiWeights_ofIntegratedAr2_byHand() {
    // φ* = (1 + φ1, φ2 − φ1, −φ2) = (1.3, −0.5, 0.2) for φ = (0.3, −0.2):
    // ψ1 = 1.3, ψ2 = 1.3² − 0.5 = 1.19, ψ3 = 1.3 · 1.19 − 0.5 · 1.3 + 0.2 = 1.097.
    ArimaDrift m = new ArimaDrift(
        "arima", 2020, 1, new double[] {0.3, -0.2}, 0.1, 0.01, new double[] {1.0, 1.2, 1.3}, 0.0);
    assertArrayEquals(new double[] {1, 1.3, 1.19, 1.097}, m.psiWeights(4), 1e-14);
  }

  @Test
  void forecast_continuesTheArDeviationFromTheLastDifference() {
    // x = (1.0, 1.2), μ = 0.1: last deviation w = 0.2 − 0.1 = 0.1; ŵ1 = 0.05, ŵ2 = 0.025.
    ArimaDrift m = new ArimaDrift(
        "arima", 2020, 1, new double[] {0.5}, 0.1, 0.01, new double[] {1.0, 1.2}, 0.0);
    Forecast f = m.forecast(2, 95);
    assertEquals(1.2 + 0.1 + 0.05, f.logPoint()[0], 1e-15);
    assertEquals(1.2 + 0.2 + 0.075, f.logPoint()[1], 1e-15);
    assertEquals(Math.sqrt(0.01 * (1 + 2.25)), f.logSe()[1], 1e-15);
    assertArrayEquals(new int[] {2021, 2022}, f.years());
  }

  @Test
  void shiftedDrift_movesTheZeroShockPathByTheDriftResponse() {
    ArimaDrift m = new ArimaDrift(
        "arima", 2020, 1, new double[] {0.5}, 0.1, 0.01, new double[] {1.0, 1.2}, 0.02);
    StateSpace sim = m.simulator();
    double[] s = new double[sim.stateSize()];
    sim.initialState(s, 0);
    sim.shiftDrift(s, 0, 0.03);
    Forecast f = m.withoutEstimationTerms().forecast(3, 95);
    // The data stay fixed, so the last deviation w_n = Δx_n − μ moves by −δ: with AR(1) φ = 0.5
    // the forecast moves by δ·g_h, g_h = h − φ(1 − φ^h)/(1 − φ) = 0.5, 1.25, 2.125.
    double[] g = {0.5, 1.25, 2.125};
    for (int h = 1; h <= 3; h++) {
      assertEquals(f.logPoint()[h - 1] + 0.03 * g[h - 1], sim.step(s, 0, 0.0), 1e-14);
      assertEquals(g[h - 1], m.driftResponse(3)[h - 1], 1e-15);
    }
    assertEquals(0.02, sim.driftStandardError());
    // The intervals add the drift's term: se_h² = σ² Σ ψ_j² + se_μ² g_h², ψ = 1, 1.5, 1.75.
    Forecast full = m.forecast(3, 95);
    double[] psi2 = {1, 1 + 2.25, 1 + 2.25 + 3.0625};
    for (int h = 1; h <= 3; h++) {
      assertEquals(
          Math.sqrt(0.01 * psi2[h - 1] + 0.0004 * g[h - 1] * g[h - 1]), full.logSe()[h - 1], 1e-15);
      assertEquals(Math.sqrt(0.01 * psi2[h - 1]), f.logSe()[h - 1], 1e-15);
    }
  }
}
