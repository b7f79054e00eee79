package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backtest --panel}: the four files with their exact headers, and bad input as exit 2. */
class PanelBacktestCliTest {
  @TempDir
  Path dir;

  /** 30 series of 12 years growing 5 % a year with a deterministic wobble. */
  private Path panel() throws Exception {
    StringBuilder sb = new StringBuilder("series,year,value\n");
    for (int s = 0; s < 30; s++) {
      for (int t = 0; t < 12; t++) {
        double v = 100 * Math.exp(0.05 * t + 0.1 * Math.sin(s + 1.7 * t));
        sb.append(String.format(Locale.ROOT, "s%d,%d,%.4f%n", s, 2000 + t, v));
      }
    }
    return Files.writeString(dir.resolve("p.csv"), sb);
  }

  @Test
  void writesTheFourFilesWithTheirHeaders() throws Exception {
    Path out = dir.resolve("out");
    CliRunner.Result r = CliRunner.run(
        "backtest",
        "--panel",
        panel().toString(),
        "--models",
        "rw-drift",
        "--horizon",
        "3",
        "--threads",
        "2",
        "--out",
        out.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(
        Files.readString(out.resolve("panel-backtest.csv"))
            .startsWith(
                "kind,horizon,history,recalibration,n,crps_log,coverage50,coverage80,coverage95,mase\n"));
    assertTrue(Files.readString(out.resolve("target-odds.csv"))
        .startsWith(
            "kind,multiple,years,recalibration,n,mean_p,frequency,brier,brier_climatology\n"));
    String recal = Files.readString(out.resolve("recalibration.csv"));
    assertTrue(recal.contains("# panel: p.csv (long)"), recal);
    assertTrue(recal.contains("# sha256: "), recal);
    assertTrue(recal.contains("# command: tradetarget backtest --panel"), recal);
    assertTrue(Files.readString(out.resolve("panel-backtest.html")).contains("<svg"));
    // existing outputs are kept without --force
    CliRunner.Result again = CliRunner.run(
        "backtest",
        "--panel",
        panel().toString(),
        "--models",
        "rw-drift",
        "--horizon",
        "3",
        "--out",
        out.toString());
    assertEquals(2, again.code(), again.toString());
  }

  @Test
  void badInputIsOneLineAndExitTwo() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.csv"), "series,year,value\nA,2000,1\nA,2001,x\n");
    String[][] cases = {
      {"backtest", "--panel", bad.toString()},
      {"backtest", "--panel", dir.resolve("missing.csv").toString()},
      {"backtest", "--panel", panel().toString(), "--panel-format", "baci"},
      {"backtest", "--panel", panel().toString(), "--min-train", "2"},
      {"backtest", "--panel", panel().toString(), "--origins", "2005-2001"},
      {"backtest", "--panel", panel().toString(), "--models", "gravity"},
    };
    String[] expected = {
      bad + ":3: column 'value': 'x'",
      "missing.csv does not exist",
      "is not a folder; a baci panel is a BACI release folder",
      "'--min-train': 2 is not allowed",
      "'--origins': '2005-2001' is not allowed",
      "gravity is not scored in a panel backtest",
    };
    for (int i = 0; i < cases.length; i++) {
      CliRunner.Result r = CliRunner.run(cases[i]);
      assertEquals(2, r.code(), r.toString());
      assertTrue(r.err().contains(expected[i]), r.toString());
      assertFalse(r.err().contains("\tat "), r.toString());
      assertEquals(1, r.err().strip().lines().count(), r.toString());
    }
  }
}
