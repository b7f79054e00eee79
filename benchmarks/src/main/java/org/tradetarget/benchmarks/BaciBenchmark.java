package org.tradetarget.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tradetarget.core.data.BaciTotals;

/**
 * Aggregating a CEPII BACI year file to every exporter–importer pair's total ({@link BaciTotals#sum}:
 * bytes parsed as they stream, only the running totals in memory), on one thread. The file is
 * synthetic, of BACI's shape: {@value #ROWS} rows {@code t,i,j,k,v,q} for one year, 230 country
 * codes (about 52,000 pairs), 6-digit HS codes with leading zeros, values in thousands of US$ with
 * 3 decimals, quantities with 2 % {@code NA}; generated once (fixed seed) at {@link #FILE}, where
 * the pandas peer ({@code benchmarks/peer/baci_pandas.py}) reads the same bytes. The score is rows
 * per second. Run from the repository root (or {@code benchmarks/run-baci.sh}, which also times
 * the peer):
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar BaciBenchmark -rf json -rff benchmarks/results/baci.json
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class BaciBenchmark {
  /** Rows of the synthetic year file. */
  public static final int ROWS = 2_000_000;

  /** Where the synthetic file is written (relative to the working directory). */
  public static final String FILE = "benchmarks/target/BACI_HS17_Y2022_VSYNTH.csv";

  private Path file;

  /** Writes the synthetic file unless it is there already. */
  @Setup
  public void setup() throws IOException {
    file = Path.of(FILE).toAbsolutePath();
    if (!Files.isRegularFile(file) || Files.size(file) < 1000) {
      write(file);
    }
  }

  /** Writes {@value #ROWS} rows of BACI's shape, deterministic (a fixed-seed 64-bit LCG). */
  static void write(Path to) throws IOException {
    Files.createDirectories(to.toAbsolutePath().getParent());
    int[] codes = new int[230];
    for (int c = 0; c < codes.length; c++) {
      codes[c] = 4 + 4 * c; // 4, 8, ..., 920: numeric codes like BACI's
    }
    long s = 42;
    try (BufferedWriter w = Files.newBufferedWriter(to, StandardCharsets.US_ASCII)) {
      w.write("t,i,j,k,v,q\n");
      for (int r = 0; r < ROWS; r++) {
        s = s * 6364136223846793005L + 1442695040888963407L;
        int i = codes[(int) ((s >>> 33) % codes.length)];
        s = s * 6364136223846793005L + 1442695040888963407L;
        int j = codes[(int) ((s >>> 33) % codes.length)];
        if (j == i) {
          j = codes[(int) (((s >>> 33) + 1) % codes.length)];
        }
        s = s * 6364136223846793005L + 1442695040888963407L;
        int k = 10121 + (int) ((s >>> 33) % 970_000);
        s = s * 6364136223846793005L + 1442695040888963407L;
        double v = ((s >>> 20) % 100_000_000) / 1000.0;
        s = s * 6364136223846793005L + 1442695040888963407L;
        boolean na = (s >>> 33) % 50 == 0;
        double q = ((s >>> 24) % 10_000_000) / 1000.0;
        w.write("2022," + i + "," + j + "," + String.format(Locale.ROOT, "%06d", k) + ","
            + String.format(Locale.ROOT, "%.3f", v) + ","
            + (na ? "NA" : String.format(Locale.ROOT, "%.3f", q)) + "\n");
      }
    }
  }

  /** Streams the file and sums it per year, exporter and importer; returns the number of pairs. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public int aggregate() throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return BaciTotals.sum(in, FILE).size();
    }
  }
}
