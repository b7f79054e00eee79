package org.tradetarget.core.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.distribution.TDistribution;
import org.tradetarget.core.data.AnnualSeries;

/**
 * The estimation tables ({@link FitSummary}) of the kinds other than {@code arima}, each as R
 * reports the same model:
 *
 * <ul>
 *   <li>{@code arima}'s own ARIMA(p,1,0) with drift: {@code Arima(x, order = c(p,1,0), include.drift
 *       = TRUE)} at its coefficients (the other orders report theirs from {@link ArimaMle});
 *   <li>{@code rw-drift}: {@code forecast::Arima(x, order = c(0,1,0), include.drift = TRUE)}, the
 *       term {@code drift} with its standard error from the numerical Hessian as {@code arima};
 *   <li>{@code naive}: {@code Arima(x, order = c(0,1,0))}, no coefficients;
 *   <li>{@code log-linear}: {@code summary(lm(x ~ t))}, the terms {@code intercept} and {@code
 *       trend}; as R does for a linear model, the {@code z} column holds the t value and {@code p}
 *       comes from the t distribution with n − 2 degrees of freedom; loglik, AIC and BIC as {@code
 *       logLik(lm)} (3 parameters with the variance), AICc = AIC + 2·3·4/(n − 4), σ² = RSS/(n − 2);
 *   <li>{@code holt}, {@code holt-damped}: {@code ets(x, "AAN", damped)}, the terms {@code alpha},
 *       {@code beta} (ets's form, α·β*), {@code phi}, {@code l} and {@code b} without standard
 *       errors (se, z and p NaN, as ets reports none); loglik, AIC, AICc, BIC and σ² as ets;
 *   <li>{@code ets-auto} when it chooses ETS(A,N,N): {@code ets(x, "ANN")}, the terms {@code alpha}
 *       and {@code l} in the same shape.
 * </ul>
 *
 * <p>The Ljung–Box test is {@code checkresiduals}': df = the model's degrees of freedom (ARIMA: p
 * + q, so 0 for the random walks; ets: its number of parameters including the initial states; lm:
 * its 2 coefficients), lag = max(df + 3, min(10, round(n/5))) over the n residuals, and no test
 * when that lag is not below n. For an lm {@code checkresiduals} runs Breusch–Godfrey unless asked
 * for {@code test = "LB"}; the Ljung–Box test given here is that one.
 */
public final class FitSummaries {
  private FitSummaries() {}

  /**
   * The kinds whose fits carry an estimation table ({@code holt} and {@code holt-damped} when
   * fitted by maximum likelihood, not with given smoothing parameters; {@code arima-auto} the
   * table of the ARIMA it chose; {@code ets-auto} that of the ETS form it chose).
   */
  public static final List<ModelKind> KINDS = List.of(
      ModelKind.ARIMA,
      ModelKind.RW_DRIFT,
      ModelKind.NAIVE,
      ModelKind.LOG_LINEAR,
      ModelKind.HOLT,
      ModelKind.HOLT_DAMPED,
      ModelKind.ARIMA_AUTO,
      ModelKind.ETS_AUTO);

  /**
   * The table of the random walk on x = ln(value) as ARIMA(0,1,0), with {@code drift} at {@code
   * driftEstimate} when {@code drift}; empty when the series is too short for it (3 points) or the
   * likelihood is not finite there (a constant series: {@code InvalidInputException}).
   */
  static Optional<FitSummary> randomWalk(
      ModelKind kind, AnnualSeries series, boolean drift, double driftEstimate) {
    if (series.size() < 3) {
      return Optional.empty();
    }
    ArimaMle.Spec spec = new ArimaMle.Spec(0, 1, 0, false, drift);
    double[] coef = drift ? new double[] {driftEstimate} : new double[0];
    try {
      return ArimaMle.atCoefficients(series, spec, coef).summary().map(s -> relabel(kind, s));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The table of {@code arima}'s own ARIMA(p,1,0) with drift fit, reported by {@link ArimaMle} at
   * its coefficients (R's Kalman-filter likelihood and residuals, standard errors from the Hessian
   * as {@code arima}); empty when the likelihood is not finite there.
   */
  static Optional<FitSummary> arWithDrift(AnnualSeries series, double[] phi, double drift) {
    int p = phi.length;
    double[] coef = java.util.Arrays.copyOf(phi, p + 1);
    coef[p] = drift;
    try {
      return ArimaMle.atCoefficients(series, new ArimaMle.Spec(p, 1, 0, false, true), coef)
          .summary();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static FitSummary relabel(ModelKind kind, FitSummary s) {
    return new FitSummary(
        kind.id(),
        s.orders(),
        s.includeDrift(),
        s.coefficients(),
        s.loglik(),
        s.aic(),
        s.aicc(),
        s.bic(),
        s.sigma2(),
        s.ljungBox());
  }

  /**
   * The table of {@code lm(x ~ t)}: intercept a and slope b with their OLS standard errors
   * s·√(1/n + t̄²/Sxx) and s/√Sxx, s² = RSS/(n − 2); empty when RSS is 0 (a perfect line).
   *
   * @param residuals the n residuals in time order
   * @param meanT the mean of the time index
   * @param sxx Σ(t − t̄)²
   */
  static Optional<FitSummary> linear(
      double intercept, double slope, double[] residuals, double meanT, double sxx) {
    int n = residuals.length;
    double rss = Fits.sumSquaredDeviations(residuals, 0.0);
    if (!(rss > 0) || n < 3) {
      return Optional.empty();
    }
    double sigma2 = rss / (n - 2);
    double seSlope = Math.sqrt(sigma2 / sxx);
    double seIntercept = Math.sqrt(sigma2 * (1.0 / n + meanT * meanT / sxx));
    TDistribution t = new TDistribution(null, n - 2.0);
    List<FitSummary.Coefficient> table = List.of(
        tCoefficient("intercept", intercept, seIntercept, t),
        tCoefficient("trend", slope, seSlope, t));
    double loglik = Fits.gaussianLogLik(rss, n).getAsDouble();
    int npar = 3;
    double aic = -2 * loglik + 2 * npar;
    double aicc = aic + 2.0 * npar * (npar + 1) / (n - npar - 1);
    double bic = -2 * loglik + npar * Math.log(n);
    return Optional.of(new FitSummary(
        ModelKind.LOG_LINEAR.id(),
        Optional.empty(),
        false,
        table,
        loglik,
        aic,
        aicc,
        bic,
        sigma2,
        ljungBox(residuals, 2)));
  }

  /** A coefficient with R's t value and its two-sided p-value from the t distribution. */
  private static FitSummary.Coefficient tCoefficient(
      String term, double estimate, double se, TDistribution t) {
    double stat = estimate / se;
    double p = 2 * t.cumulativeProbability(-Math.abs(stat));
    return new FitSummary.Coefficient(term, estimate, se, stat, p);
  }

  /**
   * The table of ets AAN ({@code phi} NaN) or AAdN at its parameters, from the one-step residuals.
   *
   * @param betaEts ets's β (α times Holt's β*)
   * @param residuals the n one-step errors
   */
  static FitSummary ets(
      ModelKind kind,
      double alpha,
      double betaEts,
      double phi,
      double l0,
      double b0,
      double[] residuals) {
    List<FitSummary.Coefficient> table = new ArrayList<>();
    table.add(unestimated("alpha", alpha));
    table.add(unestimated("beta", betaEts));
    if (!Double.isNaN(phi)) {
      table.add(unestimated("phi", phi));
    }
    table.add(unestimated("l", l0));
    table.add(unestimated("b", b0));
    return etsTable(kind, table, residuals);
  }

  /**
   * The table of ets ANN (simple exponential smoothing) at α and l₀, from the one-step residuals.
   *
   * @param residuals the n one-step errors
   */
  static FitSummary etsLevel(ModelKind kind, double alpha, double l0, double[] residuals) {
    return etsTable(kind, List.of(unestimated("alpha", alpha), unestimated("l", l0)), residuals);
  }

  /**
   * ets's criteria for its k parameters (smoothing parameters and initial states) and the
   * variance: loglik = −(n/2) ln Σe², AIC with k + 1 parameters, σ² = Σe²/(n − k).
   */
  private static FitSummary etsTable(
      ModelKind kind, List<FitSummary.Coefficient> table, double[] residuals) {
    int n = residuals.length;
    int k = table.size();
    double sse = Fits.sumSquaredDeviations(residuals, 0.0);
    double loglik = -0.5 * n * Math.log(sse);
    int npar = k + 1;
    double aic = -2 * loglik + 2 * npar;
    double aicc = aic + 2.0 * npar * (npar + 1) / (n - npar - 1);
    double bic = aic + npar * (Math.log(n) - 2);
    return new FitSummary(
        kind.id(),
        Optional.empty(),
        false,
        table,
        loglik,
        aic,
        aicc,
        bic,
        sse / (n - k),
        ljungBox(residuals, k));
  }

  private static FitSummary.Coefficient unestimated(String term, double estimate) {
    return new FitSummary.Coefficient(term, estimate, Double.NaN, Double.NaN, Double.NaN);
  }

  /** checkresiduals' Ljung–Box test with df model degrees of freedom; null when the lag ≥ n. */
  static LjungBox.Result ljungBox(double[] residuals, int df) {
    int n = residuals.length;
    int lag = Math.max(df + 3, Math.min(10, (int) Math.round(n / 5.0)));
    return lag < n ? LjungBox.test(residuals, lag, df) : null;
  }
}
