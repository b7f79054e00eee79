package org.tradetarget.core.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.Regressors;
import org.tradetarget.core.model.ArimaProjection;
import org.tradetarget.core.model.ArimaStateModel;
import org.tradetarget.core.model.RegressorEffect;

/**
 * ARIMA(p,d,q) on x = ln(value) by exact maximum likelihood, as R's {@code forecast::Arima(x,
 * order = c(p,d,q), include.mean, include.drift)} with its default method CSS-ML: x_t = Xβ + u_t,
 * X the intercept (d = 0, include_mean) and the drift t = 1..n (include_drift, d ≤ 1), u an
 * ARIMA(p,d,q) whose likelihood is R's Kalman filter with a diffuse start ({@link
 * ArimaStateModel}). Starting values come from conditional sum of squares (R's {@code armaCSS}) and
 * from zero coefficients; the search keeps the AR part stationary and the MA part invertible
 * through partial autocorrelations (tanh of the free parameters), and the better optimum is kept.
 *
 * <p>Reported as R does: loglik = −½(2 n' f + n' + n' ln 2π) with n' = n − d and f the minimised
 * ½(ln(S/ν) + Σ ln F_t/ν); AIC = −2 loglik + 2(k + 1) with k coefficients; AICc and BIC as {@code
 * Arima}; σ² = Σ e_t²/(n' − k) over all n standardised residuals; standard errors from the inverse
 * numerical Hessian of n'·f in the coefficients; Ljung–Box as {@code checkresiduals} (df = p + q,
 * lag = max(df + 3, min(10, round(n/5)))).
 */
final class ArimaMle {
  private static final double REL_TOL = 1e-11;
  static final int MAX_EVALUATIONS = 20_000;
  private static final int MAX_RESTARTS = 10;

  private ArimaMle() {}

  /**
   * What to fit.
   *
   * @param p the AR order, 0..3
   * @param d the order of differencing, 0..2
   * @param q the MA order, 0..3
   * @param mean whether an intercept is estimated (d = 0 only)
   * @param drift whether a drift is estimated (d ≤ 1)
   */
  record Spec(int p, int d, int q, boolean mean, boolean drift, Regressors xreg) {
    /** Without exogenous regressors. */
    Spec(int p, int d, int q, boolean mean, boolean drift) {
      this(p, d, q, mean, drift, Regressors.none());
    }

    int regressors() {
      return (mean ? 1 : 0) + (drift ? 1 : 0) + xreg.size();
    }

    int coefficients() {
      return p + q + regressors();
    }

    List<String> terms() {
      List<String> t = new ArrayList<>();
      for (int i = 1; i <= p; i++) {
        t.add("ar" + i);
      }
      for (int i = 1; i <= q; i++) {
        t.add("ma" + i);
      }
      if (mean) {
        t.add("intercept");
      }
      if (drift) {
        t.add("drift");
      }
      t.addAll(xreg.names());
      return t;
    }

    String label() {
      return "ARIMA(" + p + "," + d + "," + q + ")" + (xreg.isEmpty() ? "" : " with regressors");
    }
  }

  /** The fewest points a fit needs: AICc needs n − d − (k + 1) − 1 ≥ 1. */
  static int minimumPoints(Spec spec) {
    return spec.d() + spec.coefficients() + 3;
  }

  /**
   * Fits by maximum likelihood, or evaluates at {@code given} (every coefficient, in {@link
   * Spec#terms()} order) when present, with σ² {@code sigma2Given} or from the residuals.
   */
  static Calibration fit(
      AnnualSeries series,
      Spec spec,
      Optional<double[]> given,
      OptionalDouble sigma2Given,
      boolean driftUncertaintyAsked) {
    return fit(series, spec, given, sigma2Given, driftUncertaintyAsked, given.isPresent());
  }

  /**
   * The fit's report at coefficients {@code coef} ({@link Spec#terms()} order) as if they had been
   * estimated: criteria count them, σ² is R's estimate from the residuals, standard errors from the
   * Hessian there.
   */
  static Calibration atCoefficients(AnnualSeries series, Spec spec, double[] coef) {
    return fit(series, spec, Optional.of(coef), OptionalDouble.empty(), false, false);
  }

  private static Calibration fit(
      AnnualSeries series,
      Spec spec,
      Optional<double[]> given,
      OptionalDouble sigma2Given,
      boolean driftUncertaintyAsked,
      boolean fixed) {
    int n = series.size();
    int needed = given.isPresent() ? spec.d() + 2 : minimumPoints(spec);
    if (n < needed) {
      throw new InvalidInputException("arima " + spec.label() + " needs at least " + needed
          + " consecutive points, but " + series.name() + " has " + n + " ("
          + series.firstYear() + "-" + series.lastYear() + "); try lower orders");
    }
    double[] x = series.logValues();
    double[][] xreg = design(spec, series);
    List<String> notes = new ArrayList<>();
    double[] coef;
    if (given.isPresent()) {
      coef = given.get().clone();
      if (Double.isNaN(objective(spec, x, xreg, coef))
          || !ArMath.isStationary(
              negate(Arrays.copyOfRange(coef, spec.p(), spec.p() + spec.q())))) {
        throw new InvalidInputException("arima " + spec.label() + ": the given AR coefficients"
            + " are not stationary or the MA coefficients not invertible: "
            + Arrays.toString(coef));
      }
    } else {
      coef = maximise(spec, x, xreg, series);
    }
    int nUsed = n - spec.d();
    double f = objective(spec, x, xreg, coef);
    ArimaStateModel model = model(spec, coef);
    ArimaStateModel.Filtered run = model.filter(residualSeries(spec, x, xreg, coef));
    double loglik = -0.5 * (2 * nUsed * f + nUsed + nUsed * Math.log(2 * Math.PI));
    int k = fixed ? 0 : spec.coefficients();
    int npar = k + 1;
    double aic = -2 * loglik + 2 * npar;
    double aicc = aic + 2.0 * npar * ((double) nUsed / (nUsed - npar - 1) - 1);
    double bic = aic + npar * (Math.log(nUsed) - 2);
    double[] residuals = run.residuals();
    double ss = 0.0;
    for (double e : residuals) {
      ss += e * e;
    }
    double sigma2 = sigma2Given.orElse(ss / (nUsed - npar + 1));
    if (!Double.isFinite(loglik) || !Double.isFinite(sigma2)) {
      throw new InvalidInputException("arima " + spec.label() + " on " + series.name()
          + ": the likelihood is not finite at the optimum; try lower orders or rw-drift");
    }
    double[] se = fixed ? nanArray(coef.length) : ArimaErrors.standardErrors(spec, x, xreg, coef);
    if (!fixed && Arrays.stream(se).anyMatch(Double::isNaN)) {
      notes.add("the Hessian of the log-likelihood is not positive definite at the optimum;"
          + " standard errors are not available");
    }
    if (driftUncertaintyAsked) {
      notes.add("intervals are R's predict.Arima ones: the coefficients' sampling uncertainty is"
          + " left out for " + spec.label());
    }
    List<String> terms = spec.terms();
    Map<String, Double> shown = new LinkedHashMap<>();
    for (int i = 0; i < terms.size(); i++) {
      shown.put(terms.get(i), coef[i]);
    }
    shown.put("sigma2", sigma2);
    Map<String, Double> modelParams = new LinkedHashMap<>(shown);
    if (!fixed) {
      shown.put("loglik", loglik);
      shown.put("aicc", aicc);
    }
    int b = spec.p() + spec.q();
    double intercept = spec.mean() ? coef[b] : 0.0;
    double drift = spec.drift() ? coef[b + (spec.mean() ? 1 : 0)] : 0.0;
    RegressorEffect effect = RegressorEffect.of(
        spec.xreg(),
        Arrays.copyOfRange(coef, coef.length - spec.xreg().size(), coef.length),
        series.lastYear(),
        series.step());
    ArimaProjection projection = new ArimaProjection(
        ModelKind.ARIMA.id(),
        series.lastYear(),
        series.step(),
        model,
        run,
        sigma2,
        n,
        intercept,
        drift,
        x[n - 1],
        modelParams,
        effect);
    List<FitSummary.Coefficient> table = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      table.add(FitSummary.Coefficient.of(terms.get(i), coef[i], se[i]));
    }
    int df = spec.p() + spec.q();
    int lag = Math.max(df + 3, Math.min(10, (int) Math.round(n / 5.0)));
    LjungBox.Result lb = lag < n ? LjungBox.test(residuals, lag, df) : null;
    FitSummary summary = new FitSummary(
        ModelKind.ARIMA.id(),
        Optional.of(new FitSummary.Orders(spec.p(), spec.d(), spec.q())),
        spec.drift(),
        table,
        loglik,
        aic,
        aicc,
        bic,
        sigma2,
        lb);
    return new Calibration(
        ModelKind.ARIMA,
        projection,
        series,
        shown,
        residuals,
        Math.sqrt(sigma2),
        fixed ? OptionalDouble.empty() : OptionalDouble.of(loglik),
        fixed ? OptionalDouble.empty() : OptionalDouble.of(aicc),
        notes,
        Optional.of(summary));
  }

  static double[] nanArray(int k) {
    double[] a = new double[k];
    Arrays.fill(a, Double.NaN);
    return a;
  }

  /**
   * The regression columns: intercept (ones), drift (1..n), then the exogenous regressors over the
   * fitted years; each regressor must vary over them after differencing d times.
   */
  private static double[][] design(Spec spec, AnnualSeries series) {
    int n = series.size();
    double[][] xreg = new double[spec.regressors()][n];
    int own = spec.regressors() - spec.xreg().size();
    if (!spec.xreg().isEmpty()) {
      double[][] cols = RegressorColumns.over(spec.xreg(), series);
      System.arraycopy(cols, 0, xreg, own, cols.length);
    }
    int c = 0;
    if (spec.mean()) {
      Arrays.fill(xreg[c++], 1.0);
    }
    if (spec.drift()) {
      for (int t = 0; t < n; t++) {
        xreg[c][t] = t + 1.0;
      }
    }
    if (!spec.xreg().isEmpty()) {
      RegressorColumns.requireFullRank(xreg, spec.xreg(), series, spec.d());
    }
    return xreg;
  }

  static double[] residualSeries(Spec spec, double[] x, double[][] xreg, double[] coef) {
    double[] u = x.clone();
    int b = spec.p() + spec.q();
    for (int j = 0; j < xreg.length; j++) {
      for (int t = 0; t < u.length; t++) {
        u[t] -= coef[b + j] * xreg[j][t];
      }
    }
    return u;
  }

  private static ArimaStateModel model(Spec spec, double[] coef) {
    return new ArimaStateModel(
        Arrays.copyOfRange(coef, 0, spec.p()),
        Arrays.copyOfRange(coef, spec.p(), spec.p() + spec.q()),
        spec.d());
  }

  /** ½(ln(S/ν) + Σ ln F/ν) at the coefficients; NaN when not stationary or not invertible. */
  static double objective(Spec spec, double[] x, double[][] xreg, double[] coef) {
    double[] phi = Arrays.copyOfRange(coef, 0, spec.p());
    if (!ArMath.isStationary(phi)) {
      return Double.NaN;
    }
    ArimaStateModel.Filtered run;
    try {
      run = model(spec, coef).filter(residualSeries(spec, x, xreg, coef));
    } catch (IllegalArgumentException e) {
      return Double.NaN;
    }
    if (run.counted() == 0 || !(run.ssq() > 0)) {
      return Double.NaN;
    }
    double v = 0.5 * (Math.log(run.ssq() / run.counted()) + run.sumLog() / run.counted());
    return Double.isFinite(v) ? v : Double.NaN;
  }

  private static double[] negate(double[] a) {
    double[] b = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      b[i] = -a[i];
    }
    return b;
  }

  /** Free parameters → coefficients: tanh partial autocorrelations for the AR and MA parts. */
  private static double[] fromFree(Spec spec, double[] u) {
    double[] coef = u.clone();
    int p = spec.p();
    int q = spec.q();
    double[] phi = ArMath.arFromPacf(ArMath.tanh(Arrays.copyOfRange(u, 0, p)));
    double[] theta = negate(ArMath.arFromPacf(ArMath.tanh(Arrays.copyOfRange(u, p, p + q))));
    System.arraycopy(phi, 0, coef, 0, p);
    System.arraycopy(theta, 0, coef, p, q);
    return coef;
  }

  /** Coefficients → free parameters; empty when not stationary or not invertible. */
  static Optional<double[]> toFree(Spec spec, double[] coef) {
    int p = spec.p();
    int q = spec.q();
    double[] u = coef.clone();
    double[] pacAr = ArMath.pacfFromAr(Arrays.copyOfRange(coef, 0, p));
    double[] pacMa = ArMath.pacfFromAr(negate(Arrays.copyOfRange(coef, p, p + q)));
    for (int i = 0; i < p + q; i++) {
      double r = i < p ? pacAr[i] : pacMa[i - p];
      if (!(Math.abs(r) < 0.999)) {
        return Optional.empty();
      }
      u[i] = ArMath.atanh(r);
    }
    return Optional.of(u);
  }

  private static double[] maximise(Spec spec, double[] x, double[][] xreg, AnnualSeries series) {
    int k = spec.coefficients();
    int b = spec.p() + spec.q();
    double[] ols = ArimaStarts.regressionStart(spec, x, xreg);
    double[] zero = new double[k];
    System.arraycopy(ols, 0, zero, b, ols.length);
    double[] scale = ArimaStarts.regressionScale(spec, x, xreg, ols);
    List<double[]> starts = new ArrayList<>();
    starts.add(zero);
    if (b > 0) {
      ArimaStarts.cssStart(spec, x, xreg, zero, scale).ifPresent(starts::add);
    }
    ToDoubleFunction<double[]> f = u -> {
      double v = objective(spec, x, xreg, fromFree(spec, u));
      return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    };
    double[] steps = new double[k];
    Arrays.fill(steps, 0.1);
    System.arraycopy(scale, 0, steps, b, scale.length);
    NelderMead.Result best = null;
    for (double[] start : starts) {
      Optional<double[]> u0 = toFree(spec, start);
      if (u0.isEmpty() || !Double.isFinite(f.applyAsDouble(u0.get()))) {
        continue;
      }
      NelderMead.Result r = polish(f, u0.get(), steps);
      if (best == null || r.value() < best.value()) {
        best = r;
      }
    }
    if (best == null || !(best.value() < NelderMead.BIG)) {
      throw new InvalidInputException("arima " + spec.label() + " on " + series.name()
          + ": maximum likelihood failed (the likelihood is not finite at the starting values);"
          + " try lower orders or rw-drift");
    }
    if (k == 0) {
      return new double[0];
    }
    return fromFree(spec, best.point());
  }

  private static NelderMead.Result polish(
      ToDoubleFunction<double[]> f, double[] u, double[] steps) {
    if (u.length == 0) {
      return new NelderMead.Result(u, f.applyAsDouble(u), 1, NelderMead.Status.CONVERGED);
    }
    NelderMead.Result best = NelderMead.minimize(f, u, steps, REL_TOL, MAX_EVALUATIONS);
    for (int i = 0; i < MAX_RESTARTS; i++) {
      NelderMead.Result again =
          NelderMead.minimize(f, best.point(), steps, REL_TOL, MAX_EVALUATIONS);
      boolean improved = again.value() < best.value() - 1e-13 * Math.abs(best.value());
      best = again.value() <= best.value() ? again : best;
      if (!improved) {
        break;
      }
    }
    return best;
  }
}
