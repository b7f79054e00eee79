package org.tradetarget.core.analysis;

import java.util.ArrayList;
import java.util.List;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.model.Forecast;
import org.tradetarget.core.model.LogisticCurve;
import org.tradetarget.core.model.Projection;

/**
 * Rolling-origin backtests: how a projection kind would have forecast the series' own past.
 *
 * <p><b>Points.</b> Every kind is backtested on the same points: the series' consecutive run ending
 * at its last observation ({@link AnnualSeries#consecutiveTail()}, n points). Recursive kinds fit
 * only on such a run anyway; kinds that accept gaps ({@code log-linear}, {@code logistic}) also
 * leave out earlier points cut off by a gap, so that every kind is scored on the same origins and
 * the same actual values.
 *
 * <p><b>Origins.</b> For each origin o = minTrain .. n − 1 the kind is fitted on the first o points
 * (its default parameters, or those given) and projected h = 1..min(H, n − o) steps with 80 % and
 * 95 % prediction intervals; step h is scored against the observed value o + h − 1 (0-based). So at
 * step h the origins minTrain .. n − h are scored. An origin whose fit fails (too few points for
 * the kind, an optimiser that does not converge, a non-finite forecast) is skipped and listed with
 * its reason in {@link BacktestResult#skipped()}; it never produces NaN scores.
 *
 * <p><b>Scores per h</b> ({@link HorizonScore}), over the origins scored: MAPE (percent), MASE (mean
 * of |actual − point| / the mean absolute first difference of that origin's training values, on the
 * original scale), RMSE of the log errors ln actual − ln point, coverage (fraction) of the 80 % and
 * 95 % intervals, the 95 % Winkler score (US$ million: width + (2/0.05)·distance outside), and the
 * CRPS (log units) of the log-scale normal predictive distribution N(μ, σ²) at ln(actual), with μ
 * the kind's log-scale point forecast and σ its log-scale forecast standard error <em>including</em>
 * parameter-estimation terms where the kind's intervals have them. For kinds whose intervals use
 * Student-t quantiles ({@code log-linear}) the CRPS still uses the normal with that σ. For {@code
 * logistic}, whose predictive distribution is normal on the original scale, N(ŷ, se²), the log-scale
 * normal is the delta-method one: μ = ln ŷ, σ = se/ŷ.
 */
public final class Backtest {
  /** The default minimum training length (points). */
  public static final int DEFAULT_MIN_TRAIN = 10;

  /** The smallest allowed minimum training length: MASE's scale needs one first difference. */
  public static final int SMALLEST_MIN_TRAIN = 2;

  private static final double[] LEVELS = {80, 95};

  private Backtest() {}

  /** Backtests each kind with its default parameters; results in the order of {@code kinds}. */
  public static List<BacktestResult> run(
      AnnualSeries series, List<ModelKind> kinds, int horizon, int minTrain) {
    check(series, horizon, minTrain);
    List<BacktestResult> out = new ArrayList<>();
    for (ModelKind k : kinds) {
      out.add(run(series, k, ModelParams.none(), horizon, minTrain));
    }
    return out;
  }

  /**
   * Backtests one kind.
   *
   * @param params the kind's parameters, used at every origin (e.g. a cagr window)
   * @param horizon H ≥ 1, the largest step ahead
   * @param minTrain the smallest origin, ≥ {@value #SMALLEST_MIN_TRAIN}
   * @throws InvalidInputException when H or minTrain is out of range for the series ({@link #check})
   */
  public static BacktestResult run(
      AnnualSeries series, ModelKind kind, ModelParams params, int horizon, int minTrain) {
    check(series, horizon, minTrain);
    AnnualSeries run = series.consecutiveTail();
    int n = run.size();
    List<BacktestResult.SkippedOrigin> skipped = new ArrayList<>();
    List<BacktestForecast> forecasts = new ArrayList<>();
    for (int o = minTrain; o <= n - 1; o++) {
      AnnualSeries train = run.slice(0, o);
      int steps = Math.min(horizon, n - o);
      List<BacktestForecast> scored;
      try {
        scored = forecastsAt(kind, params, run, train, steps);
      } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
        skipped.add(
            new BacktestResult.SkippedOrigin(train.lastYear(), o, String.valueOf(e.getMessage())));
        continue;
      }
      forecasts.addAll(scored);
    }
    List<HorizonScore> horizons = new ArrayList<>();
    for (int h = 1; h <= horizon; h++) {
      int step = h;
      horizons.add(
          HorizonScore.of(h, forecasts.stream().filter(f -> f.h() == step).toList()));
    }
    return new BacktestResult(
        kind, run, minTrain, horizon, n - minTrain, skipped, forecasts, horizons);
  }

  /**
   * One kind's scores per step ahead pooled over several series: at each h, {@link HorizonScore#of}
   * over the forecasts of every series together, so n is the total number of origins scored and
   * each forecast weighs the same (pooled MAPE is the mean over all origins, not the mean of the
   * series' MAPEs).
   *
   * @param results the same kind's backtests on each series, all with the same H
   * @throws IllegalArgumentException when the list is empty or the kinds or horizons differ
   */
  public static List<HorizonScore> pooled(List<BacktestResult> results) {
    if (results.isEmpty()) {
      throw new IllegalArgumentException("no backtests to pool");
    }
    BacktestResult first = results.get(0);
    for (BacktestResult r : results) {
      if (r.kind() != first.kind() || r.horizon() != first.horizon()) {
        throw new IllegalArgumentException("pooled backtests must share the kind and horizon; got "
            + r.kind().id() + " h = " + r.horizon() + " beside " + first.kind().id() + " h = "
            + first.horizon());
      }
    }
    List<HorizonScore> out = new ArrayList<>();
    for (int h = 1; h <= first.horizon(); h++) {
      List<BacktestForecast> at = new ArrayList<>();
      for (BacktestResult r : results) {
        for (BacktestForecast f : r.forecasts()) {
          if (f.h() == h) {
            at.add(f);
          }
        }
      }
      out.add(HorizonScore.of(h, at));
    }
    return out;
  }

  /**
   * Checks H and minTrain against the series' consecutive run of n points: minTrain from
   * {@value #SMALLEST_MIN_TRAIN} to n − 1 (one point left to score) and 1 ≤ H ≤ n − minTrain (every
   * step ahead has at least one origin to score).
   *
   * @throws InvalidInputException naming the value, the run and what is allowed
   */
  public static void check(AnnualSeries series, int horizon, int minTrain) {
    AnnualSeries run = series.consecutiveTail();
    int n = run.size();
    String points = series.name() + "'s consecutive run " + run.firstYear() + "-" + run.lastYear()
        + " has " + n + (n == 1 ? " point" : " points");
    if (horizon < 1) {
      throw new InvalidInputException(
          "horizon " + horizon + " is not allowed; expected at least 1 step");
    }
    if (minTrain < SMALLEST_MIN_TRAIN) {
      throw new InvalidInputException(
          "min-train " + minTrain + " is not allowed; expected at least " + SMALLEST_MIN_TRAIN
              + " points (MASE's scale needs a first difference)");
    }
    if (minTrain > n - 1) {
      throw new InvalidInputException("min-train " + minTrain + " is too large: " + points
          + (n - 1 >= SMALLEST_MIN_TRAIN
              ? ", so at most " + (n - 1) + " leaves a point to score"
              : ", too few to backtest (at least " + (SMALLEST_MIN_TRAIN + 1) + " needed)"));
    }
    if (horizon > n - minTrain) {
      throw new InvalidInputException(
          "horizon " + horizon + " is too large with min-train " + minTrain + ": "
              + points + ", so at most " + (n - minTrain) + (n - minTrain == 1 ? " step" : " steps")
              + " ahead can be scored");
    }
  }

  private static List<BacktestForecast> forecastsAt(
      ModelKind kind, ModelParams params, AnnualSeries run, AnnualSeries train, int steps) {
    Calibration cal = kind.fit(train, params);
    Projection p = cal.projection();
    Forecast f = p.forecast(steps, LEVELS);
    double scale = meanAbsoluteDifference(train.values());
    int o = train.size();
    List<BacktestForecast> out = new ArrayList<>(steps);
    for (int h = 1; h <= steps; h++) {
      int i = h - 1;
      double point = f.point()[i];
      double logMean = f.logPoint()[i];
      double logSe = f.logSe()[i];
      if (Double.isNaN(logSe) && p instanceof LogisticCurve c) {
        logMean = Math.log(point);
        logSe = c.se(f.years()[i]) / point;
      } else if (Double.isNaN(logMean)) {
        logMean = Math.log(point);
      }
      if (!(point > 0) || !Double.isFinite(point) || !Double.isFinite(logMean)) {
        throw new IllegalStateException(
            kind.id() + " gave the point forecast " + point + " for " + f.years()[i]);
      }
      out.add(new BacktestForecast(
          train.lastYear(),
          o,
          h,
          f.years()[i],
          run.value(o + i),
          point,
          f.lower()[0][i],
          f.upper()[0][i],
          f.lower()[1][i],
          f.upper()[1][i],
          logMean,
          logSe,
          scale));
    }
    return out;
  }

  /** The mean of |v[i] − v[i−1]| over i = 1..n−1. */
  static double meanAbsoluteDifference(double[] v) {
    double sum = 0;
    for (int i = 1; i < v.length; i++) {
      sum += Math.abs(v[i] - v[i - 1]);
    }
    return sum / (v.length - 1);
  }
}
