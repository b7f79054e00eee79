package org.tradetarget.benchmarks;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tradetarget.scenarios.io.ScenarioLoader;
import org.tradetarget.scenarios.run.ProgressListener;
import org.tradetarget.scenarios.run.ScenarioResult;
import org.tradetarget.scenarios.run.ScenarioRunner;
import org.tradetarget.scenarios.run.Sensitivity;

/**
 * A 20 × 20 sensitivity sweep over the bundled three-corridor baseline ({@code
 * scenarios/clv-2030-baseline.yaml}) with 100,000 paths to 2030: persistence 0.05–1.00 by 0.05 ×
 * crisis-jump probability 0–0.19 by 0.01 (jump log size N(−0.25, 0.10)), 400 scenario runs on all
 * cores. {@code baseline} is one run of the same scenario, so the sweep's cost per grid point is
 * the ratio / 400. Run from the repository root:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar SweepBenchmark -rf json -rff benchmarks/results/sweep.json
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
@State(Scope.Benchmark)
public class SweepBenchmark {
  private Path scenario;
  private List<Sensitivity.Vary> grid;

  /** Writes a scenario that extends the bundled baseline, ending in 2030. */
  @Setup
  public void setup() throws IOException {
    Path baseline = Path.of("scenarios", "clv-2030-baseline.yaml").toAbsolutePath();
    if (!Files.isRegularFile(baseline)) {
      throw new IllegalStateException("run from the repository root: " + baseline + " not found");
    }
    Path dir = Files.createTempDirectory("sweep-bench");
    scenario = dir.resolve("sweep.yaml");
    Files.writeString(
        scenario,
        String.join(
            "\n",
            "name: sweep-bench",
            "extends: " + baseline,
            "corridors:",
            "  VN-LA: {deadlines: []}",
            "  VN-KH: {deadlines: []}",
            "simulation:",
            "  paths: 100000",
            "  end_year: 2030",
            "  jumps: {probability: 0, mean: -0.25, sd: 0.10}",
            ""));
    grid = List.of(
        new Sensitivity.Vary(
            "simulation.persistence",
            new BigDecimal("0.05"),
            new BigDecimal("1.00"),
            new BigDecimal("0.05")),
        new Sensitivity.Vary(
            "simulation.jumps.probability",
            BigDecimal.ZERO,
            new BigDecimal("0.19"),
            new BigDecimal("0.01")));
  }

  /** The 400-point sweep. */
  @Benchmark
  public Sensitivity.Sweep sweep() {
    return Sensitivity.sweep(scenario, grid, ProgressListener.NONE);
  }

  /** One run of the same scenario: the unit the sweep repeats 400 times. */
  @Benchmark
  public ScenarioResult baseline() {
    return ScenarioRunner.run(ScenarioLoader.load(scenario));
  }
}
