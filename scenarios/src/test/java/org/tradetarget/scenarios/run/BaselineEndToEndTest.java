package org.tradetarget.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.analysis.Checkpoint;
import org.tradetarget.scenarios.io.ScenarioLoader;
import org.tradetarget.scenarios.report.ResultReports;

/**
 * The bundled baseline end to end: its headline numbers agree with the closed form of its model,
 * and its tidy CSV matches the reviewed golden file. Regenerate the golden file only with {@code
 * mvn -pl scenarios test -Dtest=BaselineEndToEndTest -Dgolden.update=true} and review the diff like
 * code.
 */
final class BaselineEndToEndTest {
  private static final Path GOLDEN =
      Path.of("src", "test", "resources", "golden", "baseline-results.csv");
  private static ScenarioResult result;

  @BeforeAll
  static void run() {
    result = ScenarioRunner.run(ScenarioLoader.load(Path.of("clv-2030-baseline.yaml")));
  }

  /**
   * rw-drift without parameter uncertainty is a Gaussian random walk on logs, so P(at or above T in
   * year Y) = 1 − Φ((ln T − ln V0 − μ·h) / (σ√h)) and the median is V0·e^{μh}. Three corridors × 2
   * checks at 4 standard errors: a chance failure has probability below 4e-4.
   */
  @Test
  void randomWalkCorridorsAgreeWithTheClosedForm() {
    NormalDistribution n = new NormalDistribution(null, 0, 1);
    for (int i = 0; i < result.corridors().size(); i++) {
      PreparedCorridor c = result.corridors().get(i);
      double mu = c.calibration().parameters().containsKey("drift")
          ? c.calibration().parameters().get("drift")
          : Math.log1p(c.calibration().parameters().get("rate"));
      double sigma = c.calibration().parameters().get("sigma");
      int h = c.deadline() - c.baseYear();
      double target = c.target().valueUsdMillion();
      double p = 1
          - n.cumulativeProbability(
              (Math.log(target) - Math.log(c.baseValue()) - mu * h) / (sigma * Math.sqrt(h)));
      Checkpoint cp = result.series(i).checkpoint(c.deadline());
      int paths = result.attainment().paths();
      double se = Math.sqrt(p * (1 - p) / paths);
      assertEquals(p, cp.atOrAbove(), 4 * se, c.spec().corridor().id());
      // the sample median's sd is about sqrt(0.25/N) / density; on the log scale density =
      // 1/(σ√h·√(2π))
      double medianLogSd = Math.sqrt(0.25 / paths) * sigma * Math.sqrt(h) * Math.sqrt(2 * Math.PI);
      assertEquals(
          Math.log(c.baseValue()) + mu * h,
          Math.log(cp.quantile(0.5)),
          4 * medianLogSd,
          c.spec().corridor().id());
    }
  }

  @Test
  void metByIsAtLeastAtOrAboveAndGrows() {
    for (int i = 0; i < result.corridors().size(); i++) {
      List<Checkpoint> cps = result.series(i).checkpoints();
      for (int t = 0; t < cps.size(); t++) {
        assertTrue(cps.get(t).metBy() >= cps.get(t).atOrAbove());
        if (t > 0) {
          assertTrue(cps.get(t).metBy() >= cps.get(t - 1).metBy());
        }
      }
    }
  }

  @Test
  void tidyCsvMatchesTheGoldenFile() throws IOException {
    String csv = ResultReports.csv(result);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, csv, StandardCharsets.UTF_8);
    }
    List<String> expected = Files.readAllLines(GOLDEN, StandardCharsets.UTF_8);
    List<String> actual = csv.lines().toList();
    assertEquals(expected.size(), actual.size(), "row count");
    for (int k = 0; k < expected.size(); k++) {
      String[] e = expected.get(k).split(",", -1);
      String[] a = actual.get(k).split(",", -1);
      assertEquals(
          String.join(",", List.of(e).subList(0, 4)),
          String.join(",", List.of(a).subList(0, 4)),
          "row " + (k + 1));
      if (k == 0 || e[4].isEmpty()) {
        assertEquals(e[4], a[4], "row " + (k + 1));
        continue;
      }
      double ev = Double.parseDouble(e[4]);
      double av = Double.parseDouble(a[4]);
      assertEquals(
          ev, av, 1e-9 * Math.max(1, Math.abs(ev)), "row " + (k + 1) + ": " + expected.get(k));
    }
  }
}
