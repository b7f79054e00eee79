package org.tradetarget.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tradetarget.core.model.RandomWalkDrift;
import org.tradetarget.core.simulate.MonteCarlo;
import org.tradetarget.core.simulate.SimulatedSeries;
import org.tradetarget.core.simulate.SimulationResult;
import org.tradetarget.core.simulate.SimulationSpec;

/**
 * The whole Monte Carlo kernel for one random walk with drift (V0 = 10,500, μ = 0.08, σ = 0.1,
 * target 20,000): per year the mean, seven type-7 quantiles, the count at or above the target and
 * the first-passage count, as the numpy peer ({@code benchmarks/peer/mc_numpy.py}) computes them.
 * One operation is N paths × T years; path-steps per second = N·T / (seconds per operation).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar MonteCarloBenchmark -rf json -rff target/mc.json
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class MonteCarloBenchmark {
  /** N, the number of paths. */
  @Param({"100000", "1000000"})
  public int paths;

  /** T, the number of years. */
  @Param({"10", "30"})
  public int years;

  /** Worker threads. */
  @Param({"1", "2"})
  public int threads;

  private List<SimulatedSeries> series;
  private SimulationSpec spec;

  /** Builds the series and the spec. */
  @Setup
  public void setup() {
    RandomWalkDrift rw =
        new RandomWalkDrift("rw-drift", 2024, 1, Math.log(10_500), 0.08, 0.1, 0, false);
    series = List.of(SimulatedSeries.of("bench", rw.simulator()).withTarget(20_000));
    spec = SimulationSpec.of(paths, years).withThreads(threads).withSeed(1);
  }

  /** One whole simulation with its per-year summaries. */
  @Benchmark
  public SimulationResult kernel() {
    return MonteCarlo.run(series, spec);
  }
}
