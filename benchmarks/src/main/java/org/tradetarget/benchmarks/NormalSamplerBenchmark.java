package org.tradetarget.benchmarks;

import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floor of the kernel: one standard normal per path-step from the generator and sampler the
 * engine uses (XoRoShiRo128++ and the ziggurat), written to an array as the engine writes its
 * shocks; beside it the naive alternative, Commons Math {@code NormalDistribution.sample()}, and a
 * {@code baseline()} that only writes the array. Scores are normals per second.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar NormalSamplerBenchmark -rf json -rff target/normal.json
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
@OperationsPerInvocation(NormalSamplerBenchmark.SIZE)
public class NormalSamplerBenchmark {
  /** Normals per invocation, one engine block. */
  static final int SIZE = 4096;

  private final double[] out = new double[SIZE];
  private final UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1L);
  private final ContinuousSampler ziggurat = ZigguratSampler.NormalizedGaussian.of(rng);
  private final NormalDistribution naive = new NormalDistribution(
      new Well19937c(1), 0, 1, NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
  private double constant = 0.5;

  /** The cost of the loop and the stores alone. */
  @Benchmark
  public double[] baseline() {
    double c = constant;
    for (int i = 0; i < SIZE; i++) {
      out[i] = c;
    }
    return out;
  }

  /** The engine's normals. */
  @Benchmark
  public double[] ziggurat() {
    for (int i = 0; i < SIZE; i++) {
      out[i] = ziggurat.sample();
    }
    return out;
  }

  /** Commons Math's distribution object, sampled one value at a time. */
  @Benchmark
  public double[] commonsMathNormalDistribution() {
    for (int i = 0; i < SIZE; i++) {
      out[i] = naive.sample();
    }
    return out;
  }
}
