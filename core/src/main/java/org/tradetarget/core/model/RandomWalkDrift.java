package org.tradetarget.core.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A random walk with drift on x = ln(value): x_{t+1} = x_t + μ + ε, ε ~ N(0, σ²). Forecast x̂_h =
 * x_n + hμ with se_h = σ√(h + h²/(n − 1)) when drift uncertainty is included (as R's {@code
 * forecast::rwf(x, drift = TRUE)}, n the number of points), else σ√h. Intervals use normal
 * quantiles. Also the type of {@code constant-growth} and {@code cagr} ({@link #ofRate}: μ = ln(1 +
 * rate), rate per step): a given rate has no drift term, se_h = σ√h; a rate estimated from n points
 * ({@code cagr}: the compound rate over w = n − 1 steps, whose log is (x_n − x_{n−w})/w with
 * sampling variance σ²/w under the walk) has the same term as the drift, se_h = σ√(h + h²/w).
 *
 * <p>The simulator is the random walk itself, so with normal shocks its log value h steps ahead is
 * N(x_n + hμ, hσ²): exactly the intervals of {@link #withoutEstimationTerms()}. With parameter
 * uncertainty each path draws its drift from the drift's sampling distribution N(μ, σ²/(n − 1))
 * (one normal draw, {@link StateSpace#driftStandardError()} = σ/√(n − 1)), so its log value h steps
 * ahead is N(x_n + hμ, σ²(h + h²/(n − 1))): exactly the full intervals. Without the drift term
 * ({@code include_drift_uncertainty=false}, a given rate) the simulator draws nothing either.
 *
 * <p>State per path: [x, μ]; keeping μ in the state lets the engine draw it per path.
 */
public final class RandomWalkDrift implements Projection {
  private final String kind;
  private final int lastYear;
  private final int step;
  private final double lastLog;
  private final double drift;
  private final double sigma;
  private final int points;
  private final boolean driftUncertainty;
  private final double rate;

  /**
   * @param kind the user-facing kind name
   * @param lastYear the base year
   * @param step years per step
   * @param lastLog ln of the base value
   * @param drift μ, log growth per step
   * @param sigma σ ≥ 0, log-scale innovation sd per step
   * @param points n, the number of points the drift was estimated from (0 or 1 when given, not
   *     estimated)
   * @param driftUncertainty whether intervals include the drift's sampling variance (needs n ≥ 2)
   */
  public RandomWalkDrift(
      String kind,
      int lastYear,
      int step,
      double lastLog,
      double drift,
      double sigma,
      int points,
      boolean driftUncertainty) {
    this(kind, lastYear, step, lastLog, drift, sigma, points, driftUncertainty, Double.NaN);
  }

  private RandomWalkDrift(
      String kind,
      int lastYear,
      int step,
      double lastLog,
      double drift,
      double sigma,
      int points,
      boolean driftUncertainty,
      double rate) {
    if (!Double.isFinite(lastLog) || !Double.isFinite(drift)) {
      throw new IllegalArgumentException(
          "base log value and drift must be finite, got " + lastLog + ", " + drift);
    }
    if (!(sigma >= 0) || !Double.isFinite(sigma)) {
      throw new IllegalArgumentException("sigma must be finite and >= 0, got " + sigma);
    }
    if (step < 1) {
      throw new IllegalArgumentException("step must be >= 1, got " + step);
    }
    if (driftUncertainty && points < 2) {
      throw new IllegalArgumentException(
          "drift uncertainty needs at least 2 points, got " + points);
    }
    this.kind = kind;
    this.lastYear = lastYear;
    this.step = step;
    this.lastLog = lastLog;
    this.drift = drift;
    this.sigma = sigma;
    this.points = points;
    this.driftUncertainty = driftUncertainty;
    this.rate = rate;
  }

  /**
   * A random walk whose drift is given as an arithmetic growth rate per step (μ = ln(1 + rate)),
   * with intervals se_h = σ√h and parameters reported as {@code rate, sigma}: the type of {@code
   * constant-growth} and {@code cagr}.
   *
   * @param rate growth per step as a fraction (0.1 = +10 % per step), &gt; −1
   * @param sigma σ ≥ 0, log-scale innovation sd per step
   * @param points the number of points the rate was estimated from, ≥ 2: the intervals then
   *     include the rate's sampling variance, se_h = σ√(h + h²/(points − 1)), and the engine's drift
   *     standard error is σ/√(points − 1); 0 or 1 when the rate is given (se_h = σ√h, no drift draw)
   * @throws IllegalArgumentException if rate ≤ −1 or is not finite, or σ is negative
   */
  public static RandomWalkDrift ofRate(
      String kind, int lastYear, int step, double lastLog, double rate, double sigma, int points) {
    if (!(rate > -1) || !Double.isFinite(rate)) {
      throw new IllegalArgumentException("rate must be finite and > -1, got " + rate);
    }
    return new RandomWalkDrift(
        kind, lastYear, step, lastLog, Math.log1p(rate), sigma, points, points >= 2, rate);
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

  /** μ, the log growth per step. */
  public double drift() {
    return drift;
  }

  /** σ, the log-scale innovation sd per step. */
  public double sigma() {
    return sigma;
  }

  /** Whether the intervals include the drift's sampling variance (the h²/(n − 1) term). */
  public boolean driftUncertainty() {
    return driftUncertainty;
  }

  /**
   * The parameters: {@code drift, sigma}, or {@code rate, sigma} (the rate per step as given) for
   * the rate form ({@link #ofRate}).
   */
  @Override
  public Map<String, Double> parameters() {
    Map<String, Double> m = new LinkedHashMap<>();
    if (Double.isNaN(rate)) {
      m.put("drift", drift);
    } else {
      m.put("rate", rate);
    }
    m.put("sigma", sigma);
    return m;
  }

  /** The log-scale forecast standard error h steps ahead. */
  public double logSe(int h) {
    double v = driftUncertainty ? h + (double) h * h / (points - 1) : h;
    return sigma * Math.sqrt(v);
  }

  @Override
  public Forecast forecast(int horizon, double... levels) {
    int[] years = Forecast.stepYears(lastYear, step, horizon);
    double[] lp = new double[horizon];
    double[] se = new double[horizon];
    for (int h = 1; h <= horizon; h++) {
      lp[h - 1] = lastLog + h * drift;
      se[h - 1] = logSe(h);
    }
    return Forecast.fromLog(years, lp, se, levels, Forecast.normalQuantile());
  }

  /** The same walk with se_h = σ√h (no drift uncertainty; its simulator draws no drift). */
  @Override
  public RandomWalkDrift withoutEstimationTerms() {
    return driftUncertainty
        ? new RandomWalkDrift(kind, lastYear, step, lastLog, drift, sigma, points, false, rate)
        : this;
  }

  @Override
  public StateSpace simulator() {
    return new Sim();
  }

  private final class Sim extends SimulatorBase {
    Sim() {
      super(2, sigma, lastLog, lastYear, step);
    }

    @Override
    public void initialState(double[] state, int offset) {
      state[offset] = lastLog;
      state[offset + 1] = drift;
    }

    @Override
    public double step(double[] state, int offset, double eps) {
      double x = state[offset] + state[offset + 1] + eps;
      state[offset] = x;
      return x;
    }

    /** {@link #step} for a block of paths: x ← x + μ + ε, state [x, μ] per path. */
    @Override
    public void stepBlock(
        double[] state, int from, int to, double[] eps, int epsOffset, double[] out) {
      for (int p = from, i = epsOffset; p < to; p++, i++) {
        int o = 2 * p;
        double x = state[o] + state[o + 1] + eps[i];
        state[o] = x;
        out[p] = x;
      }
    }

    @Override
    public double driftStandardError() {
      return driftUncertainty ? sigma / Math.sqrt(points - 1) : 0.0;
    }

    @Override
    public void shiftDrift(double[] state, int offset, double delta) {
      state[offset + 1] += delta;
    }
  }
}
