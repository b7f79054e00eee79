package org.tradetarget.core.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.model.ArimaDrift;

/**
 * Fits {@code arima}: ARIMA(p,1,0) with drift on x = ln(value), p = 0, 1 or 2 (parameter {@code p},
 * default 1), as R's {@code forecast::Arima(x, order = c(p,1,0), include.drift = TRUE)} with its
 * default method CSS-ML.
 *
 * <p>With m = n − 1 differences w_t = x_t − x_{t−1}: conditional sum of squares (an OLS regression
 * of w_t on 1, w_{t−1}, …, w_{t−p}) gives the starting values; then the exact Gaussian likelihood of
 * the stationary AR(p) w_t − μ (the first p differences from the stationary distribution, by
 * Durbin–Levinson) is maximised over φ and μ with σ² concentrated out, searching over the partial
 * autocorrelations ArMath.tanh(u) so that every trial is stationary (R's transform.pars). This equals R's
 * Kalman-filter likelihood with its diffuse start for the integrated part, up to R's κ = 10⁶
 * approximation. Reported as R does: loglik = −(m/2)(ln(2π σ̂²_ML) + 1) − ½ Σ ln v_t, AICc with k =
 * p + 2 (AR coefficients, drift, σ²), σ² = Σe²/(m − (p + 1)) with e the standardised innovations.
 * (R also counts a tiny residual for the first, diffuse observation, about (x₁ − μ)/1000, which
 * raises its σ² by roughly 0.01–0.1 %; we leave that artefact out.) The drift's standard error
 * comes from the numerical Hessian of the profile likelihood; the intervals include its sampling
 * variance ({@link ArimaDrift}) unless {@code include_drift_uncertainty=false} (R's intervals).
 *
 * <p>Alternatively all of {@code ar1}..{@code arp} and {@code drift} may be given (stationary AR
 * coefficients), optionally with {@code sigma2}; σ² then defaults to Σe²/m, as {@code Arima} with
 * every coefficient fixed.
 *
 * <p>Why one class of this size: the AR(p) pieces (innovations by Durbin–Levinson, the
 * partial-autocorrelation transform, the stationarity check, the profile likelihood and its
 * Hessian) have this fit as their only caller and are tested through it against R.
 */
final class ArimaCalibrator implements Calibrator {
  private static final int MAX_ORDER = 2;
  static final int DEFAULT_ORDER = 1;
  private static final ParameterSpec P =
      ParameterSpec.integer("p", "AR order", "", 0, ArimaOrders.MAX_ORDER, DEFAULT_ORDER);
  static final ParameterSpec AR1 =
      ParameterSpec.number("ar1", "first AR coefficient", "", "fitted");
  static final ParameterSpec AR2 =
      ParameterSpec.number("ar2", "second AR coefficient", "", "fitted");
  static final ParameterSpec DRIFT =
      ParameterSpec.number("drift", "mean log change", "ln units per step", "fitted");
  static final ParameterSpec SIGMA2 = ParameterSpec.number(
          "sigma2", "innovation variance", "ln units squared", "from the fit")
      .atLeast(0);
  static final ParameterSpec DRIFT_UNCERTAINTY = ParameterSpec.bool(
      "include_drift_uncertainty",
      "intervals and simulations include the fitted drift's sampling uncertainty",
      true);
  static final List<ParameterSpec> PARAMETERS = List.of(
      P,
      ArimaOrders.D,
      ArimaOrders.Q,
      AR1,
      AR2,
      ArimaOrders.AR3,
      ArimaOrders.MA1,
      ArimaOrders.MA2,
      ArimaOrders.MA3,
      ArimaOrders.INTERCEPT,
      DRIFT,
      ArimaOrders.INCLUDE_MEAN,
      ArimaOrders.INCLUDE_DRIFT,
      SIGMA2,
      DRIFT_UNCERTAINTY);
  private static final double REL_TOL = 1e-11;
  private static final int MAX_EVALUATIONS = 5000;
  private static final int MAX_RESTARTS = 10;

  @Override
  public Set<String> parameterNames() {
    return ModelKind.ARIMA.parameterNames();
  }

  /** The fewest consecutive points a fit of order p needs: AICc needs m − (p + 2) − 1 ≥ 1. */
  static int minimumFitPoints(int p) {
    return p + 5;
  }

  @Override
  public Calibration fit(AnnualSeries series, ModelParams params) {
    int p = P.readInt(params, DEFAULT_ORDER);
    if (p > MAX_ORDER
        || !params.regressors().isEmpty()
        || ArimaOrders.GENERAL_ONLY.stream().anyMatch(s -> params.has(s.name()))) {
      return ArimaOrders.fit(series, params, p);
    }
    boolean driftUncertainty = DRIFT_UNCERTAINTY.readBool(params, true);
    for (int i = p + 1; i <= MAX_ORDER; i++) {
      if (params.has("ar" + i)) {
        throw new InvalidInputException("arima: parameter 'ar" + i + "' needs p >= " + i
            + ", but p is " + p + "; give p=" + i + " or leave ar" + i + " out");
      }
    }
    List<String> fixedNames = new ArrayList<>();
    for (int i = 1; i <= p; i++) {
      fixedNames.add("ar" + i);
    }
    fixedNames.add("drift");
    List<String> given = fixedNames.stream().filter(params::has).toList();
    if (given.isEmpty()) {
      if (params.has("sigma2")) {
        throw new InvalidInputException("arima: parameter 'sigma2' can only be given together with "
            + String.join(", ", fixedNames)
            + "; give those too, or no coefficients to fit by maximum likelihood");
      }
      return fitted(series, p, driftUncertainty);
    }
    if (given.size() < fixedNames.size()) {
      List<String> missing = new ArrayList<>(fixedNames);
      missing.removeAll(given);
      throw new InvalidInputException("arima with p=" + p + ": " + String.join(", ", fixedNames)
          + " must be given together (missing: " + String.join(", ", missing)
          + "); or give none to fit them by maximum likelihood");
    }
    return fixed(series, params, p);
  }

  // ---------------------------------------------------------------- given coefficients

  private Calibration fixed(AnnualSeries series, ModelParams params, int p) {
    double[] phi = new double[p];
    for (int i = 0; i < p; i++) {
      phi[i] = (i == 0 ? AR1 : AR2).read(params).getAsDouble();
    }
    if (!ArMath.isStationary(phi)) {
      throw new InvalidInputException("arima: AR coefficients " + Arrays.toString(phi)
          + " are not stationary; expected |ar1| < 1 for p=1, or ar2 in (-1, 1), ar1 + ar2 < 1 and"
          + " ar2 - ar1 < 1 for p=2");
    }
    double drift = DRIFT.read(params).getAsDouble();
    OptionalDouble sigma2Given = SIGMA2.read(params);
    requirePoints(series, p + 2, p, "");
    double[] w = differences(series.logValues());
    double[] residuals = new double[w.length];
    ArMath.innovations(w, phi, drift, residuals);
    double sigma2 = sigma2Given.orElse(sumOfSquares(residuals) / w.length);
    ArimaDrift model = model(series, phi, drift, sigma2, 0.0, false);
    return new Calibration(
        ModelKind.ARIMA,
        model,
        series,
        model.parameters(),
        residuals,
        Math.sqrt(sigma2),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        List.of());
  }

  // ---------------------------------------------------------------- maximum likelihood

  private Calibration fitted(AnnualSeries series, int p, boolean driftUncertainty) {
    requirePoints(series, minimumFitPoints(p), p, "; try a lower order p, or rw-drift");
    double[] w = differences(series.logValues());
    int m = w.length;
    double mean = Arrays.stream(w).average().orElseThrow();
    double sd = Math.sqrt(Arrays.stream(w).map(v -> (v - mean) * (v - mean)).sum() / (m - 1));
    if (!(sd > 1e-9 * Math.abs(mean))) {
      throw new InvalidInputException("arima on " + series.name()
          + ": the log growth is the same every step, so there is no variation to model; use"
          + " constant-growth or rw-drift");
    }
    List<String> notes = new ArrayList<>();
    double[] phi;
    double drift;
    if (p == 0) {
      // The exact likelihood of i.i.d. normal differences is maximised by their mean.
      phi = new double[0];
      drift = mean;
    } else {
      double[] start = cssStart(w, p, mean, notes);
      double driftStep = sd / Math.sqrt(m);
      double[] steps = new double[p + 1];
      Arrays.fill(steps, 0.1);
      steps[p] = driftStep;
      NelderMead.Result r = maximise(w, p, start, steps, series);
      phi = ArMath.arFromPacf(ArMath.tanh(Arrays.copyOf(r.point(), p)));
      drift = r.point()[p];
    }
    double[] residuals = new double[m];
    double[] ss = ArMath.innovations(w, phi, drift, residuals);
    double value = ArMath.concentrated(ss, m);
    double logLik = -m * value - 0.5 * m * (1 + Math.log(2 * Math.PI));
    int k = p + 2;
    double aic = -2 * logLik + 2 * k;
    double aicc = aic + 2.0 * k * (k + 1) / (m - k - 1);
    double sigma2 = sumOfSquares(residuals) / (m - (p + 1));
    if (!Double.isFinite(aicc) || !Double.isFinite(sigma2)) {
      throw notConverged(series, p, "the likelihood is not finite at the optimum");
    }
    double driftSe = driftStandardError(w, phi, drift, sd, notes);
    ArimaDrift model = model(series, phi, drift, sigma2, driftSe, driftUncertainty);
    if (model.driftUncertainty()) {
      notes.add("intervals include the drift's sampling uncertainty (se "
          + String.format(java.util.Locale.ROOT, "%.4g", driftSe)
          + "), beyond R's predict.Arima; include_drift_uncertainty=false leaves it out");
    }
    Map<String, Double> shown = new LinkedHashMap<>(model.parameters());
    shown.put("loglik", logLik);
    shown.put("aicc", aicc);
    return new Calibration(
        ModelKind.ARIMA,
        model,
        series,
        shown,
        residuals,
        Math.sqrt(sigma2),
        OptionalDouble.of(logLik),
        OptionalDouble.of(aicc),
        notes,
        FitSummary.Deferred.later(() -> FitSummaries.arWithDrift(series, phi, drift)));
  }

  /**
   * The CSS estimate as the start [ArMath.atanh(partial autocorrelations), μ]; the ML search starts from
   * φ = 0 and the mean difference when it is not stationary.
   */
  private static double[] cssStart(double[] w, int p, double mean, List<String> notes) {
    int rows = w.length - p;
    double[][] x = new double[rows][p + 1];
    double[] y = new double[rows];
    for (int t = p; t < w.length; t++) {
      x[t - p][0] = 1.0;
      for (int i = 1; i <= p; i++) {
        x[t - p][i] = w[t - i];
      }
      y[t - p] = w[t];
    }
    double[] start = new double[p + 1];
    start[p] = mean;
    try {
      double[] b = new QRDecomposition(new Array2DRowRealMatrix(x, false))
          .getSolver()
          .solve(new ArrayRealVector(y, false))
          .toArray();
      double[] phi = Arrays.copyOfRange(b, 1, p + 1);
      double sum = Arrays.stream(phi).sum();
      if (ArMath.isStationary(phi) && Math.abs(1 - sum) > 1e-8) {
        double[] pac = ArMath.pacfFromAr(phi);
        for (int i = 0; i < p; i++) {
          start[i] = ArMath.atanh(pac[i]);
        }
        start[p] = b[0] / (1 - sum);
        return start;
      }
    } catch (SingularMatrixException e) {
      // fall through to the zero start
    }
    notes.add("the conditional-sum-of-squares estimate is not stationary; maximum likelihood"
        + " started from ar = 0");
    return start;
  }

  /** Nelder–Mead on −(profile log-likelihood)/m, restarted until it stops improving. */
  private static NelderMead.Result maximise(
      double[] w, int p, double[] start, double[] steps, AnnualSeries series) {
    java.util.function.ToDoubleFunction<double[]> f = theta -> {
      double[] pac = ArMath.tanh(Arrays.copyOf(theta, p));
      for (double r : pac) {
        if (!(Math.abs(r) < 1)) {
          return Double.POSITIVE_INFINITY; // |u| so large that ArMath.tanh(u) rounds to ±1
        }
      }
      return ArMath.concentrated(
          ArMath.innovations(w, ArMath.arFromPacf(pac), theta[p], null), w.length);
    };
    NelderMead.Result best;
    try {
      best = NelderMead.minimize(f, start, steps, REL_TOL, MAX_EVALUATIONS);
      for (int i = 0; i < MAX_RESTARTS; i++) {
        if (best.status() == NelderMead.Status.MAX_EVALUATIONS) {
          break;
        }
        NelderMead.Result again =
            NelderMead.minimize(f, best.point(), steps, REL_TOL, MAX_EVALUATIONS);
        boolean improved = again.value() < best.value() - 1e-13 * Math.abs(best.value());
        best = again.value() <= best.value() ? again : best;
        if (!improved) {
          break;
        }
      }
    } catch (IllegalArgumentException e) {
      throw notConverged(series, p, "the likelihood is not finite at the starting values");
    }
    if (best.status() == NelderMead.Status.MAX_EVALUATIONS || !(best.value() < NelderMead.BIG)) {
      throw notConverged(
          series, p, "Nelder-Mead did not converge in " + MAX_EVALUATIONS + " evaluations");
    }
    return best;
  }

  /**
   * The standard error of μ from the inverse Hessian of −(profile log-likelihood) in (φ, μ), by
   * central differences; 0 with a note when the Hessian is not positive definite.
   */
  private static double driftStandardError(
      double[] w, double[] phi, double drift, double sd, List<String> notes) {
    int p = phi.length;
    int d = p + 1;
    double[] theta = Arrays.copyOf(phi, d);
    theta[p] = drift;
    double[] h = new double[d];
    Arrays.fill(h, 1e-4);
    h[p] = 1e-2 * sd / Math.sqrt(w.length);
    java.util.function.ToDoubleFunction<double[]> f = t -> {
      double[] a = Arrays.copyOf(t, p);
      return ArMath.isStationary(a)
          ? w.length * ArMath.concentrated(ArMath.innovations(w, a, t[p], null), w.length)
          : Double.NaN;
    };
    double f0 = f.applyAsDouble(theta);
    double[][] hess = new double[d][d];
    for (int i = 0; i < d; i++) {
      for (int j = i; j < d; j++) {
        double v;
        if (i == j) {
          v = (shifted(f, theta, i, h[i], j, 0) - 2 * f0 + shifted(f, theta, i, -h[i], j, 0))
              / (h[i] * h[i]);
        } else {
          v = (shifted(f, theta, i, h[i], j, h[j])
                  - shifted(f, theta, i, h[i], j, -h[j])
                  - shifted(f, theta, i, -h[i], j, h[j])
                  + shifted(f, theta, i, -h[i], j, -h[j]))
              / (4 * h[i] * h[j]);
        }
        hess[i][j] = v;
        hess[j][i] = v;
      }
    }
    try {
      RealMatrix inv = new CholeskyDecomposition(new Array2DRowRealMatrix(hess, false))
          .getSolver()
          .getInverse();
      double var = inv.getEntry(p, p);
      if (var > 0 && Double.isFinite(var)) {
        return Math.sqrt(var);
      }
    } catch (NonPositiveDefiniteMatrixException | SingularMatrixException e) {
      // fall through
    }
    notes.add("the drift's standard error could not be computed (flat likelihood); drift"
        + " uncertainty is left out of simulations");
    return 0.0;
  }

  private static double shifted(
      java.util.function.ToDoubleFunction<double[]> f,
      double[] theta,
      int i,
      double di,
      int j,
      double dj) {
    double[] t = theta.clone();
    t[i] += di;
    t[j] += dj;
    return f.applyAsDouble(t);
  }

  // ---------------------------------------------------------------- the exact AR likelihood

  private static double[] differences(double[] x) {
    double[] w = new double[x.length - 1];
    for (int t = 1; t < x.length; t++) {
      w[t - 1] = x[t] - x[t - 1];
    }
    return w;
  }

  private static double sumOfSquares(double[] v) {
    double s = 0.0;
    for (double e : v) {
      s += e * e;
    }
    return s;
  }

  private static ArimaDrift model(
      AnnualSeries series,
      double[] phi,
      double drift,
      double sigma2,
      double driftSe,
      boolean driftUncertainty) {
    double[] x = series.logValues();
    double[] last = Arrays.copyOfRange(x, x.length - phi.length - 1, x.length);
    return new ArimaDrift(
        ModelKind.ARIMA.id(),
        series.lastYear(),
        series.step(),
        phi,
        drift,
        sigma2,
        last,
        driftSe,
        driftUncertainty);
  }

  private static void requirePoints(AnnualSeries series, int needed, int p, String hint) {
    if (series.size() < needed) {
      throw new InvalidInputException("arima with p=" + p + " needs at least " + needed
          + " consecutive points, but " + series.name() + " has " + series.size() + " ("
          + series.firstYear() + "-" + series.lastYear() + ")" + hint);
    }
  }

  private static InvalidInputException notConverged(AnnualSeries series, int p, String why) {
    return new InvalidInputException("arima with p=" + p + " on " + series.name()
        + ": maximum likelihood failed (" + why + "); try a lower order p, give ar1..arp and drift,"
        + " or use rw-drift");
  }
}
