package org.tradetarget.core.calibrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.model.HoltTrend;

/**
 * ETS(A,N,N), simple exponential smoothing, on x = ln(value) by maximum likelihood, as R's {@code
 * forecast::ets(x, model = "ANN")} (forecast 8.20): l_t = l_{t−1} + α e_t with e_t = x_t − l_{t−1};
 * α and l₀ minimise n·ln(Σe²) by Nelder–Mead from ets's start (α = 0.20006, l₀ the mean of the
 * first min(10, n) points) within 1e-4 ≤ α ≤ 0.9999 ({@link RobustSearch} when that run does not
 * converge). Reported as ets does: loglik = −(n/2) ln Σe², AICc = −2 loglik + 2·3 + 2·3·4/(n − 4),
 * σ² = Σe²/(n − 2). (The {@code theta} kind's smoothing minimises the mean squared error instead,
 * as {@code ses} does; the optimum is the same point, the search path is not.)
 *
 * <p>Its estimation table ({@link FitSummaries#etsLevel}) is ets's: {@code alpha} and {@code l}
 * without standard errors, loglik, AIC, AICc, BIC and σ², the Ljung–Box test with df 2.
 *
 * <p>The projection is Holt's trend with β = 0 and a zero slope ({@link HoltTrend}): its points are
 * the last level and its variance σ²(1 + (h − 1)α²), ETS(A,N,N)'s.
 */
final class EtsAnnFit {
  private static final double LOWER = 1e-4;
  private static final double UPPER = 0.9999;
  private static final double REL_TOL = Math.sqrt(Math.ulp(1.0));
  private static final int MAX_EVALUATIONS = 2000;
  /** Fitted parameters: α and l₀. */
  private static final int K = 2;

  private EtsAnnFit() {}

  /**
   * Fits on {@code series} (consecutive points, at least 5 so that AICc is finite), labelled as
   * {@code kind}.
   *
   * @throws InvalidInputException when the series is too short or the search fails
   */
  static Calibration fit(AnnualSeries series, ModelKind kind) {
    double[] x = series.logValues();
    int n = x.length;
    if (n < K + 3) {
      throw new InvalidInputException("ETS(A,N,N) needs at least " + (K + 3)
          + " consecutive points, but " + series.name() + " has " + n);
    }
    int maxn = Math.min(10, n);
    double start = 0;
    for (int t = 0; t < maxn; t++) {
      start += x[t];
    }
    start /= maxn;
    RobustSearch.Outcome search;
    try {
      search = RobustSearch.minimize(
          p -> objective(x, p[0], p[1]),
          new double[] {LOWER + 0.2 * (UPPER - LOWER), start},
          new double[] {0.5, x[0]},
          "alpha=0.5 l0=x1",
          REL_TOL,
          MAX_EVALUATIONS);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("ETS(A,N,N) on " + series.name()
          + ": the likelihood is not finite at the starting values");
    }
    if (!search.converged()) {
      throw new InvalidInputException("ETS(A,N,N) on " + series.name()
          + ": maximum likelihood did not converge (" + search.note() + ")");
    }
    double alpha = search.best().point()[0];
    double l0 = search.best().point()[1];
    double[] residuals = new double[n];
    double[] last = new double[2];
    double sse = HoltTrend.filter(x, alpha, 0.0, 1.0, l0, 0.0, residuals, last);
    double logLik = -0.5 * n * Math.log(sse);
    int npar = K + 1;
    double aicc = -2 * logLik + 2 * npar + 2.0 * npar * (npar + 1) / (n - npar - 1);
    double sigma = Math.sqrt(sse / (n - K));
    if (!(sse > 0) || !Double.isFinite(aicc)) {
      throw new InvalidInputException("ETS(A,N,N) on " + series.name()
          + ": the fit is degenerate (sum of squared errors " + sse + ")");
    }
    HoltTrend model = HoltTrend.builder(kind.id(), false)
        .base(series.lastYear(), series.step(), x[n - 1])
        .smoothing(alpha, 0.0, 1.0)
        .initial(l0, 0.0)
        .last(last[0], 0.0)
        .sigma(sigma)
        .build();
    Map<String, Double> shown = new LinkedHashMap<>();
    shown.put("alpha", alpha);
    shown.put("l0", l0);
    shown.put("sigma", sigma);
    shown.put("loglik", logLik);
    shown.put("aicc", aicc);
    List<String> notes = new ArrayList<>();
    if (!search.note().isEmpty()) {
      notes.add(search.note());
    }
    if (alpha - LOWER < 1e-3 || UPPER - alpha < 1e-3) {
      notes.add("alpha = " + alpha + " is at a bound of [" + LOWER + ", " + UPPER + "]");
    }
    return new Calibration(
        kind,
        model,
        series,
        shown,
        residuals,
        sigma,
        OptionalDouble.of(logLik),
        OptionalDouble.of(aicc),
        notes,
        FitSummary.Deferred.later(
            () -> Optional.of(FitSummaries.etsLevel(kind, alpha, l0, residuals))));
  }

  /** n·ln(Σe²) inside α's bounds, +∞ outside (ets's target function for additive errors). */
  private static double objective(double[] x, double alpha, double l0) {
    if (!(alpha >= LOWER && alpha <= UPPER) || !Double.isFinite(l0)) {
      return Double.POSITIVE_INFINITY;
    }
    double sse = HoltTrend.filter(x, alpha, 0.0, 1.0, l0, 0.0, null, null);
    double lik = x.length * Math.log(sse);
    if (lik < -1e10) {
      lik = -1e10; // a perfect fit
    }
    return Double.isNaN(lik) ? Double.POSITIVE_INFINITY : lik;
  }
}
