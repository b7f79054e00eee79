package org.tradetarget.core.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Regressors;
import org.tradetarget.core.model.RegressionTrend;

/**
 * {@code log-linear} with exogenous regressors: OLS of x = ln(value) on 1, the time index t and the
 * regressors, as R's {@code tslm(log(y) ~ trend + z)} (= {@code lm}). s is the residual standard
 * error (df n − k, k = 2 + regressors); the log-likelihood is {@code logLik(lm)} (−n/2·(ln(2π·RSS/n)
 * + 1)), AIC and BIC with k + 1 parameters, AICc as for the other kinds. The estimation table is
 * {@code summary(lm)}'s: terms {@code intercept}, {@code trend} and the regressors' names, with z
 * the t value and p from Student's t with n − k degrees of freedom; the residual test is R's {@code
 * Box.test(residuals, lag, "Ljung-Box")} with lag = max(3, min(10, round(n/5))) and no fitted
 * degrees of freedom (R's {@code checkresiduals} runs Breusch–Godfrey on a regression instead).
 */
final class LogLinearRegression {
  private LogLinearRegression() {}

  static Calibration fit(AnnualSeries series, Regressors xreg) {
    int n = series.size();
    int k = 2 + xreg.size();
    Fits.requirePoints(
        LogLinearCalibrator.KIND,
        series,
        k + 1,
        k + " coefficients with the regressors and 1 more for the residual standard error",
        "leave a regressor out");
    double[] x = series.logValues();
    double[][] cols = new double[k][n];
    double[][] z = RegressorColumns.over(xreg, series);
    for (int i = 0; i < n; i++) {
      cols[0][i] = 1.0;
      cols[1][i] = series.timeIndex(series.year(i));
    }
    System.arraycopy(z, 0, cols, 2, z.length);
    RegressorColumns.requireFullRank(cols, xreg, series, 0);
    double[][] rows = new double[n][k];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        rows[i][j] = cols[j][i];
      }
    }
    RealMatrix design = new Array2DRowRealMatrix(rows, false);
    double[] beta = new QRDecomposition(design)
        .getSolver()
        .solve(new org.apache.commons.math3.linear.ArrayRealVector(x, false))
        .toArray();
    double[] e = new double[n];
    double rss = 0.0;
    for (int i = 0; i < n; i++) {
      double fit = 0.0;
      for (int j = 0; j < k; j++) {
        fit += rows[i][j] * beta[j];
      }
      e[i] = x[i] - fit;
      rss += e[i] * e[i];
    }
    int df = n - k;
    double sigma = Math.sqrt(rss / df);
    RealMatrix v =
        new QRDecomposition(design.transpose().multiply(design)).getSolver().getInverse();
    double[][] va = v.getData();
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < i; j++) {
        double m = 0.5 * (va[i][j] + va[j][i]);
        va[i][j] = m;
        va[j][i] = m;
      }
    }
    double[][] chol = new CholeskyDecomposition(new Array2DRowRealMatrix(va, false), 1e-12, 0)
        .getL()
        .getData();
    RegressionTrend projection = new RegressionTrend(
        series.lastYear(),
        series.step(),
        series.timeIndex(series.lastYear()),
        x[n - 1],
        beta,
        sigma,
        n,
        va,
        chol,
        xreg);
    OptionalDouble logLik = Fits.gaussianLogLik(rss, n);
    OptionalDouble aicc = Fits.aicc(logLik, k + 1, n);
    List<String> notes = new ArrayList<>();
    notes.add("with regressors " + String.join(", ", xreg.names())
        + ": ln(value) on intercept, trend and regressors, as tslm; intervals as predict.lm");
    return new Calibration(
        ModelKind.LOG_LINEAR,
        projection,
        series,
        projection.parameters(),
        e,
        sigma,
        logLik,
        aicc,
        notes,
        summary(xreg, beta, va, sigma, df, logLik, aicc, e));
  }

  private static Optional<FitSummary> summary(
      Regressors xreg,
      double[] beta,
      double[][] v,
      double sigma,
      int df,
      OptionalDouble logLik,
      OptionalDouble aicc,
      double[] e) {
    int n = e.length;
    int lag = Math.max(3, Math.min(10, (int) Math.round(n / 5.0)));
    if (logLik.isEmpty()) {
      return Optional.empty();
    }
    List<String> terms = new ArrayList<>(List.of("intercept", "trend"));
    terms.addAll(xreg.names());
    TDistribution t = new TDistribution(null, df);
    List<FitSummary.Coefficient> table = new ArrayList<>();
    for (int j = 0; j < beta.length; j++) {
      double se = sigma * Math.sqrt(v[j][j]);
      double tv = beta[j] / se;
      table.add(new FitSummary.Coefficient(
          terms.get(j), beta[j], se, tv, 2 * t.cumulativeProbability(-Math.abs(tv))));
    }
    double ll = logLik.getAsDouble();
    int npar = beta.length + 1;
    return Optional.of(new FitSummary(
        ModelKind.LOG_LINEAR.id(),
        Optional.empty(),
        false,
        table,
        ll,
        -2 * ll + 2 * npar,
        aicc.orElse(Double.NaN),
        -2 * ll + Math.log(n) * npar,
        sigma * sigma,
        lag < n ? LjungBox.test(e, lag, 0) : null));
  }
}
