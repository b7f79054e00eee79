package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ensemble kind in scenario files: fixed and skill weights, errors at their line, sweeps. */
final class EnsembleScenarioTest {
  @TempDir
  Path dir;

  private Path scenario(String model, String extra) throws IOException {
    Path f = dir.resolve("e.yaml");
    Files.writeString(
        f,
        "name: e\ndescription: ensemble\nmodel:\n" + model + "corridors:\n  VN-LA: {}\n"
            + "simulation:\n  paths: 4000\n  seed: 3\n  end_year: 2031\n" + extra);
    return f;
  }

  @Test
  void badMembers_areReportedAtTheirLineAndColumn() throws IOException {
    Path f = scenario(
        "  kind: ensemble\n  members: {rw-drift: -0.4, ensemble: 0.3, gravity: 0.3}\n", "");
    CliRunner.Result r = CliRunner.run("validate", f.toString());
    assertEquals(2, r.code());
    assertTrue(
        r.err()
            .contains(
                "e.yaml:5:23: model.members.rw-drift: '-0.4' is not allowed; expected a weight >= 0"),
        r.err());
    assertTrue(
        r.err().contains("model.members.ensemble: an ensemble cannot be a member of an ensemble"),
        r.err());
    assertTrue(
        r.err().contains("model.members.gravity: gravity is fitted with the corridor's GDP paths"),
        r.err());
  }

  @Test
  void bootstrapShocks_areRefused() throws IOException {
    Path f = scenario(
        "  kind: ensemble\n  members: {rw-drift: 0.5, arima: 0.5}\n", "  shocks: bootstrap\n");
    CliRunner.Result r =
        CliRunner.run("run", f.toString(), "--out", dir.resolve("b").toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("bootstrap cannot be combined with model kind ensemble"), r.err());
  }

  @Test
  void skillWeights_arePrinted_andASweepRuns() throws IOException {
    Path f = scenario(
        "  kind: ensemble\n  members: [rw-drift, arima, log-linear]\n  weights: skill\n", "");
    CliRunner.Result r =
        CliRunner.run("run", f.toString(), "--out", dir.resolve("r").toString());
    assertEquals(0, r.code(), r.err());
    String json = Files.readString(dir.resolve("r").resolve("results.json"));
    assertTrue(
        json.contains("skill weights (weight proportional to 1 / mean rolling-origin CRPS"), json);
    CliRunner.Result s = CliRunner.run(
        "sweep",
        f.toString(),
        "--vary",
        "simulation.seed=1:2:1",
        "--out",
        dir.resolve("s").toString(),
        "--format",
        "csv");
    assertEquals(0, s.code(), s.err());
    assertEquals(3, s.out().strip().split("\n").length, s.out());
  }

  @Test
  void skillWeightsFromBundledPanelEvidence_sayWhichAndBadEvidenceIsReportedAtItsLine()
      throws IOException {
    // VN-LA: 15 consecutive points to 2025 (class 11-20), deadline 2030 (step 5). The members'
    // raw CRPS there are read from seeds/panel-evidence.csv by a plain split of its lines below;
    // weight ∝ 1/CRPS.
    String skill = "  kind: ensemble\n  members: [rw-drift, arima]\n  weights: skill\n";
    Path f = scenario(skill + "  evidence: bundled\n", "");
    CliRunner.Result r = CliRunner.run(
        "run", f.toString(), "--out", dir.resolve("r").toString(), "--format", "json");
    assertEquals(0, r.code(), r.err());
    String json = Files.readString(dir.resolve("r").resolve("results.json"));
    double rw = bundledRawCrps("rw-drift", 5, "11-20");
    double ar = bundledRawCrps("arima", 5, "11-20");
    String w = String.format(java.util.Locale.ROOT, "rw-drift %.3f", (1 / rw) / (1 / rw + 1 / ar));
    assertTrue(json.contains("panel evidence bundled, history 11-20 (15 points), h = 5"), json);
    assertTrue(json.contains(w), w + " in " + json);
    Path bad = scenario(skill + "  evidence: nothere.csv\n", "");
    CliRunner.Result v = CliRunner.run("validate", bad.toString());
    assertEquals(2, v.code());
    assertTrue(
        v.err().contains("e.yaml:7:13: model.evidence: 'nothere.csv' is not allowed"), v.err());
    Path fixed = scenario("  kind: ensemble\n  members: {rw-drift: 1}\n  evidence: bundled\n", "");
    v = CliRunner.run("validate", fixed.toString());
    assertEquals(2, v.code());
    assertTrue(v.err().contains("model.evidence: only allowed with weights: skill"), v.err());
  }

  /** The raw CRPS of a cell of seeds/panel-evidence.csv, found by splitting its lines. */
  private static double bundledRawCrps(String kind, int h, String history) throws IOException {
    Path seeds = Path.of(System.getProperty("user.dir")).resolve("../seeds/panel-evidence.csv");
    for (String line : Files.readAllLines(seeds)) {
      String[] c = line.split(",", -1);
      if (c.length > 5
          && c[0].equals(kind)
          && c[1].equals(Integer.toString(h))
          && c[2].equals(history)
          && c[3].equals("none")) {
        return Double.parseDouble(c[5]);
      }
    }
    throw new AssertionError("no cell " + kind + " " + h + " " + history);
  }

  /**
   * Tornado on an ensemble: crisis jumps (now allowed: they hit every member's path alike),
   * parameter uncertainty and a member's weight each move alone; the end equal to the scenario as
   * written (no jumps; parameter uncertainty on, the default) reproduces its P(met) exactly, and a
   * 30 % yearly chance of a -26 % fall lowers the odds well beyond Monte Carlo noise.
   */
  @Test
  void tornado_runsOnAnEnsemble_andItsWrittenEndsReproduceTheScenario() throws IOException {
    Path f = scenario(
        "  kind: ensemble\n  members: {rw-drift: 0.5, arima: 0.3, holt-damped: 0.2}\n", """
        sensitivity:
          simulation.jumps: [{probability: 0}, {probability: 0.3, mean: -0.3, sd: 0.05}]
          simulation.parameter_uncertainty: [false, true]
          model.params.rw-drift: [0.2, 0.8]
        """);
    CliRunner.Result r = CliRunner.run(
        "tornado", f.toString(), "--out", dir.resolve("t").toString(), "--format", "csv");
    assertEquals(0, r.code(), r.toString());
    java.util.List<String> lines = r.out().lines().toList();
    assertEquals(4, lines.size(), r.out());
    for (String l : lines.subList(1, 4)) {
      String[] c = l.split(",", -1);
      int n = c.length;
      String base = c[n - 6];
      String low = c[n - 5];
      String high = c[n - 4];
      if (c[1].equals("simulation.jumps")) {
        assertEquals(base, low, "no jumps is the scenario as written: " + l);
        assertTrue(Double.parseDouble(high) < Double.parseDouble(base) - 0.05, l);
      } else if (c[1].equals("simulation.parameter_uncertainty")) {
        assertEquals(base, high, "parameter uncertainty on is the default: " + l);
      } else {
        assertEquals("model.params.rw-drift", c[1], l);
      }
    }
  }
}
