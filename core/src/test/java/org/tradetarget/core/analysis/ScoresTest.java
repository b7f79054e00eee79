package org.tradetarget.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The backtest ranks methods by these scores, so each must be the textbook quantity: the CRPS
 * closed form against its defining integral, the Winkler score against values worked by hand.
 */
final class ScoresTest {

  /** CRPS(F, y) = ∫ (F(x) − 1{x ≥ y})² dx, integrated numerically on both sides of y. */
  private static double crpsByIntegration(double mu, double sigma, double y) {
    NormalDistribution f = new NormalDistribution(null, mu, sigma);
    IterativeLegendreGaussIntegrator gl = new IterativeLegendreGaussIntegrator(16, 1e-13, 1e-15);
    double lo = Math.min(mu, y) - 40 * sigma;
    double hi = Math.max(mu, y) + 40 * sigma;
    double below = gl.integrate(100_000_000, x -> Math.pow(f.cumulativeProbability(x), 2), lo, y);
    double above =
        gl.integrate(100_000_000, x -> Math.pow(1 - f.cumulativeProbability(x), 2), y, hi);
    return below + above;
  }

  @ParameterizedTest
  @CsvSource({
    // mu, sigma, y: at the centre, one and three sd away, far in the tail, and on a log scale
    "0, 1, 0",
    "0, 1, 1",
    "0, 1, -3",
    "2, 0.5, 6",
    "8.35, 0.12, 8.1",
    "4.94, 0.028, 4.8675"
  })
  void crpsNormal_agreesWithItsDefiningIntegral(double mu, double sigma, double y) {
    double expected = crpsByIntegration(mu, sigma, y);
    assertEquals(expected, Scores.crpsNormal(mu, sigma, y), 1e-9 * Math.max(1, expected));
  }

  @Test
  void crpsNormal_atTheMeanOfAStandardNormal_isKnownConstant() {
    // z = 0: σ·(0 + 2φ(0) − 1/√π) = 2/√(2π) − 1/√π = (√2 − 1)/√π = 0.2336949772551...
    assertEquals((Math.sqrt(2) - 1) / Math.sqrt(Math.PI), Scores.crpsNormal(0, 1, 0), 1e-15);
    assertEquals(0.2336949772551, Scores.crpsNormal(0, 1, 0), 1e-12);
  }

  @Test
  void crpsNormal_withZeroSpread_isTheAbsoluteError() {
    assertEquals(0.25, Scores.crpsNormal(1.0, 0.0, 1.25), 0);
    assertEquals(0.0, Scores.crpsNormal(1.0, 0.0, 1.0), 0);
  }

  @Test
  void crpsNormal_isNeverBelowZero_andGrowsWithTheMiss() {
    double previous = -1;
    for (double y = 0; y <= 5; y += 0.5) {
      double c = Scores.crpsNormal(0, 1, y);
      assertTrue(
          c > previous, "CRPS grows as y moves away from the mean: " + c + " after " + previous);
      previous = c;
    }
  }

  @Test
  void winkler_matchesHandValues() {
    // 95 % interval [10, 20], α = 0.05, penalty 2/α = 40 per unit outside.
    assertEquals(10.0, Scores.winkler(10, 20, 15, 0.05), 0, "inside: the width");
    assertEquals(10.0, Scores.winkler(10, 20, 10, 0.05), 0, "on the lower bound: inside");
    assertEquals(10.0, Scores.winkler(10, 20, 20, 0.05), 0, "on the upper bound: inside");
    assertEquals(90.0, Scores.winkler(10, 20, 8, 0.05), 0, "2 below: 10 + 40·2");
    assertEquals(50.0, Scores.winkler(10, 20, 21, 0.05), 0, "1 above: 10 + 40·1");
    // 80 % interval [100, 150], α = 0.2, penalty 10: actual 160 → 50 + 10·10 = 150.
    assertEquals(150.0, Scores.winkler(100, 150, 160, 0.2), 1e-12);
  }

  @Test
  void badArguments_fail_namingTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Scores.winkler(1, 2, 1.5, 1.5));
    assertTrue(e.getMessage().contains("1.5"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Scores.winkler(3, 2, 1.5, 0.05));
    assertThrows(IllegalArgumentException.class, () -> Scores.winkler(1, 2, Double.NaN, 0.05));
    e = assertThrows(IllegalArgumentException.class, () -> Scores.crpsNormal(0, -1, 0));
    assertTrue(e.getMessage().contains("-1"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Scores.crpsNormal(Double.NaN, 1, 0));
  }
}
