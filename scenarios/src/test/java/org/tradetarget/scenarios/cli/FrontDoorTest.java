package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.spi.SLF4JServiceProvider;

/** Small frictions of the command line a new user met, each pinned down. */
final class FrontDoorTest {
  @Test
  void requiredGrowth_tableIsASentenceForPeople() {
    CliRunner.Result r = CliRunner.run(
        "required-growth",
        "--base",
        "1000",
        "--base-year",
        "2024",
        "--target",
        "5000",
        "--deadline",
        "2030",
        "--format",
        "table");
    assertEquals(0, r.code(), r.toString());
    // 5^(1/6) - 1 = 0.307660... -> 30.77 %
    assertEquals(
        "required growth: 30.77 % a year (US$ 1,000 million in 2024 to US$ 5,000 million by 2030)",
        r.out().strip());
  }

  @Test
  void comparedDeadlines_areInTheConsoleSummary_asInResultsCsv(
      @org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
    Path f = dir.resolve("d.yaml");
    java.nio.file.Files.writeString(f, """
        name: d
        model: {kind: rw-drift}
        assumed_deadline: 2030
        corridors:
          VN-LA:
            deadlines: [2028, 2032]
        outputs: {odds_by_model: false}
        simulation: {paths: 4000, seed: 5}
        """);
    CliRunner.Result r =
        CliRunner.run("run", f.toString(), "--out", dir.resolve("o").toString());
    assertEquals(0, r.code(), r.toString());
    String note = r.out()
        .lines()
        .filter(l -> l.startsWith("d, VN-LA: P(met by) at the compared deadlines:"))
        .findFirst()
        .orElseThrow(() -> new AssertionError(r.out()));
    // every compared year is there, in order, and P(met by) never falls as the deadline moves out
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
            " (\\d{4}) (\\d+\\.\\d)% ± [0-9.]+% \\(needs -?[0-9.]+%/yr\\)")
        .matcher(note);
    List<Integer> years = new java.util.ArrayList<>();
    double last = -1;
    java.util.Map<Integer, Double> shown = new java.util.HashMap<>();
    while (m.find()) {
      years.add(Integer.parseInt(m.group(1)));
      double p = Double.parseDouble(m.group(2));
      assertTrue(p >= last, note);
      last = p;
      shown.put(Integer.parseInt(m.group(1)), p);
    }
    assertEquals(List.of(2028, 2030, 2032), years, note);
    // each equals results.csv's p_met_by in that year, rounded to a tenth of a point
    for (String line : java.nio.file.Files.readAllLines(dir.resolve("o").resolve("results.csv"))) {
      String[] c = line.split(",", -1);
      if (c.length == 5
          && c[1].equals("VN-LA")
          && c[3].equals("p_met_by")
          && shown.containsKey(Integer.parseInt(c[2]))) {
        assertEquals(100 * Double.parseDouble(c[4]), shown.get(Integer.parseInt(c[2])), 0.05001);
      }
    }
  }

  @Test
  void targetsInput_listsAUsersOwnTargets(@org.junit.jupiter.api.io.TempDir Path dir)
      throws java.io.IOException {
    Path f = dir.resolve("mine.csv");
    java.nio.file.Files.writeString(f, """
        corridor,target_usd_million,deadline,kind,quote
        VN-KH,30000,2032,current,"our target"
        TH-LA,12000,2030,current,"theirs"
        """);
    CliRunner.Result r = CliRunner.run("targets", "--input", f.toString(), "--format", "csv");
    assertEquals(0, r.code(), r.toString());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    String[] row = lines.get(1).split(",", -1);
    List<String> head = List.of(lines.get(0).split(","));
    assertEquals("VN-KH", row[head.indexOf("corridor")]);
    // by hand: (30000 / base)^(1 / (2032 - base year)) - 1 on the embedded default series
    org.tradetarget.core.data.AnnualSeries s = org.tradetarget.core.data.Dataset.embedded()
        .series(org.tradetarget.core.data.Corridor.VN_KH);
    double expected = Math.pow(30000 / s.lastValue(), 1.0 / (2032 - s.lastYear())) - 1;
    assertEquals(expected, Double.parseDouble(row[head.indexOf("required_cagr")]), 1e-12);
    assertTrue(r.err().contains("LA-TH (US$ 12,000 million) is left out"), r.err());
    CliRunner.Result missing =
        CliRunner.run("targets", "--input", dir.resolve("none.csv").toString());
    assertEquals(2, missing.code(), missing.toString());
    assertEquals(1, missing.err().lines().count(), missing.err());
  }

  @Test
  void theCommandLineBindsTheQuietLoggingProvider() {
    List<String> providers = ServiceLoader.load(SLF4JServiceProvider.class).stream()
        .map(p -> p.type().getName())
        .toList();
    assertEquals(List.of("org.slf4j.nop.NOPServiceProvider"), providers);
  }

  @Test
  void tornadoWithoutASensitivitySection_saysWhatToAdd_onOneLine() {
    Path kh = DocBlocks.ROOT.resolve("scenarios/kh-la.yaml");
    CliRunner.Result r = CliRunner.run("tornado", kh.toString(), "--format", "csv");
    assertEquals(2, r.code(), r.toString());
    assertEquals(1, r.err().lines().count(), r.err());
    assertFalse(r.err().contains("\\n"), r.err());
    assertTrue(r.err().contains("sensitivity: {simulation.persistence: [0.5, 1.0]}"), r.err());
  }
}
