package org.tradetarget.core.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradetarget.core.calibrate.ModelKind;

/**
 * Panel backtests of synthetic panels with known laws. Coverage is a fraction; the tolerances are
 * those of the panel evidence's contract (±2 points), on several thousand forecasts per cell.
 */
class PanelBacktestTest {
  @TempDir
  Path dir;

  private static PanelBacktestResult.ScoreRow row(
      PanelBacktestResult r, String kind, int h, String history, String recalibration) {
    return r.scores().stream()
        .filter(s -> s.kind().equals(kind)
            && s.horizon() == h
            && s.history().equals(history)
            && s.recalibration().equals(recalibration))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aWellSpecifiedRandomWalkIsCoveredAsNominalAndNeedsNoRecalibration() {
    // rw-drift is the true law; with 59+ differences its normal interval sigma·sqrt(h + h²/(n−1))
    // misses the t-quantile by at most ~0.4 points (t with 58 df: 80 % → 79.6 %, 95 % → 94.6 %).
    Path panel = SyntheticPanels.randomWalk(dir, 800, 75, 11);
    PanelSettings s = PanelSettings.defaults()
        .withKinds(List.of(ModelKind.RW_DRIFT))
        .withHorizon(3)
        .withMinTrain(60);
    PanelBacktestResult r = PanelBacktest.run(panel, PanelFormat.LONG, s, List.of());
    for (int h = 1; h <= 3; h++) {
      PanelBacktestResult.ScoreRow raw = row(r, "rw-drift", h, "all", "none");
      assertEquals(0.80, raw.coverage80().getAsDouble(), 0.02, "h = " + h);
      assertEquals(0.95, raw.coverage95().getAsDouble(), 0.02, "h = " + h);
      assertEquals(0.50, raw.coverage50().getAsDouble(), 0.02, "h = " + h);
      // the map fitted on every series is close to the identity: the knots from 10 % to 90 %
      // within 0.1 of Φ⁻¹(p); the 2.5 % and 97.5 % ones within 0.2 (σ is estimated, so the errors
      // are t-like, and the sampling error of that quantile of ~12,000 errors is about 0.03, more
      // with overlapping origins of one series correlated); the 1 % and 99 % ones within 0.3.
      double[] knots =
          r.recalibration().map(ModelKind.RW_DRIFT, h, HistoryClass.LONGEST).knots();
      for (int j = 0; j < knots.length; j++) {
        double tolerance =
            j == 0 || j == knots.length - 1 ? 0.3 : j <= 2 || j >= knots.length - 3 ? 0.2 : 0.1;
        assertEquals(QuantileMap.NORMAL_KNOTS[j], knots[j], tolerance, "h = " + h + ", knot " + j);
      }
    }
    // the target odds from the paths agree with what happened where a cell is large.
    for (PanelBacktestResult.OddsRow o : r.odds()) {
      if (o.recalibration().equals("none") && o.n() >= 1000) {
        assertEquals(o.frequency().getAsDouble(), o.meanP().getAsDouble(), 0.03, o.toString());
      }
    }
  }

  @Test
  void regimeSwitchesAndFatTailsAreUndercoveredRawAndCoveredAfterHeldOutRecalibration() {
    Path panel = SyntheticPanels.regimes(dir, 600, 40, 5);
    PanelSettings s = PanelSettings.defaults()
        .withKinds(List.of(ModelKind.RW_DRIFT))
        .withHorizon(3)
        .withMinTrain(10);
    PanelBacktestResult r = PanelBacktest.run(panel, PanelFormat.LONG, s, List.of());
    for (int h = 1; h <= 3; h++) {
      PanelBacktestResult.ScoreRow raw = row(r, "rw-drift", h, "all", "none");
      PanelBacktestResult.ScoreRow held = row(r, "rw-drift", h, "all", "held-out");
      // fat tails and drift that the fit cannot foresee: the 95 % interval misses far more
      // often than 5 % (the 80 % one may not: a t with 3 df has more mass near its centre).
      assertTrue(raw.coverage95().getAsDouble() < 0.92, raw.toString());
      assertEquals(0.80, held.coverage80().getAsDouble(), 0.02, held.toString());
      assertEquals(0.95, held.coverage95().getAsDouble(), 0.02, held.toString());
    }
  }

  @Test
  void oneThreadAndEightGiveTheSameFiles() {
    Path panel = SyntheticPanels.regimes(dir, 120, 25, 3);
    PanelSettings s = PanelSettings.defaults()
        .withKinds(List.of(ModelKind.RW_DRIFT, ModelKind.LOG_LINEAR))
        .withHorizon(5)
        .withMinTrain(3);
    PanelBacktestResult one =
        PanelBacktest.run(panel, PanelFormat.LONG, s.withThreads(1), List.of());
    PanelBacktestResult eight =
        PanelBacktest.run(panel, PanelFormat.LONG, s.withThreads(8), List.of());
    assertEquals(one.scoresCsv(), eight.scoresCsv());
    assertEquals(one.oddsCsv(), eight.oddsCsv());
    assertEquals(one.recalibration().toCsv(), eight.recalibration().toCsv());
    assertTrue(one.scoresCsv().startsWith(PanelBacktestResult.SCORES_HEADER + "\n"));
    assertTrue(one.oddsCsv().startsWith(PanelBacktestResult.ODDS_HEADER + "\n"));
  }

  @Test
  void maseIsTheRatioOfTheCellsMeanLogErrorToItsMeanInSampleScale() {
    // Two 4-year series, log values a: 0, 1, 1.5, 3 and b: 0, 0.1, 0.3, 1.2; min-train 3, h = 1,
    // so one origin each, fitted on the first 3 points (history 3-5).
    // a: rw-drift's drift (1.5 − 0)/2 = 0.75, median ln 1.5 + 0.75 = 2.25, |error| |3 − 2.25| =
    //    0.75; in-sample scale mean(|1 − 0|, |1.5 − 1|) = 0.75.
    // b: drift 0.3/2 = 0.15, median ln 0.45, |error| 0.75; scale mean(0.1, 0.2) = 0.15.
    // Ratio of means: (0.75 + 0.75) / (0.75 + 0.15) = 1.5/0.9 = 5/3 (the mean of the per-origin
    // ratios would be (1 + 5)/2 = 3).
    double[][] logs = {{0, 1, 1.5, 3}, {0, 0.1, 0.3, 1.2}};
    StringBuilder text = new StringBuilder("series,year,value\n");
    for (int i = 0; i < logs.length; i++) {
      for (int t = 0; t < logs[i].length; t++) {
        text.append(i == 0 ? "a" : "b")
            .append(',')
            .append(2000 + t)
            .append(',')
            .append(Math.exp(logs[i][t]))
            .append('\n');
      }
    }
    Path panel = SyntheticPanels.write(dir.resolve("mase.csv"), text);
    PanelSettings s = PanelSettings.defaults()
        .withKinds(List.of(ModelKind.RW_DRIFT))
        .withHorizon(1)
        .withMinTrain(3);
    PanelBacktestResult r = PanelBacktest.run(panel, PanelFormat.LONG, s, List.of());
    PanelBacktestResult.ScoreRow raw = row(r, "rw-drift", 1, "3-5", "none");
    assertEquals(2, raw.n());
    // the panel keeps each forecast's log point as a float: agreement to 1e-6
    assertEquals(5.0 / 3.0, raw.mase().getAsDouble(), 1e-6);
    assertEquals(5.0 / 3.0, row(r, "rw-drift", 1, "all", "none").mase().getAsDouble(), 1e-6);
  }
}
