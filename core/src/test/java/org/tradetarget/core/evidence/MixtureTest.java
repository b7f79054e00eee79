package org.tradetarget.core.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

/**
 * The ensemble's mixture law against independent references: Φ from Commons Math's incomplete
 * gamma function, and the CRPS as the numerical integral of (G(x) − 1{x ≥ y})² by Simpson's rule
 * on a fine grid, written here.
 */
class MixtureTest {
  private static final double[] MU = {0.1, 0.9, 0.4};
  private static final double[] SD = {0.2, 0.5, 0.05};
  private static final double[] W = {0.5, 0.3, 0.2};

  private static double phi(double x) {
    return 0.5 * Erf.erfc(-x / Math.sqrt(2));
  }

  /** F of the mixture, each member's Φ from Commons Math. */
  private static double mixtureCdf(double x) {
    double s = 0;
    for (int k = 0; k < MU.length; k++) {
      s += W[k] * phi((x - MU[k]) / SD[k]);
    }
    return s;
  }

  private interface Law {
    double at(double x);
  }

  /** ∫ (G(x) − 1{x ≥ y})² dx by Simpson's rule with 200,000 intervals on [−8, 9] split at y. */
  private static double integral(Law g, double y) {
    return simpson(x -> g.at(x) * g.at(x), -8, y)
        + simpson(x -> (1 - g.at(x)) * (1 - g.at(x)), y, 9);
  }

  private static double simpson(Law f, double a, double b) {
    int n = 200_000;
    double h = (b - a) / n;
    double s = f.at(a) + f.at(b);
    for (int i = 1; i < n; i++) {
      s += f.at(a + i * h) * (i % 2 == 1 ? 4 : 2);
    }
    return s * h / 3;
  }

  @Test
  void theNormalTailMatchesTheIncompleteGammaFunction() {
    for (double v = -9; v <= 30; v += 0.37) {
      double expected = 0.5 * Erf.erfc(v / Math.sqrt(2));
      // relative 1e-12: far in the tail exp(−v²/2) itself carries a relative error of about
      // v²·1e-16
      assertEquals(expected, Mixture.upperTail(v), 1e-12 * expected + 1e-300, "v = " + v);
    }
  }

  @Test
  void theClosedFormCrpsOfTheMixtureIsTheIntegralOfItsSquaredCdfGap() {
    Mixture m = new Mixture(MU, SD, W);
    for (double y : new double[] {-1.2, 0.05, 0.4, 0.41, 1.0, 2.5}) {
      assertEquals(integral(MixtureTest::mixtureCdf, y), m.crps(y), 1e-7, "y = " + y);
    }
  }

  @Test
  void theRecalibratedCrpsIsTheIntegralOfTheRecalibratedLaw() {
    // a map with fat tails and a shift: T(z) has the p-quantile zeta_j at the levels.
    double[] zeta = QuantileMap.NORMAL_KNOTS.clone();
    for (int j = 0; j < zeta.length; j++) {
      zeta[j] = 0.2 + zeta[j] * (Math.abs(zeta[j]) > 1.5 ? 1.8 : 1.2);
    }
    QuantileMap map = QuantileMap.of(zeta, 1000);
    MapIntegrals t = MapIntegrals.of(map);
    Mixture m = new Mixture(MU, SD, W);
    // G(x) = Φ(T⁻¹(Φ⁻¹(F(x)))) with Φ⁻¹ from Commons Math
    Law g = x -> phi(map.inverse(QuantileMap.normalQuantile(Math.max(1e-300, mixtureCdf(x)))));
    for (double y : new double[] {-1.2, 0.05, 0.4, 1.0, 2.5}) {
      double expected = integral(g, y);
      assertEquals(expected, m.crps(y, t), 0.005 * expected, "y = " + y);
    }
    // with the identity map the same route gives the closed form
    MapIntegrals id = MapIntegrals.of(QuantileMap.identity());
    for (double y : new double[] {-1.2, 0.4, 2.5}) {
      assertEquals(m.crps(y), m.crps(y, id), 0.005 * m.crps(y), "y = " + y);
    }
  }

  @Test
  void thePositionIsTheNormalQuantileOfTheMixtureCdfAndValueAtInvertsIt() {
    Mixture m = new Mixture(MU, SD, W);
    for (double x = -1; x <= 3; x += 0.13) {
      double p = mixtureCdf(x);
      double expected =
          p < 0.5 ? QuantileMap.normalQuantile(p) : -QuantileMap.normalQuantile(1 - p);
      assertEquals(expected, m.position(x), 1e-6, "x = " + x);
      assertEquals(x, m.valueAt(m.position(x)), 1e-9, "x = " + x);
    }
    // one member: the position is the standardised error (x − μ)/σ
    Mixture one = new Mixture(new double[] {1.5}, new double[] {0.3}, new double[] {1});
    assertEquals((2.1 - 1.5) / 0.3, one.position(2.1), 1e-9);
    assertEquals(1.5 + 0.3 * 1.2816, one.valueAt(1.2816), 1e-9);
  }
}
