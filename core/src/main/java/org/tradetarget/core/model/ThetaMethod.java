package org.tradetarget.core.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The theta method on x = ln(value), as R's {@code forecast::thetaf}: simple exponential smoothing
 * (level l_n after n points, smoothing α) plus a drift b equal to half the slope of the
 * least-squares line through x. The point h steps ahead is
 *
 * <pre>
 *   x̂_{n+h} = l_n + b · (h − 1 + (1 − (1 − α)^n) / α)
 * </pre>
 *
 * and its log-scale standard error σ√(1 + (h − 1)α²), σ² the SES fit's Σe²/(n − 2); intervals use
 * normal quantiles. This is Holt's linear trend with β = 0 (a fixed slope b) started from the level
 * L = l_n + b·(A − 1), A = (1 − (1 − α)^n)/α, and slope b: its points are L + h·b and its variance
 * σ²[1 + Σ_{j&lt;h} α²], the same. Forecasts and the simulator are that {@link HoltTrend}'s; only the
 * parameters are reported as the theta method's: {@code alpha, drift, l0, level, sigma}.
 */
public final class ThetaMethod implements Projection {
  private final String kind;
  private final HoltTrend holt;
  private final double alpha;
  private final double drift;
  private final double l0;
  private final double level;
  private final double sigma;

  /**
   * @param kind the user-facing kind name
   * @param lastYear the base year
   * @param step years per step
   * @param lastLog ln of the base value
   * @param points n, the number of points the SES was fitted on
   * @param alpha the SES smoothing α, in (0, 1]
   * @param l0 the SES initial level (for reporting)
   * @param level l_n, the SES level after the last point
   * @param drift b, half the slope of the least-squares line through x (per step)
   * @param sigma σ ≥ 0, the sd of the SES one-step errors
   * @throws IllegalArgumentException for a value out of range
   */
  public ThetaMethod(
      String kind,
      int lastYear,
      int step,
      double lastLog,
      int points,
      double alpha,
      double l0,
      double level,
      double drift,
      double sigma) {
    if (points < 1) {
      throw new IllegalArgumentException("theta needs at least 1 point, got " + points);
    }
    double a = (1 - Math.pow(1 - alpha, points)) / alpha;
    this.kind = kind;
    this.holt = HoltTrend.builder(kind, false)
        .base(lastYear, step, lastLog)
        .smoothing(alpha, 0.0, 1.0)
        .initial(l0, drift)
        .last(level + drift * (a - 1), drift)
        .sigma(sigma)
        .build();
    this.alpha = alpha;
    this.drift = drift;
    this.l0 = l0;
    this.level = level;
    this.sigma = sigma;
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public int lastYear() {
    return holt.lastYear();
  }

  @Override
  public int step() {
    return holt.step();
  }

  /** alpha, drift (b), l0, level (l_n) and sigma. */
  @Override
  public Map<String, Double> parameters() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("alpha", alpha);
    m.put("drift", drift);
    m.put("l0", l0);
    m.put("level", level);
    m.put("sigma", sigma);
    return m;
  }

  /** The log-scale point forecast h ≥ 1 steps ahead. */
  public double logPoint(int h) {
    return holt.logPoint(h);
  }

  /** The log-scale standard error h ≥ 1 steps ahead, σ√(1 + (h − 1)α²). */
  public double logSe(int h) {
    return holt.logSe(h);
  }

  @Override
  public Forecast forecast(int horizon, double... levels) {
    return holt.forecast(horizon, levels);
  }

  @Override
  public StateSpace simulator() {
    return holt.simulator();
  }
}
