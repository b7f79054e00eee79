package org.tradetarget.core.analysis;

/**
 * Forecast scores for one forecast against one actual value, as used by {@link Backtest}. Lower is
 * better for every score here.
 *
 * <ul>
 *   <li>{@link #winkler}: the interval (Winkler) score of a central (1 − α) interval [l, u] at the
 *       actual y: (u − l) + (2/α)·(l − y) when y &lt; l, (u − l) + (2/α)·(y − u) when y &gt; u, else u −
 *       l. In the unit of the values (US$ million for trade).
 *   <li>{@link #crpsNormal}: the continuous ranked probability score of a normal predictive
 *       distribution N(μ, σ²) at y, ∫ (F(x) − 1{x ≥ y})² dx, in closed form (Gneiting and Raftery,
 *       2007): σ·[z(2Φ(z) − 1) + 2φ(z) − 1/√π], z = (y − μ)/σ; for σ = 0 it is |y − μ|. In the unit
 *       of y (log units when μ and y are logs).
 * </ul>
 */
public final class Scores {
  private static final double INV_SQRT_PI = 1.0 / Math.sqrt(Math.PI);
  private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2 * Math.PI);

  private Scores() {}

  /**
   * The Winkler interval score of the central (1 − alpha) interval [lower, upper] at {@code actual}.
   *
   * @param alpha the interval's miss probability, e.g. 0.05 for a 95 % interval, in (0, 1)
   * @throws IllegalArgumentException when alpha is not in (0, 1), a value is not finite, or lower
   *     &gt; upper
   */
  public static double winkler(double lower, double upper, double actual, double alpha) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException(
          "alpha " + alpha + " is not allowed; expected a fraction in (0, 1)");
    }
    if (!Double.isFinite(lower) || !Double.isFinite(upper) || !Double.isFinite(actual)) {
      throw new IllegalArgumentException(
          "interval [" + lower + ", " + upper + "] and actual " + actual + " must be finite");
    }
    if (lower > upper) {
      throw new IllegalArgumentException("lower bound " + lower + " is above upper bound " + upper);
    }
    double score = upper - lower;
    if (actual < lower) {
      score += 2 / alpha * (lower - actual);
    } else if (actual > upper) {
      score += 2 / alpha * (actual - upper);
    }
    return score;
  }

  /**
   * The CRPS of N(mu, sigma²) at {@code y}, in closed form.
   *
   * @param sigma the standard deviation, ≥ 0 (0 gives the absolute error |y − mu|)
   * @throws IllegalArgumentException when a value is not finite or sigma is negative
   */
  public static double crpsNormal(double mu, double sigma, double y) {
    if (!Double.isFinite(mu) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("mu " + mu + " and y " + y + " must be finite");
    }
    if (!(sigma >= 0) || !Double.isFinite(sigma)) {
      throw new IllegalArgumentException("sigma must be finite and >= 0, got " + sigma);
    }
    if (sigma == 0) {
      return Math.abs(y - mu);
    }
    double z = (y - mu) / sigma;
    double pdf = INV_SQRT_2PI * Math.exp(-0.5 * z * z);
    double cdf = standardNormalCdf(z);
    return sigma * (z * (2 * cdf - 1) + 2 * pdf - INV_SQRT_PI);
  }

  /** Φ(z) = erfc(−z/√2)/2, accurate in both tails. */
  static double standardNormalCdf(double z) {
    return 0.5 * org.apache.commons.math3.special.Erf.erfc(-z / Math.sqrt(2));
  }
}
