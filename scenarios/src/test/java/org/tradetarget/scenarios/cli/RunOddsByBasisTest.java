package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} compares the reporter bases of a corridor on a trade file in its table,
 * results.csv, results.json and report; a file with one side only gets one line saying why.
 *
 * <p>The files below are UN Comtrade Plus CSVs with SYNTHETIC values (US$): Thailand reports
 * exports to Laos of 2,000,000,000 and imports of 1,000,000,000 every year 2015–2022; Laos (only in
 * the two-sided file) reports 2018–2022 exports of 900,000,000 and imports of 1,500,000,000. So in
 * 2018–2022 reporter:LA gives 900 + 1,500 = 2,400 and reporter:TH 2,000 + 1,000 = 3,000 US$
 * million: a gap TH − LA of 600, 600 / 2,400 = 25 % of LA.
 */
@SuppressWarnings("StringConcatToTextBlock") // the scenario's YAML line by line
final class RunOddsByBasisTest {
  @TempDir
  Path dir;

  private static final String HEADER = "freqCode,refYear,reporterCode,reporterISO,flowCode,"
      + "partnerCode,partnerISO,partner2Code,cmdCode,customsCode,motCode,cifvalue,fobvalue,"
      + "primaryValue,isReported,isAggregate";

  private static String row(int year, boolean thai, String flow, double usd) {
    String r = thai ? "764,THA" : "418,LAO";
    String p = thai ? "418,LAO" : "764,THA";
    String v = String.format(java.util.Locale.ROOT, "%.1f", usd);
    return "A," + year + "," + r + "," + flow + "," + p + ",0,TOTAL,C00,0,"
        + (flow.equals("M") ? v : "") + "," + (flow.equals("X") ? v : "") + "," + v
        + ",True,True\n";
  }

  private Path scenario(boolean bothSides) throws Exception {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    for (int y = 2015; y <= 2022; y++) {
      b.append(row(y, true, "X", 2.0e9)).append(row(y, true, "M", 1.0e9));
    }
    if (bothSides) {
      for (int y = 2018; y <= 2022; y++) {
        b.append(row(y, false, "X", 0.9e9)).append(row(y, false, "M", 1.5e9));
      }
    }
    Files.writeString(dir.resolve("th-la.csv"), b.toString());
    Path f = dir.resolve("s.yaml");
    Files.writeString(
        f,
        "name: s\nmodel:\n  kind: rw-drift\ncorridors:\n  TH-LA:\n"
            + "    data: {file: th-la.csv, basis: reporter:TH}\n"
            + "    target: {value: 4000, deadline: 2028, source: \"test\", quote: \"\"}\n"
            + "outputs:\n  odds_by_model: false\nsimulation:\n  paths: 4000\n  seed: 7\n");
    return f;
  }

  @Test
  void bothSides_everyOutputComparesTheBases() throws Exception {
    Path out = dir.resolve("out");
    CliRunner.Result r =
        CliRunner.run("run", scenario(true).toString(), "--out", out.toString(), "--force");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("s, LA-TH: the two sides' declarations"), r.out());
    assertTrue(
        r.out().contains("2018        2,400        3,000         +600        25.0%"), r.out());
    assertTrue(r.out().contains("s, LA-TH: odds by basis"), r.out());
    List<String> csv = Files.readAllLines(out.resolve("results.csv"));
    for (int y = 2018; y <= 2022; y++) {
      assertTrue(csv.contains("s,LA-TH," + y + ",basis_gap_usd_million,600.0"), y + " " + csv);
      assertTrue(csv.contains("s,LA-TH," + y + ",basis_gap_fraction,0.25"), y + " " + csv);
    }
    assertFalse(csv.stream().anyMatch(l -> l.startsWith("s,LA-TH,2017,basis_gap")), "2017");
    JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    JsonNode c = json.get("corridors").get(0);
    JsonNode bases = c.get("odds_by_basis").get("bases");
    assertEquals(3, bases.size());
    for (JsonNode b : bases) {
      String prefix = "s,LA-TH,2028,p_met_by_deadline@basis=" + b.get("basis").asText() + ",";
      List<String> hits = csv.stream().filter(l -> l.startsWith(prefix)).toList();
      assertEquals(1, hits.size(), prefix);
      assertEquals(
          b.get("p_met_by_deadline").asDouble(),
          Double.parseDouble(hits.get(0).substring(prefix.length())),
          0);
    }
    // the row of the scenario's own basis (reporter:TH, second) is its headline
    assertEquals("reporter:TH", bases.get(1).get("basis").asText());
    assertEquals(
        c.get("p_met_by_deadline").asDouble(),
        bases.get(1).get("p_met_by_deadline").asDouble(),
        0);
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("id='odds-by-basis'") && html.contains("+600"), "report");
  }

  @Test
  void oneSide_saysWhyInOneLine_andHasNoBasisTable() throws Exception {
    Path out = dir.resolve("one");
    CliRunner.Result r =
        CliRunner.run("run", scenario(false).toString(), "--out", out.toString(), "--force");
    assertEquals(0, r.code(), r.toString());
    List<String> why =
        r.out().lines().filter(l -> l.contains("no comparison of bases")).toList();
    assertEquals(
        List.of("s, LA-TH: no comparison of bases: only Thailand (reporter:TH) reports this"
            + " corridor in th-la.csv, so there is no other side to compare."),
        why);
    assertFalse(r.out().contains("odds by basis"), r.out());
    assertFalse(r.out().contains("declarations (US$"), r.out());
    String csv = Files.readString(out.resolve("results.csv"));
    assertFalse(csv.contains("@basis=") || csv.contains("basis_gap"), csv);
    JsonNode c = new ObjectMapper()
        .readTree(out.resolve("results.json").toFile())
        .get("corridors")
        .get(0);
    assertFalse(c.get("odds_by_basis").get("compared").asBoolean());
  }
}
