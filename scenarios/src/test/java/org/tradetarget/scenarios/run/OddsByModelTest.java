package org.tradetarget.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    // Each kind's own law: the ensemble (which has no recalibration map) is compared with its
    // members, so they must not be recalibrated either.
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
}
