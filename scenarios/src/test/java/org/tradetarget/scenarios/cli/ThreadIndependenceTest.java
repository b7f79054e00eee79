package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradetarget.core.simulate.MonteCarlo;

/**
 * The same seed gives the same numbers on any thread count, for every command that simulates.
 *
 * <p>The engine splits the paths into blocks of {@link MonteCarlo#BLOCK_PATHS} and gives each
 * block its own random stream; threads take whole blocks. A run with fewer paths than two blocks
 * is single-threaded whatever {@code --threads} says, so every run here has {@link #PATHS} paths:
 * eight full blocks and a ninth, shorter one. Each command runs with 1 and with 8 threads and the
 * outputs must be equal character for character (CSV prints every double in full). Bootstrap
 * shocks, whose draws index into a residual array, are among them, and crisis jumps, whose draws
 * are not one per year.
 */
final class ThreadIndependenceTest {
  /** Eight full blocks and a ninth of 100 paths. */
  static final int PATHS = 8 * MonteCarlo.BLOCK_PATHS + 100;

  @TempDir
  Path dir;

  @Test
  void theRunsHereSpanAtLeastEightBlocks() {
    assertTrue((PATHS + MonteCarlo.BLOCK_PATHS - 1) / MonteCarlo.BLOCK_PATHS >= 8);
  }

  private Path scenario(String name, int threads, String shocks) throws IOException {
    Path f = dir.resolve(name + ".yaml");
    Files.writeString(
        f,
        "name: " + name + "\ndescription: thread test\ncorridors:\n  VN-KH: {}\n  VN-LA: {}\n"
            // Bootstrap shocks need every corridor fitted; KH-LA's borrowed growth is not.
            + (shocks.equals("bootstrap")
                ? ""
                : "  KH-LA:\n    model: {kind: constant-growth, params: {rate: 0.1, sigma: 0.2}}\n")
            + "simulation:\n  paths: " + PATHS + "\n  seed: 11\n  threads: " + threads + "\n"
            + "  shocks: " + shocks + "\n"
            + "  jumps: {probability: 0.1, mean: -0.2, sd: 0.05}\n"
            + "sensitivity:\n  simulation.persistence: [0.5, 1.0]\n");
    return f;
  }

  private static CliRunner.Result ok(String... args) {
    CliRunner.Result r = CliRunner.run(args);
    assertEquals(0, r.code(), r.toString());
    return r;
  }

  private static String[] with(String[] base, String... extra) {
    List<String> a = new ArrayList<>(Arrays.asList(base));
    a.addAll(Arrays.asList(extra));
    return a.toArray(new String[0]);
  }

  private void sameForOneAndEight(String... args) {
    String one = ok(with(args, "--threads", "1")).out();
    String eight = ok(with(args, "--threads", "8")).out();
    assertEquals(one, eight, String.join(" ", args));
  }

  @Test
  void runWithBootstrapShocks() throws IOException {
    Path f = scenario("boot", 0, "bootstrap");
    Path o1 = dir.resolve("r1");
    Path o8 = dir.resolve("r8");
    String one = ok(
            "run", f.toString(), "--out", o1.toString(), "--format", "csv", "--threads", "1")
        .out();
    String eight = ok(
            "run", f.toString(), "--out", o8.toString(), "--format", "csv", "--threads", "8")
        .out();
    assertEquals(one, eight);
    assertEquals(
        Files.readString(o1.resolve("results.csv")), Files.readString(o8.resolve("results.csv")));
    // The outcome does depend on the seed: the comparison above is not between constants.
    Path other = dir.resolve("other.yaml");
    Files.writeString(other, Files.readString(f).replace("seed: 11", "seed: 12"));
    String reseeded = ok(
            "run",
            other.toString(),
            "--out",
            dir.resolve("r12").toString(),
            "--format",
            "csv",
            "--threads",
            "8")
        .out()
        .replace("other,", "boot,");
    assertNotEquals(one, reseeded);
  }

  @Test
  void runWithStudentTShocks() throws IOException {
    Path f = scenario("student", 0, "{type: t, df: 5}");
    sameForOneAndEight(
        "run", f.toString(), "--out", dir.resolve("s").toString(), "--format", "csv", "--force");
  }

  @Test
  void sweepFromTheScenarioThreadCount() throws IOException {
    Path a = scenario("sweep", 1, "bootstrap");
    Path b = dir.resolve("sweep8.yaml");
    Files.writeString(b, Files.readString(a).replace("threads: 1", "threads: 8"));
    String one = ok(
            "sweep",
            a.toString(),
            "--vary",
            "simulation.persistence=0.6:1.0:0.4",
            "--out",
            dir.resolve("w1").toString(),
            "--format",
            "csv")
        .out();
    String eight = ok(
            "sweep",
            b.toString(),
            "--vary",
            "simulation.persistence=0.6:1.0:0.4",
            "--out",
            dir.resolve("w8").toString(),
            "--format",
            "csv")
        .out();
    assertEquals(one, eight);
  }

  @Test
  void tornadoFromTheScenarioThreadCount() throws IOException {
    Path a = scenario("tornado", 1, "bootstrap");
    Path b = dir.resolve("tornado8.yaml");
    Files.writeString(b, Files.readString(a).replace("threads: 1", "threads: 8"));
    String one = ok(
            "tornado", a.toString(), "--out", dir.resolve("t1").toString(), "--format", "csv")
        .out();
    String eight = ok(
            "tornado", b.toString(), "--out", dir.resolve("t8").toString(), "--format", "csv")
        .out();
    assertEquals(one, eight);
  }

  @Test
  void solve() {
    sameForOneAndEight(
        "solve",
        "--corridor",
        "VN-KH",
        "--target",
        "20000",
        "--deadline",
        "2030",
        "--probability",
        "0.5",
        "--for",
        "gdp-growth",
        "--paths",
        Integer.toString(PATHS),
        "--format",
        "csv");
  }

  @Test
  void hindsight() {
    sameForOneAndEight(
        "hindsight",
        "--models",
        "rw-drift,arima",
        "--paths",
        Integer.toString(PATHS),
        "--format",
        "csv");
  }

  @Test
  void simulateWithJumpsAndStudentT() {
    sameForOneAndEight(
        "simulate",
        "--start",
        "11330",
        "--start-year",
        "2025",
        "--drift",
        "0.08",
        "--sigma",
        "0.15",
        "--years",
        "10",
        "--paths",
        Integer.toString(PATHS),
        "--target",
        "20000",
        "--shocks",
        "t:4",
        "--jump-prob",
        "0.1",
        "--jump-mean",
        "-0.1",
        "--jump-sd",
        "0.02",
        "--format",
        "csv");
  }

  @Test
  void threadsBelowOneAreRefused() {
    CliRunner.Result r = CliRunner.run("hindsight", "--threads", "0");
    assertEquals(2, r.code(), r.toString());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("option '--threads': 0 is not allowed"), r.err());
  }
}
