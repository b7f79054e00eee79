package org.tradetarget.core.calibrate;

import java.util.OptionalDouble;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;

/** Small shared pieces of the calibrators: point-count checks, moments, likelihood criteria. */
final class Fits {
  private Fits() {}

  /**
   * Fails unless the series has at least {@code min} points.
   *
   * @param what what the kind needs them for, e.g. "2 differences for the standard deviation"
   * @param remedy what to try, or empty
   */
  static void requirePoints(String kind, AnnualSeries s, int min, String what, String remedy) {
    if (s.size() < min) {
      throw new InvalidInputException(
          kind + " needs at least " + min + " points (" + what + "); " + s.name() + " has "
              + s.size() + " (" + years(s) + ")" + (remedy.isEmpty() ? "" : "; " + remedy));
    }
  }

  /** "2005-2024", or "2024" for one point. */
  static String years(AnnualSeries s) {
    return s.size() == 1 ? Integer.toString(s.firstYear()) : s.firstYear() + "-" + s.lastYear();
  }

  /** The successive differences x[i+1] − x[i]. */
  static double[] diff(double[] x) {
    double[] d = new double[x.length - 1];
    for (int i = 0; i < d.length; i++) {
      d[i] = x[i + 1] - x[i];
    }
    return d;
  }

  static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  /** Σ(x − mean)². */
  static double sumSquaredDeviations(double[] x, double mean) {
    double s = 0;
    for (double v : x) {
      s += (v - mean) * (v - mean);
    }
    return s;
  }

  /** x − c, element-wise. */
  static double[] minus(double[] x, double c) {
    double[] r = new double[x.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = x[i] - c;
    }
    return r;
  }

  /**
   * The maximised Gaussian log-likelihood of n residuals with residual sum of squares {@code rss}
   * and variance estimated by ML: −n/2·(ln(2π·rss/n) + 1), as R's {@code logLik} of {@code lm},
   * {@code nls} and {@code arima} report it. Empty when rss is 0 (a perfect fit).
   */
  static OptionalDouble gaussianLogLik(double rss, int n) {
    if (!(rss > 0)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(-0.5 * n * (Math.log(2 * Math.PI * rss / n) + 1));
  }

  /**
   * AICc = −2·loglik + 2k + 2k(k + 1)/(n − k − 1), k the number of estimated parameters including
   * the variance; empty when loglik is empty or n ≤ k + 1.
   */
  static OptionalDouble aicc(OptionalDouble logLik, int k, int n) {
    if (logLik.isEmpty() || n - k - 1 <= 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(-2 * logLik.getAsDouble() + 2.0 * k + 2.0 * k * (k + 1) / (n - k - 1));
  }
}
