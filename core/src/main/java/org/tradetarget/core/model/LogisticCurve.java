package org.tradetarget.core.model;

import static org.tradetarget.core.data.Checks.requireFinite;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A logistic (S-shaped) curve on the values themselves, not on logs: y(year) = K / (1 + exp(−r·(year
 * − t0))) + ε, ε ~ iid N(0, s²), with K the capacity (US$ million for trade), r the rate per year
 * (whatever the data's step) and t0 the midpoint, a calendar year (possibly fractional), where y =
 * K/2. This is the {@code logistic} kind, fitted by nonlinear least squares.
 *
 * <p><b>Intervals: delta method.</b> With g(year) the gradient of y with respect to the estimated
 * parameters and C = s²(JᵀJ)⁻¹ their covariance at the fit (J the Jacobian of the fitted values;
 * with a fixed capacity only r and t0 are estimated), the prediction standard error is se =
 * √(s² + gᵀCg) and the interval is ŷ ± t_{n−p}·se, p the number of estimated parameters. Without
 * parameter-estimation terms ({@link #withoutEstimationTerms()}) it is ŷ ± z·s with normal quantiles.
 * Values cannot be negative, so lower bounds are cut at 0. The median is the point; the mean
 * equals it. {@link Forecast#logPoint()} and {@link Forecast#logSe()} are NaN.
 *
 * <p><b>Simulator.</b> Not a random walk and not on the log scale: each step adds an independent
 * deviation to the curve, value = y(year) + ε, and returns ln(max(value, {@link Double#MIN_VALUE})).
 * The innovation ε = {@code sigma()}·z is therefore in the data's unit (US$ million), unlike the
 * other kinds whose innovations are on the log scale; with normal shocks the simulated values h
 * steps ahead are N(ŷ, s²) cut at 0, exactly the intervals without estimation terms.
 *
 * <p><b>Parameter uncertainty</b> follows the delta method that the intervals use, so the
 * simulated values reproduce the full t-based intervals exactly: each path takes 3 + (n − p)
 * standard normals, u = L·(z_1, z_2, z_3) with L the Cholesky factor of C (the parameters' shift,
 * entering through the gradient: the linearisation of the curve the intervals rest on) and a scale
 * f = √((n − p)/W), W = z_4² + .. ~ χ²(n − p); the step is value = y(year) + f·(g(year)·u) + f·ε.
 * With normal shocks the value at each step is then ŷ + se·t_{n−p}, cut at 0 by the log: the
 * interval ŷ ± t_{n−p}·√(s² + gᵀCg). The curve itself is not refitted per path (the delta method's
 * linearisation is the rule). State per path: [k, u_1, u_2, u_3, f, drawn].
 */
public final class LogisticCurve implements Projection {
  private final int lastYear;
  private final int step;
  private final double lastValue;
  private final double capacity;
  private final double rate;
  private final double midpoint;
  private final double sigma;
  private final int df;
  private final double[][] covariance;
  private final boolean estimationTerms;

  private LogisticCurve(
      int lastYear,
      int step,
      double lastValue,
      double capacity,
      double rate,
      double midpoint,
      double sigma,
      int df,
      double[][] covariance,
      boolean estimationTerms) {
    this.lastYear = lastYear;
    this.step = step;
    this.lastValue = lastValue;
    this.capacity = capacity;
    this.rate = rate;
    this.midpoint = midpoint;
    this.sigma = sigma;
    this.df = df;
    this.covariance = covariance;
    this.estimationTerms = estimationTerms;
  }

  /**
   * A fitted curve.
   *
   * @param lastYear the year of the last point
   * @param step years per step of the data (forecast years are lastYear + h·step)
   * @param lastValue the last observed value, &gt; 0 (the simulator's base)
   * @param capacity K &gt; 0, in the data's unit
   * @param rate r, per year
   * @param midpoint t0, a calendar year
   * @param sigma s ≥ 0, the residual standard error in the data's unit (RSS/(n − p))
   * @param df n − p ≥ 1, the residual degrees of freedom
   * @param covariance the 3×3 covariance of (K, r, t0) estimates; rows and columns of fixed
   *     parameters are 0. Copied.
   * @throws IllegalArgumentException naming the first bad argument
   */
  public static LogisticCurve of(
      int lastYear,
      int step,
      double lastValue,
      double capacity,
      double rate,
      double midpoint,
      double sigma,
      int df,
      double[][] covariance) {
    if (!(capacity > 0) || !Double.isFinite(capacity)) {
      throw new IllegalArgumentException("capacity must be finite and > 0, got " + capacity);
    }
    if (!Double.isFinite(rate) || !Double.isFinite(midpoint)) {
      throw new IllegalArgumentException(
          "rate and midpoint must be finite, got " + rate + ", " + midpoint);
    }
    if (!(lastValue > 0) || !Double.isFinite(lastValue)) {
      throw new IllegalArgumentException("lastValue must be finite and > 0, got " + lastValue);
    }
    if (!(sigma >= 0) || !Double.isFinite(sigma)) {
      throw new IllegalArgumentException("sigma must be finite and >= 0, got " + sigma);
    }
    if (df < 1) {
      throw new IllegalArgumentException("df must be >= 1, got " + df);
    }
    if (step < 1) {
      throw new IllegalArgumentException("step must be >= 1, got " + step);
    }
    if (covariance.length != 3) {
      throw new IllegalArgumentException(
          "covariance must be 3x3, got " + covariance.length + " rows");
    }
    double[][] c = new double[3][];
    for (int i = 0; i < 3; i++) {
      if (covariance[i].length != 3) {
        throw new IllegalArgumentException(
            "covariance must be 3x3, row " + i + " has " + covariance[i].length);
      }
      for (double v : covariance[i]) {
        requireFinite(v, "covariance");
      }
      c[i] = covariance[i].clone();
    }
    return new LogisticCurve(
        lastYear, step, lastValue, capacity, rate, midpoint, sigma, df, c, true);
  }

  @Override
  public String kind() {
    return "logistic";
  }

  @Override
  public int lastYear() {
    return lastYear;
  }

  @Override
  public int step() {
    return step;
  }

  /** K, the capacity, in the data's unit. */
  public double capacity() {
    return capacity;
  }

  /** r, per year. */
  public double rate() {
    return rate;
  }

  /** t0, the calendar year where the curve is at K/2. */
  public double midpoint() {
    return midpoint;
  }

  /** s, the residual standard error in the data's unit. */
  public double sigma() {
    return sigma;
  }

  /**
   * The covariance of the (K, r, t0) estimates, s²(JᵀJ)⁻¹ at the fit; rows and columns of fixed
   * parameters are 0. A copy.
   */
  public double[][] covariance() {
    double[][] c = new double[3][];
    for (int i = 0; i < 3; i++) {
      c[i] = covariance[i].clone();
    }
    return c;
  }

  /** {@code capacity} (data unit){@code , rate} (per year){@code , midpoint} (calendar year). */
  @Override
  public Map<String, Double> parameters() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("capacity", capacity);
    m.put("rate", rate);
    m.put("midpoint", midpoint);
    return m;
  }

  /** The curve's value at a (possibly fractional) calendar year. */
  public double valueAt(double year) {
    return capacity / (1 + Math.exp(-rate * (year - midpoint)));
  }

  /** The prediction standard error in the data's unit at a calendar year. */
  public double se(double year) {
    if (!estimationTerms) {
      return sigma;
    }
    double[] g = new double[3];
    gradient(year, g);
    double v = sigma * sigma;
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        v += g[i] * covariance[i][j] * g[j];
      }
    }
    return Math.sqrt(Math.max(v, 0));
  }

  @Override
  public Forecast forecast(int horizon, double... levels) {
    int[] years = Forecast.stepYears(lastYear, step, horizon);
    double[] point = new double[horizon];
    double[] se = new double[horizon];
    double[] nan = new double[horizon];
    for (int i = 0; i < horizon; i++) {
      point[i] = valueAt(years[i]);
      se[i] = se(years[i]);
      nan[i] = Double.NaN;
    }
    var quantile = estimationTerms ? Forecast.tQuantile(df) : Forecast.normalQuantile();
    double[][] lo = new double[levels.length][horizon];
    double[][] hi = new double[levels.length][horizon];
    for (int k = 0; k < levels.length; k++) {
      Forecast.checkLevel(levels[k]);
      double q = quantile.applyAsDouble(0.5 + levels[k] / 200.0);
      for (int i = 0; i < horizon; i++) {
        lo[k][i] = Math.max(point[i] - q * se[i], 0.0);
        hi[k][i] = point[i] + q * se[i];
      }
    }
    return new Forecast(years, point, point.clone(), nan, nan.clone(), levels.clone(), lo, hi);
  }

  /** The same curve with intervals ŷ ± z·s (normal quantiles, no estimation terms). */
  @Override
  public LogisticCurve withoutEstimationTerms() {
    return estimationTerms
        ? new LogisticCurve(
            lastYear, step, lastValue, capacity, rate, midpoint, sigma, df, covariance, false)
        : this;
  }

  @Override
  public StateSpace simulator() {
    return new Sim();
  }

  /** The gradient of y at a calendar year with respect to (K, r, t0), written to {@code g}. */
  private void gradient(double year, double[] g) {
    double e = Math.exp(-rate * (year - midpoint));
    double d = 1 + e;
    g[0] = 1 / d;
    g[1] = capacity * e * (year - midpoint) / (d * d);
    g[2] = -capacity * e * rate / (d * d);
  }

  /** The lower Cholesky factor of the covariance; a parameter with zero variance gets a zero column. */
  private double[][] choleskyOfCovariance() {
    double[][] l = new double[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j <= i; j++) {
        double v = covariance[i][j];
        for (int q = 0; q < j; q++) {
          v -= l[i][q] * l[j][q];
        }
        if (i == j) {
          l[i][i] = Math.sqrt(Math.max(v, 0));
        } else {
          l[i][j] = l[j][j] > 0 ? v / l[j][j] : 0;
        }
      }
    }
    return l;
  }

  /**
   * State [k, u_1, u_2, u_3, f, drawn]; σ is s, in the data's unit (not the log scale); the base is
   * ln of the last value.
   */
  private final class Sim extends SimulatorBase {
    private final double[][] chol = choleskyOfCovariance();

    Sim() {
      super(6, sigma, Math.log(lastValue), lastYear, step);
    }

    @Override
    public void initialState(double[] state, int offset) {
      state[offset] = 0;
      state[offset + 1] = 0;
      state[offset + 2] = 0;
      state[offset + 3] = 0;
      state[offset + 4] = 1;
      state[offset + 5] = 0;
    }

    @Override
    public double step(double[] state, int offset, double eps) {
      double k = state[offset] + 1;
      state[offset] = k;
      double year = lastYear + k * step;
      double value;
      if (state[offset + 5] == 0) {
        value = valueAt(year) + eps;
      } else {
        double e = Math.exp(-rate * (year - midpoint));
        double d = 1 + e;
        double shift = state[offset + 1] / d
            + state[offset + 2] * capacity * e * (year - midpoint) / (d * d)
            - state[offset + 3] * capacity * e * rate / (d * d);
        double f = state[offset + 4];
        value = valueAt(year) + f * shift + f * eps;
      }
      return Math.log(Math.max(value, Double.MIN_VALUE));
    }

    /** 3 + (n − p) with the estimation terms, else 0. */
    @Override
    public int parameterDraws() {
      return estimationTerms ? 3 + df : 0;
    }

    @Override
    public void drawParameters(double[] state, int offset, double[] z, int zOffset) {
      double w = 0;
      for (int i = zOffset + 3; i < zOffset + 3 + df; i++) {
        w += z[i] * z[i];
      }
      for (int i = 0; i < 3; i++) {
        double u = 0;
        for (int j = 0; j <= i; j++) {
          u += chol[i][j] * z[zOffset + j];
        }
        state[offset + 1 + i] = u;
      }
      state[offset + 4] = Math.sqrt(df / w);
      state[offset + 5] = 1;
    }
  }
}
