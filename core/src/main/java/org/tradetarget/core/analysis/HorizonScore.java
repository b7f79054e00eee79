package org.tradetarget.core.analysis;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * The scores of one kind at one step ahead h, over the origins scored there. Each score is empty
 * when no origin was scored ({@code n = 0}); MASE is also empty when a training series was flat
 * (scale 0) and the CRPS when the kind has no log-scale predictive distribution. Immutable.
 *
 * @param h the step ahead, ≥ 1
 * @param n the number of origins scored at h
 * @param mape the mean absolute percentage error, percent: mean of |actual − point| / actual × 100
 * @param mase the mean of |actual − point| / scale, scale = the mean absolute first difference of
 *     that origin's training values (original scale)
 * @param rmseLog √(mean of (ln actual − ln point)²), log units
 * @param coverage80 the share (fraction) of actuals inside the 80 % intervals
 * @param coverage95 the share (fraction) of actuals inside the 95 % intervals
 * @param winkler95 the mean 95 % interval (Winkler) score, US$ million
 * @param crpsLog the mean CRPS of the log-scale normal predictive distribution at ln(actual), log
 *     units
 */
public record HorizonScore(
    int h,
    int n,
    OptionalDouble mape,
    OptionalDouble mase,
    OptionalDouble rmseLog,
    OptionalDouble coverage80,
    OptionalDouble coverage95,
    OptionalDouble winkler95,
    OptionalDouble crpsLog) {

  /** Scores the forecasts of one step ahead. */
  public static HorizonScore of(int h, List<BacktestForecast> forecasts) {
    for (BacktestForecast f : forecasts) {
      if (f.h() != h) {
        throw new IllegalArgumentException("forecast for h = " + f.h() + " given for h = " + h);
      }
    }
    OptionalDouble msl = mean(forecasts, f -> f.logError() * f.logError());
    return new HorizonScore(
        h,
        forecasts.size(),
        mean(forecasts, BacktestForecast::absolutePercentageError),
        mean(forecasts, BacktestForecast::scaledError),
        msl.isPresent() ? OptionalDouble.of(Math.sqrt(msl.getAsDouble())) : msl,
        mean(forecasts, f -> f.inside80() ? 1 : 0),
        mean(forecasts, f -> f.inside95() ? 1 : 0),
        mean(forecasts, BacktestForecast::winkler95),
        mean(forecasts, BacktestForecast::crpsLog));
  }

  /** The mean, or empty when there is nothing to average or any term is undefined (NaN). */
  private static OptionalDouble mean(
      List<BacktestForecast> forecasts, ToDoubleFunction<BacktestForecast> term) {
    if (forecasts.isEmpty()) {
      return OptionalDouble.empty();
    }
    double sum = 0;
    for (BacktestForecast f : forecasts) {
      double v = term.applyAsDouble(f);
      if (Double.isNaN(v)) {
        return OptionalDouble.empty();
      }
      sum += v;
    }
    return OptionalDouble.of(sum / forecasts.size());
  }
}
