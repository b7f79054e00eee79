package org.tradetarget.core.calibrate;

/**
 * The number of differences {@code arima-auto} takes, as R's {@code forecast::ndiffs(x)} with its
 * defaults (forecast 8.20): the KPSS level-stationarity test ({@code urca::ur.kpss(x, type = "mu",
 * use.lag = trunc(3√n/13))}) at α = 0.05, differencing while it rejects, at most twice.
 *
 * <p>The statistic is η = Σ S_t² / (n² s²) with e_t = x_t − x̄, S_t = e_1 + … + e_t and the
 * long-run variance s² = Σe²/n + (2/n) Σ_{l=1..L} (1 − l/(L + 1)) Σ_t e_t e_{t+l} (Bartlett
 * weights, L = trunc(3√n/13), n the current length). ndiffs interpolates the p-value linearly in
 * the table (0.347, 0.463, 0.574, 0.739) ↔ (10, 5, 2.5, 1 %), clamped at its ends, and differences
 * when p &lt; 0.05, that is when η &gt; 0.463. A constant series (R's {@code is.constant}) needs no
 * further difference.
 */
final class Kpss {
  /** The 5 % critical value of the level-stationarity test (Kwiatkowski et al. 1992, table 1). */
  static final double CRITICAL_5PCT = 0.463;

  private Kpss() {}

  /** The KPSS level-stationarity statistic of {@code y} with urca's {@code use.lag} for its length. */
  static double statistic(double[] y) {
    int n = y.length;
    int lags = (int) (3 * Math.sqrt(n) / 13);
    double mean = Fits.mean(y);
    double[] e = Fits.minus(y, mean);
    double cum = 0;
    double numerator = 0;
    double ss = 0;
    for (double v : e) {
      cum += v;
      numerator += cum * cum;
      ss += v * v;
    }
    numerator /= (double) n * n;
    double denominator = ss / n;
    for (int l = 1; l <= lags; l++) {
      double c = 0;
      for (int t = l; t < n; t++) {
        c += e[t] * e[t - l];
      }
      denominator += 2.0 / n * (1 - l / (lags + 1.0)) * c;
    }
    return numerator / denominator;
  }

  /**
   * ndiffs: 0, 1 or 2 (at most {@code maxD}) differences of {@code x}, differencing while the KPSS
   * test rejects level stationarity at 5 %.
   */
  static int ndiffs(double[] x, int maxD) {
    int d = 0;
    double[] w = x.clone();
    if (isConstant(w)) {
      return 0;
    }
    boolean difference = rejects(w);
    while (difference && d < maxD) {
      d++;
      w = Fits.diff(w);
      if (isConstant(w)) {
        return d;
      }
      difference = rejects(w);
    }
    return d;
  }

  /**
   * Whether the test rejects; a statistic that cannot be computed (R's tryCatch: too short, or a
   * zero variance) does not.
   */
  private static boolean rejects(double[] w) {
    if (w.length < 2) {
      return false;
    }
    double s = statistic(w);
    return Double.isFinite(s) && s > CRITICAL_5PCT;
  }

  /**
   * R's {@code forecast::is.constant}: every value equal to the first within {@code all.equal}'s
   * tolerance, a mean absolute difference below 1.5e-8 relative to the mean absolute value.
   */
  static boolean isConstant(double[] x) {
    double diff = 0;
    double scale = 0;
    for (double v : x) {
      diff += Math.abs(v - x[0]);
      scale += Math.abs(v);
    }
    double tolerance = 1.5e-8;
    // all.equal compares relative to the target's mean absolute value unless that is tiny
    return scale / x.length > tolerance ? diff / scale <= tolerance : diff / x.length <= tolerance;
  }
}
