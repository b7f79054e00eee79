package org.tradetarget.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the machine gives a second thread when nothing is shared: a loop of floating-point
 * arithmetic on a thread's own registers (no allocation, no memory traffic, no locks) run on one
 * and on two threads. The two-thread throughput over the one-thread throughput is the ceiling of
 * any parallel speed-up measured on this machine, {@link PanelBacktestBenchmark}'s included (two
 * virtual CPUs that share a physical core, or a host that throttles a busy guest, give less than
 * 2).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(1)
@State(Scope.Thread)
public class ScalingCeilingBenchmark {
  private double x = 0.5;

  /** A thread's arithmetic: 1,000 dependent multiply-adds of a logistic map. */
  private double kernel() {
    double v = x;
    for (int i = 0; i < 1000; i++) {
      v = 3.9 * v * (1 - v);
    }
    x = v;
    return v;
  }

  /** The kernel on one thread. */
  @Benchmark
  @Threads(1)
  public double oneThread() {
    return kernel();
  }

  /** The kernel on two threads at once (JMH sums their throughput). */
  @Benchmark
  @Threads(2)
  public double twoThreads() {
    return kernel();
  }
}
