package org.tradetarget.core.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.calibrate.ReferenceRule;
import org.tradetarget.core.calibrate.ReferenceSet;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.model.Forecast;
import org.tradetarget.core.model.Projection;
import org.tradetarget.core.model.StateSpace;

/** {@code reference-class}: calibration on a known law, no look-ahead, thread counts, bad input. */
class ReferenceClassTest {
  @TempDir
  Path dir;

  /**
   * Every series follows ln y_t = ln y_{t−1} + 0.03 + 0.1·ε_t (ε standard normal) from a level
   * 10^U(0, 4): the log growth over the next h years is N(0.03h, 0.01h) whatever the past, so the
   * matched pairs' trajectories are draws from the very law of the corridor's future.
   */
  private Path commonLaw(int series, int years, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder("series,year,value\n");
    for (int s = 0; s < series; s++) {
      double x = Math.log(10) * 4 * rng.nextDouble();
      for (int t = 0; t < years; t++) {
        if (t > 0) {
          x += 0.03 + 0.1 * rng.nextGaussian();
        }
        sb.append(String.format(Locale.ROOT, "cl%04d,%d,%.8e%n", s, 1950 + t, Math.exp(x)));
      }
    }
    return SyntheticPanels.write(dir.resolve("common.csv"), sb);
  }

  private static PanelBacktestResult.ScoreRow row(PanelBacktestResult r, int h, String rec) {
    return r.scores().stream()
        .filter(s -> s.kind().equals("reference-class")
            && s.horizon() == h
            && s.history().equals("all")
            && s.recalibration().equals(rec))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void coverageOnAPanelWithAKnownLawIsNominal() {
    // The kind is scored by the normal with its trajectories' median and standard deviation; with
    // k = 100 draws of N(0.03h, 0.01h) that normal is the true law up to sampling error of the sd
    // (about 7 %), which moves the 95 % coverage by well under a point. Tolerance ±3 points.
    Path panel = commonLaw(400, 40, 17);
    PanelSettings s = PanelSettings.defaults()
        .withKinds(List.of(ModelKind.REFERENCE_CLASS))
        .withHorizon(3)
        .withMinTrain(10);
    PanelBacktestResult r = PanelBacktest.run(panel, PanelFormat.LONG, s, List.of());
    for (int h = 1; h <= 3; h++) {
      PanelBacktestResult.ScoreRow raw = row(r, h, "none");
      assertTrue(raw.n() > 5000, raw.toString());
      assertEquals(0.80, raw.coverage80().getAsDouble(), 0.03, raw.toString());
      assertEquals(0.95, raw.coverage95().getAsDouble(), 0.03, raw.toString());
      assertEquals(0.50, raw.coverage50().getAsDouble(), 0.03, raw.toString());
      PanelBacktestResult.ScoreRow held = row(r, h, "held-out");
      assertEquals(0.95, held.coverage95().getAsDouble(), 0.03, held.toString());
    }
  }

  @Test
  void theProjectionsOwnIntervalsCoverAsNominal() {
    // The kind's own (empirical) 80 % and 95 % intervals h = 5 years after 1979, for 300 series
    // whose references are 300 others of the same law (a separate panel file, so no series is in
    // both): each interval is a pair of order statistics of 100 draws of the law, covering a new
    // draw with probability about 0.80 and 0.95 exactly (±0.3 points for the interpolation); over
    // 300 independent series the binomial sd is 2.3 and 1.3 points.
    Path panel = commonLaw(300, 40, 23);
    SplittableRandom rng = new SplittableRandom(99);
    int in80 = 0;
    int in95 = 0;
    int n = 300;
    for (int i = 0; i < n; i++) {
      int[] years = new int[30];
      double[] v = new double[30];
      double x = Math.log(10) * 4 * rng.nextDouble();
      for (int t = 0; t < 30; t++) {
        x += t > 0 ? 0.03 + 0.1 * rng.nextGaussian() : 0;
        years[t] = 1950 + t;
        v[t] = Math.exp(x);
      }
      double future = x;
      for (int h = 1; h <= 5; h++) {
        future += 0.03 + 0.1 * rng.nextGaussian();
      }
      Calibration c = ModelKind.REFERENCE_CLASS.fit(
          AnnualSeries.of("target" + i, years, v),
          ModelParams.of(Map.of("panel", panel.toString())));
      Forecast f = c.projection().forecast(5, 80, 95);
      double y = Math.exp(future);
      in80 += y >= f.lower()[0][4] && y <= f.upper()[0][4] ? 1 : 0;
      in95 += y >= f.lower()[1][4] && y <= f.upper()[1][4] ? 1 : 0;
    }
    assertEquals(0.80, in80 / (double) n, 0.07);
    assertEquals(0.95, in95 / (double) n, 0.04);
  }

  @Test
  void simulatedPathsFollowTheTrajectoriesTheIntervalsAreReadFrom() {
    // 20,000 paths with their own keys and no shocks (the engine's per-path sigma is 0): the share
    // of paths at or below each bound is the bound's level within 0.02 (atoms of 1/k = 0.01, Monte
    // Carlo sd 0.002; beyond L = 10 years the bounds come from 4,000 chained draws, sd 0.005).
    Path panel = commonLaw(150, 40, 31);
    int[] years = {1985, 1986, 1987};
    double[] v = {100, 104, 107};
    Projection p = ModelKind.REFERENCE_CLASS
        .fit(AnnualSeries.of("t", years, v), ModelParams.of(Map.of("panel", panel.toString())))
        .projection();
    StateSpace ss = p.simulator();
    assertTrue(ss.perPathSigma() && ss.randomInitialState());
    int paths = 20_000;
    int steps = 12;
    double[] state = new double[ss.stateSize()];
    double[][] sim = new double[steps][paths];
    SplittableRandom keys = new SplittableRandom(7);
    for (int i = 0; i < paths; i++) {
      ss.initialState(state, 0, keys.nextLong());
      assertEquals(0.0, ss.pathSigma(state, 0));
      for (int h = 0; h < steps; h++) {
        sim[h][i] = ss.step(state, 0, 0.0);
      }
    }
    Forecast f = p.forecast(steps, 80, 95);
    for (int h : new int[] {0, 4, 9, 11}) {
      double[][] bounds = {
        {f.lower()[0][h], 0.10}, {f.upper()[0][h], 0.90},
        {f.lower()[1][h], 0.025}, {f.upper()[1][h], 0.975}
      };
      for (double[] b : bounds) {
        double bound = Math.log(b[0]);
        long below = Arrays.stream(sim[h]).filter(x -> x <= bound).count();
        assertEquals(b[1], below / (double) paths, 0.02, "step " + (h + 1) + " level " + b[1]);
      }
    }
  }

  @Test
  void aFuturePlantedInAnotherSeriesIsNeverSeen() {
    // Series "target" and its exact copy "copy" are flat (+1 % a year, no noise) up to 1980, then
    // jump tenfold in 1981 and stay there; 200 other series grow 1 % a year with small noise. A
    // look-ahead would find "copy" at 1980 (distance 0) and its tenfold jump; the rule allows only
    // trajectories that end by 1980, which never contain the jump.
    SplittableRandom rng = new SplittableRandom(5);
    StringBuilder sb = new StringBuilder("series,year,value\n");
    for (String id : List.of("target", "copy")) {
      for (int t = 1950; t <= 2000; t++) {
        double v = 100 * Math.exp(0.01 * (t - 1950)) * (t > 1980 ? 10 : 1);
        sb.append(String.format(Locale.ROOT, "%s,%d,%.8e%n", id, t, v));
      }
    }
    for (int s = 0; s < 200; s++) {
      double x = Math.log(100) + 0.5 * rng.nextGaussian();
      for (int t = 1950; t <= 2000; t++) {
        x += t > 1950 ? 0.01 + 0.02 * rng.nextGaussian() : 0;
        sb.append(String.format(Locale.ROOT, "s%03d,%d,%.8e%n", s, t, Math.exp(x)));
      }
    }
    Path panel = SyntheticPanels.write(dir.resolve("canary.csv"), sb);
    int[] years = new int[31];
    double[] v = new double[31];
    for (int t = 0; t <= 30; t++) {
      years[t] = 1950 + t;
      v[t] = 100 * Math.exp(0.01 * t);
    }
    Calibration c = ModelKind.REFERENCE_CLASS.fit(
        AnnualSeries.of("target", years, v), ModelParams.of(Map.of("panel", panel.toString())));
    // the largest trajectory (the 99.99 % bound of 100 draws is within 0.01 % of the top one):
    // the references move ±0.02·√10 ≈ 0.06 in log over 10 years, a jump would be ln 10 = 2.3.
    Forecast f = c.projection().forecast(10, 99.99);
    for (int h = 0; h < 10; h++) {
      assertTrue(f.upper()[0][h] < v[30] * 1.5, "h = " + (h + 1) + ": " + f.upper()[0][h]);
    }
    // The reference set itself, asked at origin 1990 for the corridor "target": "copy" (not the
    // target itself) may now be taken, with trajectories ending by 1990 that include the jump.
    ReferenceSet refs = new PanelReferences().read(panel);
    double[][] late =
        refs.match(Math.log(100) + 0.30, 0.01, 5, 1990, "target", ReferenceRule.defaults());
    double largest = 0;
    for (double[] t : late) {
      largest = Math.max(largest, t[9]);
    }
    assertTrue(largest > 2, "the 1980 start of copy (its jump) is allowed at 1990: " + largest);
  }

  @Test
  void aSingleObservationGetsAnAnswerAndThePanelIsReadOnce() {
    Path panel = commonLaw(60, 30, 3);
    long before = PanelReferences.reads();
    AnnualSeries one = AnnualSeries.of("short", new int[] {1985}, new double[] {500});
    ModelParams p = ModelParams.of(Map.of("panel", panel.toString(), "neighbours", "40"));
    Calibration a = ModelKind.REFERENCE_CLASS.fit(one, p);
    Calibration b = ModelKind.REFERENCE_CLASS.fit(one, p);
    assertEquals(40.0, a.parameters().get("pairs"));
    assertEquals(a.parameters(), b.parameters());
    assertEquals(1, PanelReferences.reads() - before);
  }

  @Test
  void oneThreadAndEightGiveTheSameFiles() {
    Path panel = SyntheticPanels.regimes(dir, 120, 25, 3);
    PanelSettings s = PanelSettings.defaults()
        .withKinds(List.of(ModelKind.REFERENCE_CLASS, ModelKind.RW_DRIFT))
        .withHorizon(5)
        .withMinTrain(3);
    PanelBacktestResult one =
        PanelBacktest.run(panel, PanelFormat.LONG, s.withThreads(1), List.of());
    PanelBacktestResult eight =
        PanelBacktest.run(panel, PanelFormat.LONG, s.withThreads(8), List.of());
    assertEquals(one.scoresCsv(), eight.scoresCsv());
    assertEquals(one.oddsCsv(), eight.oddsCsv());
    assertTrue(one.scoresCsv().contains("\nreference-class,"));
  }

  @Test
  void aMissingOrBadPanelIsOneClearLine() {
    AnnualSeries s = AnnualSeries.of("x", new int[] {2000, 2001}, new double[] {1, 2});
    InvalidInputException none = assertThrows(
        InvalidInputException.class, () -> ModelKind.REFERENCE_CLASS.fit(s, ModelParams.none()));
    assertTrue(none.getMessage().contains("'panel' is required"), none.getMessage());
    Path missing = dir.resolve("nowhere.csv");
    InvalidInputException gone = assertThrows(
        InvalidInputException.class,
        () ->
            ModelKind.REFERENCE_CLASS.fit(s, ModelParams.of(Map.of("panel", missing.toString()))));
    assertTrue(gone.getMessage().contains("nowhere.csv"), gone.getMessage());
    assertTrue(
        gone.getMessage().startsWith("reference-class: parameter 'panel': "), gone.getMessage());
    assertTrue(!gone.getMessage().contains("\n"), gone.getMessage());
    Path bad = SyntheticPanels.write(dir.resolve("bad.csv"), "series,year,value\na,2000,lots\n");
    InvalidInputException worse = assertThrows(
        InvalidInputException.class,
        () -> ModelKind.REFERENCE_CLASS.fit(s, ModelParams.of(Map.of("panel", bad.toString()))));
    assertTrue(worse.getMessage().contains("bad.csv:2"), worse.getMessage());
    List<String> problems = new ArrayList<>();
    ModelKind.REFERENCE_CLASS
        .problems(ModelParams.of(Map.of("panel", "p.csv", "neighbours", "0")))
        .forEach(pp -> problems.add(pp.message()));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("'neighbours': 0 is not allowed"), problems.get(0));
  }
}
