package org.tradetarget.core.evidence;

import java.util.Arrays;

/**
 * A weighted mixture of normal laws on the log scale: the {@code ensemble}'s predictive
 * distribution at one origin and step, F(x) = Σ w_k Φ((x − μ_k)/σ_k), with the members' log-normal
 * forecasts μ_k, σ_k and weights w_k summing to 1.
 *
 * <p>Its standardised position is z(x) = Φ⁻¹(F(x)) (the probability-integral transform mapped to
 * the normal scale), so z of an outcome is N(0, 1) when the mixture is the outcome's law, exactly
 * as (x − μ)/σ is for a single kind; its inverse is the quantile g(z) = F⁻¹(Φ(z)). A recalibration
 * map T of the standardised position gives the law G(x) = Φ(T⁻¹(z(x))), whose quantile at level
 * Φ(t) is g(T(t)).
 *
 * <p>Φ is evaluated here by Marsaglia's series (|v| &lt; 3) and Laplace's continued fraction for
 * the tail (|v| ≥ 3), accurate to about 1e-15, about five times faster than the incomplete gamma
 * function behind {@code Erf.erfc}. Immutable.
 */
final class Mixture {
  private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
  private static final double INV_SQRT_PI = 1 / Math.sqrt(Math.PI);
  /** The smallest tail probability a position is read from: |z| ≤ 8.2. */
  private static final double TINY = 1e-16;
  /** The member offset beyond which its tail is taken as 0 in F. */
  private static final double FAR = 9;
  /** The member standardised offsets of the nodes of {@link #crps(double, MapIntegrals)}. */
  private static final double[] NODES = {
    -8, -6, -4.5, -3.5, -2.75, -2.25, -1.75, -1.25, -0.75, -0.25, 0.25, 0.75, 1.25, 1.75, 2.25,
    2.75, 3.5, 4.5, 6, 8
  };

  private final double[] mu;
  private final double[] sd;
  private final double[] w;

  /**
   * A mixture; the arrays are kept, not copied.
   *
   * @param w weights ≥ 0 summing to 1
   */
  Mixture(double[] mu, double[] sd, double[] w) {
    this.mu = mu;
    this.sd = sd;
    this.w = w;
  }

  /** Φ(−v): the upper tail of the standard normal, accurate in the far tail. */
  static double upperTail(double v) {
    if (v < 0) {
      return 1 - upperTail(-v);
    }
    if (v > 38) {
      return 0;
    }
    if (v < 3) {
      double v2 = v * v;
      double term = v;
      double sum = v;
      for (int i = 3; sum + term != sum; i += 2) {
        term *= v2 / i;
        sum += term;
      }
      return 0.5 - sum * pdf(v);
    }
    // Mills ratio R(v) = 1/(v + 1/(v + 2/(v + 3/(v + ...)))), evaluated from the tail.
    int terms = 8 + (int) (400 / (v * v));
    double f = v;
    for (int k = terms; k >= 1; k--) {
      f = v + k / f;
    }
    return pdf(v) / f;
  }

  /** Φ(v). */
  static double cdf(double v) {
    return upperTail(-v);
  }

  /** φ(v). */
  static double pdf(double v) {
    return Math.exp(-0.5 * v * v) / SQRT_2PI;
  }

  /** Φ⁻¹(p) for p in (0, 1), refined by a Newton step in the tails; clamped to |z| ≤ 8.2. */
  static double quantile(double p) {
    double q = Math.max(TINY, Math.min(1 - TINY, p));
    if (q > 0.5) {
      return -quantile(1 - q);
    }
    double z = QuantileMap.normalQuantile(q);
    if (q < 1e-3) {
      z -= (cdf(z) - q) / pdf(z);
    }
    return z;
  }

  /** The mixture's density at x. */
  double density(double x) {
    double s = 0;
    for (int k = 0; k < mu.length; k++) {
      s += w[k] * pdf((x - mu[k]) / sd[k]) / sd[k];
    }
    return s;
  }

  /** F(x) and 1 − F(x), each summed from the members' own tails. */
  private void tails(double x, double[] out) {
    double lower = 0;
    double upper = 0;
    for (int k = 0; k < mu.length; k++) {
      double t = (x - mu[k]) / sd[k];
      if (t < -FAR || t > FAR) {
        // beyond 9σ the member's tail is below 1.2e-19, under the positions' floor TINY
        lower += t < 0 ? 0 : w[k];
        upper += t < 0 ? w[k] : 0;
      } else if (t < 0) {
        double l = upperTail(-t);
        lower += w[k] * l;
        upper += w[k] * (1 - l);
      } else {
        double u = upperTail(t);
        upper += w[k] * u;
        lower += w[k] * (1 - u);
      }
    }
    out[0] = lower;
    out[1] = upper;
  }

  /** F(x). */
  double cdfAt(double x) {
    double[] t = new double[2];
    tails(x, t);
    return t[0];
  }

  /** The standardised position z(x) = Φ⁻¹(F(x)), read from the smaller tail. */
  double position(double x) {
    double[] t = new double[2];
    tails(x, t);
    return t[0] < 0.5 ? quantile(t[0]) : -quantile(t[1]);
  }

  /** The log value at standardised position z: g(z) = F⁻¹(Φ(z)) (safeguarded Newton). */
  double valueAt(double z) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    double mean = 0;
    for (int k = 0; k < mu.length; k++) {
      double q = mu[k] + sd[k] * z;
      lo = Math.min(lo, q);
      hi = Math.max(hi, q);
      mean += w[k] * q;
    }
    if (hi - lo <= 1e-12 * (1 + Math.abs(lo))) {
      return lo;
    }
    boolean low = z < 0;
    double target = low ? cdf(z) : upperTail(z);
    double[] t = new double[2];
    double x = mean;
    for (int it = 0; it < 100; it++) {
      tails(x, t);
      // residual of the increasing function F(x) − Φ(z), read from the tail that keeps precision
      double r = low ? t[0] - target : target - t[1];
      if (r < 0) {
        lo = x;
      } else {
        hi = x;
      }
      double d = density(x);
      double next = d > 0 ? x - r / d : Double.NaN;
      if (!(next > lo && next < hi)) {
        next = 0.5 * (lo + hi);
      }
      if (Math.abs(next - x) <= 1e-12 * (1 + Math.abs(x)) || hi - lo <= 1e-12 * (1 + Math.abs(x))) {
        return next;
      }
      x = next;
    }
    return x;
  }

  /**
   * The CRPS of the raw mixture at log outcome y in closed form (Grimit, Gneiting, Berrocal and
   * Johnson 2006): Σ_i w_i A(y − μ_i, σ_i²) − ½ Σ_i Σ_j w_i w_j A(μ_i − μ_j, σ_i² + σ_j²), with
   * A(m, s²) = m(2Φ(m/s) − 1) + 2sφ(m/s).
   */
  double crps(double y) {
    double first = 0;
    double second = 0;
    for (int i = 0; i < mu.length; i++) {
      first += w[i] * a(y - mu[i], sd[i]);
      // A(0, 2σ²) = 2√2·σ·φ(0); the pairs i ≠ j twice over (A is even in m)
      second += w[i] * w[i] * 2 * Math.sqrt(2) * sd[i] / SQRT_2PI;
      for (int j = i + 1; j < mu.length; j++) {
        second += 2 * w[i] * w[j] * a(mu[i] - mu[j], Math.hypot(sd[i], sd[j]));
      }
    }
    return first - 0.5 * second;
  }

  private static double a(double m, double s) {
    double t = m / s;
    return m * (2 * cdf(t) - 1) + 2 * s * pdf(t);
  }

  /** The CRPS of N(0, 1) at y: y(2Φ(y) − 1) + 2φ(y) − 1/√π. */
  static double normalCrps(double y) {
    return y * (2 * cdf(y) - 1) + 2 * pdf(y) - INV_SQRT_PI;
  }

  /**
   * The CRPS at log outcome y of the mixture recalibrated by a map (the law G(x) = Φ(T⁻¹(z(x)))):
   * ∫ (G(x) − 1{x ≥ y})² dx. With x = g(z) the integral is ∫ (Φ(T⁻¹(z)) − 1{z ≥ z(y)})² g′(z) dz;
   * g is taken linear between nodes at each member's μ_k + σ_k·v for fixed offsets v from −8 to 8
   * (and y), where the integrals of Φ(T⁻¹)² and (1 − Φ(T⁻¹))² come from the map's tables; beyond
   * the outer nodes g′ is the widest member's σ, the slope g takes in the mixture's tails.
   */
  double crps(double y, MapIntegrals map) {
    return crps(y, new MapIntegrals[] {map})[0];
  }

  /** {@link #crps(double, MapIntegrals)} under each of several maps, from the same nodes. */
  double[] crps(double y, MapIntegrals[] maps) {
    int m = mu.length;
    double[] xs = new double[m * NODES.length + 1];
    double widest = 0;
    int n = 0;
    for (int k = 0; k < m; k++) {
      widest = Math.max(widest, sd[k]);
      for (double v : NODES) {
        xs[n++] = mu[k] + sd[k] * v;
      }
    }
    xs[n] = y;
    Arrays.sort(xs);
    double[] zs = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      zs[i] = position(xs[i]);
      if (i > 0 && zs[i] < zs[i - 1]) {
        zs[i] = zs[i - 1];
      }
    }
    double[] out = new double[maps.length];
    for (int j = 0; j < maps.length; j++) {
      MapIntegrals map = maps[j];
      double total = widest * map.below(zs[0]);
      for (int i = 0; i + 1 < xs.length; i++) {
        double dx = xs[i + 1] - xs[i];
        if (dx <= 0) {
          continue;
        }
        boolean above = xs[i] >= y;
        double dz = zs[i + 1] - zs[i];
        if (dz > 1e-9) {
          double slope = dx / dz;
          total += slope
              * (above
                  ? map.above(zs[i]) - map.above(zs[i + 1])
                  : map.below(zs[i + 1]) - map.below(zs[i]));
        } else {
          double p = map.law(zs[i]);
          total += dx * (above ? (1 - p) * (1 - p) : p * p);
        }
      }
      out[j] = total + widest * map.above(zs[xs.length - 1]);
    }
    return out;
  }
}
