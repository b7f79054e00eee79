package org.tradetarget.core.calibrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;

/**
 * {@code arima-auto}: ARIMA orders chosen on x = ln(value) as R's {@code forecast::auto.arima(x,
 * seasonal = FALSE, stepwise = FALSE, approximation = FALSE, max.p = 3, max.q = 3)} (forecast
 * 8.20), then fitted exactly as the {@code arima} kind with those orders ({@link ArimaMle}).
 *
 * <p>d is {@link Kpss#ndiffs}: the KPSS test at 5 %, at most two differences. Then every (p, q)
 * with p ≤ min(3, ⌊n/3⌋), q ≤ min(3, ⌊n/3⌋) and p + q ≤ 5 is fitted by exact maximum likelihood,
 * each without and with a constant where auto.arima allows one (a drift when d = 1, an intercept
 * when d = 0, none when d = 2), in auto.arima's order (p, then q, then the constant). A candidate
 * is refused, as auto.arima's {@code myarima} refuses it, when its fit fails, its AICc is not
 * finite, a coefficient's standard error is not a number ({@code checkarima}), or a root of its AR
 * or MA polynomial (after dropping trailing coefficients below 1e-8 in size) lies within 1.01 of
 * the origin (near non-stationary or near non-invertible). The smallest AICc wins; a tie keeps the
 * earlier candidate.
 *
 * <p>Unlike auto.arima, a series whose ln values or d-th differences are constant is refused (R
 * returns a fixed ARIMA(0,d,0) there; constant-growth is that model), and the no-candidate case is
 * a failure with the reasons rather than an error.
 */
final class ArimaAutoCalibrator implements Calibrator {
  static final String KIND = "arima-auto";
  static final int MAX_P = 3;
  static final int MAX_Q = 3;
  static final int MAX_ORDER = 5;
  static final int MAX_D = 2;
  /** auto.arima refuses a model with a root this close to the unit circle or inside it. */
  static final double MIN_ROOT = 1.01;
  /** The fewest consecutive points: the ARIMA(0,1,0) with drift needs 5. */
  static final int MIN_POINTS = 5;

  @Override
  public Set<String> parameterNames() {
    return ModelKind.ARIMA_AUTO.parameterNames();
  }

  @Override
  public Calibration fit(AnnualSeries series, ModelParams params) {
    Fits.requirePoints(
        KIND,
        series,
        MIN_POINTS,
        "the smallest candidate, ARIMA(0,1,0) with drift, needs " + MIN_POINTS,
        "only the consecutive run ending at the last observation counts");
    double[] x = series.logValues();
    if (Kpss.isConstant(x)) {
      throw new InvalidInputException(KIND + " on " + series.name()
          + ": ln(value) is constant, so there is no variation to model; use constant-growth");
    }
    int d = Kpss.ndiffs(x, MAX_D);
    double[] w = x;
    for (int i = 0; i < d; i++) {
      w = Fits.diff(w);
    }
    if (Kpss.isConstant(w)) {
      throw new InvalidInputException(KIND + " on " + series.name() + ": the " + d
          + (d == 1 ? "st" : "nd") + " differences of ln(value) are constant, so there is no"
          + " variation to model; use constant-growth");
    }
    int n = x.length;
    int maxP = Math.min(MAX_P, n / 3);
    int maxQ = Math.min(MAX_Q, n / 3);
    int maxK = d <= 1 ? 1 : 0;
    Calibration best = null;
    ArimaMle.Spec bestSpec = null;
    int tried = 0;
    List<String> refused = new ArrayList<>();
    for (int p = 0; p <= maxP; p++) {
      for (int q = 0; q <= maxQ; q++) {
        if (p + q > MAX_ORDER) {
          continue;
        }
        for (int k = 0; k <= maxK; k++) {
          ArimaMle.Spec spec = new ArimaMle.Spec(p, d, q, d == 0 && k == 1, d == 1 && k == 1);
          tried++;
          Candidate c = candidate(series, spec);
          if (c.calibration().isEmpty()) {
            refused.add(label(spec) + ": " + c.reason());
            continue;
          }
          double aicc = c.calibration().get().aicc().orElseThrow();
          if (best == null || aicc < best.aicc().orElseThrow()) {
            best = c.calibration().get();
            bestSpec = spec;
          }
        }
      }
    }
    if (best == null) {
      throw new InvalidInputException(KIND + " on " + series.name() + ": none of the " + tried
          + " candidate orders (d = " + d + " by the KPSS test) could be fitted: "
          + String.join("; ", refused.subList(0, Math.min(3, refused.size())))
          + (refused.size() > 3 ? "; ..." : "") + "; try rw-drift or naive");
    }
    return relabel(best, bestSpec, tried, refused.size());
  }

  /** A candidate's fit, or the reason auto.arima would leave it out. */
  private record Candidate(Optional<Calibration> calibration, String reason) {}

  private static Candidate candidate(AnnualSeries series, ArimaMle.Spec spec) {
    Calibration c;
    try {
      c = ArimaMle.fit(series, spec, Optional.empty(), OptionalDouble.empty(), false);
    } catch (IllegalArgumentException | ArithmeticException e) {
      return new Candidate(Optional.empty(), String.valueOf(e.getMessage()));
    }
    if (c.aicc().isEmpty() || !Double.isFinite(c.aicc().getAsDouble())) {
      return new Candidate(Optional.empty(), "AICc is not finite");
    }
    FitSummary s = c.summary().orElseThrow();
    if (s.coefficients().stream().anyMatch(t -> Double.isNaN(t.se()))) {
      return new Candidate(Optional.empty(), "a standard error is not a number");
    }
    Map<String, Double> coef = c.parameters();
    double[] ar = new double[spec.p()];
    double[] ma = new double[spec.q()];
    for (int i = 0; i < spec.p(); i++) {
      ar[i] = coef.get("ar" + (i + 1));
    }
    for (int i = 0; i < spec.q(); i++) {
      ma[i] = coef.get("ma" + (i + 1));
    }
    // R tests 1 - ar1 z - ... (AR) and 1 + ma1 z + ... (MA)
    if (minimumRoot(negate(ar)) < MIN_ROOT || minimumRoot(ma) < MIN_ROOT) {
      return new Candidate(Optional.empty(), "a root within " + MIN_ROOT + " of the origin");
    }
    return new Candidate(Optional.of(c), "");
  }

  private static double[] negate(double[] a) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = -a[i];
    }
    return out;
  }

  /**
   * The smallest modulus of the roots of 1 + c₁z + … + c_k z^k after dropping trailing
   * coefficients below 1e-8 in size (R's {@code polyroot} in {@code myarima}); 2 when none is left,
   * as there. The roots are the reciprocals of the companion matrix's eigenvalues.
   */
  static double minimumRoot(double[] c) {
    int k = c.length;
    while (k > 0 && !(Math.abs(c[k - 1]) > 1e-8)) {
      k--;
    }
    if (k == 0) {
      return 2.0;
    }
    double[][] m = new double[k][k];
    for (int j = 0; j < k; j++) {
      m[0][j] = -c[j];
    }
    for (int i = 1; i < k; i++) {
      m[i][i - 1] = 1.0;
    }
    EigenDecomposition e = new EigenDecomposition(new Array2DRowRealMatrix(m, false));
    double largest = 0;
    for (int i = 0; i < k; i++) {
      largest = Math.max(largest, Math.hypot(e.getRealEigenvalue(i), e.getImagEigenvalue(i)));
    }
    return Math.min(2.0, 1 / largest);
  }

  /** "ARIMA(0,1,1) with drift", as R's {@code arima.string}. */
  static String label(ArimaMle.Spec spec) {
    String s = spec.label();
    if (spec.drift()) {
      return s + " with drift";
    }
    if (spec.d() == 0) {
      return s + (spec.mean() ? " with non-zero mean" : " with zero mean");
    }
    return s;
  }

  private static Calibration relabel(Calibration best, ArimaMle.Spec spec, int tried, int refused) {
    Map<String, Double> shown = new LinkedHashMap<>();
    shown.put("p", (double) spec.p());
    shown.put("d", (double) spec.d());
    shown.put("q", (double) spec.q());
    shown.putAll(best.parameters());
    List<String> notes = new ArrayList<>();
    notes.add(String.format(
        Locale.ROOT,
        "chose %s, AICc %.2f: the smallest of %d candidate orders (d = %d by the KPSS test;"
            + " p, q <= %d, p + q <= %d%s), as auto.arima",
        label(spec),
        best.aicc().orElseThrow(),
        tried - refused,
        spec.d(),
        MAX_P,
        MAX_ORDER,
        refused == 0 ? "" : "; " + refused + " refused"));
    notes.addAll(best.notes());
    Calibration chosen = best;
    return new Calibration(
        ModelKind.ARIMA_AUTO,
        best.projection(),
        best.used(),
        shown,
        best.residuals(),
        best.sigma(),
        best.logLik(),
        best.aicc(),
        notes,
        FitSummary.Deferred.later(
            () -> chosen.summary().map(s -> s.withKind(ModelKind.ARIMA_AUTO.id()))));
  }
}
