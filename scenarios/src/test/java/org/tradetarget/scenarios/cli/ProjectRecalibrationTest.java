package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code project --recalibration}: the kind's own intervals by default; with a table whose map is
 * T(z) = 2z, every log-scale bound lies twice as far from the point, by algebra: ln(hi') − ln(point)
 * = 2·(ln(hi) − ln(point)), and the point (T(0) = 0) is unchanged.
 */
final class ProjectRecalibrationTest {
  private static final double[] LEVELS = {
    0.01, 0.025, 0.05, 0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 0.95, 0.975, 0.99
  };

  /** A table doubling rw-drift's standardised position at steps 1..10 in every history class. */
  private static Path doubling(Path dir) throws IOException {
    NormalDistribution n = new NormalDistribution(0, 1);
    StringBuilder sb = new StringBuilder(
        "kind,horizon,history,n,q01,q025,q05,q10,q20,q25,q30,q40,q50,q60,q70,q75,q80,q90,q95,q975,q99");
    sb.append('\n');
    for (String c : new String[] {"3-5", "6-10", "11-20", "21+"}) {
      for (int h = 1; h <= 10; h++) {
        sb.append("rw-drift,").append(h).append(',').append(c).append(",1000");
        for (double p : LEVELS) {
          sb.append(String.format(Locale.ROOT, ",%.9f", 2 * n.inverseCumulativeProbability(p)));
        }
        sb.append('\n');
      }
    }
    Path f = dir.resolve("doubling.csv");
    Files.writeString(f, sb.toString());
    return f;
  }

  private static double[][] rows(String csv) {
    List<String> lines = csv.strip().lines().toList();
    double[][] out = new double[lines.size() - 1][];
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",", -1);
      out[i - 1] = new double[cells.length];
      for (int j = 0; j < cells.length; j++) {
        out[i - 1][j] = Double.parseDouble(cells[j]);
      }
    }
    return out;
  }

  @Test
  void doublingTable_doublesEveryLogDistanceFromThePoint(@TempDir Path dir) throws IOException {
    String[] base = {
      "project", "--corridor", "VN-LA", "--model", "rw-drift", "--horizon", "4", "--format", "csv"
    };
    CliRunner.Result own = CliRunner.run(base);
    CliRunner.Result byDefault = CliRunner.run(concat(base, "--recalibration", "none"));
    CliRunner.Result twice =
        CliRunner.run(concat(base, "--recalibration", doubling(dir).toString()));
    assertEquals(0, twice.code(), twice.err());
    assertEquals(own.out(), byDefault.out(), "none is the default");
    double[][] a = rows(own.out());
    double[][] b = rows(twice.out());
    for (int i = 0; i < a.length; i++) {
      assertEquals(a[i][1], b[i][1], 1e-9 * a[i][1], "point");
      for (int j = 2; j < a[i].length; j++) {
        double expected = 2 * (Math.log(a[i][j]) - Math.log(a[i][1]));
        assertEquals(
            expected, Math.log(b[i][j]) - Math.log(b[i][1]), 1e-6, "row " + i + " col " + j);
      }
    }
  }

  @Test
  void badValue_isOneLineNamingTheOption() {
    CliRunner.Result r = CliRunner.run(
        "project",
        "--corridor",
        "VN-LA",
        "--model",
        "rw-drift",
        "--horizon",
        "4",
        "--recalibration",
        "sometimes");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("'--recalibration'") && r.err().contains("'sometimes'"), r.err());
    assertTrue(r.err().contains("expected bundled, none or a recalibration.csv"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  private static String[] concat(String[] a, String... more) {
    String[] out = java.util.Arrays.copyOf(a, a.length + more.length);
    System.arraycopy(more, 0, out, a.length, more.length);
    return out;
  }
}
