package org.tradetarget.core.analysis;

import java.util.List;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.AnnualSeries;

/**
 * The rolling-origin backtest of one kind on one series ({@link Backtest}). Immutable.
 *
 * @param kind the kind
 * @param run the points backtested: the series' consecutive run ending at its last observation
 * @param minTrain the smallest origin (number of training points)
 * @param horizon H, the largest step ahead scored
 * @param origins the number of origins tried, minTrain .. (points − 1)
 * @param skipped the origins whose fit or forecast failed, in origin order (never scored)
 * @param forecasts every scored forecast, by origin then h
 * @param horizons the scores per step ahead, h = 1..H
 */
public record BacktestResult(
    ModelKind kind,
    AnnualSeries run,
    int minTrain,
    int horizon,
    int origins,
    List<SkippedOrigin> skipped,
    List<BacktestForecast> forecasts,
    List<HorizonScore> horizons) {

  /** Copies the lists. */
  public BacktestResult {
    skipped = List.copyOf(skipped);
    forecasts = List.copyOf(forecasts);
    horizons = List.copyOf(horizons);
  }

  /** The scores at step h (1-based). */
  public HorizonScore horizon(int h) {
    if (h < 1 || h > horizons.size()) {
      throw new IllegalArgumentException(
          "h " + h + " is not allowed; expected 1 to " + horizons.size());
    }
    return horizons.get(h - 1);
  }

  /**
   * An origin left out because the kind could not be fitted or projected there.
   *
   * @param originYear the last year of the training points
   * @param trainPoints the number of training points
   * @param reason the fit's error message
   */
  public record SkippedOrigin(int originYear, int trainPoints, String reason) {}
}
