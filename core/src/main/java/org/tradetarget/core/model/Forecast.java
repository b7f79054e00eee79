package org.tradetarget.core.model;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A point forecast with prediction intervals for steps h = 1..H, on the data's original scale.
 *
 * <p>For the log-scale kinds, {@code point} is exp of the log-scale forecast (the median), the
 * bounds are exp of symmetric log-scale bounds, and {@code mean} is the bias-adjusted mean
 * exp(x̂ + se²/2). {@code logPoint} and {@code logSe} are NaN for kinds that do not work on logs.
 *
 * @param years the year of each step: last year + h · step
 * @param point the point forecast (median), one per step
 * @param mean the mean forecast, one per step
 * @param logPoint the log-scale point forecast, or NaN
 * @param logSe the log-scale forecast standard error, or NaN
 * @param levels the interval levels in percent, e.g. {80, 95}
 * @param lower lower bounds: lower[level index][step index]
 * @param upper upper bounds: upper[level index][step index]
 */
@SuppressWarnings("ArrayRecordComponent") // Arrays for the numeric code; they compare by identity.
public record Forecast(
    int[] years,
    double[] point,
    double[] mean,
    double[] logPoint,
    double[] logSe,
    double[] levels,
    double[][] lower,
    double[][] upper) {

  /** Validates the shapes and levels. */
  public Forecast {
    int h = years.length;
    if (point.length != h || mean.length != h || logPoint.length != h || logSe.length != h) {
      throw new IllegalArgumentException("forecast arrays must all have " + h + " steps");
    }
    if (lower.length != levels.length || upper.length != levels.length) {
      throw new IllegalArgumentException("one lower and one upper bound array per level");
    }
    for (double l : levels) {
      checkLevel(l);
    }
  }

  /** Number of steps. */
  public int horizon() {
    return years.length;
  }

  /** Fails unless 0 &lt; level &lt; 100 (a percent). */
  public static void checkLevel(double level) {
    if (!(level > 0 && level < 100)) {
      throw new IllegalArgumentException("interval level " + level
          + " is not allowed; expected a percent strictly between 0 and 100, e.g. 80 or 95");
    }
  }

  /** The standard normal quantile function. */
  public static DoubleUnaryOperator normalQuantile() {
    NormalDistribution n = new NormalDistribution(null, 0, 1);
    return n::inverseCumulativeProbability;
  }

  /** The quantile function of Student's t with {@code df} degrees of freedom. */
  public static DoubleUnaryOperator tQuantile(double df) {
    TDistribution t = new TDistribution(null, df);
    return t::inverseCumulativeProbability;
  }

  /**
   * Builds a forecast from a log-scale point and standard error per step with symmetric intervals
   * x̂ ± q((1 + level/100)/2) · se, then exp.
   *
   * @param quantile the standardised quantile function (normal or t)
   */
  public static Forecast fromLog(
      int[] years,
      double[] logPoint,
      double[] logSe,
      double[] levels,
      DoubleUnaryOperator quantile) {
    int h = years.length;
    double[] point = new double[h];
    double[] mean = new double[h];
    double[][] lo = new double[levels.length][h];
    double[][] hi = new double[levels.length][h];
    for (int i = 0; i < h; i++) {
      point[i] = Math.exp(logPoint[i]);
      mean[i] = Math.exp(logPoint[i] + 0.5 * logSe[i] * logSe[i]);
    }
    for (int k = 0; k < levels.length; k++) {
      checkLevel(levels[k]);
      double q = quantile.applyAsDouble(0.5 + levels[k] / 200.0);
      for (int i = 0; i < h; i++) {
        lo[k][i] = Math.exp(logPoint[i] - q * logSe[i]);
        hi[k][i] = Math.exp(logPoint[i] + q * logSe[i]);
      }
    }
    return new Forecast(
        years.clone(), point, mean, logPoint.clone(), logSe.clone(), levels.clone(), lo, hi);
  }

  /**
   * This forecast with its log path moved by {@code shift[t]} at step t + 1: point, mean and bounds
   * times exp(shift), log point plus shift; the spread (log se) unchanged.
   */
  public Forecast withLogShift(double[] shift) {
    int h = horizon();
    if (shift.length != h) {
      throw new IllegalArgumentException(
          "a log shift per step is needed: " + shift.length + " for " + h + " steps");
    }
    double[] p2 = new double[h];
    double[] m2 = new double[h];
    double[] lp2 = new double[h];
    double[][] lo2 = new double[levels.length][h];
    double[][] hi2 = new double[levels.length][h];
    for (int t = 0; t < h; t++) {
      double g = Math.exp(shift[t]);
      p2[t] = point[t] * g;
      m2[t] = mean[t] * g;
      lp2[t] = logPoint[t] + shift[t];
      for (int k = 0; k < levels.length; k++) {
        lo2[k][t] = lower[k][t] * g;
        hi2[k][t] = upper[k][t] * g;
      }
    }
    return new Forecast(years, p2, m2, lp2, logSe, levels, lo2, hi2);
  }

  /** The years for steps 1..horizon after {@code lastYear}. */
  public static int[] stepYears(int lastYear, int step, int horizon) {
    if (horizon < 1) {
      throw new IllegalArgumentException(
          "horizon " + horizon + " is not allowed; expected at least 1 step");
    }
    int[] y = new int[horizon];
    for (int h = 1; h <= horizon; h++) {
      y[h - 1] = lastYear + h * step;
    }
    return y;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Forecast f
        && Arrays.equals(years, f.years)
        && Arrays.equals(point, f.point)
        && Arrays.equals(mean, f.mean)
        && Arrays.equals(levels, f.levels)
        && Arrays.deepEquals(lower, f.lower)
        && Arrays.deepEquals(upper, f.upper);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(years) * 31 + Arrays.hashCode(point);
  }

  @Override
  public String toString() {
    return "Forecast" + Arrays.toString(years) + " point=" + Arrays.toString(point);
  }
}
