package org.tradetarget.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradetarget.core.analysis.OutlookResult;
import org.tradetarget.scenarios.io.ScenarioException;
import org.tradetarget.scenarios.io.ScenarioLoader;

/**
 * A corridor outside the bundled three (Thailand–Laos) with its own trade file and target: the
 * scenario reads the file on the basis it names, and its odds agree with the closed form of
 * constant growth.
 *
 * <p>The file below is a UN Comtrade Plus CSV with synthetic values (US$): Thailand reports 2019–2022
 * (exports to Laos 2,500,000,000 a year, imports 1,000,000,000), Laos reports 2020–2022, in 2022
 * exports to Thailand of 1,200,000,000 and imports (CIF) from Thailand of 1,800,000,000. On basis
 * {@code reporter:LA} the 2022 base is therefore 1,200 + 1,800 = 3,000 US$ million; on {@code
 * reporter:TH} it is 2,500 + 1,000 = 3,500.
 */
@SuppressWarnings(
    "StringConcatToTextBlock") // YAML written with explicit line ends keeps the asserted line and
// column positions countable
final class AnyCorridorScenarioTest {
  @TempDir
  Path dir;

  /** The Comtrade Plus API field names the reader needs, in the order of a download. */
  private static final String HEADER = "freqCode,refYear,reporterCode,reporterISO,flowCode,"
      + "partnerCode,partnerISO,partner2Code,cmdCode,customsCode,motCode,cifvalue,fobvalue,"
      + "primaryValue,isReported,isAggregate";

  private static String row(int year, String reporter, String flow, String partner, double usd) {
    String[] r = reporter.equals("TH") ? new String[] {"764", "THA"} : new String[] {"418", "LAO"};
    String[] p = partner.equals("TH") ? new String[] {"764", "THA"} : new String[] {"418", "LAO"};
    String v = String.format(java.util.Locale.ROOT, "%.1f", usd);
    return "A," + year + "," + r[0] + "," + r[1] + "," + flow + "," + p[0] + "," + p[1]
        + ",0,TOTAL,C00,0," + (flow.equals("M") ? v : "") + "," + (flow.equals("X") ? v : "")
        + "," + v + ",True,True\n";
  }

  private Path tradeFile() throws IOException {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    for (int y = 2019; y <= 2022; y++) {
      b.append(row(y, "TH", "X", "LA", 2.5e9)).append(row(y, "TH", "M", "LA", 1.0e9));
    }
    b.append(row(2020, "LA", "X", "TH", 0.9e9)).append(row(2020, "LA", "M", "TH", 1.6e9));
    b.append(row(2021, "LA", "X", "TH", 1.0e9)).append(row(2021, "LA", "M", "TH", 1.7e9));
    b.append(row(2022, "LA", "X", "TH", 1.2e9)).append(row(2022, "LA", "M", "TH", 1.8e9));
    Path f = dir.resolve("thai-lao-comtrade.csv");
    Files.writeString(f, b.toString());
    return f;
  }

  private Path scenario(String corridorBody) throws IOException {
    tradeFile();
    Path s = dir.resolve("th-la.yaml");
    Files.writeString(
        s,
        "name: th-la\ncorridors:\n  TH-LA:\n" + corridorBody
            + "simulation:\n  paths: 20000\n  seed: 7\n");
    return s;
  }

  @Test
  void deterministicConstantGrowthIsMetInTheFirstPassageYearByHand() throws IOException {
    // base 2022 on reporter:LA: 1,200 + 1,800 = 3,000. At 10 % a year: 2023 3,300; 2024 3,630;
    // 2025 3,993; 2026 4,392.3. The target 4,000 is first reached in 2026, so with sigma 0 every
    // path meets it by 2026 and none by 2025.
    Path s = scenario("    data: {file: thai-lao-comtrade.csv, basis: reporter:LA}\n"
        + "    model: {kind: constant-growth, params: {rate: 0.1}}\n"
        + "    target: {value: 4000, deadline: 2026, source: \"test\", quote: \"4 billion\"}\n"
        + "    deadlines: [2025]\n");
    ScenarioResult r = ScenarioRunner.run(ScenarioLoader.load(s));
    PreparedCorridor c = r.corridors().get(0);
    assertEquals("LA-TH", c.spec().corridor().id());
    assertEquals("reporter:LA", c.basis());
    assertEquals(2022, c.baseYear());
    assertEquals(3000.0, c.baseValue(), 1e-9);
    assertEquals(List.of(2020, 2021, 2022), boxed(c.series().years()));
    OutlookResult sum = r.summaries().get(0);
    assertEquals(4000.0, sum.target());
    assertEquals(2026, sum.deadline());
    assertEquals(1.0, sum.pMet());
    assertEquals(2026, sum.medianFirstYear().getAsInt());
    assertEquals(3000 * Math.pow(1.1, 4), sum.median(), 1e-6 * 4392.3);
    OutlookResult.DeadlineOdds by2025 =
        sum.byDeadline().stream().filter(d -> d.deadline() == 2025).findFirst().orElseThrow();
    assertEquals(0.0, by2025.pMet());
    assertEquals("test", c.target().provenance().citation());
    assertEquals("4 billion", c.target().provenance().quote());
  }

  @Test
  void noisyConstantGrowthOneYearAheadAgreesWithTheNormalClosedForm() throws IOException {
    // One year ahead, met by 2023 is being at or above in 2023: ln V = ln 3,000 + ln 1.08 + 0.2 Z,
    // so P = 1 - Phi((ln 3,500 - ln 3,000 - ln 1.08) / 0.2).
    Path s = scenario("    data: {file: thai-lao-comtrade.csv, basis: reporter:LA}\n"
        + "    model: {kind: constant-growth, params: {rate: 0.08, sigma: 0.2}}\n"
        + "    target: {value: 3500, deadline: 2023}\n");
    ScenarioResult r = ScenarioRunner.run(ScenarioLoader.load(s));
    double z = (Math.log(3500) - Math.log(3000) - Math.log(1.08)) / 0.2;
    double p = 1 - new NormalDistribution().cumulativeProbability(z);
    OutlookResult sum = r.summaries().get(0);
    double se = Math.sqrt(p * (1 - p) / 20000);
    assertTrue(Math.abs(sum.pMet() - p) < 4 * se, sum.pMet() + " vs closed form " + p);
  }

  @Test
  void withoutABasisTheReporterWithMoreYearsIsUsed() throws IOException {
    // Thailand reports four years, Laos three: the default is reporter:TH, 2,500 + 1,000 = 3,500.
    Path s = scenario("    data: thai-lao-comtrade.csv\n"
        + "    model: {kind: constant-growth, params: {rate: 0.1}}\n"
        + "    target: {value: 9000, deadline: 2030}\n");
    PreparedCorridor c = ScenarioPreparer.prepare(ScenarioLoader.load(s)).get(0);
    assertEquals("reporter:TH", c.basis());
    assertEquals(3500.0, c.baseValue(), 1e-9);
    assertEquals(4, c.series().size());
  }

  @Test
  void aCorridorTheFileDoesNotHoldNamesThePairsItHolds() throws IOException {
    Path s = scenario("");
    Files.writeString(
        s,
        "name: x\ncorridors:\n  VN-TH:\n    data: {file: thai-lao-comtrade.csv}\n"
            + "    target: {value: 100, deadline: 2030}\n");
    String all = problems(s);
    assertTrue(
        all.contains(s + ":3:3: corridors.VN-TH: ")
            && all.contains("no trade between Vietnam and Thailand (VN-TH)")
            && all.contains("it holds LA-TH"),
        all);
  }

  @Test
  void aMissingTargetNamesTheCorridor() throws IOException {
    Path s = scenario("    data: {file: thai-lao-comtrade.csv}\n");
    String all = problems(s);
    assertTrue(
        all.contains(s + ":3:3: corridors.TH-LA.target.value: missing; LA-TH (Laos\u2013Thailand)"
            + " has no announced target"),
        all);
  }

  @Test
  void aBasisTheDataCannotGiveListsThePossibleBases() throws IOException {
    Path s = scenario("    data: {file: thai-lao-comtrade.csv, basis: reconciled}\n"
        + "    target: {value: 9000, deadline: 2030}\n");
    String all = problems(s);
    assertTrue(
        all.contains(s + ":4:48: corridors.TH-LA.data.basis: thai-lao-comtrade.csv: basis"
                + " reconciled is not available for LA-TH")
            && all.contains("available: reporter:LA, reporter:TH, average"),
        all);
  }

  @Test
  void aMalformedRowOfTheDataFileNamesItsFileLineAndColumn() throws IOException {
    Path s = scenario("    data: {file: thai-lao-comtrade.csv}\n"
        + "    target: {value: 9000, deadline: 2030}\n");
    Path f = dir.resolve("thai-lao-comtrade.csv");
    List<String> lines = Files.readAllLines(f);
    lines.set(2, lines.get(2).replace(",2019,", ",20x9,"));
    Files.write(f, lines);
    String all = problems(s);
    assertTrue(
        all.contains(s + ":4:18: corridors.TH-LA.data.file: thai-lao-comtrade.csv:3:")
            && all.contains("refYear")
            && all.contains("20x9"),
        all);
  }

  @Test
  void extendsOverlaysTheBasisAndKeepsTheParentsFile() throws IOException {
    Path parent = scenario("    data: {file: thai-lao-comtrade.csv, basis: reporter:TH}\n"
        + "    model: {kind: constant-growth, params: {rate: 0.1}}\n"
        + "    target: {value: 9000, deadline: 2030}\n");
    Path sub = Files.createDirectories(dir.resolve("variants"));
    Path child = sub.resolve("la.yaml");
    Files.writeString(
        child,
        "name: la\nextends: ../th-la.yaml\ncorridors:\n  TH-LA:\n    data: {basis: reporter:LA}\n");
    PreparedCorridor c = ScenarioPreparer.prepare(ScenarioLoader.load(child)).get(0);
    assertEquals("reporter:LA", c.basis());
    assertEquals(3000.0, c.baseValue(), 1e-9);
    assertEquals(
        parent.getParent().resolve("thai-lao-comtrade.csv").normalize(),
        c.spec().trade().orElseThrow().file().normalize());
  }

  private static String problems(Path s) {
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(s));
    return String.join("\n", e.problems());
  }

  private static List<Integer> boxed(int[] a) {
    return java.util.Arrays.stream(a).boxed().toList();
  }
}
