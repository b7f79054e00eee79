package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hindsight --panel/--targets}: the bundled earlier targets judged with a synthetic COW
 * panel's longer history, the exact CSV header, the files of {@code --out}, and bad input as exit 2.
 */
class HindsightPanelCliTest {
  @TempDir
  Path dir;

  /**
   * Cambodia (811) – Vietnam (816) and Laos (812) – Vietnam, 1990–2014, growing 12 % a year with a
   * deterministic wobble, in COW's layout.
   */
  private Path panel() throws Exception {
    StringBuilder sb = new StringBuilder("ccode1,ccode2,year,flow1,flow2\n");
    for (int[] pair : new int[][] {{811, 816}, {812, 816}}) {
      for (int t = 0; t <= 24; t++) {
        double v = 50 * Math.exp(0.12 * t + 0.05 * Math.sin(pair[0] + 1.3 * t));
        sb.append(String.format(
            Locale.ROOT, "%d,%d,%d,%.3f,%.3f%n", pair[0], pair[1], 1990 + t, v * 0.4, v * 0.6));
      }
    }
    return Files.writeString(dir.resolve("cow.csv"), sb);
  }

  @Test
  void everyEarlierTargetGetsAProbabilityWithThePanel() throws Exception {
    CliRunner.Result r = CliRunner.run(
        "hindsight",
        "--panel",
        panel().toString(),
        "--models",
        "rw-drift,log-linear",
        "--paths",
        "2000",
        "--format",
        "csv");
    assertEquals(0, r.code(), r.toString());
    List<String> lines = r.out().lines().toList();
    assertEquals(
        "corridor,target_usd_million,deadline,announced,model,p_met,outcome,recalibration,"
            + "history_from,history_to,history_source",
        lines.get(0));
    // 7 earlier targets (seeds/targets.csv) x 2 models x (none, bundled), each with a p_met
    assertEquals(1 + 7 * 2 * 2, lines.size(), r.out());
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(",", -1);
      assertFalse(f[5].isEmpty(), l);
    }
    // VN-LA US$1,000 million by 2012, announced 2012: the embedded series has only 2011, so the
    // history is the panel's LA-VN series up to 2011; never joined to the embedded one.
    assertTrue(
        lines.stream()
            .anyMatch(l -> l.startsWith("VN-LA,1000.0,2012,2012,rw-drift,")
                && l.endsWith(",none,1990,2011,panel")),
        r.out());
    assertTrue(
        lines.stream()
            .anyMatch(
                l -> l.startsWith("VN-LA,4000.0,2020,2018,rw-drift,") && l.endsWith(",embedded")),
        r.out());
  }

  @Test
  void outWritesTheTwoFilesAndKeepsThemWithoutForce() throws Exception {
    Path targets = Files.writeString(dir.resolve("t.csv"), """
        corridor,target_usd_million,deadline,announced,outcome
        KH-VN,900,2008,2003-05-01,met
        LA-VN,300,2004,2001,missed
        VN-TH,900,2008,2003,met
        """);
    Path out = dir.resolve("out");
    String[] args = {
      "hindsight",
      "--targets",
      targets.toString(),
      "--panel",
      panel().toString(),
      "--models",
      "rw-drift",
      "--paths",
      "1000",
      "--out",
      out.toString()
    };
    CliRunner.Result r = CliRunner.run(args);
    assertEquals(0, r.code(), r.toString());
    assertTrue(
        Files.readString(out.resolve("hindsight.csv")).startsWith("corridor,target_usd_million,"));
    String html = Files.readString(out.resolve("hindsight.html"));
    assertTrue(html.contains("<svg") && html.contains("share met"), html);
    assertTrue(r.out().contains("VN-TH 900 by 2008 (announced 2003): no data up to 2002"), r.out());
    CliRunner.Result again = CliRunner.run(args);
    assertEquals(2, again.code(), again.toString());
    assertTrue(again.err().contains("--force"), again.err());
  }

  @Test
  void badInputIsOneLineAndExitTwo() throws Exception {
    Path targets = Files.writeString(
        dir.resolve("bad.csv"),
        "corridor,target_usd_million,deadline,announced\nVN-LA,5,2020,2019\n");
    CliRunner.Result r = CliRunner.run("hindsight", "--targets", targets.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("bad.csv") && r.err().contains("outcome"), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    CliRunner.Result out = CliRunner.run("hindsight", "--out", dir.resolve("o").toString());
    assertEquals(2, out.code(), out.toString());
    assertTrue(out.err().contains("option '--out' needs --targets or --panel"), out.err());
    CliRunner.Result recal = CliRunner.run("hindsight", "--recalibration", "none");
    assertEquals(2, recal.code(), recal.toString());
    assertTrue(
        recal.err().contains("option '--recalibration' needs --targets or --panel"), recal.err());
    CliRunner.Result paths =
        CliRunner.run("hindsight", "--panel", panel().toString(), "--paths", "20000");
    assertEquals(2, paths.code(), paths.toString());
    assertTrue(
        paths.err().contains("option '--paths': 20000 is not allowed; expected 1 to 10000"),
        paths.err());
  }
}
