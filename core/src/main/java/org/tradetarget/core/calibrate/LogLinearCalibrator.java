package org.tradetarget.core.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.model.LogLinearTrend;

/**
 * {@code log-linear}: OLS of x = ln(value) on the time index t = (year − first year)/step + 1, every
 * point at its own t (gaps are allowed and simply absent), as R's {@code lm(x ~ t)}. σ is the
 * residual standard error (df n − 2); the log-likelihood and AICc are R's {@code logLik(lm)}
 * (−n/2·(ln(2π·RSS/n) + 1), k = 3: intercept, slope and variance). Needs 3 points. With
 * exogenous regressors the fit is {@link LogLinearRegression}'s.
 */
final class LogLinearCalibrator implements Calibrator {
  static final String KIND = "log-linear";

  @Override
  public Set<String> parameterNames() {
    return ModelKind.LOG_LINEAR.parameterNames();
  }

  @Override
  public Calibration fit(AnnualSeries series, ModelParams params) {
    if (!params.regressors().isEmpty()) {
      return LogLinearRegression.fit(series, params.regressors());
    }
    Fits.requirePoints(
        KIND,
        series,
        ModelKind.LOG_LINEAR.minPoints(),
        "2 for the line and 1 more for the residual standard error",
        "");
    int n = series.size();
    double[] x = series.logValues();
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = series.timeIndex(series.year(i));
    }
    double meanT = Fits.mean(t);
    double meanX = Fits.mean(x);
    double sxx = Fits.sumSquaredDeviations(t, meanT);
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (t[i] - meanT) * (x[i] - meanX);
    }
    double slope = sxy / sxx;
    double intercept = meanX - slope * meanT;
    double[] e = new double[n];
    double rss = 0;
    for (int i = 0; i < n; i++) {
      e[i] = x[i] - (intercept + slope * t[i]);
      rss += e[i] * e[i];
    }
    double sigma = Math.sqrt(rss / (n - 2));
    LogLinearTrend p = LogLinearTrend.of(
        series.lastYear(),
        series.step(),
        t[n - 1],
        x[n - 1],
        intercept,
        slope,
        sigma,
        n,
        meanT,
        sxx);
    List<String> notes = new ArrayList<>();
    int[] gaps = series.gaps();
    if (gaps.length > 0) {
      notes.add("missing years are skipped, every point at its own t: "
          + Arrays.stream(gaps).mapToObj(Integer::toString).collect(Collectors.joining(" ")));
    }
    if (!series.isEquallySpaced() && gaps.length == 0) {
      notes.add("unevenly spaced years: t = (year - " + series.firstYear() + ")/" + series.step()
          + " + 1 is fractional");
    }
    if (series.step() != 1) {
      notes.add("slope and growth_rate are per step of " + series.step() + " years");
    }
    OptionalDouble logLik = Fits.gaussianLogLik(rss, n);
    return new Calibration(
        ModelKind.LOG_LINEAR,
        p,
        series,
        p.parameters(),
        e,
        sigma,
        logLik,
        Fits.aicc(logLik, 3, n),
        notes,
        FitSummary.Deferred.later(() -> FitSummaries.linear(intercept, slope, e, meanT, sxx)));
  }
}
