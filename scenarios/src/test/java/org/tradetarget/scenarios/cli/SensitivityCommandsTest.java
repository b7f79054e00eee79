package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sweeps and tornadoes answer "which assumption matters most"; they must use common random numbers
 * (so a range end equal to the scenario's own value reproduces its numbers exactly) and reject a
 * bad grid or path with one clear line.
 */
final class SensitivityCommandsTest {
  @TempDir
  Path dir;

  private Path scenario(String extra) throws IOException {
    Path f = dir.resolve("s.yaml");
    Files.writeString(
        f,
        "name: s\ndescription: test\ncorridors:\n  VN-KH: {}\n"
            + "simulation:\n  paths: 4000\n  seed: 3\n  persistence: 1.0\n" + extra);
    return f;
  }

  @Test
  void tornadoEndEqualToTheScenarioReproducesItExactly() throws IOException {
    Path f = scenario(
        "sensitivity:\n  simulation.persistence: [0.5, 1.0]\n  simulation.jumps: [{probability: 0}, {probability: 0.3, mean: -0.3, sd: 0.05}]\n");
    CliRunner.Result r = CliRunner.run(
        "tornado", f.toString(), "--out", dir.resolve("t").toString(), "--format", "csv");
    assertEquals(0, r.code(), r.toString());
    List<String> lines = r.out().lines().toList();
    assertEquals(
        "corridor,assumption,low,high,p_met_base,p_met_low,p_met_high,median_base,median_low,median_high",
        lines.get(0));
    assertEquals(3, lines.size(), r.out());
    for (String l : lines.subList(1, 3)) {
      // the last six fields are numbers; the range ends before them may hold quoted commas
      String[] c = l.split(",", -1);
      int n = c.length;
      String base = c[n - 6];
      String low = c[n - 5];
      String high = c[n - 4];
      if (c[1].equals("simulation.persistence")) {
        assertEquals(base, high, "high end 1.0 is the scenario's own value: " + l);
      } else {
        assertEquals(base, low, "no jumps is the scenario as written: " + l);
        // a 30 % yearly chance of a -26 % fall must lower the odds well beyond noise
        assertTrue(Double.parseDouble(high) < Double.parseDouble(base) - 0.05, l);
      }
    }
    assertTrue(Files.readString(dir.resolve("t").resolve("tornado.html"))
        .contains("Which assumption matters most"));
  }

  @Test
  void tornadoWithoutSensitivitySectionSaysHowToAddOne() throws IOException {
    CliRunner.Result r = CliRunner.run(
        "tornado", scenario("").toString(), "--out", dir.resolve("x").toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("sensitivity"), r.err());
  }

  @Test
  void sensitivityRangesAreChecked() throws IOException {
    Path f = scenario(
        "sensitivity:\n  simulation.paths: [0, 10]\n  simulation.persistance: [0.1, 0.2]\n  seed: 5\n");
    CliRunner.Result r = CliRunner.run("validate", f.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("sensitivity.simulation.paths: 0 is not allowed"), r.err());
    assertTrue(r.err().contains("did you mean 'persistence'"), r.err());
    assertTrue(
        r.err().contains("sensitivity.seed") && r.err().contains("expected [low, high]"), r.err());
  }

  @Test
  void sweepGivesOneRowPerPointAndCorridor() throws IOException {
    Path f = scenario("");
    CliRunner.Result r = CliRunner.run(
        "sweep",
        f.toString(),
        "--vary",
        "simulation.jumps.probability=0:0.2:0.1",
        "--vary",
        "simulation.jumps.mean=-0.3:-0.1:0.1",
        "--out",
        dir.resolve("w").toString(),
        "--format",
        "csv");
    assertEquals(0, r.code(), r.toString());
    List<String> lines = r.out().lines().toList();
    assertEquals(
        "scenario,corridor,simulation.jumps.probability,simulation.jumps.mean,deadline,p_met,se_met,median_at_deadline",
        lines.get(0));
    assertEquals(1 + 3 * 3, lines.size(), r.out());
    assertTrue(lines.get(1).startsWith("s,VN-KH,0,-0.3,2030,"), lines.get(1));
    // probability 0: no jumps whatever their mean, so the three rows agree exactly
    assertEquals(lines.get(1).split(",", -1)[5], lines.get(3).split(",", -1)[5]);
    assertTrue(
        Files.readString(dir.resolve("w").resolve("sweep.html")).contains("<h2 id='sweep'>"));
  }

  @Test
  void badVaryIsOneLineAndExitTwo() throws IOException {
    Path f = scenario("");
    for (String v : new String[] {
      "simulation.paths",
      "simulation.paths=1:2",
      "simulation.pahts=1000:2000:1000",
      "simulation.paths=2000:1000:500",
      "simulation.paths=1000:2000:0",
      "simulation.jumps.probability=0:2:1"
    }) {
      CliRunner.Result r = CliRunner.run(
          "sweep", f.toString(), "--vary", v, "--out", dir.resolve("b").toString(), "--force");
      assertEquals(2, r.code(), v + ": " + r);
      assertEquals(1, r.err().lines().count(), v + ": " + r);
    }
  }
}
