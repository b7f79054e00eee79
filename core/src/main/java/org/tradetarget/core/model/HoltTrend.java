package org.tradetarget.core.model;

import static org.tradetarget.core.data.Checks.requireFinite;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Holt's linear trend on x = ln(value), in its state-space form ETS(A,A,N), or with a damped trend
 * ETS(A,Ad,N). State [l, b] (level and trend, log scale); with e the one-step error:
 *
 * <pre>
 *   x_t = l_{t-1} + φ b_{t-1} + e_t
 *   l_t = l_{t-1} + φ b_{t-1} + α e_t
 *   b_t = φ b_{t-1} + α β e_t
 * </pre>
 *
 * where {@code beta} = β is Holt's smoothing of the level change (β* in Hyndman's notation) and
 * α β is the ETS form; φ = 1 for the undamped kind. The point forecast h steps ahead is l_n + (φ +
 * … + φ^h) b_n and its log-scale variance σ²[1 + Σ_{j=1}^{h−1} (α + α β (φ + … + φ^j))²], as R's
 * {@code forecast} package computes it for this class of models; intervals use normal quantiles.
 */
public final class HoltTrend implements Projection {
  private final String kind;
  private final boolean damped;
  private final int lastYear;
  private final int step;
  private final double lastLog;
  private final double alpha;
  private final double beta;
  private final double phi;
  private final double l0;
  private final double b0;
  private final double level;
  private final double trend;
  private final double sigma;

  private HoltTrend(Builder b) {
    this.kind = b.kind;
    this.damped = b.damped;
    this.lastYear = b.lastYear;
    this.step = b.step;
    this.lastLog = b.lastLog;
    this.alpha = b.alpha;
    this.beta = b.beta;
    this.phi = b.phi;
    this.l0 = b.l0;
    this.b0 = b.b0;
    this.level = b.level;
    this.trend = b.trend;
    this.sigma = b.sigma;
  }

  /**
   * Runs the smoothing recursions over x_1..x_n from the initial states and returns the sum of
   * squared one-step errors. Allocation-free (the optimiser calls it thousands of times).
   *
   * @param x the log values
   * @param alpha α, the level smoothing
   * @param beta β in Holt's form (the ETS form is α β)
   * @param phi φ, the damping (1 for none)
   * @param l0 the initial level l_0 (log scale)
   * @param b0 the initial trend b_0 (log growth per step)
   * @param residuals where to write the n one-step errors, or null
   * @param finalState where to write [l_n, b_n], or null
   * @return the sum of squared one-step errors
   */
  public static double filter(
      double[] x,
      double alpha,
      double beta,
      double phi,
      double l0,
      double b0,
      double[] residuals,
      double[] finalState) {
    double l = l0;
    double b = b0;
    double sse = 0.0;
    for (int t = 0; t < x.length; t++) {
      double phib = phi * b;
      double f = l + phib;
      double e = x[t] - f;
      double newLevel = f + alpha * e;
      // b_t = φ b + β (l_t − l_{t−1} − φ b): the change in level beyond the damped trend, which
      // equals φ b + α β e; written in this form it also stays exact for a tiny α.
      b = phib + beta * ((newLevel - l) - phib);
      l = newLevel;
      sse += e * e;
      if (residuals != null) {
        residuals[t] = e;
      }
    }
    if (finalState != null) {
      finalState[0] = l;
      finalState[1] = b;
    }
    return sse;
  }

  /** A builder: set every value, then {@link Builder#build()} checks them. */
  public static Builder builder(String kind, boolean damped) {
    return new Builder(kind, damped);
  }

  /** Collects the values of a {@link HoltTrend}. */
  public static final class Builder {
    private final String kind;
    private final boolean damped;
    private int lastYear;
    private int step = 1;
    private double lastLog = Double.NaN;
    private double alpha = Double.NaN;
    private double beta = Double.NaN;
    private double phi = 1.0;
    private double l0 = Double.NaN;
    private double b0 = Double.NaN;
    private double level = Double.NaN;
    private double trend = Double.NaN;
    private double sigma = Double.NaN;

    private Builder(String kind, boolean damped) {
      this.kind = kind;
      this.damped = damped;
    }

    /** The base: the year and ln(value) of the last point used, and years per step. */
    public Builder base(int lastYear, int step, double lastLog) {
      this.lastYear = lastYear;
      this.step = step;
      this.lastLog = lastLog;
      return this;
    }

    /** α, β (Holt form) and φ (1 for the undamped kind). */
    public Builder smoothing(double alpha, double beta, double phi) {
      this.alpha = alpha;
      this.beta = beta;
      this.phi = phi;
      return this;
    }

    /** The initial states l_0 and b_0 (log scale, before the first point). */
    public Builder initial(double l0, double b0) {
      this.l0 = l0;
      this.b0 = b0;
      return this;
    }

    /** The final states l_n and b_n (after the last point), from which the forecast starts. */
    public Builder last(double level, double trend) {
      this.level = level;
      this.trend = trend;
      return this;
    }

    /** σ ≥ 0, the sd of the one-step error on the log scale. */
    public Builder sigma(double sigma) {
      this.sigma = sigma;
      return this;
    }

    /**
     * Checks the values and builds the projection.
     *
     * @throws IllegalArgumentException naming the bad value
     */
    public HoltTrend build() {
      requireFinite(lastLog, "base log value");
      requireFinite(l0, "l0");
      requireFinite(b0, "b0");
      requireFinite(level, "final level");
      requireFinite(trend, "final trend");
      if (!(alpha > 0 && alpha <= 1)) {
        throw new IllegalArgumentException("alpha must be in (0, 1], got " + alpha);
      }
      if (!(beta >= 0 && beta <= 1)) {
        throw new IllegalArgumentException("beta must be in [0, 1], got " + beta);
      }
      if (!(phi > 0 && phi <= 1)) {
        throw new IllegalArgumentException("phi must be in (0, 1], got " + phi);
      }
      if (!damped && phi != 1.0) {
        throw new IllegalArgumentException("an undamped trend has phi = 1, got " + phi);
      }
      if (!(sigma >= 0) || !Double.isFinite(sigma)) {
        throw new IllegalArgumentException("sigma must be finite and >= 0, got " + sigma);
      }
      if (step < 1) {
        throw new IllegalArgumentException("step must be >= 1, got " + step);
      }
      return new HoltTrend(this);
    }
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public int lastYear() {
    return lastYear;
  }

  @Override
  public int step() {
    return step;
  }

  /** Whether the trend is damped (φ may be below 1). */
  public boolean damped() {
    return damped;
  }

  /** α, the level smoothing. */
  public double alpha() {
    return alpha;
  }

  /** β in Holt's form (β*); the ETS form is α β. */
  public double beta() {
    return beta;
  }

  /** φ, the damping (1 when undamped). */
  public double phi() {
    return phi;
  }

  /** The final level l_n (log scale). */
  public double level() {
    return level;
  }

  /** The final trend b_n (log growth per step). */
  public double trend() {
    return trend;
  }

  /** σ, the sd of the one-step error on the log scale. */
  public double sigma() {
    return sigma;
  }

  /**
   * alpha, beta (Holt form), beta_ets (α β), phi (damped only), l0, b0 and sigma.
   */
  @Override
  public Map<String, Double> parameters() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("alpha", alpha);
    m.put("beta", beta);
    m.put("beta_ets", alpha * beta);
    if (damped) {
      m.put("phi", phi);
    }
    m.put("l0", l0);
    m.put("b0", b0);
    m.put("sigma", sigma);
    return m;
  }

  /** The log-scale point forecast h ≥ 1 steps ahead: l_n + (φ + … + φ^h) b_n. */
  public double logPoint(int h) {
    return level + dampedSum(h) * trend;
  }

  /** The log-scale forecast standard error h ≥ 1 steps ahead. */
  public double logSe(int h) {
    double v = 1.0;
    double cum = 0.0;
    double pow = 1.0;
    for (int j = 1; j < h; j++) {
      pow *= phi;
      cum += pow;
      double c = alpha + alpha * beta * cum;
      v += c * c;
    }
    return sigma * Math.sqrt(v);
  }

  /** φ + φ² + … + φ^h (= h when φ = 1). */
  private double dampedSum(int h) {
    double s = 0.0;
    double pow = 1.0;
    for (int j = 1; j <= h; j++) {
      pow *= phi;
      s += pow;
    }
    return s;
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
    return Forecast.fromLog(years, lp, se, levels, Forecast.normalQuantile());
  }

  @Override
  public StateSpace simulator() {
    return new Sim();
  }

  @Override
  public String toString() {
    return kind + "{alpha=" + alpha + ", beta=" + beta + ", phi=" + phi + ", level=" + level
        + ", trend=" + trend + ", sigma=" + sigma + "}";
  }

  /** State [l, b]; the observed log value is l + φ b + e. */
  private final class Sim extends SimulatorBase {
    Sim() {
      super(2, sigma, lastLog, lastYear, step);
    }

    @Override
    public void initialState(double[] state, int offset) {
      state[offset] = level;
      state[offset + 1] = trend;
    }

    @Override
    public double step(double[] state, int offset, double eps) {
      double phib = phi * state[offset + 1];
      double f = state[offset] + phib;
      state[offset] = f + alpha * eps;
      state[offset + 1] = phib + alpha * beta * eps;
      return f + eps;
    }
  }
}
