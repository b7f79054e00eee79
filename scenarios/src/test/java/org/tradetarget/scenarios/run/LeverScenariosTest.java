package org.tradetarget.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradetarget.scenarios.io.ScenarioException;
import org.tradetarget.scenarios.io.ScenarioLoader;

/**
 * Levers and macro changes in scenario files reach the simulation as stated: a sure project scales
 * every path by its effect, an impossible one changes nothing, slower GDP growth lowers the trend by
 * the income elasticities, and mistakes are reported where they are written.
 */
final class LeverScenariosTest {
  @TempDir
  Path dir;

  private ScenarioResult run(String extra) throws IOException {
    Path f = dir.resolve("s" + Integer.toHexString(extra.hashCode()) + ".yaml");
    Files.writeString(
        f, "name: s\ncorridors:\n  VN-KH: {}\nsimulation:\n  paths: 5000\n  seed: 11\n" + extra);
    return ScenarioRunner.run(ScenarioLoader.load(f));
  }

  @Test
  void sureDirectEffectScalesEveryPath() throws IOException {
    ScenarioResult base = run("");
    ScenarioResult lever =
        run("levers:\n  bridge: {corridors: [VN-KH], start_year: 2026, direct_effect: 0.05}\n");
    // common random numbers and a sure +5 % from 2026 on: every simulated value is 1.05 times the
    // base
    double ratio = lever.summaries().get(0).median() / base.summaries().get(0).median();
    assertEquals(1.05, ratio, 1e-9);
    double hi = lever.summaries().get(0).bandHigh() / base.summaries().get(0).bandHigh();
    assertEquals(1.05, hi, 1e-9);
  }

  @Test
  void leverThatNeverHappensChangesNothing() throws IOException {
    ScenarioResult base = run("");
    ScenarioResult lever = run("levers:\n  phnom-penh-bavet-expressway: {probability: 0}\n");
    assertEquals(base.summaries().get(0).pMet(), lever.summaries().get(0).pMet());
    assertEquals(base.summaries().get(0).median(), lever.summaries().get(0).median());
  }

  @Test
  void slowerGdpGrowthLowersTheTrendByTheIncomeElasticities() throws IOException {
    ScenarioResult base = run("");
    ScenarioResult slow = run("macro:\n  growth_shift: -0.01\n");
    // five years to 2030; per country and year ln((1 + g - 0.01) / (1 + g)) lies in
    // [-0.01036, -0.00930] for real growth g between 3 % and 8 %; two partners, elasticity 1
    double logRatio =
        Math.log(slow.summaries().get(0).median() / base.summaries().get(0).median());
    assertTrue(logRatio < 2 * 5 * -0.00930 && logRatio > 2 * 5 * -0.01036, "log ratio " + logRatio);
  }

  @Test
  void leverMistakesAreReportedWhereTheyAre() throws IOException {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(f, """
        name: bad
        corridors:
          VN-KH: {}
        levers:
          phnom-penh-bavet-expresway: {}
          bridge: {corridors: [VN-KH], start_year: 2027, direct_effect: 0.1, trade_cost_change: -0.1}
          tunnel: {corridors: [VN-XX], start_year: 2027, direct_effect: 0.1, probabilty: 0.5}
        macro:
          countries:
            TH: {growth_shift: 0.01}
          growth_shift: 0.9
        """);
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
    String all = String.join("\n", e.problems());
    assertTrue(
        all.contains(f + ":5:3: levers.phnom-penh-bavet-expresway: not a built-in lever")
            && all.contains("did you mean 'phnom-penh-bavet-expressway'"),
        all);
    assertTrue(all.contains("give either trade_cost_change or direct_effect, not both"), all);
    assertTrue(all.contains(f + ":7:") && all.contains("'VN-XX' is not allowed"), all);
    assertTrue(all.contains("did you mean 'probability'"), all);
    assertTrue(all.contains(f + ":10:5: macro.countries.TH: unknown country"), all);
    assertTrue(all.contains(f + ":11:17: macro.growth_shift: '0.9' is not allowed"), all);
  }
}
