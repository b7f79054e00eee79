package org.tradetarget.core.evidence;

import java.util.Arrays;
import org.apache.commons.math3.special.Erf;

/**
 * A monotone map of a standardised position z = (x − μ)/σ (x a log value, μ and σ a kind's
 * log-scale point forecast and standard error at one horizon) to its recalibrated position T(z).
 *
 * <p>T is piecewise linear through the knots (Φ⁻¹(p_j), ζ_j) for the fixed probability levels
 * {@link #LEVELS}, where ζ_j is the p_j-quantile of the standardised errors (ln actual − μ)/σ seen
 * in a panel; beyond the outer knots it continues the outer segments' slopes. If Z ~ N(0, 1) then
 * T(Z) has the p_j-quantile ζ_j for every j: the recalibrated predictive distribution puts the
 * actuals' empirical quantiles where the kind put its own. The identity map has ζ_j = Φ⁻¹(p_j).
 * Immutable.
 */
public final class QuantileMap {
  /** The probability levels of the knots. */
  static final double[] LEVELS = {
    0.01, 0.025, 0.05, 0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 0.95, 0.975, 0.99
  };

  /** Φ⁻¹ of each level. */
  static final double[] NORMAL_KNOTS =
      Arrays.stream(LEVELS).map(QuantileMap::normalQuantile).toArray();

  private static final QuantileMap IDENTITY = new QuantileMap(NORMAL_KNOTS, 0);

  private final double[] zeta;
  private final long n;

  private QuantileMap(double[] zeta, long n) {
    this.zeta = zeta;
    this.n = n;
  }

  /** The map that changes nothing. */
  public static QuantileMap identity() {
    return IDENTITY;
  }

  /**
   * A map from the standardised-error quantiles at {@link #levels()}.
   *
   * @param n how many errors they were estimated from
   * @throws IllegalArgumentException unless there is one finite, strictly increasing value per level
   */
  public static QuantileMap of(double[] zeta, long n) {
    if (zeta.length != LEVELS.length) {
      throw new IllegalArgumentException(
          "a quantile map needs " + LEVELS.length + " knots, got " + zeta.length);
    }
    for (int j = 0; j < zeta.length; j++) {
      if (!Double.isFinite(zeta[j]) || (j > 0 && !(zeta[j] > zeta[j - 1]))) {
        throw new IllegalArgumentException(
            "quantile map knots must be finite and strictly increasing: " + Arrays.toString(zeta));
      }
    }
    return new QuantileMap(zeta.clone(), n);
  }

  /** The probability levels of the knots. */
  public static double[] levels() {
    return LEVELS.clone();
  }

  /** The recalibrated positions ζ_j of the knots. */
  public double[] knots() {
    return zeta.clone();
  }

  /** How many standardised errors the map was estimated from (0 for the identity). */
  public long n() {
    return n;
  }

  /** Whether this is the identity. */
  public boolean isIdentity() {
    return Arrays.equals(zeta, NORMAL_KNOTS);
  }

  /** T(z): the recalibrated standardised position. */
  public double apply(double z) {
    return interpolate(NORMAL_KNOTS, zeta, z);
  }

  /** T⁻¹(y): the raw position that T takes to y. */
  public double inverse(double y) {
    return interpolate(zeta, NORMAL_KNOTS, y);
  }

  /** The recalibrated quantile of the standardised position at knot level j. */
  double knot(int j) {
    return zeta[j];
  }

  private static double interpolate(double[] xs, double[] ys, double x) {
    int last = xs.length - 1;
    int i;
    if (x <= xs[0]) {
      i = 0;
    } else if (x >= xs[last]) {
      i = last - 1;
    } else {
      i = Arrays.binarySearch(xs, x);
      if (i >= 0) {
        return ys[i];
      }
      i = -i - 2;
    }
    double slope = (ys[i + 1] - ys[i]) / (xs[i + 1] - xs[i]);
    return ys[i] + slope * (x - xs[i]);
  }

  /** Φ(z). */
  static double normalCdf(double z) {
    return 0.5 * Erf.erfc(-z / Math.sqrt(2));
  }

  /** Φ⁻¹(p). */
  static double normalQuantile(double p) {
    return Math.sqrt(2) * Erf.erfInv(2 * p - 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QuantileMap m && m.n == n && Arrays.equals(m.zeta, zeta);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(zeta);
  }

  @Override
  public String toString() {
    return "QuantileMap" + Arrays.toString(zeta) + " n=" + n;
  }
}
