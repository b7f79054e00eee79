package org.tradetarget.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradetarget.core.data.Regressors;

/**
 * A linear trend in x = ln(value) with exogenous regressors and independent deviations: x_t = a +
 * b·t + Σ_j c_j z_{j,t} + ε_t, ε_t ~ iid N(0, s²), t the time index — the {@code log-linear} kind
 * with regressors, R's {@code tslm(log(y) ~ trend + z)}. With the design row r_h = (1, t_last + h,
 * z_{·,h}) of step h and V = (XᵀX)⁻¹: x̂ = r_hᵀβ, interval x̂ ± t_{n−k} s √(1 + r_hᵀ V r_h) (R's
 * {@code predict(lm, newdata, interval = "prediction")}); without estimation terms x̂ ± z·s. A
 * horizon beyond the regressors' known years is refused naming the file and the year.
 *
 * <p>Parameter uncertainty reproduces the t interval exactly, as for the trend without regressors
 * ({@link LogLinearTrend}): each path takes n standard normals, a scale f = √((n − k)/W) with W ~
 * χ²(n − k) from the last n − k, and a coefficient shift f·s·L z from the first k (L Lᵀ = V); its
 * innovations are scaled by f. State per path: [steps taken, f, the k coefficient shifts].
 */
public final class RegressionTrend implements Projection {
  private final int lastYear;
  private final int step;
  private final double lastT;
  private final double lastLog;
  private final double[] beta;
  private final List<String> names;
  private final double sigma;
  private final int points;
  private final double[][] v;
  private final double[][] chol;
  private final double[][] future;
  private final Regressors regressors;
  private final boolean estimationTerms;

  /**
   * A fitted trend with regressors.
   *
   * @param lastYear the base year
   * @param step years per step
   * @param lastT the time index of the last point
   * @param lastLog ln of the last observed value (the simulator's base)
   * @param beta the coefficients: intercept, trend, then one per regressor
   * @param sigma s, the residual standard error (df n − k)
   * @param points n &gt; k, the points fitted
   * @param v (XᵀX)⁻¹, k × k
   * @param chol its lower Cholesky factor L
   * @param regressors the regressors, for their future values
   */
  public RegressionTrend(
      int lastYear,
      int step,
      double lastT,
      double lastLog,
      double[] beta,
      double sigma,
      int points,
      double[][] v,
      double[][] chol,
      Regressors regressors) {
    this(lastYear, step, lastT, lastLog, beta, sigma, points, v, chol, regressors, true);
  }

  private RegressionTrend(
      int lastYear,
      int step,
      double lastT,
      double lastLog,
      double[] beta,
      double sigma,
      int points,
      double[][] v,
      double[][] chol,
      Regressors regressors,
      boolean estimationTerms) {
    if (beta.length != regressors.size() + 2 || points <= beta.length) {
      throw new IllegalArgumentException("need " + (regressors.size() + 2)
          + " coefficients and more points than coefficients, got " + beta.length + " and "
          + points);
    }
    if (!(sigma >= 0) || !Double.isFinite(sigma)) {
      throw new IllegalArgumentException("sigma must be finite and >= 0, got " + sigma);
    }
    this.lastYear = lastYear;
    this.step = step;
    this.lastT = lastT;
    this.lastLog = lastLog;
    this.beta = beta.clone();
    this.names = regressors.names();
    this.sigma = sigma;
    this.points = points;
    this.v = copy(v);
    this.chol = copy(chol);
    this.regressors = regressors;
    this.future = regressors.futureRows(lastYear, step, RegressorEffect.MAX_STEPS);
    this.estimationTerms = estimationTerms;
  }

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  @Override
  public String kind() {
    return "log-linear";
  }

  @Override
  public int lastYear() {
    return lastYear;
  }

  @Override
  public int step() {
    return step;
  }

  /**
   * {@code intercept, slope, growth_rate} (= e^slope − 1 per step), each regressor's coefficient by
   * its name, {@code sigma}.
   */
  @Override
  public Map<String, Double> parameters() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("intercept", beta[0]);
    m.put("slope", beta[1]);
    m.put("growth_rate", Math.expm1(beta[1]));
    for (int j = 0; j < names.size(); j++) {
      m.put(names.get(j), beta[j + 2]);
    }
    m.put("sigma", sigma);
    return m;
  }

  /** The design row of step h ≥ 1; NaN regressors beyond their known years. */
  private double rowValue(int h, int j) {
    if (j == 0) {
      return 1.0;
    }
    if (j == 1) {
      return lastT + h;
    }
    return h <= future.length ? future[h - 1][j - 2] : Double.NaN;
  }

  @Override
  public Forecast forecast(int horizon, double... levels) {
    if (horizon > future.length) {
      regressors.row(lastYear + (future.length + 1) * step, "a horizon year");
    }
    int k = beta.length;
    int[] years = Forecast.stepYears(lastYear, step, horizon);
    double[] lp = new double[horizon];
    double[] se = new double[horizon];
    double[] r = new double[k];
    for (int h = 1; h <= horizon; h++) {
      double q = 0.0;
      for (int i = 0; i < k; i++) {
        r[i] = rowValue(h, i);
        lp[h - 1] += r[i] * beta[i];
      }
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          q += r[i] * v[i][j] * r[j];
        }
      }
      se[h - 1] = estimationTerms ? sigma * Math.sqrt(1 + q) : sigma;
    }
    return Forecast.fromLog(
        years,
        lp,
        se,
        levels,
        estimationTerms ? Forecast.tQuantile(points - k) : Forecast.normalQuantile());
  }

  /** The same trend with intervals x̂ ± z·s (normal quantiles, no estimation terms). */
  @Override
  public RegressionTrend withoutEstimationTerms() {
    return estimationTerms
        ? new RegressionTrend(
            lastYear, step, lastT, lastLog, beta, sigma, points, v, chol, regressors, false)
        : this;
  }

  @Override
  public StateSpace simulator() {
    return new Sim();
  }

  @Override
  public String toString() {
    return "log-linear" + parameters();
  }

  /** State [k, f, δ_1..δ_k]. */
  private final class Sim extends SimulatorBase {
    Sim() {
      super(2 + beta.length, sigma, lastLog, lastYear, step);
    }

    @Override
    public void initialState(double[] state, int offset) {
      java.util.Arrays.fill(state, offset, offset + 2 + beta.length, 0.0);
      state[offset + 1] = 1.0;
    }

    @Override
    public double step(double[] state, int offset, double eps) {
      double h = state[offset] + 1;
      state[offset] = h;
      double x = 0.0;
      for (int j = 0; j < beta.length; j++) {
        x += rowValue((int) h, j) * (beta[j] + state[offset + 2 + j]);
      }
      return x + state[offset + 1] * eps;
    }

    /** The trend coefficient's standard error s·√V₂₂. */
    @Override
    public double driftStandardError() {
      return sigma * Math.sqrt(v[1][1]);
    }

    @Override
    public void shiftDrift(double[] state, int offset, double delta) {
      state[offset + 3] += delta;
    }

    /** n with the estimation terms (k coefficient shifts and n − k for the χ²), else 0. */
    @Override
    public int parameterDraws() {
      return estimationTerms && sigma > 0 ? points : 0;
    }

    @Override
    public void drawParameters(double[] state, int offset, double[] z, int zOffset) {
      int k = beta.length;
      double w = 0;
      for (int i = zOffset + k; i < zOffset + points; i++) {
        w += z[i] * z[i];
      }
      double f = Math.sqrt((points - k) / w);
      for (int i = 0; i < k; i++) {
        double d = 0.0;
        for (int j = 0; j <= i; j++) {
          d += chol[i][j] * z[zOffset + j];
        }
        state[offset + 2 + i] += f * sigma * d;
      }
      state[offset + 1] = f;
    }
  }
}
