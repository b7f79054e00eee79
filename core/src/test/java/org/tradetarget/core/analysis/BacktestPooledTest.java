package org.tradetarget.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;

/**
 * Pooled scores weigh every origin of every series the same: pooled MAPE is the mean over all
 * origins, not the mean of the series' MAPEs (which would let a series with one origin count as
 * much as one with five).
 */
final class BacktestPooledTest {
  // 8 points, min-train 5: origins 5, 6, 7, so h = 1 is scored 3 times, h = 2 twice.
  private static final AnnualSeries LONG = AnnualSeries.of(
      "long",
      new int[] {2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008},
      new double[] {100, 110, 125, 130, 150, 160, 170, 190});
  // 6 points, min-train 5: origin 5 only, h = 1 once.
  private static final AnnualSeries SHORT = AnnualSeries.of(
      "short", new int[] {2010, 2011, 2012, 2013, 2014, 2015}, new double[] {50, 58, 61, 75, 80, 70
      });

  @Test
  void pooledMape_isTheMeanOverAllOrigins_notTheMeanOfSeriesMeans() {
    BacktestResult a = Backtest.run(LONG, ModelKind.RW_DRIFT, ModelParams.none(), 1, 5);
    BacktestResult b = Backtest.run(SHORT, ModelKind.RW_DRIFT, ModelParams.none(), 1, 5);
    List<HorizonScore> pooled = Backtest.pooled(List.of(a, b));
    assertEquals(1, pooled.size());
    HorizonScore p = pooled.get(0);
    assertEquals(4, p.n()); // 3 + 1 origins
    // rw-drift's point one step ahead is last * exp(mean log change of the training values):
    // written out from the data, not from the backtest's forecasts.
    double[] ape = {
      ape(LONG.values(), 5), ape(LONG.values(), 6), ape(LONG.values(), 7), ape(SHORT.values(), 5)
    };
    double pooledMape = (ape[0] + ape[1] + ape[2] + ape[3]) / 4;
    double meanOfMeans = ((ape[0] + ape[1] + ape[2]) / 3 + ape[3]) / 2;
    assertEquals(pooledMape, p.mape().getAsDouble(), 1e-9);
    assertNotEquals(meanOfMeans, p.mape().getAsDouble(), 1e-3);
    // The same through the per-series scores: weighted by their n.
    double weighted =
        (3 * a.horizon(1).mape().getAsDouble() + b.horizon(1).mape().getAsDouble()) / 4;
    assertEquals(weighted, p.mape().getAsDouble(), 1e-12);
    // RMSE of log errors pools the squares: sqrt((3 rmse_a^2 + 1 rmse_b^2) / 4)
    double ra = a.horizon(1).rmseLog().getAsDouble();
    double rb = b.horizon(1).rmseLog().getAsDouble();
    assertEquals(Math.sqrt((3 * ra * ra + rb * rb) / 4), p.rmseLog().getAsDouble(), 1e-12);
  }

  @Test
  void pooledRanking_weighsEachForecastTheSame() {
    List<ModelKind> kinds = List.of(ModelKind.RW_DRIFT, ModelKind.LOG_LINEAR);
    List<BacktestResult> a = Backtest.run(LONG, kinds, 2, 5);
    List<BacktestResult> b = Backtest.run(SHORT, kinds, 1, 5);
    BacktestRanking pooled = BacktestRanking.pooled(List.of(a, b));
    // forecasts: long 3 (h = 1) + 2 (h = 2), short 1
    assertEquals(6, pooled.forecasts());
    for (int k = 0; k < 2; k++) {
      double sum = 0;
      for (BacktestForecast f : a.get(k).forecasts()) {
        sum += f.crpsLog();
      }
      for (BacktestForecast f : b.get(k).forecasts()) {
        sum += f.crpsLog();
      }
      ModelKind kind = kinds.get(k);
      double score = pooled.entries().stream()
          .filter(e -> e.kind() == kind)
          .findFirst()
          .orElseThrow()
          .score()
          .getAsDouble();
      assertEquals(sum / 6, score, 1e-15);
    }
  }

  /** |actual - point| / actual * 100 for the one-step rw-drift forecast from the first o points. */
  private static double ape(double[] v, int o) {
    double drift = (Math.log(v[o - 1]) - Math.log(v[0])) / (o - 1);
    double point = v[o - 1] * Math.exp(drift);
    return Math.abs(v[o] - point) / v[o] * 100;
  }
}
