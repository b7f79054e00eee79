package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradetarget.core.analysis.Outlook;
import org.tradetarget.core.analysis.OutlookResult;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.Target;

/**
 * The README's embedding example promises the number {@code tradetarget run} prints: this test
 * runs the README block (kept verbatim here and checked against README.md, as the core module's
 * {@code ReadmeExampleTest} does) and the command on the scenario with the same settings, and
 * compares P(met by 2030) in {@code results.csv} to the last bit. The bundled {@code
 * scenarios/vn-kh.yaml} uses another kind (log-linear from 2012), so the scenario is written here.
 */
final class ReadmeOutlookCliTest {
  @TempDir
  Path dir;

  static double example() {
    // @@ readme-start
    Dataset data = Dataset.embedded();
    AnnualSeries vnkh = data.series(Corridor.of("VN-KH")); // US$ million, Vietnam-reported
    Target target =
        data.currentTarget(Corridor.VN_KH).orElseThrow(); // US$ 20,000 million, no deadline
    OutlookResult o = Outlook.of(vnkh)
        .target(target)
        .assumedDeadline(2030) // no deadline in the source: assume 2030
        .model("rw-drift") // random walk with drift on ln(trade)
        .paths(100_000)
        .seed(42)
        .run();
    double p = o.metBy(2030), se = o.metBySe(2030); // P(met by 2030) and its Monte Carlo SE
    String line = String.format(
        "%s: P(met by %d) = %.3f ± %.3f; median %.0f in %d; needs %.1f%% a year%n",
        o.name(), o.deadline(), p, se, o.median(), o.deadline(), 100 * o.requiredCagr());
    // @@ readme-end
    assertTrue(line.startsWith("VN-KH: P(met by 2030) = "), line);
    return p;
  }

  @Test
  void readmeExample_pMetBy2030_equalsTheRunCommandsResultsCsv() throws IOException {
    Path f = dir.resolve("readme-vn-kh.yaml");
    Files.writeString(f, """
        # The README example as a scenario: Vietnam-Cambodia, rw-drift, 2030 assumed.
        name: readme-vn-kh
        description: The README embedding example as a scenario.
        assumed_deadline: 2030
        model:
          kind: rw-drift
        corridors:
          VN-KH: {}
        simulation:
          paths: 100000
          seed: 42
        """);
    Path out = dir.resolve("out");
    CliRunner.Result r =
        CliRunner.run("run", f.toString(), "--out", out.toString(), "--format", "csv", "--force");
    assertEquals(0, r.code(), r.toString());
    double cli = Double.NaN;
    for (String line : Files.readAllLines(out.resolve("results.csv"), StandardCharsets.UTF_8)) {
      String[] c = line.split(",", -1);
      if (c.length == 5 && c[1].equals("VN-KH") && c[2].equals("2030") && c[3].equals("p_met_by")) {
        cli = Double.parseDouble(c[4]);
      }
    }
    assertTrue(!Double.isNaN(cli), "results.csv has VN-KH,2030,p_met_by");
    assertEquals(cli, example(), 0.0);
  }

  @Test
  void readmeShowsThisExampleVerbatim() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<String> lines = Files.readAllLines(
        Path.of(
            "src",
            "test",
            "java",
            "org",
            "tradetarget",
            "scenarios",
            "cli",
            "ReadmeOutlookCliTest.java"),
        StandardCharsets.UTF_8);
    int start = indexOf(lines, "// @@ readme-start") + 1;
    int end = indexOf(lines, "// @@ readme-end");
    StringBuilder snippet = new StringBuilder();
    for (String l : lines.subList(start, end)) {
      snippet.append(l).append('\n'); // the README's main method indents as this method does
    }
    assertTrue(
        readme.contains(snippet.toString()),
        "README.md's main method must contain the example:\n" + snippet);
  }

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError("marker not found: " + marker);
  }

  /** The README's baseline table is what {@code run} prints for the bundled baseline today. */
  @Test
  void readmeBaselineTable_isWhatRunPrints() throws IOException {
    CliRunner.Result r = CliRunner.run(
        "run", "clv-2030-baseline.yaml", "--format", "table", "--out", dir.toString(), "--force");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    int from = lines.get(0).indexOf("corridor");
    StringBuilder table = new StringBuilder(lines.get(0).substring(from).stripTrailing());
    for (String l : lines.subList(2, 5)) { // the dashes, then the three corridors
      table.append('\n').append(l.substring(from).stripTrailing());
    }
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    assertTrue(
        readme.contains(table), "README.md must show the baseline as run prints it:\n" + table);
  }
}
