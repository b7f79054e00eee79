package org.tradetarget.core.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradetarget.core.calibrate.ModelKind;

/** The {@code ensemble} in a panel backtest: weights from the other half, mixture, maps. */
class EnsembleBacktestTest {
  private static final List<ModelKind> KINDS =
      List.of(ModelKind.RW_DRIFT, ModelKind.LOG_LINEAR, ModelKind.ENSEMBLE);

  @TempDir
  Path dir;

  private static String idInHalf(int half, String prefix) {
    for (int i = 0; ; i++) {
      String id = prefix + i;
      if (FittedRun.half(id) == half) {
        return id;
      }
    }
  }

  /** A 4-year run fitted once on 3 points (class 3-5), one step ahead, forecasting μ = ln y₄. */
  private static FittedRun run(String id, float rwSigma, float llSigma) {
    double[] values = {100, 110, 120, 130};
    float mu = (float) Math.log(130);
    float[][] f = {
      rwSigma > 0 ? new float[] {mu, rwSigma} : null,
      llSigma > 0 ? new float[] {mu, llSigma} : null,
      null
    };
    return new FittedRun(id, 2000, values, new int[] {3}, new float[][][] {f});
  }

  @Test
  void theWeightsOfOneHalfComeFromTheOtherHalfsScores() {
    PanelSettings s = PanelSettings.defaults().withKinds(KINDS).withHorizon(1);
    PanelEvidence e = new PanelEvidence(s, 2002);
    // half 1: both forecasts hit the outcome (z = 0), so CRPS = σ·(2φ(0) − 1/√π) ∝ σ:
    // rw-drift σ 0.1, log-linear σ 0.3 → weights for half 0 ∝ 1/0.1 : 1/0.3 = 0.75 : 0.25.
    e.add(run(idInHalf(1, "b"), 0.1f, 0.3f));
    // half 0's own scores would reverse them; they only weigh half 1's series.
    e.add(run(idInHalf(0, "a"), 0.3f, 0.01f));
    EnsembleWeights w = e.ensembleWeights();
    int c = HistoryClass.of(3).index();
    assertEquals(
        0.1 * (2 / Math.sqrt(2 * Math.PI) - 1 / Math.sqrt(Math.PI)), w.meanCrps(0, 1, c, 1), 1e-6);
    FittedRun scored = run(idInHalf(0, "c"), 0.2f, 0.2f);
    assertArrayEquals(new double[] {0.75, 0.25, 0}, w.at(scored.forecasts[0], 1, c, 0), 1e-6);
    // half 1 weighed by half 0: ∝ 1/0.3 : 1/0.01 → 1/31, 30/31
    assertArrayEquals(
        new double[] {1 / 31.0, 30 / 31.0, 0}, w.at(scored.forecasts[0], 1, c, 1), 1e-6);
    // a member not fitted at the origin gets 0 and the others are renormalised
    FittedRun noRw = run(idInHalf(0, "d"), 0, 0.2f);
    assertArrayEquals(new double[] {0, 1, 0}, w.at(noRw.forecasts[0], 1, c, 0), 1e-12);
    // another history class has no scores: no weights
    assertNull(w.at(scored.forecasts[0], 1, HistoryClass.LONGEST.index(), 0));
  }

  /**
   * Two regimes: half the series are random walks with drift (rw-drift's law), half are
   * stationary around a log-linear trend (log-linear's law). Neither kind is right everywhere; the
   * ensemble's mixture is not the law either, but its held-out map, fitted on the other half's
   * mixture positions, puts its intervals where the outcomes fall.
   */
  private static Path twoRegimes(Path dir, int series, int years, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder("series,year,value\n");
    for (int s = 0; s < series; s++) {
      boolean walk = s % 2 == 0;
      double d = 0.01 + 0.05 * rng.nextDouble();
      double sigma = 0.05 + 0.15 * rng.nextDouble();
      double x = Math.log(100);
      for (int t = 0; t < years; t++) {
        if (walk && t > 0) {
          x += d + sigma * rng.nextGaussian();
        }
        double v = walk ? x : Math.log(100) + d * t + sigma * rng.nextGaussian();
        sb.append(String.format(Locale.ROOT, "s%04d,%d,%.6e%n", s, 1950 + t, Math.exp(v)));
      }
    }
    return SyntheticPanels.write(dir.resolve("two-regimes.csv"), sb);
  }

  private static PanelBacktestResult.ScoreRow row(
      PanelBacktestResult r, String kind, int h, String recalibration) {
    return r.scores().stream()
        .filter(x -> x.kind().equals(kind)
            && x.horizon() == h
            && x.history().equals(HistoryClass.ALL)
            && x.recalibration().equals(recalibration))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theEnsemblesHeldOutCoverageIsNominalAfterRecalibration() {
    Path panel = twoRegimes(dir, 600, 40, 17);
    PanelSettings s = PanelSettings.defaults()
        .withKinds(KINDS)
        .withHorizon(3)
        .withMinTrain(10)
        .withThreads(2);
    PanelBacktestResult r = PanelBacktest.run(panel, PanelFormat.LONG, s, List.of());
    for (int h = 1; h <= 3; h++) {
      PanelBacktestResult.ScoreRow held = row(r, "ensemble", h, "held-out");
      assertTrue(held.n() > 5000, held.toString());
      assertEquals(0.80, held.coverage80().getAsDouble(), 0.02, held.toString());
      assertEquals(0.95, held.coverage95().getAsDouble(), 0.02, held.toString());
      // the ensemble is scored on the origins where its members are: as many as rw-drift's
      assertEquals(
          row(r, "rw-drift", h, "none").n(), row(r, "ensemble", h, "none").n());
    }
    assertTrue(r.recalibration().toCsv().contains("\nensemble,1,"));
    assertTrue(r.oddsCsv().contains("\nensemble,"));
  }

  @Test
  void oneThreadAndEightGiveTheSameFilesAndTheOtherKindsRowsDoNotChange() {
    Path panel = SyntheticPanels.regimes(dir, 120, 25, 3);
    PanelSettings s = PanelSettings.defaults().withKinds(KINDS).withHorizon(5).withMinTrain(3);
    PanelBacktestResult one =
        PanelBacktest.run(panel, PanelFormat.LONG, s.withThreads(1), List.of());
    PanelBacktestResult eight =
        PanelBacktest.run(panel, PanelFormat.LONG, s.withThreads(8), List.of());
    assertEquals(one.scoresCsv(), eight.scoresCsv());
    assertEquals(one.oddsCsv(), eight.oddsCsv());
    assertEquals(one.recalibration().toCsv(), eight.recalibration().toCsv());
    PanelBacktestResult without =
        PanelBacktest.run(panel, PanelFormat.LONG, s.withKinds(KINDS.subList(0, 2)), List.of());
    assertEquals(without.scoresCsv(), withoutEnsemble(one.scoresCsv()));
    assertEquals(without.oddsCsv(), withoutEnsemble(one.oddsCsv()));
  }

  private static String withoutEnsemble(String csv) {
    return csv.lines().filter(l -> !l.startsWith("ensemble,")).collect(Collectors.joining("\n"))
        + "\n";
  }
}
