package org.tradetarget.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradetarget.core.analysis.OutlookResult;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.scenarios.io.ScenarioLoader;
import org.tradetarget.scenarios.spec.ScenarioSpec;

/**
 * The odds-by-model table claims that each row is the scenario's headline under that kind, with the
 * same random numbers: a reader who edits the scenario to {@code model: K} must get the row's
 * numbers to the last bit. Kinds that cannot fit say why; the ensemble is the weighted mix of its
 * members up to Monte Carlo error.
 */
final class OddsByModelTest {
  @TempDir
  static Path dir;

  private static ScenarioSpec baseline;
  private static OddsByModel odds;

  @BeforeAll
  static void runOnce() throws IOException {
    Path bundled = Path.of("clv-2030-baseline.yaml");
    if (!Files.exists(bundled)) {
      bundled = Path.of("scenarios").resolve("clv-2030-baseline.yaml");
    }
    Files.copy(bundled, dir.resolve("clv-2030-baseline.yaml"));
    // fewer paths than the bundled file, to keep the test quick; every run below uses these.
    // Each kind's own law: the ensemble is compared with its members, and only raw is its P(met)
    // the weighted mix of theirs (recalibrated, the mixture as a whole is mapped).
    Files.writeString(dir.resolve("small.yaml"), """
        name: small
        extends: clv-2030-baseline.yaml
        simulation:
          paths: 20000
          recalibration: none
        """);
    baseline = ScenarioLoader.load(dir.resolve("small.yaml"));
    odds = OddsByModel.of(baseline, ScenarioPreparer.prepare(baseline), 0);
  }

  private static OddsByModel.Row row(String corridor, ModelKind k) {
    return odds.corridors().stream()
        .filter(c -> c.corridor().equals(corridor))
        .findFirst()
        .orElseThrow()
        .rows()
        .stream()
        .filter(r -> r.kind() == k)
        .findFirst()
        .orElseThrow();
  }

  private static OutlookResult headline(String name, String model, String corridor)
      throws IOException {
    Path f = dir.resolve(name + ".yaml");
    Files.writeString(
        f, "name: " + name + "\nextends: small.yaml\nmodel:\n  kind: " + model + "\n");
    ScenarioResult r = ScenarioRunner.run(ScenarioLoader.load(f));
    return r.summaries().stream()
        .filter(s -> s.name().equals(corridor))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void rowForKind_isTheHeadlineOfTheScenarioRunWithThatModel_bitForBit() throws IOException {
    // model: arima at the top: VN-LA and VN-KH take arima, KH-LA keeps its own constant-growth
    // (arima cannot fit its 3 points), exactly the run behind the arima rows.
    for (String corridor : new String[] {"VN-LA", "VN-KH"}) {
      OutlookResult h = headline("with-arima", "arima", corridor);
      OddsByModel.Row r = row(corridor, ModelKind.ARIMA);
      assertEquals(Double.doubleToRawLongBits(h.pMet()), Double.doubleToRawLongBits(r.pMet()));
      assertEquals(Double.doubleToRawLongBits(h.median()), Double.doubleToRawLongBits(r.median()));
      assertEquals(h.medianFirstYear(), r.medianFirstYear());
      assertEquals(h.pMetSe(), r.pMetSe(), 0);
    }
    OutlookResult damped = headline("with-holt-damped", "holt-damped", "VN-LA");
    assertEquals(
        Double.doubleToRawLongBits(damped.pMet()),
        Double.doubleToRawLongBits(row("VN-LA", ModelKind.HOLT_DAMPED).pMet()));
  }

  @Test
  void theScenariosOwnEnsemble_isItsEnsembleRow_bitForBit() {
    // VN-LA and VN-KH run the scenario's ensemble (five members weighed by the panel's scores);
    // its row reruns exactly that, and KH-LA, where no ensemble fits, keeps its constant-growth
    ScenarioResult r = ScenarioRunner.run(baseline);
    for (int i = 0; i < 2; i++) {
      OutlookResult h = r.summaries().get(i);
      OddsByModel.Row ens = row(h.name(), ModelKind.ENSEMBLE);
      assertTrue(ens.headline(), h.name());
      assertEquals(Double.doubleToRawLongBits(h.pMet()), Double.doubleToRawLongBits(ens.pMet()));
      assertEquals(
          java.util.Set.of(
              ModelKind.RW_DRIFT,
              ModelKind.LOG_LINEAR,
              ModelKind.HOLT,
              ModelKind.HOLT_DAMPED,
              ModelKind.ARIMA),
          ens.weights().keySet(),
          h.name());
    }
  }

  @Test
  void kindThatCannotFit_showsItsReason_andNoNumbers() {
    OddsByModel.Row holt = row("KH-LA", ModelKind.HOLT);
    assertTrue(holt.summary().isEmpty());
    assertTrue(Double.isNaN(holt.pMet()));
    assertTrue(holt.reason().contains("needs at least 9 consecutive points"), holt.reason());
    OddsByModel.Row ens = row("KH-LA", ModelKind.ENSEMBLE);
    assertTrue(ens.summary().isEmpty());
    assertTrue(ens.reason().contains("weights: skill"), ens.reason());
    // what fits three points does get numbers
    assertTrue(row("KH-LA", ModelKind.RW_DRIFT).summary().isPresent());
  }

  @Test
  void ensemble_isTheWeightedMixOfItsMembers_within4Se() {
    for (String corridor : new String[] {"VN-LA", "VN-KH"}) {
      OddsByModel.Row ens = row(corridor, ModelKind.ENSEMBLE);
      assertFalse(ens.weights().isEmpty());
      double mix = 0;
      double sum = 0;
      for (Map.Entry<ModelKind, Double> e : ens.weights().entrySet()) {
        mix += e.getValue() * row(corridor, e.getKey()).pMet();
        sum += e.getValue();
      }
      assertEquals(1, sum, 1e-9);
      assertEquals(mix, ens.pMet(), 4 * ens.pMetSe(), corridor + ": mix " + mix);
    }
  }

  @Test
  void backtestCrps_isScoredOnTheSameOriginsForEveryKind() {
    OddsByModel.CorridorOdds la = odds.corridors().get(0);
    assertEquals("VN-LA", la.corridor());
    // VN-LA: 15 consecutive points; holt-damped needs 10, so origins 10..14 and H = min(5, 15 - 10)
    assertEquals(10, la.minTrain());
    assertEquals(5, la.horizon());
    OddsByModel.Row rw = row("VN-LA", ModelKind.RW_DRIFT);
    org.tradetarget.core.analysis.BacktestResult b = org.tradetarget.core.analysis.Backtest.run(
        ScenarioPreparer.prepare(baseline).get(0).series(),
        ModelKind.RW_DRIFT,
        org.tradetarget.core.calibrate.ModelParams.none(),
        5,
        10);
    // 5 + 4 + 3 + 2 + 1 = 15 forecasts, each weighing the same
    assertEquals(15, b.forecasts().size());
    double sum = 0;
    for (var f : b.forecasts()) {
      sum += f.crpsLog();
    }
    assertEquals(sum / 15, rw.crps().getAsDouble(), 1e-15);
  }

  /** A cell of seeds/panel-evidence.csv found by a plain split of its lines: {crps, cov80, cov95}. */
  private static double[] bundled(String kind, int h, String history, String scoring)
      throws IOException {
    Path seeds = Path.of(System.getProperty("user.dir")).resolve("../seeds/panel-evidence.csv");
    for (String line : Files.readAllLines(seeds)) {
      String[] c = line.split(",", -1);
      if (c.length > 8
          && c[0].equals(kind)
          && c[1].equals(Integer.toString(h))
          && c[2].equals(history)
          && c[3].equals(scoring)) {
        return new double[] {
          Double.parseDouble(c[5]), Double.parseDouble(c[7]), Double.parseDouble(c[8])
        };
      }
    }
    throw new AssertionError("no cell " + kind + " " + h + " " + history + " " + scoring);
  }

  @Test
  void panelEvidence_isTheBundledCellOfTheFitsClassAtTheDeadlinesStep() throws IOException {
    // This run is raw (recalibration: none), so the raw (none) scores apply. VN-LA: 15 consecutive
    // points to 2025 (class 11-20), deadline 2030: step 5. KH-LA: 3 points to 2022, step 8.
    KindEvidence rw = row("VN-LA", ModelKind.RW_DRIFT).evidence().orElseThrow();
    assertEquals(15, rw.points());
    assertEquals("11-20", rw.history());
    assertEquals(5, rw.horizon());
    assertEquals("none", rw.scoring());
    double[] cell = bundled("rw-drift", 5, "11-20", "none");
    assertEquals(cell[0], rw.crps().getAsDouble(), 0.0);
    // "badly calibrated raw": 80 % or 95 % coverage more than 3 points from nominal
    boolean bad = Math.abs(cell[1] - 0.80) > 0.03 || Math.abs(cell[2] - 0.95) > 0.03;
    assertEquals(bad, rw.badlyCalibratedRaw());
    assertTrue(rw.notEvidence().isEmpty());
    KindEvidence kh = row("KH-LA", ModelKind.RW_DRIFT).evidence().orElseThrow();
    assertEquals(3, kh.points());
    assertEquals(8, kh.horizon());
    assertEquals(bundled("rw-drift", 8, "3-5", "none")[0], kh.crps().getAsDouble(), 0.0);
    assertTrue(kh.notEvidence().contains("3 points"), kh.notEvidence());
    // kinds the panel did not score have no panel CRPS; a kind that cannot fit has no evidence
    assertTrue(row("VN-LA", ModelKind.GRAVITY).evidence().orElseThrow().crps().isEmpty());
    assertTrue(row("KH-LA", ModelKind.HOLT).evidence().isEmpty());
    // each corridor's headline kind is exactly one row, and the lowest panel CRPS is named
    for (OddsByModel.CorridorOdds c : odds.corridors()) {
      assertEquals(1, c.rows().stream().filter(OddsByModel.Row::headline).count(), c.corridor());
      double low = c.rows().stream()
          .filter(r -> r.summary().isPresent())
          .flatMap(r -> r.evidence().stream())
          .filter(e -> e.crps().isPresent())
          .mapToDouble(e -> e.crps().getAsDouble())
          .min()
          .orElseThrow();
      ModelKind best = c.bestByPanel().orElseThrow();
      assertEquals(low, row(c.corridor(), best).evidence().orElseThrow().crps().getAsDouble());
    }
  }

  @Test
  void aHeadlineKindOutsideTheComparedKinds_isALastRowWithTheScenariosOwnOdds() throws IOException {
    Files.writeString(dir.resolve("cg.yaml"), """
        name: cg
        corridors:
          KH-LA:
            model:
              kind: constant-growth
              params: {rate: 0.10, sigma: 0.195}
        simulation:
          paths: 4000
          seed: 7
          end_year: 2030
        """);
    ScenarioSpec spec = ScenarioLoader.load(dir.resolve("cg.yaml"));
    List<PreparedCorridor> prepared = ScenarioPreparer.prepare(spec);
    OddsByModel o = OddsByModel.of(spec, prepared, 0);
    List<OddsByModel.Row> rows = o.corridors().get(0).rows();
    OddsByModel.Row last = rows.get(rows.size() - 1);
    assertEquals(ModelKind.CONSTANT_GROWTH, last.kind());
    assertTrue(last.headline());
    // the scenario as it stands: the same seed and paths give the headline's P(met) exactly
    double headline = ScenarioRunner.run(spec, prepared, 0).summaries().get(0).pMet();
    assertEquals(Double.doubleToRawLongBits(headline), Double.doubleToRawLongBits(last.pMet()));
    assertEquals(OddsByModel.KINDS.size() + 1, rows.size());
  }
}
