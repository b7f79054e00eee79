package org.tradetarget.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradetarget.core.analysis.HindsightScore;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.Target;
import org.tradetarget.core.evidence.PanelFormat;
import org.tradetarget.core.evidence.PanelHistories;
import org.tradetarget.core.evidence.Recalibration;
import org.tradetarget.core.simulate.SimulationSpec;

/**
 * Hindsight over a synthetic registry and a synthetic COW panel: p_met against the closed form of a
 * random walk with drift, raw and under a known recalibration, the targets that cannot be judged,
 * and the scores.
 */
class HindsightsTest {
  @TempDir
  Path dir;

  /**
   * Thailand (COW 800) – Laos (COW 812), the series TH-LA (the corridor LA-TH), 2000–2008: ln x starts at ln 1000 and rises by 0.15 and
   * 0.05 in turn, so the 8 log differences have mean d = 0.10 and standard deviation σ = √(8 ×
   * 0.05² / 7) = √(0.02 / 7); two-way trade is flow1 + flow2, written as halves.
   */
  private Path panel() throws Exception {
    StringBuilder sb = new StringBuilder("ccode1,ccode2,year,flow1,flow2\n");
    double log = Math.log(1000);
    for (int t = 0; t <= 8; t++) {
      double half = Math.exp(log) / 2;
      sb.append(String.format(Locale.ROOT, "800,812,%d,%.9f,%.9f%n", 2000 + t, half, half));
      log += t % 2 == 0 ? 0.15 : 0.05;
    }
    return Files.writeString(dir.resolve("cow.csv"), sb);
  }

  /** A recalibration that moves every standardised position up by 0.3 (rw-drift, step 1, 6-10). */
  private Path shift() throws Exception {
    NormalDistribution n = new NormalDistribution(0, 1);
    double[] levels = {
      0.01, 0.025, 0.05, 0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 0.95, 0.975, 0.99
    };
    StringBuilder sb = new StringBuilder("kind,horizon,history,n,q01,q025,q05,q10,q20,q25,q30,q40,"
        + "q50,q60,q70,q75,q80,q90,q95,q975,q99\nrw-drift,1,6-10,100");
    for (double l : levels) {
      sb.append(String.format(Locale.ROOT, ",%.9f", n.inverseCumulativeProbability(l) + 0.3));
    }
    return Files.writeString(dir.resolve("shift.csv"), sb.append('\n'));
  }

  @Test
  void pMetIsTheRandomWalksClosedFormRawAndRecalibrated() throws Exception {
    double sigma = Math.sqrt(0.02 / 7);
    double last = 1000 * Math.exp(0.8);
    // Announced in 2009, deadline 2009: one step from 2008, ln x_2009 = ln x_2008 + d + σZ without
    // parameter uncertainty. Target 1 at z = +0.5 (ln T = ln x_2008 + d + 0.5σ): P = 1 − Φ(0.5) =
    // 0.3085375; target 2 at z = −0.5: P = Φ(0.5) = 0.6914625.
    double t1 = last * Math.exp(0.10 + 0.5 * sigma);
    double t2 = last * Math.exp(0.10 - 0.5 * sigma);
    String csv = "corridor,target_usd_million,deadline,announced,outcome,extra\n"
        + "TH-LA," + t1 + ",2009,2009-03-01,met,x\n"
        + "TH-LA," + t2 + ",2009,2009,missed,\n"
        + "LA-TH," + t1 + ",2009,2009,open,\n"
        + "TH-LA,5000,,2009,met,\n"
        + "TH-LA,5000,2030,2020,missed,\n"
        + "KH-TH,5000,2012,2009,missed,\n";
    List<Target> targets = Hindsights.readTargets(Files.writeString(dir.resolve("t.csv"), csv));
    SimulationSpec spec =
        Hindsights.defaultSpec().withSeed(7).withParameterUncertainty(false).withThreads(2);
    Hindsights.Result r = Hindsights.run(
        targets,
        Optional.empty(),
        Optional.of(PanelHistories.read(panel(), PanelFormat.AUTO)),
        List.of(ModelKind.RW_DRIFT),
        Recalibration.read(shift()),
        spec);

    // 3 judged targets x (raw, recalibrated)
    assertEquals(6, r.rows().size());
    assertEquals(List.of("none", dir.resolve("shift.csv").toString()), r.recalibrations());
    // The map is T(z) = z + 0.3 on the standardised position (x − μ)/s, with s the forecast's
    // standard error σ·√(1 + 1/8) (rw-drift's drift term, n − 1 = 8): a path moves up by 0.3·s =
    // 0.3·√(9/8)·σ = 0.3181981σ. Target 1: P = 1 − Φ(0.5 − 0.3181981) = 0.4278691; target 2:
    // 1 − Φ(−0.5 − 0.3181981) = 0.7933779. Monte Carlo error with 10,000 paths is at most 0.005.
    double[] expected = {0.3085375, 0.4278691, 0.6914625, 0.7933779, 0.3085375, 0.4278691};
    for (int i = 0; i < 6; i++) {
      Hindsights.Row w = r.rows().get(i);
      assertEquals(expected[i], w.pMet().getAsDouble(), 0.02, w.toString());
      assertEquals(Hindsights.PANEL, w.historySource());
      assertEquals(2000, w.history().firstYear());
      assertEquals(2008, w.history().lastYear());
    }
    assertEquals("met", r.rows().get(0).outcome());
    assertEquals("missed", r.rows().get(2).outcome());
    assertEquals("undecided", r.rows().get(4).outcome());

    assertEquals(3, r.unjudged().size());
    assertEquals("the target has no deadline", r.unjudged().get(0).reason());
    assertEquals(
        "no data up to 2019, the year before the announcement: the panel's LA-TH series has no"
            + " value in 2019 (its last year is 2008)",
        r.unjudged().get(1).reason());
    assertTrue(r.unjudged().get(2).reason().endsWith("the panel has no KH-TH series"));

    // Scores over the two decided targets (the undecided one left out): Brier = ((p1 − 1)² +
    // p2²) / 2; with the closed forms ((0.6914625)² + (0.6914625)²) / 2 = 0.4781202 raw. The
    // climatology leaves each out: the met target gets 0/1 met, the missed one 1/1, so its Brier is
    // ((0 − 1)² + (1 − 0)²) / 2 = 1 and its log score −ln 0.001 = 6.9077553 (bounded).
    HindsightScore raw = r.summary().get(0).score().orElseThrow();
    double p1 = r.rows().get(0).pMet().getAsDouble();
    double p2 = r.rows().get(2).pMet().getAsDouble();
    assertEquals(2, raw.n());
    assertEquals(((p1 - 1) * (p1 - 1) + p2 * p2) / 2, raw.brier(), 1e-12);
    assertEquals(0.4781202, raw.brier(), 0.03);
    assertEquals(-(Math.log(p1) + Math.log(1 - p2)) / 2, raw.logScore(), 1e-12);
    assertEquals(1.0, raw.climatologyBrier(), 1e-12);
    assertEquals(6.9077553, raw.climatologyLogScore(), 1e-6);
  }

  @Test
  void theSameNumbersOnAnyThreadCount() throws Exception {
    String csv =
        "corridor,target_usd_million,deadline,announced,outcome\nTH-LA,4000,2012,2009,met\n";
    List<Target> targets = Hindsights.readTargets(Files.writeString(dir.resolve("t.csv"), csv));
    PanelHistories p = PanelHistories.read(panel(), PanelFormat.COW);
    Hindsights.Result one = Hindsights.run(
        targets,
        Optional.empty(),
        Optional.of(p),
        List.of(ModelKind.RW_DRIFT, ModelKind.ARIMA),
        Recalibration.bundled(),
        Hindsights.defaultSpec().withThreads(1));
    Hindsights.Result two = Hindsights.run(
        targets,
        Optional.empty(),
        Optional.of(p),
        List.of(ModelKind.RW_DRIFT, ModelKind.ARIMA),
        Recalibration.bundled(),
        Hindsights.defaultSpec().withThreads(3));
    assertEquals(
        one.rows().stream().map(Hindsights.Row::pMet).toList(),
        two.rows().stream().map(Hindsights.Row::pMet).toList());
  }
}
