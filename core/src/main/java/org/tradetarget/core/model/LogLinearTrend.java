package org.tradetarget.core.model;

import static org.tradetarget.core.data.Checks.requireFinite;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A deterministic linear trend in x = ln(value) with independent deviations around it: x_t = a + b·t
 * + ε_t, ε_t ~ iid N(0, s²), t the time index (t = (year − first year)/step + 1). This is the
 * {@code log-linear} kind, an OLS fit of x on t.
 *
 * <p>Forecast h steps after the last point (t_h = t_last + h): x̂ = a + b·t_h, with the OLS
 * prediction interval x̂ ± t_{n−2}·s·√(1 + 1/n + (t_h − t̄)²/Sxx) (R's {@code predict(lm(x ~ t),
 * interval = "prediction")}). Without parameter-estimation terms ({@link #withoutEstimationTerms()})
 * the interval is x̂ ± z·s with normal quantiles z.
 *
 * <p>The simulator is <em>not</em> a random walk: each step's log value is a + b·t + ε with a fresh,
 * independent ε, so with normal shocks it reproduces x̂ ± z·s at every step.
 *
 * <p><b>Parameter uncertainty</b> reproduces the full t-based interval exactly. Each path takes n
 * standard normals z_1..z_n: a scale f = √((n − 2)/W) with W = z_3² + .. + z_n² ~ χ²(n − 2), a
 * level shift at the data's centre f·s·z_1/√n and a slope shift f·s·z_2/√Sxx (the line pivots about
 * t̄; the two OLS estimates are independent there), and the path's innovations are scaled by f too.
 * The step is x = a + b·t + f·s·(z_1/√n + z_2·(t − t̄)/√Sxx) + f·ε, so with normal shocks x − x̂ at
 * step h is f times N(0, s²(1 + 1/n + (t_h − t̄)²/Sxx)), i.e. s·√(1 + 1/n + (t_h − t̄)²/Sxx) times a
 * Student-t with n − 2 degrees of freedom: the interval of {@code predict(lm, interval =
 * "prediction")}. (This is the posterior predictive of the regression under the flat prior on a, b
 * and ln s, whose marginals at each step are exactly the frequentist prediction intervals.) State
 * per path: [k, level shift, slope shift, f] with k the steps taken.
 */
public final class LogLinearTrend implements Projection {
  private final int lastYear;
  private final int step;
  private final double lastT;
  private final double lastLog;
  private final double intercept;
  private final double slope;
  private final double sigma;
  private final int points;
  private final double meanT;
  private final double sxx;
  private final boolean estimationTerms;

  private LogLinearTrend(
      int lastYear,
      int step,
      double lastT,
      double lastLog,
      double intercept,
      double slope,
      double sigma,
      int points,
      double meanT,
      double sxx,
      boolean estimationTerms) {
    this.lastYear = lastYear;
    this.step = step;
    this.lastT = lastT;
    this.lastLog = lastLog;
    this.intercept = intercept;
    this.slope = slope;
    this.sigma = sigma;
    this.points = points;
    this.meanT = meanT;
    this.sxx = sxx;
    this.estimationTerms = estimationTerms;
  }

  /**
   * A fitted trend.
   *
   * @param lastYear the year of the last point
   * @param step years per step
   * @param lastT the time index of the last point
   * @param lastLog ln of the last observed value (the simulator's base)
   * @param intercept a, the log value at t = 0
   * @param slope b, the log growth per step
   * @param sigma s ≥ 0, the residual standard error (df n − 2)
   * @param points n ≥ 3, the number of points fitted
   * @param meanT t̄, the mean time index of the points
   * @param sxx Σ(t − t̄)² &gt; 0
   * @throws IllegalArgumentException naming the first bad argument
   */
  public static LogLinearTrend of(
      int lastYear,
      int step,
      double lastT,
      double lastLog,
      double intercept,
      double slope,
      double sigma,
      int points,
      double meanT,
      double sxx) {
    requireFinite(lastT, "lastT");
    requireFinite(lastLog, "lastLog");
    requireFinite(intercept, "intercept");
    requireFinite(slope, "slope");
    requireFinite(meanT, "meanT");
    if (!(sigma >= 0) || !Double.isFinite(sigma)) {
      throw new IllegalArgumentException("sigma must be finite and >= 0, got " + sigma);
    }
    if (points < 3) {
      throw new IllegalArgumentException("points must be >= 3, got " + points);
    }
    if (!(sxx > 0) || !Double.isFinite(sxx)) {
      throw new IllegalArgumentException("sxx must be finite and > 0, got " + sxx);
    }
    if (step < 1) {
      throw new IllegalArgumentException("step must be >= 1, got " + step);
    }
    return new LogLinearTrend(
        lastYear, step, lastT, lastLog, intercept, slope, sigma, points, meanT, sxx, true);
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

  /** a, the fitted log value at t = 0. */
  public double intercept() {
    return intercept;
  }

  /** b, the log growth per step. */
  public double slope() {
    return slope;
  }

  /** s, the residual standard error on the log scale. */
  public double sigma() {
    return sigma;
  }

  /** The slope's standard error s/√Sxx. */
  public double slopeStandardError() {
    return sigma / Math.sqrt(sxx);
  }

  /** {@code intercept, slope, growth_rate} (= e^slope − 1 per step){@code , sigma}. */
  @Override
  public Map<String, Double> parameters() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("intercept", intercept);
    m.put("slope", slope);
    m.put("growth_rate", Math.expm1(slope));
    m.put("sigma", sigma);
    return m;
  }

  /** The log-scale point forecast h steps ahead. */
  public double logPoint(int h) {
    return intercept + slope * (lastT + h);
  }

  /** The log-scale prediction standard error h steps ahead. */
  public double logSe(int h) {
    if (!estimationTerms) {
      return sigma;
    }
    double d = lastT + h - meanT;
    return sigma * Math.sqrt(1 + 1.0 / points + d * d / sxx);
  }

  @Override
  public Forecast forecast(int horizon, double... levels) {
    int[] years = Forecast.stepYears(lastYear, step, horizon);
    double[] lp = new double[horizon];
    double[] se = new double[horizon];
    for (int h = 1; h <= horizon; h++) {
      lp[h - 1] = logPoint(h);
      se[h - 1] = logSe(h);
    }
    return Forecast.fromLog(
        years,
        lp,
        se,
        levels,
        estimationTerms ? Forecast.tQuantile(points - 2) : Forecast.normalQuantile());
  }

  /** The same trend with intervals x̂ ± z·s (normal quantiles, no estimation terms). */
  @Override
  public LogLinearTrend withoutEstimationTerms() {
    return estimationTerms
        ? new LogLinearTrend(
            lastYear, step, lastT, lastLog, intercept, slope, sigma, points, meanT, sxx, false)
        : this;
  }

  @Override
  public StateSpace simulator() {
    return new Sim();
  }

  /** State [k, level shift at t̄, slope shift, scale f]. */
  private final class Sim extends SimulatorBase {
    Sim() {
      super(4, sigma, lastLog, lastYear, step);
    }

    @Override
    public void initialState(double[] state, int offset) {
      state[offset] = 0;
      state[offset + 1] = 0;
      state[offset + 2] = 0;
      state[offset + 3] = 1;
    }

    @Override
    public double step(double[] state, int offset, double eps) {
      double k = state[offset] + 1;
      state[offset] = k;
      double t = lastT + k;
      return intercept
          + slope * t
          + state[offset + 1]
          + state[offset + 2] * (t - meanT)
          + state[offset + 3] * eps;
    }

    /** The slope's standard error s/√Sxx (the engine's first-year range uses it). */
    @Override
    public double driftStandardError() {
      return slopeStandardError();
    }

    @Override
    public void shiftDrift(double[] state, int offset, double delta) {
      state[offset + 2] += delta;
    }

    /** n with the estimation terms (the level, the slope and n − 2 for the χ²), else 0. */
    @Override
    public int parameterDraws() {
      return estimationTerms && sigma > 0 ? points : 0;
    }

    @Override
    public void drawParameters(double[] state, int offset, double[] z, int zOffset) {
      double w = 0;
      for (int i = zOffset + 2; i < zOffset + points; i++) {
        w += z[i] * z[i];
      }
      double f = Math.sqrt((points - 2) / w);
      state[offset + 1] += f * sigma * z[zOffset] / Math.sqrt(points);
      state[offset + 2] += f * sigma * z[zOffset + 1] / Math.sqrt(sxx);
      state[offset + 3] = f;
    }
  }
}
