package org.tradetarget.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tradetarget.core.evidence.PanelBacktest;
import org.tradetarget.core.evidence.PanelFormat;
import org.tradetarget.core.evidence.PanelSettings;

/**
 * The panel backtest's throughput in origins scored per second: {@link PanelBacktest#run} on a
 * synthetic {@code long} panel of {@value #SERIES} series (lengths 8 to 40 years, random walks
 * with drift on ln value whose drift switches regime and whose shocks are fat-tailed, as bilateral
 * trade is), the five default kinds, h ≤ 10, on {@code threads} = 1 and 2. The {@code origins}
 * counter is the score (origins per second, summed over the pool); divide by the threads for the
 * rate per core, and the 2-thread rate by the 1-thread rate for the speed-up. {@link
 * ScalingCeilingBenchmark} measures what the machine itself gives two threads of pure arithmetic,
 * the ceiling of that speed-up. Run from the repository root:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar 'PanelBacktestBenchmark|ScalingCeilingBenchmark' \
 *     -rf json -rff benchmarks/results/panel.json
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
@State(Scope.Benchmark)
public class PanelBacktestBenchmark {
  /** Series in the synthetic panel. */
  public static final int SERIES = 200;

  /** Threads of the backtest's pool. */
  @Param({"1", "2"})
  public int threads;

  private Path file;
  private PanelSettings settings;

  /** The origins scored, reported by JMH as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counts {
    /** Origins scored (every kind at an origin counts once). */
    public long origins;
  }

  /** Writes the panel (fixed seed) to a temporary file. */
  @Setup(Level.Trial)
  public void setup() throws IOException {
    file = Files.createTempFile("tradetarget-panel", ".csv");
    file.toFile().deleteOnExit();
    write(file);
    settings = PanelSettings.defaults().withThreads(threads);
  }

  /** Writes {@value #SERIES} series {@code series,year,value}, deterministic (a 64-bit LCG). */
  static void write(Path to) throws IOException {
    long s = 20_140L;
    try (BufferedWriter w = Files.newBufferedWriter(to, StandardCharsets.US_ASCII)) {
      w.write("series,year,value\n");
      for (int i = 0; i < SERIES; i++) {
        s = lcg(s);
        int years = 8 + (int) ((s >>> 33) % 33);
        double ln = Math.log(5.0 + (double) ((s >>> 40) % 5000));
        double drift = 0.06;
        for (int y = 0; y < years; y++) {
          s = lcg(s);
          if ((s >>> 33) % 8 == 0) {
            drift = ((s >>> 20) % 2000) / 10_000.0 - 0.08; // regime switch: -8 % .. +12 % a year
          }
          s = lcg(s);
          double u1 = ((s >>> 11) + 0.5) / 0x1p53;
          s = lcg(s);
          double u2 = ((s >>> 11) + 0.5) / 0x1p53;
          double z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
          double scale = (s >>> 60) == 0 ? 0.45 : 0.12; // one year in 16 a large shock
          ln += drift + scale * z;
          w.write(String.format(Locale.ROOT, "S%04d,%d,%.4f%n", i, 1980 + y, Math.exp(ln)));
        }
      }
    }
  }

  private static long lcg(long s) {
    return s * 6364136223846793005L + 1442695040888963407L;
  }

  /** One whole backtest of the panel; its origins are added to the counter. */
  @Benchmark
  public long backtest(Counts c) {
    long n = PanelBacktest.run(file, PanelFormat.LONG, settings, List.of()).origins();
    c.origins += n;
    return n;
  }
}
