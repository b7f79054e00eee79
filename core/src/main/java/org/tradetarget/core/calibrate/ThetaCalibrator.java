package org.tradetarget.core.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.model.ThetaMethod;

/**
 * {@code theta}: the theta method on x = ln(value), as R's {@code forecast::thetaf} (forecast 8.20)
 * on annual (non-seasonal) data ({@link ThetaMethod}).
 *
 * <p>The simple exponential smoothing inside is {@code ses(x)} = {@code ets(x, "ANN", opt.crit =
 * "mse")}: α and the initial level l₀ minimise the mean of the squared one-step errors e_t = x_t −
 * l_{t−1} (l_t = l_{t−1} + α e_t), by Nelder–Mead from ets's starting values α = 0.20006 and l₀ =
 * the mean of the first min(10, n) points, within ets's bounds 1e-4 ≤ α ≤ 0.9999 ({@link
 * RobustSearch} when that run does not converge). σ² = Σe²/(n − 2) (two fitted parameters), as ets
 * reports it. The drift b is half the slope of the least-squares line of x on t = 0..n − 1. ets
 * estimates by maximum likelihood only when n &gt; 6 (with fewer points it switches to {@code
 * HoltWinters}), so theta needs 7 consecutive points. thetaf reports no likelihood; none is given.
 */
final class ThetaCalibrator implements Calibrator {
  static final String KIND = "theta";
  static final int MIN_POINTS = 7;
  private static final double LOWER = 1e-4;
  private static final double UPPER = 0.9999;
  private static final double REL_TOL = Math.sqrt(Math.ulp(1.0));
  private static final int MAX_EVALUATIONS = 2000;

  @Override
  public Set<String> parameterNames() {
    return ModelKind.THETA.parameterNames();
  }

  @Override
  public Calibration fit(AnnualSeries series, ModelParams params) {
    Fits.requirePoints(
        KIND,
        series,
        MIN_POINTS,
        "ets fits simple exponential smoothing by least squares only beyond 6 points",
        "only the consecutive run ending at the last observation counts");
    double[] x = series.logValues();
    int n = x.length;
    int maxn = Math.min(10, n);
    double start = 0;
    for (int t = 0; t < maxn; t++) {
      start += x[t];
    }
    start /= maxn;
    RobustSearch.Outcome search;
    try {
      search = RobustSearch.minimize(
          p -> meanSquaredError(x, p[0], p[1], null),
          new double[] {LOWER + 0.2 * (UPPER - LOWER), start},
          new double[] {0.5, x[0]},
          "alpha=0.5 l0=x1",
          REL_TOL,
          MAX_EVALUATIONS);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(KIND + " on " + series.name()
          + ": the smoothing fit failed (the squared errors are not finite at the start);"
          + " try another model kind");
    }
    if (!search.converged()) {
      throw new InvalidInputException(KIND + " on " + series.name()
          + ": the smoothing fit did not converge (" + search.note() + "); try another model kind");
    }
    double alpha = search.best().point()[0];
    double l0 = search.best().point()[1];
    double[] residuals = new double[n];
    double[] level = new double[1];
    double mse = meanSquaredError(x, alpha, l0, residuals, level);
    double sigma = Math.sqrt(mse * n / (n - 2));
    ThetaMethod p = new ThetaMethod(
        KIND,
        series.lastYear(),
        series.step(),
        x[n - 1],
        n,
        Math.max(1e-10, alpha),
        l0,
        level[0],
        halfSlope(x),
        sigma);
    List<String> notes = new ArrayList<>();
    if (!search.note().isEmpty()) {
      notes.add(search.note());
    }
    if (alpha - LOWER < 1e-3 || UPPER - alpha < 1e-3) {
      notes.add("alpha = " + alpha + " is at a bound of [" + LOWER + ", " + UPPER + "]");
    }
    if (series.step() != 1) {
      notes.add("drift and sigma are per step of " + series.step() + " years");
    }
    return new Calibration(
        ModelKind.THETA,
        p,
        series,
        p.parameters(),
        residuals,
        sigma,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        notes);
  }

  private static double meanSquaredError(double[] x, double alpha, double l0, double[] residuals) {
    return meanSquaredError(x, alpha, l0, residuals, null);
  }

  /**
   * Σe²/n of the SES recursion from l₀, +∞ outside α's bounds; fills the residuals and the final
   * level when the arrays are given.
   */
  private static double meanSquaredError(
      double[] x, double alpha, double l0, double[] residuals, double[] last) {
    if (!(alpha >= LOWER && alpha <= UPPER) || !Double.isFinite(l0)) {
      return Double.POSITIVE_INFINITY;
    }
    double l = l0;
    double sse = 0;
    for (int t = 0; t < x.length; t++) {
      double e = x[t] - l;
      if (residuals != null) {
        residuals[t] = e;
      }
      sse += e * e;
      l += alpha * e;
    }
    if (last != null) {
      last[0] = l;
    }
    return sse / x.length;
  }

  /** Half the slope of the least-squares line of x on t = 0..n − 1. */
  private static double halfSlope(double[] x) {
    int n = x.length;
    double tMean = (n - 1) / 2.0;
    double xMean = Fits.mean(x);
    double sxy = 0;
    double sxx = 0;
    for (int t = 0; t < n; t++) {
      sxy += (t - tMean) * (x[t] - xMean);
      sxx += (t - tMean) * (t - tMean);
    }
    return sxy / sxx / 2;
  }
}
