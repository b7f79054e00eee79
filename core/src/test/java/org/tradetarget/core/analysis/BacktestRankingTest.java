package org.tradetarget.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.AnnualSeries;

/**
 * The ranking is the one-line answer an economist takes away from a backtest, so it must compare
 * kinds on the same forecasts, leave out (and say so) kinds that could not be scored everywhere,
 * and combine corridors with equal weight.
 */
final class BacktestRankingTest {
  private static final AnnualSeries EIGHT = AnnualSeries.of(
      "eight",
      new int[] {2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008},
      new double[] {100, 110, 125, 130, 150, 160, 170, 190});

  @Test
  void perSeries_ranksByMeanCrpsOverEveryForecast_andLeavesOutKindsWithSkippedOrigins() {
    List<BacktestResult> results = Backtest.run(
        EIGHT, List.of(ModelKind.RW_DRIFT, ModelKind.CAGR, ModelKind.LOG_LINEAR), 2, 3);
    BacktestRanking ranking = BacktestRanking.of("eight", results);
    // Origins 3..7: h = 1 at 5 origins, h = 2 at 4, so 9 forecasts per kind.
    assertEquals(9, ranking.forecasts());
    double rw = pooledCrps(results.get(0));
    double ll = pooledCrps(results.get(2));
    List<BacktestRanking.Entry> e = ranking.entries();
    assertEquals(3, e.size());
    BacktestRanking.Entry best = rw < ll ? e.get(0) : e.get(1);
    assertEquals(ModelKind.RW_DRIFT, best.kind());
    assertEquals(rw, best.score().getAsDouble(), 1e-15);
    BacktestRanking.Entry other = e.get(rw < ll ? 1 : 0);
    assertEquals(ModelKind.LOG_LINEAR, other.kind());
    assertEquals(ll, other.score().getAsDouble(), 1e-15);
    assertTrue(e.get(0).score().getAsDouble() <= e.get(1).score().getAsDouble());
    assertEquals(OptionalInt.of(1), e.get(0).rank());
    assertEquals(OptionalInt.of(2), e.get(1).rank());
    BacktestRanking.Entry cagr = e.get(2);
    assertEquals(ModelKind.CAGR, cagr.kind());
    assertFalse(cagr.rank().isPresent());
    assertTrue(cagr.note().contains("skipped at 3 of 5 origins"), cagr.note());
  }

  /** The mean CRPS over all forecasts, from the per-h means weighted by their counts. */
  private static double pooledCrps(BacktestResult r) {
    double sum = 0;
    int n = 0;
    for (HorizonScore h : r.horizons()) {
      sum += h.n() * h.crpsLog().getAsDouble();
      n += h.n();
    }
    return sum / n;
  }

  private static BacktestRanking.Entry ranked(ModelKind k, int rank, double score) {
    return new BacktestRanking.Entry(k, OptionalInt.of(rank), OptionalDouble.of(score), "");
  }

  private static BacktestRanking.Entry unranked(ModelKind k) {
    return new BacktestRanking.Entry(k, OptionalInt.empty(), OptionalDouble.empty(), "skipped");
  }

  @Test
  void overall_averagesEachKindsScoreOverTheRankedSeries_withEqualWeights() {
    BacktestRanking a = new BacktestRanking(
        "VN-LA",
        List.of(
            ranked(ModelKind.RW_DRIFT, 1, 0.1),
            ranked(ModelKind.LOG_LINEAR, 2, 0.3),
            unranked(ModelKind.ARIMA)),
        12);
    BacktestRanking b = new BacktestRanking(
        "VN-KH",
        List.of(
            ranked(ModelKind.ARIMA, 1, 0.1),
            ranked(ModelKind.LOG_LINEAR, 2, 0.2),
            ranked(ModelKind.RW_DRIFT, 3, 0.5)),
        9);
    BacktestRanking none = new BacktestRanking("KH-LA", List.of(unranked(ModelKind.RW_DRIFT)), 0);
    BacktestRanking overall = BacktestRanking.overall(List.of(a, b, none));
    assertEquals("overall", overall.name());
    assertEquals(
        2, overall.forecasts(), "two series have a ranking; KH-LA has none and does not count");
    // log-linear (0.3 + 0.2)/2 = 0.25 beats rw-drift (0.1 + 0.5)/2 = 0.3; arima is unranked on
    // VN-LA.
    List<BacktestRanking.Entry> e = overall.entries();
    assertEquals(ModelKind.LOG_LINEAR, e.get(0).kind());
    assertEquals(0.25, e.get(0).score().getAsDouble(), 1e-15);
    assertEquals(OptionalInt.of(1), e.get(0).rank());
    assertEquals(ModelKind.RW_DRIFT, e.get(1).kind());
    assertEquals(0.3, e.get(1).score().getAsDouble(), 1e-15);
    assertEquals(OptionalInt.of(2), e.get(1).rank());
    assertEquals(ModelKind.ARIMA, e.get(2).kind());
    assertFalse(e.get(2).rank().isPresent());
    assertEquals("not ranked on VN-LA", e.get(2).note());
  }

  @Test
  void equalScores_shareARank() {
    BacktestRanking a = new BacktestRanking(
        "x",
        List.of(
            ranked(ModelKind.RW_DRIFT, 1, 0.2),
            ranked(ModelKind.ARIMA, 1, 0.2),
            ranked(ModelKind.CAGR, 3, 0.4)),
        1);
    BacktestRanking overall = BacktestRanking.overall(List.of(a));
    assertEquals(
        List.of(OptionalInt.of(1), OptionalInt.of(1), OptionalInt.of(3)),
        overall.entries().stream().map(BacktestRanking.Entry::rank).toList());
  }
}
