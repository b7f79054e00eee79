package org.tradetarget.core.calibrate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.util.Pair;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.model.LogisticCurve;

/**
 * {@code logistic}: y = K / (1 + exp(−r·(year − t0))) on the values themselves (not logs), t0 a
 * calendar year and r per year whatever the data's step, fitted by nonlinear least squares with
 * Commons Math's Levenberg–Marquardt optimiser. Parameter: {@code capacity} fixes K (data unit,
 * &gt; 0); then only r and t0 are fitted.
 *
 * <p><b>Starting values.</b> For each K on a grid from 1.01 to 101 times the largest value (or the
 * fixed K), the logit z = ln(y/(K − y)) is a straight line r·(year − t0) in the year; OLS of z on the
 * year gives r and t0 for that K. The three grid points with the smallest residual sum of squares on
 * the original scale start the optimiser, and the converged fit with the smallest sum of squares
 * wins.
 *
 * <p><b>Checks.</b> At least p + 2 points (p = 3 estimated parameters, 2 with a fixed capacity), so
 * that σ has 2 or more degrees of freedom. A fit whose capacity exceeds 100 times the largest value
 * is rejected: such data show no slowing growth and do not identify a capacity. Non-convergence, a
 * singular Jacobian or a non-positive capacity fail with advice (fix the capacity, or use {@code
 * log-linear}).
 *
 * <p>σ = √(RSS/(n − p)) in the data's unit; intervals by the delta method ({@link LogisticCurve});
 * log-likelihood −n/2·(ln(2π·RSS/n) + 1) and AICc with k = p + 1, as R's {@code logLik(nls)}.
 */
final class LogisticCalibrator implements Calibrator {
  static final String KIND = "logistic";
  /** A fitted capacity above this multiple of the largest value is not identified by the data. */
  static final double MAX_CAPACITY_RATIO = 100;
  /** The fewest points with the capacity fitted: 3 parameters and 2 residual degrees of freedom. */
  static final int MIN_POINTS = 5;

  static final ParameterSpec CAPACITY = ParameterSpec.number(
          "capacity",
          "capacity K, the curve's ceiling",
          "the data's unit, US$ million for trade",
          "fitted")
      .above(0);
  static final List<ParameterSpec> PARAMETERS = List.of(CAPACITY);
  private static final int GRID = 40;
  private static final int STARTS = 3;
  private static final int MAX_EVALUATIONS = 2_000;

  @Override
  public Set<String> parameterNames() {
    return ModelKind.LOGISTIC.parameterNames();
  }

  @Override
  public Calibration fit(AnnualSeries series, ModelParams params) {
    OptionalDouble capacity = CAPACITY.read(params);
    SettingWords words = params.words();
    requirePoints(series, capacity, words);
    List<double[]> starts = automaticStarts(series, capacity);
    if (starts.isEmpty()) {
      throw new InvalidInputException(
          KIND + ": the values of " + series.name()
              + " do not rise or fall, so no logistic curve can be fitted; use constant-growth or log-linear");
    }
    if (capacity.isEmpty() && starts.get(0)[0] >= 0.999 * topOfGrid(series)) {
      throw notIdentified(series, starts.get(0)[0], words);
    }
    return fitFrom(series, capacity, starts, words);
  }

  private static double maxValue(AnnualSeries series) {
    double maxY = 0;
    for (int i = 0; i < series.size(); i++) {
      maxY = Math.max(maxY, series.value(i));
    }
    return maxY;
  }

  /** The largest capacity on the starting-value grid: 101 times the largest value. */
  private static double topOfGrid(AnnualSeries series) {
    return maxValue(series) * 101;
  }

  private static InvalidInputException notIdentified(
      AnnualSeries series, double capacity, SettingWords words) {
    return new InvalidInputException(
        KIND + ": " + series.name() + " shows no slowing growth, so its capacity is not"
            + " identified (the best fit runs to " + (float) capacity + ", about "
            + Math.round(capacity / maxValue(series))
            + " times the largest value); fix it with " + words.parameter("capacity")
            + ", or use log-linear");
  }

  private static void requirePoints(
      AnnualSeries series, OptionalDouble capacity, SettingWords words) {
    int p = capacity.isPresent() ? 2 : 3;
    Fits.requirePoints(
        KIND,
        series,
        p + 2,
        p + " parameters and 2 residual degrees of freedom",
        capacity.isPresent()
            ? ""
            : "fixing the capacity with " + words.parameter("capacity") + " needs 4");
  }

  /**
   * Candidate starting points (K, r, t0 as a calendar year), best first: for each K on the grid (or
   * the fixed K), OLS of the logit on the year; ranked by the residual sum of squares of the curve.
   */
  static List<double[]> automaticStarts(AnnualSeries series, OptionalDouble capacity) {
    double[] y = series.values();
    int n = y.length;
    double maxY = maxValue(series);
    double yc = centre(series);
    List<double[]> candidates = new ArrayList<>();
    int grid = capacity.isPresent() ? 1 : GRID;
    for (int j = 0; j < grid; j++) {
      double k = capacity.isPresent()
          ? capacity.getAsDouble()
          : maxY * (1 + 0.01 * Math.pow(1e4, j / (double) (GRID - 1)));
      double[] u = new double[n];
      double[] z = new double[n];
      for (int i = 0; i < n; i++) {
        u[i] = series.year(i) - yc;
        double share = Math.min(Math.max(y[i] / k, 1e-3), 1 - 1e-3);
        z[i] = Math.log(share / (1 - share));
      }
      double mu = Fits.mean(u);
      double mz = Fits.mean(z);
      double suu = Fits.sumSquaredDeviations(u, mu);
      double suz = 0;
      for (int i = 0; i < n; i++) {
        suz += (u[i] - mu) * (z[i] - mz);
      }
      double r = suz / suu;
      if (!(Math.abs(r) > 0) || !Double.isFinite(r)) {
        continue;
      }
      double m = mu - mz / r;
      double rss = 0;
      for (int i = 0; i < n; i++) {
        double e = y[i] - k * sigmoid(r * (u[i] - m));
        rss += e * e;
      }
      if (Double.isFinite(rss) && Double.isFinite(m)) {
        candidates.add(new double[] {k, r, yc + m, rss});
      }
    }
    candidates.sort(Comparator.comparingDouble(c -> c[3]));
    List<double[]> starts = new ArrayList<>();
    for (int i = 0; i < Math.min(STARTS, candidates.size()); i++) {
      double[] c = candidates.get(i);
      starts.add(new double[] {c[0], c[1], c[2]});
    }
    return starts;
  }

  /** The centring year of the optimiser's internal time axis (the mean year). */
  private static double centre(AnnualSeries series) {
    double s = 0;
    for (int i = 0; i < series.size(); i++) {
      s += series.year(i);
    }
    return s / series.size();
  }

  /** 1/(1 + e^−w) without overflow. */
  private static double sigmoid(double w) {
    if (w >= 0) {
      return 1 / (1 + Math.exp(-w));
    }
    double e = Math.exp(w);
    return e / (1 + e);
  }

  /** One converged optimisation: (K, r, t0 offset from the centre), RSS, covariance factor. */
  private record Solution(
      double capacity,
      double rate,
      double offset,
      double rss,
      RealMatrix jacobian,
      int iterations) {}

  /**
   * Fits from the given starting points (each K, r, t0 as a calendar year; K ignored when the
   * capacity is fixed) and returns the converged fit with the smallest residual sum of squares.
   *
   * @throws InvalidInputException when no start converges or the fit is not identified
   */
  static Calibration fitFrom(AnnualSeries series, OptionalDouble capacity, List<double[]> starts) {
    return fitFrom(series, capacity, starts, SettingWords.LIBRARY);
  }

  private static Calibration fitFrom(
      AnnualSeries series, OptionalDouble capacity, List<double[]> starts, SettingWords words) {
    requirePoints(series, capacity, words);
    double yc = centre(series);
    Solution best = null;
    String lastFailure = "";
    for (double[] s : starts) {
      try {
        Solution sol = optimise(series, capacity, yc, s);
        if (best == null || sol.rss() < best.rss()) {
          best = sol;
        }
      } catch (IllegalStateException | ArithmeticException e) {
        lastFailure = e.getMessage();
      }
    }
    if (best == null) {
      throw new InvalidInputException(KIND + ": the least-squares fit on " + series.name()
          + " did not converge from " + starts.size() + " starting point(s) (" + lastFailure
          + "); try fixing the capacity with " + words.parameter("capacity")
          + ", or use log-linear");
    }
    return calibration(series, capacity, yc, best, words);
  }

  private static Solution optimise(
      AnnualSeries series, OptionalDouble capacity, double yc, double[] start) {
    int n = series.size();
    boolean fixed = capacity.isPresent();
    double[] u = new double[n];
    for (int i = 0; i < n; i++) {
      u[i] = series.year(i) - yc;
    }
    double fixedK = capacity.orElse(Double.NaN);
    MultivariateJacobianFunction model = point -> {
      double k = fixed ? fixedK : point.getEntry(0);
      double r = point.getEntry(fixed ? 0 : 1);
      double m = point.getEntry(fixed ? 1 : 2);
      RealVector value = new ArrayRealVector(n);
      RealMatrix jac = new Array2DRowRealMatrix(n, fixed ? 2 : 3);
      for (int i = 0; i < n; i++) {
        double w = r * (u[i] - m);
        double s = sigmoid(w);
        double ds = s * sigmoid(-w);
        value.setEntry(i, k * s);
        int c = 0;
        if (!fixed) {
          jac.setEntry(i, c++, s);
        }
        jac.setEntry(i, c++, k * ds * (u[i] - m));
        jac.setEntry(i, c, -k * ds * r);
      }
      return new Pair<>(value, jac);
    };
    double[] p0 = fixed
        ? new double[] {start[1], start[2] - yc}
        : new double[] {start[0], start[1], start[2] - yc};
    LeastSquaresOptimizer.Optimum opt = new LevenbergMarquardtOptimizer()
        .optimize(new LeastSquaresBuilder()
            .model(model)
            .target(series.values())
            .start(p0)
            .maxEvaluations(MAX_EVALUATIONS)
            .maxIterations(MAX_EVALUATIONS)
            .lazyEvaluation(false)
            .build());
    RealVector p = opt.getPoint();
    double k = fixed ? fixedK : p.getEntry(0);
    double r = p.getEntry(fixed ? 0 : 1);
    double m = p.getEntry(fixed ? 1 : 2);
    double rss = opt.getCost() * opt.getCost();
    if (!Double.isFinite(k)
        || !Double.isFinite(r)
        || !Double.isFinite(m)
        || !Double.isFinite(rss)) {
      throw new IllegalStateException("the optimiser left the finite range");
    }
    return new Solution(k, r, m, rss, opt.getJacobian(), opt.getIterations());
  }

  /**
   * (JᵀJ)⁻¹ computed from the SVD of J with columns scaled to unit length, or null when the scaled
   * J has condition number above 1e12 (the parameters are not identified).
   */
  private static RealMatrix scaledInverse(RealMatrix jac) {
    int p = jac.getColumnDimension();
    double[] norm = new double[p];
    RealMatrix scaled = jac.copy();
    for (int j = 0; j < p; j++) {
      norm[j] = jac.getColumnVector(j).getNorm();
      if (!(norm[j] > 0)) {
        return null;
      }
      scaled.setColumnVector(j, jac.getColumnVector(j).mapDivide(norm[j]));
    }
    SingularValueDecomposition svd = new SingularValueDecomposition(scaled);
    if (!(svd.getConditionNumber() < 1e12)) {
      return null;
    }
    RealMatrix pinv = svd.getSolver().getInverse();
    RealMatrix inv = pinv.multiply(pinv.transpose());
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        inv.setEntry(i, j, inv.getEntry(i, j) / (norm[i] * norm[j]));
      }
    }
    return inv;
  }

  private static Calibration calibration(
      AnnualSeries series, OptionalDouble capacity, double yc, Solution s, SettingWords words) {
    int n = series.size();
    boolean fixed = capacity.isPresent();
    int p = fixed ? 2 : 3;
    if (!(s.capacity() > 0)) {
      throw new InvalidInputException(
          KIND + ": the fit on " + series.name() + " gives capacity " + s.capacity()
              + ", which is not a capacity; fix it with " + words.parameter("capacity")
              + ", or use log-linear");
    }
    if (!fixed && s.capacity() > MAX_CAPACITY_RATIO * maxValue(series)) {
      throw notIdentified(series, s.capacity(), words);
    }
    double sigma2 = s.rss() / (n - p);
    RealMatrix inv = scaledInverse(s.jacobian());
    if (inv == null) {
      throw new InvalidInputException(
          KIND + ": the parameters are not identified by " + series.name()
              + " (the fit's Jacobian is singular); fix the capacity with "
              + words.parameter("capacity") + ", or use log-linear");
    }
    double[][] cov = new double[3][3];
    int off = fixed ? 1 : 0;
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        cov[i + off][j + off] = sigma2 * inv.getEntry(i, j);
      }
    }
    double midpoint = yc + s.offset();
    LogisticCurve curve;
    try {
      curve = LogisticCurve.of(
          series.lastYear(),
          series.step(),
          series.lastValue(),
          s.capacity(),
          s.rate(),
          midpoint,
          Math.sqrt(sigma2),
          n - p,
          cov);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          KIND + ": the fit on " + series.name() + " is degenerate (" + e.getMessage()
              + "); fix the capacity with " + words.parameter("capacity")
              + ", or use log-linear",
          e);
    }
    double[] residuals = new double[n];
    for (int i = 0; i < n; i++) {
      residuals[i] = series.value(i) - curve.valueAt(series.year(i));
    }
    Map<String, Double> parameters = new LinkedHashMap<>(curve.parameters());
    List<String> notes = new ArrayList<>();
    notes.add(
        "fitted on the values themselves (not logs) by Levenberg-Marquardt in " + s.iterations()
            + " iterations" + (fixed ? ", capacity fixed at " + capacity.getAsDouble() : ""));
    notes.add("rate is per year; midpoint is the calendar year where the curve reaches capacity/2");
    notes.add(
        "intervals by the delta method with t(" + (n - p) + ") quantiles; lower bounds cut at 0");
    OptionalDouble logLik = Fits.gaussianLogLik(s.rss(), n);
    return new Calibration(
        ModelKind.LOGISTIC,
        curve,
        series,
        parameters,
        residuals,
        Math.sqrt(sigma2),
        logLik,
        Fits.aicc(logLik, p + 1, n),
        notes);
  }
}
