package org.tradetarget.core.calibrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.model.HoltTrend;

/**
 * Fits {@code holt} (ETS(A,A,N)) and {@code holt-damped} (ETS(A,Ad,N)) on x = ln(value).
 *
 * <p><b>Given parameters</b> ({@code alpha} and {@code beta}, plus {@code phi} for the damped kind;
 * optionally {@code l0}, default x₁, and {@code b0}, default x₂ − x₁; optionally {@code sigma}): the
 * recursions run over t = 1..n as R's {@code forecast::holt(initial = "simple")}; σ² = SSE/n unless
 * {@code sigma} is given. {@code beta} is always Holt's form β* (the ETS form is α β*).
 *
 * <p><b>No parameters</b>: α, β, (φ), l₀ and b₀ are fitted by maximum likelihood as R's {@code
 * forecast::ets(x, model = "AAN", damped = ...)} does (forecast 8.20): the likelihood n·ln(SSE) is
 * minimised by Nelder–Mead from ets's starting values (α = 0.20006, β_ets = 0.020096, φ = 0.9782,
 * l₀ and b₀ from a least-squares line through the first min(10, n) points), with ets's default
 * bounds 1e-4 ≤ α ≤ 0.9999, 1e-4 ≤ β_ets ≤ min(α, 0.9999), 0.8 ≤ φ ≤ 0.98 intersected with the
 * admissible region (α and β_ets within (1 − 1/φ, 1 + 1/φ) and (α(φ − 1), (1 + φ)(2 − α))). Then σ²
 * = SSE/(n − k) with k the number of fitted parameters (4, or 5 when damped), loglik = −(n/2)·ln SSE
 * and AICc = −2 loglik + 2(k + 1) + 2(k + 1)(k + 2)/(n − k − 2), as ets reports them. Where
 * Nelder–Mead from ets's start does not converge in ets's 2000 evaluations (ets then keeps the point
 * reached), the search restarts ({@link RobustSearch}) and the notes say so; the fit fails only
 * when neither the restarts nor Powell's method converge.
 */
final class HoltCalibrator implements Calibrator {
  /** ets's default bounds on α, β (ETS form) and φ. */
  private static final double LOWER = 1e-4;

  private static final double UPPER = 0.9999;
  private static final double PHI_LOWER = 0.8;
  private static final double PHI_UPPER = 0.98;
  /** R's sqrt(.Machine$double.eps), the relative tolerance ets gives Nelder–Mead. */
  private static final double REL_TOL = Math.sqrt(Math.ulp(1.0));

  private static final int MAX_EVALUATIONS = 2000;
  /** ets fits by maximum likelihood only when n > (number of parameters incl. initial states) + 4. */
  static final int MIN_FIT_POINTS_UNDAMPED = 9;

  static final int MIN_FIT_POINTS_DAMPED = 10;
  private static final ParameterSpec ALPHA =
      ParameterSpec.number("alpha", "level smoothing", "", "fitted").above(0).atMost(1);
  private static final ParameterSpec BETA = ParameterSpec.number(
          "beta", "trend smoothing, Holt's form beta*", "", "fitted")
      .in(0, 1);
  private static final ParameterSpec PHI =
      ParameterSpec.number("phi", "damping", "", "fitted").above(0).atMost(1);
  private static final ParameterSpec L0 = ParameterSpec.number(
      "l0",
      "initial level",
      "ln of the data's unit",
      "the first ln value with alpha and beta given, else fitted");
  private static final ParameterSpec B0 = ParameterSpec.number(
      "b0",
      "initial slope",
      "ln units per step",
      "the first ln difference with alpha and beta given, else fitted");
  private static final ParameterSpec SIGMA = ParameterSpec.number(
          "sigma", "sd of the one-step errors", "ln units", "from the fit")
      .atLeast(0);

  /** The parameters of holt, or of holt-damped (with phi). */
  static List<ParameterSpec> parameters(boolean damped) {
    return damped ? List.of(ALPHA, BETA, PHI, L0, B0, SIGMA) : List.of(ALPHA, BETA, L0, B0, SIGMA);
  }

  private final boolean damped;

  HoltCalibrator(boolean damped) {
    this.damped = damped;
  }

  private ModelKind kind() {
    return damped ? ModelKind.HOLT_DAMPED : ModelKind.HOLT;
  }

  /** The fewest consecutive points a fit by maximum likelihood needs. */
  int minimumFitPoints() {
    return kind().minPoints();
  }

  @Override
  public Set<String> parameterNames() {
    return kind().parameterNames();
  }

  @Override
  public Calibration fit(AnnualSeries series, ModelParams params) {
    boolean smoothingGiven = params.has("alpha") || params.has("beta") || params.has("phi");
    if (!smoothingGiven) {
      for (String name : List.of("l0", "b0", "sigma")) {
        if (params.has(name)) {
          throw new InvalidInputException(kind().id() + ": parameter '" + name
              + "' can only be given together with " + smoothingNames()
              + "; give those too, or no parameters to fit everything by maximum likelihood");
        }
      }
      return fitted(series, minimumFitPoints());
    }
    List<String> missing = new ArrayList<>();
    for (String name : List.of("alpha", "beta", "phi")) {
      if ((damped || !name.equals("phi")) && !params.has(name)) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(kind().id() + ": " + smoothingNames()
          + " must be given together (missing: " + String.join(", ", missing)
          + "); or give no parameters to fit everything by maximum likelihood");
    }
    return given(series, params);
  }

  private String smoothingNames() {
    return damped ? "alpha, beta and phi" : "alpha and beta";
  }

  // ---------------------------------------------------------------- given parameters

  private Calibration given(AnnualSeries series, ModelParams params) {
    double alpha = ALPHA.read(params).getAsDouble();
    double beta = BETA.read(params).getAsDouble();
    double phi = damped ? PHI.read(params).getAsDouble() : 1.0;
    OptionalDouble l0Given = L0.read(params);
    OptionalDouble b0Given = B0.read(params);
    OptionalDouble sigmaGiven = SIGMA.read(params);
    int needed = l0Given.isPresent() && b0Given.isPresent() ? 1 : 2;
    double[] x = series.logValues();
    requirePoints(series, needed, "");
    double l0 = l0Given.orElse(x[0]);
    double b0 = b0Given.orElse(x.length > 1 ? x[1] - x[0] : 0.0);
    double[] residuals = new double[x.length];
    double[] last = new double[2];
    double sse = HoltTrend.filter(x, alpha, beta, phi, l0, b0, residuals, last);
    double sigma = sigmaGiven.orElse(Math.sqrt(sse / x.length));
    HoltTrend model = build(series, alpha, beta, phi, l0, b0, last, sigma);
    return new Calibration(
        kind(),
        model,
        series,
        model.parameters(),
        residuals,
        sigma,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        List.of());
  }

  // ---------------------------------------------------------------- maximum likelihood

  /**
   * The fit by maximum likelihood on as few as {@code fewestPoints} points: {@code ets(model =
   * "AZN")} fits the trend forms on fewer points than {@code ets(model = "AAN")}, which the kinds
   * follow.
   */
  Calibration fitByLikelihood(AnnualSeries series, int fewestPoints) {
    return fitted(series, fewestPoints);
  }

  private Calibration fitted(AnnualSeries series, int fewestPoints) {
    requirePoints(series, fewestPoints, "; give " + smoothingNames() + " to use fewer points");
    double[] x = series.logValues();
    int n = x.length;
    double[] start = startingValues(x);
    int k = start.length;
    RobustSearch.Outcome search;
    double[] middle = start.clone();
    middle[0] = 0.5;
    middle[1] = 0.05;
    if (damped) {
      middle[2] = 0.9;
    }
    try {
      search = RobustSearch.minimize(
          p -> objective(x, p),
          start,
          middle,
          "alpha=0.5 beta_ets=0.05" + (damped ? " phi=0.9" : ""),
          REL_TOL,
          MAX_EVALUATIONS);
    } catch (IllegalArgumentException e) {
      throw notConverged(series, "the likelihood is not finite at the starting values");
    }
    NelderMead.Result r = search.best();
    if (!search.converged() || !(r.value() < NelderMead.BIG)) {
      throw notConverged(
          series,
          "Nelder-Mead did not converge in " + MAX_EVALUATIONS + " evaluations from ets's start, "
              + "nor in " + RobustSearch.MAX_RESTARTS + " restarts, nor did Powell's method");
    }
    double[] p = r.point();
    double alpha = p[0];
    double betaEts = p[1];
    double phi = damped ? p[2] : 1.0;
    double l0 = p[k - 2];
    double b0 = p[k - 1];
    double beta = betaEts / alpha;
    double[] residuals = new double[n];
    double[] last = new double[2];
    double sse = HoltTrend.filter(x, alpha, beta, phi, l0, b0, residuals, last);
    double sigma = Math.sqrt(sse / (n - k));
    double logLik = -0.5 * n * Math.log(sse);
    int npar = k + 1;
    double aic = -2 * logLik + 2 * npar;
    double aicc = aic + 2.0 * npar * (npar + 1) / (n - npar - 1);
    if (!Double.isFinite(aicc) || !Double.isFinite(sigma) || sse <= 0) {
      throw notConverged(series, "the fit is degenerate (sum of squared errors " + sse + ")");
    }
    HoltTrend model = build(series, alpha, beta, phi, l0, b0, last, sigma);
    Map<String, Double> shown = new LinkedHashMap<>(model.parameters());
    shown.put("loglik", logLik);
    shown.put("aicc", aicc);
    return new Calibration(
        kind(),
        model,
        series,
        shown,
        residuals,
        sigma,
        OptionalDouble.of(logLik),
        OptionalDouble.of(aicc),
        withSearchNote(search, boundNotes(alpha, betaEts, phi)),
        FitSummary.Deferred.later(() -> Optional.of(FitSummaries.ets(
            kind(), alpha, betaEts, damped ? phi : Double.NaN, l0, b0, residuals))));
  }

  private static List<String> withSearchNote(RobustSearch.Outcome search, List<String> notes) {
    if (search.note().isEmpty()) {
      return notes;
    }
    List<String> out = new ArrayList<>();
    out.add(search.note());
    out.addAll(notes);
    return out;
  }

  /** ets's starting values: [α, β_ets, (φ), l₀, b₀]. */
  private double[] startingValues(double[] x) {
    double alpha = LOWER + 0.2 * (UPPER - LOWER);
    double betaUpper = Math.min(UPPER, alpha);
    double beta = LOWER + 0.1 * (betaUpper - LOWER);
    double phi = PHI_LOWER + 0.99 * (PHI_UPPER - PHI_LOWER);
    // Least-squares line through (t, x_t), t = 1..maxn: l₀ = intercept, b₀ = slope.
    int maxn = Math.min(10, x.length);
    double tMean = (maxn + 1) / 2.0;
    double xMean = 0.0;
    for (int t = 0; t < maxn; t++) {
      xMean += x[t];
    }
    xMean /= maxn;
    double sxy = 0.0;
    double sxx = 0.0;
    for (int t = 0; t < maxn; t++) {
      double dt = t + 1 - tMean;
      sxy += dt * (x[t] - xMean);
      sxx += dt * dt;
    }
    double b0 = sxy / sxx;
    double l0 = xMean - b0 * tMean;
    if (Math.abs(l0 + b0) < 1e-8) {
      // ets nudges a first fitted value of zero away from zero; kept so our start equals its start.
      l0 *= 1 + 1e-3;
      b0 *= 1 - 1e-3;
    }
    return damped ? new double[] {alpha, beta, phi, l0, b0} : new double[] {alpha, beta, l0, b0};
  }

  /** n·ln(SSE) inside the bounds and the admissible region, +∞ outside (ets's target function). */
  private double objective(double[] x, double[] p) {
    double alpha = p[0];
    double beta = p[1];
    double phi = damped ? p[2] : 1.0;
    if (alpha < LOWER || alpha > UPPER) {
      return Double.POSITIVE_INFINITY;
    }
    if (beta < LOWER || beta > alpha || beta > UPPER) {
      return Double.POSITIVE_INFINITY;
    }
    if (damped && (phi < PHI_LOWER || phi > PHI_UPPER)) {
      return Double.POSITIVE_INFINITY;
    }
    if (!admissible(alpha, beta, phi)) {
      return Double.POSITIVE_INFINITY;
    }
    int k = p.length;
    double sse = HoltTrend.filter(x, alpha, beta / alpha, phi, p[k - 2], p[k - 1], null, null);
    double lik = x.length * Math.log(sse);
    if (lik < -1e10) {
      lik = -1e10; // a perfect fit
    }
    return Double.isNaN(lik) ? Double.POSITIVE_INFINITY : lik;
  }

  /** The admissible region of ETS(A,Ad,N) for β in its ETS form (Hyndman et al. 2008). */
  private static boolean admissible(double alpha, double beta, double phi) {
    if (phi < 0 || phi > 1 + 1e-8) {
      return false;
    }
    if (alpha < 1 - 1 / phi || alpha > 1 + 1 / phi) {
      return false;
    }
    return !(beta < alpha * (phi - 1) || beta > (1 + phi) * (2 - alpha));
  }

  private List<String> boundNotes(double alpha, double betaEts, double phi) {
    List<String> notes = new ArrayList<>();
    double near = 1e-3;
    if (alpha - LOWER < near || UPPER - alpha < near) {
      notes.add("alpha = " + alpha + " is at a bound of [" + LOWER + ", " + UPPER + "]");
    }
    if (betaEts - LOWER < near || Math.min(alpha, UPPER) - betaEts < near) {
      notes.add(
          "beta_ets = " + betaEts + " is at a bound of [" + LOWER + ", min(alpha, " + UPPER + ")]");
    }
    if (damped && (phi - PHI_LOWER < near || PHI_UPPER - phi < near)) {
      notes.add("phi = " + phi + " is at a bound of [" + PHI_LOWER + ", " + PHI_UPPER + "]");
    }
    return notes;
  }

  // ---------------------------------------------------------------- shared

  private HoltTrend build(
      AnnualSeries series,
      double alpha,
      double beta,
      double phi,
      double l0,
      double b0,
      double[] last,
      double sigma) {
    return HoltTrend.builder(kind().id(), damped)
        .base(series.lastYear(), series.step(), Math.log(series.lastValue()))
        .smoothing(alpha, beta, phi)
        .initial(l0, b0)
        .last(last[0], last[1])
        .sigma(sigma)
        .build();
  }

  private void requirePoints(AnnualSeries series, int needed, String hint) {
    if (series.size() < needed) {
      throw new InvalidInputException(kind().id() + " needs at least " + needed
          + " consecutive points, but " + series.name() + " has " + series.size() + " ("
          + series.firstYear() + "-" + series.lastYear() + ")" + hint);
    }
  }

  private InvalidInputException notConverged(AnnualSeries series, String why) {
    return new InvalidInputException(kind().id() + " on " + series.name()
        + ": maximum likelihood failed (" + why + "); give " + smoothingNames()
        + " (e.g. alpha=0.8 beta=0.2" + (damped ? " phi=0.9" : "") + ") or try another model kind");
  }
}
