package org.tradetarget.core.analysis;

/**
 * One scored forecast of a rolling-origin backtest: a kind fitted on the first {@code trainPoints}
 * points (up to {@code originYear}) and projected {@code h} steps to {@code year}, beside the value
 * observed there. Values are in the series' unit (US$ million for trade); the log-scale values are
 * natural logs of it. Immutable.
 *
 * @param originYear the last year of the training points
 * @param trainPoints o, the number of training points (the origin)
 * @param h the step ahead, ≥ 1
 * @param year the forecast year, originYear + h·step
 * @param actual the observed value in {@code year}, &gt; 0
 * @param point the point forecast (the median), &gt; 0
 * @param lower80 the lower bound of the 80 % prediction interval
 * @param upper80 the upper bound of the 80 % prediction interval
 * @param lower95 the lower bound of the 95 % prediction interval
 * @param upper95 the upper bound of the 95 % prediction interval
 * @param logMean μ, the mean of the log-scale normal predictive distribution
 * @param logSe σ ≥ 0, its standard deviation, or NaN when the kind has none (then {@link
 *     #crpsLog()} is undefined)
 * @param scale the MASE denominator: the mean absolute first difference of the training values,
 *     on the original scale
 */
public record BacktestForecast(
    int originYear,
    int trainPoints,
    int h,
    int year,
    double actual,
    double point,
    double lower80,
    double upper80,
    double lower95,
    double upper95,
    double logMean,
    double logSe,
    double scale) {

  /** The miss probability of the 95 % interval in the Winkler score. */
  public static final double ALPHA95 = 0.05;

  /** Validates the values. */
  public BacktestForecast {
    if (h < 1) {
      throw new IllegalArgumentException("h must be >= 1, got " + h);
    }
    for (double v : new double[] {actual, point}) {
      if (!(v > 0) || !Double.isFinite(v)) {
        throw new IllegalArgumentException(
            "actual and point must be finite and > 0, got " + actual + ", " + point);
      }
    }
    for (double v : new double[] {lower80, upper80, lower95, upper95, logMean, scale}) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException(
            "interval bounds, log mean and scale must be finite, got " + v);
      }
    }
    if (!Double.isNaN(logSe) && !(logSe >= 0 && Double.isFinite(logSe))) {
      throw new IllegalArgumentException("logSe must be finite and >= 0 or NaN, got " + logSe);
    }
  }

  /** |actual − point|, US$ million. */
  public double absoluteError() {
    return Math.abs(actual - point);
  }

  /** The absolute percentage error |actual − point| / actual × 100 (percent). */
  public double absolutePercentageError() {
    return absoluteError() / actual * 100;
  }

  /** |actual − point| / scale; NaN when the scale is 0 (a flat training series). */
  public double scaledError() {
    return scale > 0 ? absoluteError() / scale : Double.NaN;
  }

  /** ln(actual) − ln(point). */
  public double logError() {
    return Math.log(actual) - Math.log(point);
  }

  /** Whether the actual lies in the 80 % interval (bounds included). */
  public boolean inside80() {
    return actual >= lower80 && actual <= upper80;
  }

  /** Whether the actual lies in the 95 % interval (bounds included). */
  public boolean inside95() {
    return actual >= lower95 && actual <= upper95;
  }

  /** The Winkler score of the 95 % interval, US$ million ({@link Scores#winkler}). */
  public double winkler95() {
    return Scores.winkler(lower95, upper95, actual, ALPHA95);
  }

  /** The CRPS of N(logMean, logSe²) at ln(actual), log units; NaN when logSe is NaN. */
  public double crpsLog() {
    return Double.isNaN(logSe) ? Double.NaN : Scores.crpsNormal(logMean, logSe, Math.log(actual));
  }
}
