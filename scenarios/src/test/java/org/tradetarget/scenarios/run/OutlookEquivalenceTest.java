package org.tradetarget.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradetarget.core.analysis.Outlook;
import org.tradetarget.core.analysis.OutlookResult;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.levers.BuiltInLever;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.core.simulate.CrisisJumps;
import org.tradetarget.core.simulate.Shocks;
import org.tradetarget.scenarios.io.ScenarioLoader;

/**
 * An economist who embeds the library and a colleague who runs the equivalent scenario file must
 * quote the same numbers to the last bit: the scenario runner and {@link Outlook} share one
 * computation, and this test holds them to it, for the defaults and for every setting the
 * builder reaches.
 */
final class OutlookEquivalenceTest {
  @TempDir
  Path dir;

  @Test
  void oneCorridorScenario_andOutlook_giveIdenticalNumbers() throws IOException {
    Path f = dir.resolve("vn-kh-rw.yaml");
    Files.writeString(f, """
        name: vn-kh-rw
        description: Vietnam-Cambodia, random walk with drift, assumed 2030 deadline.
        assumed_deadline: 2030
        model:
          kind: rw-drift
        corridors:
          VN-KH: {}
        simulation:
          paths: 20000
          seed: 42
        """);
    OutlookResult s = ScenarioRunner.run(ScenarioLoader.load(f)).summaries().get(0);
    OutlookResult o = Outlook.of(Dataset.embedded().series(Corridor.VN_KH))
        .target(Dataset.embedded().currentTarget(Corridor.VN_KH).orElseThrow())
        .assumedDeadline(2030)
        .model("rw-drift")
        .paths(20_000)
        .seed(42)
        .run();
    assertSame(s, o);
    assertEquals(2030, s.deadline());
    assertEquals(true, s.deadlineAssumed());
  }

  /** An ensemble, fixed and skill weights, with crisis jumps: the front door gives the same bits. */
  @Test
  void ensembleScenario_andOutlookEnsemble_giveIdenticalNumbers() throws IOException {
    Path f = dir.resolve("vn-la-ens.yaml");
    Files.writeString(f, """
        name: vn-la-ens
        description: Vietnam-Laos, an ensemble of three kinds, assumed 2030 deadline.
        assumed_deadline: 2030
        model:
          kind: ensemble
          members: {rw-drift: 0.4, arima: 0.3, holt-damped: 0.3}
        corridors:
          VN-LA: {}
        simulation:
          paths: 20000
          seed: 5
          jumps: {probability: 0.05, mean: -0.2, sd: 0.1}
        """);
    OutlookResult s = ScenarioRunner.run(ScenarioLoader.load(f)).summaries().get(0);
    java.util.Map<org.tradetarget.core.calibrate.ModelKind, Double> w =
        new java.util.LinkedHashMap<>();
    w.put(org.tradetarget.core.calibrate.ModelKind.RW_DRIFT, 0.4);
    w.put(org.tradetarget.core.calibrate.ModelKind.ARIMA, 0.3);
    w.put(org.tradetarget.core.calibrate.ModelKind.HOLT_DAMPED, 0.3);
    OutlookResult o = Outlook.of(Dataset.embedded().series(Corridor.VN_LA))
        .target(Dataset.embedded().currentTarget(Corridor.VN_LA).orElseThrow())
        .assumedDeadline(2030)
        .ensemble(w)
        .jumps(new org.tradetarget.core.simulate.CrisisJumps(0.05, -0.2, 0.1))
        .paths(20_000)
        .seed(5)
        .run();
    assertSame(s, o);

    Path g = dir.resolve("vn-la-skill.yaml");
    Files.writeString(g, """
        name: vn-la-skill
        description: Vietnam-Laos, skill-weighted ensemble.
        assumed_deadline: 2030
        model:
          kind: ensemble
          members: [rw-drift, log-linear, arima]
          weights: skill
        corridors:
          VN-LA: {}
        simulation:
          paths: 20000
          seed: 6
        """);
    OutlookResult t = ScenarioRunner.run(ScenarioLoader.load(g)).summaries().get(0);
    OutlookResult p = Outlook.of(Dataset.embedded().series(Corridor.VN_LA))
        .target(Dataset.embedded().currentTarget(Corridor.VN_LA).orElseThrow())
        .assumedDeadline(2030)
        .ensembleBySkill(List.of(
            org.tradetarget.core.calibrate.ModelKind.RW_DRIFT,
            org.tradetarget.core.calibrate.ModelKind.LOG_LINEAR,
            org.tradetarget.core.calibrate.ModelKind.ARIMA))
        .paths(20_000)
        .seed(6)
        .run();
    assertSame(t, p);
  }

  @Test
  void everySettingTheBuilderReaches_givesIdenticalNumbers() throws IOException {
    Path f = dir.resolve("vn-kh-all.yaml");
    Files.writeString(f, """
        name: vn-kh-all
        description: Vietnam-Cambodia with every simulation setting changed.
        model:
          kind: rw-drift
          from: 2014
        corridors:
          VN-KH:
            target: {value: 18000, deadline: 2031}
            deadlines: [2035, 2028]
        levers:
          phnom-penh-bavet-expressway: {}
        macro:
          growth_shift: -0.01
        simulation:
          paths: 12000
          seed: 7
          end_year: 2036
          threads: 2
          shocks: {type: t, df: 5}
          jumps: {probability: 0.05, mean: -0.2, sd: 0.1}
          persistence: 0.8
          parameter_uncertainty: true
        outputs:
          quantiles: [0.1, 0.5, 0.9]
          band: 80
        """);
    OutlookResult s = ScenarioRunner.run(ScenarioLoader.load(f)).summaries().get(0);
    OutlookResult o = Outlook.of(Dataset.embedded().series(Corridor.VN_KH))
        .corridor(Corridor.VN_KH)
        .target(18_000, 2031)
        .deadlines(2035, 2028)
        .model("rw-drift")
        .from(2014)
        .levers(List.of(BuiltInLever.of("phnom-penh-bavet-expressway").lever()))
        .macro(MacroPaths.embedded().withGrowthShift(-0.01))
        .paths(12_000)
        .seed(7)
        .endYear(2036)
        .threads(2)
        .shocks(Shocks.studentT(5))
        .jumps(new CrisisJumps(0.05, -0.2, 0.1))
        .persistence(0.8)
        .parameterUncertainty(true)
        .quantiles(0.1, 0.5, 0.9)
        .band(80)
        .run();
    assertSame(s, o);
    assertEquals(
        List.of(2031, 2028, 2035),
        s.byDeadline().stream().map(OutlookResult.DeadlineOdds::deadline).toList());
  }

  private static void assertSame(OutlookResult s, OutlookResult o) {
    assertEquals(s.name(), o.name());
    assertEquals(s.target(), o.target(), 0.0);
    assertEquals(s.deadline(), o.deadline());
    assertEquals(s.deadlineAssumed(), o.deadlineAssumed());
    assertEquals(s.baseYear(), o.baseYear());
    assertEquals(s.baseValue(), o.baseValue(), 0.0);
    assertEquals(s.pMet(), o.metBy(s.deadline()), 0.0);
    assertEquals(s.pMetSe(), o.metBySe(s.deadline()), 0.0);
    assertEquals(s.pAtDeadline(), o.atOrAbove(s.deadline()), 0.0);
    assertEquals(s.median(), o.quantile(s.deadline(), 0.5), 0.0);
    assertEquals(s.bandLow(), o.bandLow(), 0.0);
    assertEquals(s.bandHigh(), o.bandHigh(), 0.0);
    assertEquals(s.bandLevel(), o.bandLevel(), 0.0);
    assertEquals(s.medianFirstYear(), o.medianFirstYear());
    assertEquals(s.requiredCagr(), o.requiredCagr(), 0.0);
    assertEquals(s.assumedCagr(), o.assumedCagr(), 0.0);
    assertEquals(s.byDeadline().size(), o.byDeadline().size());
    for (int i = 0; i < s.byDeadline().size(); i++) {
      OutlookResult.DeadlineOdds a = s.byDeadline().get(i);
      OutlookResult.DeadlineOdds b = o.byDeadline().get(i);
      assertEquals(a.deadline(), b.deadline());
      assertEquals(a.requiredCagr(), b.requiredCagr(), 0.0);
      assertEquals(a.pMet(), b.pMet(), 0.0);
      assertEquals(a.pMetSe(), b.pMetSe(), 0.0);
    }
  }
}
