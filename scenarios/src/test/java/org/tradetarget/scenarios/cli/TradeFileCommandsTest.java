package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands on downloaded trade files ({@code --input} with the trade formats): {@code data}'s
 * normalised rows and corridor series, {@code project} and {@code backtest} on any corridor of a
 * file, {@code solve}'s refusal for countries without GDP, and {@code run} on the bundled example
 * scenario outside the three corridors.
 *
 * <p>The fixture {@code comtrade-plus.csv} (synthetic values, see its README) holds, in US$:
 * Thailand's exports to Laos 3,000,000,000 (2020) and 3,500,000,000 (2021), its CIF imports from
 * Laos 2,000,000,000 and 2,400,000,000, a re-export of 100,000,000 (2020); Laos's exports to
 * Thailand 1,800,000,000 and CIF imports 2,700,000,000 (2020, estimated); and World and "Other Asia,
 * nes" rows, which are areas.
 */
@SuppressWarnings("StringConcatToTextBlock") // expected CSV written line by line
final class TradeFileCommandsTest {
  private static final String COMTRADE = "../core/src/test/resources/trade-files/comtrade-plus.csv";
  private static final String DOTS = "../core/src/test/resources/trade-files/dots.csv";

  private static String out(CliRunner.Result r) {
    assertEquals(0, r.code(), r.toString());
    return r.out().replace("\r\n", "\n");
  }

  private static void assertBadInput(CliRunner.Result r, String... parts) {
    assertEquals(2, r.code(), r.toString());
    String err = r.err().strip();
    assertEquals(1, err.lines().count(), r.toString());
    for (String p : parts) {
      assertTrue(err.contains(p), "'" + err + "' should contain '" + p + "'");
    }
  }

  @Test
  void dataPrintsTheNormalisedRowsWithAlpha3Codes() {
    String csv = out(CliRunner.run("data", "--input", COMTRADE, "--format", "csv"));
    assertTrue(csv.startsWith("year,reporter,partner,flow,valuation,value_usd_million"), csv);
    assertTrue(csv.contains("\n2020,THA,LAO,export,FOB,3000.0,"), csv);
    assertTrue(csv.contains("\n2021,THA,LAO,import,CIF,2400.0,"), csv);
    assertTrue(csv.contains("\n2020,LAO,THA,import,CIF,2700.0,comtrade,true\n"), csv);
    assertTrue(csv.contains("\n2020,THA,LAO,re-export,FOB,100.0,"), csv);
    // seven country rows; World and Other Asia, nes are areas
    assertEquals(8, csv.lines().count(), csv);
  }

  @Test
  void dataPrintsACorridorsSeriesOnEachBasis() {
    // reporter:TH (the reporter with more years): 3,000 + 2,000 in 2020, 3,500 + 2,400 in 2021;
    // re-exports never count
    assertEquals(
        "corridor,year,value_usd_million,basis\n"
            + "LA-TH,2020,5000.0,reporter:TH\nLA-TH,2021,5900.0,reporter:TH\n",
        out(CliRunner.run("data", "--input", COMTRADE, "--corridor", "TH-LA", "--format", "csv")));
    // reporter:LA: 1,800 + 2,700 in 2020 only; alpha-3 ids in either order
    assertEquals(
        "corridor,year,value_usd_million,basis\nLA-TH,2020,4500.0,reporter:LA\n",
        out(CliRunner.run(
            "data",
            "--input",
            COMTRADE,
            "--corridor",
            "lao-tha",
            "--basis",
            "reporter:LAO",
            "--format",
            "csv")));
    // average: (5,000 + 4,500) / 2 in the one year both report; CIF/FOB 1.25 divides imports:
    // TH 3,000 + 2,000 / 1.25 = 4,600, LA 1,800 + 2,700 / 1.25 = 3,960, mean 4,280
    assertEquals(
        "corridor,year,value_usd_million,basis\nLA-TH,2020,4280.0,average\n",
        out(CliRunner.run(
            "data",
            "--input",
            COMTRADE,
            "--corridor",
            "TH-LA",
            "--basis",
            "average",
            "--cif-fob",
            "1.25",
            "--format",
            "csv")));
  }

  @Test
  void dataOnATradeFileRefusesWhatItCannotGive() {
    assertBadInput(
        CliRunner.run("data", "--input", COMTRADE, "--corridor", "VN-TH"),
        "comtrade-plus.csv",
        "VN-TH",
        "it holds LA-TH");
    assertBadInput(
        CliRunner.run("data", "--input", COMTRADE, "--corridor", "TH-LA", "--basis", "reconciled"),
        "basis reconciled is not available for LA-TH",
        "available: reporter:LA, reporter:TH, average");
    assertBadInput(
        CliRunner.run("data", "--input", COMTRADE, "--input-format", "xls"),
        "--input-format",
        "'xls'",
        "comtrade-legacy");
    assertBadInput(CliRunner.run("data", "--input", DOTS), "dots.csv", "--input-scale");
    assertBadInput(CliRunner.run("data", "--basis", "reporter:VN"), "--basis", "needs --input");
  }

  @Test
  void dotsWithItsScaleGivesTheDocumentedDefaultReporter() {
    // VN-LA's documented basis is reporter:VN: exports 700 + CIF imports 500 in 2019 (US$ million)
    String csv = out(CliRunner.run(
        "data",
        "--input",
        DOTS,
        "--input-scale",
        "millions",
        "--corridor",
        "VN-LA",
        "--format",
        "csv"));
    assertTrue(csv.contains("\nVN-LA,2019,1200.0,reporter:VN\n"), csv);
  }

  @Test
  void projectAndBacktestWorkOnAnyCorridorOfATradeFile() {
    // constant growth 10 % from the 2021 base 5,900 (reporter:TH): 6,490 and 7,139
    String csv = out(CliRunner.run(
        "project",
        "--input",
        COMTRADE,
        "--corridor",
        "TH-LA",
        "--model",
        "constant-growth",
        "--param",
        "rate=0.1",
        "--horizon",
        "2",
        "--format",
        "csv"));
    String[] rows = csv.split("\n", -1);
    assertEquals("year,point,lo80,hi80,lo95,hi95", rows[0]);
    assertEquals(2022, Integer.parseInt(rows[1].split(",", -1)[0]));
    assertEquals(6490.0, Double.parseDouble(rows[1].split(",", -1)[1]), 1e-6);
    assertEquals(7139.0, Double.parseDouble(rows[2].split(",", -1)[1]), 1e-6);
    String json = out(CliRunner.run(
        "backtest",
        "--input",
        "../scenarios/data/th-la-comtrade-synthetic.csv",
        "--corridor",
        "TH-LA",
        "--models",
        "rw-drift",
        "--horizon",
        "1",
        "--min-train",
        "10",
        "--format",
        "json"));
    assertTrue(json.contains("\"basis\": \"reporter:TH\""), json);
  }

  @Test
  void solveSaysTheGdpIsOnlyThereForTheThreeCountries() {
    assertBadInput(
        CliRunner.run(
            "solve",
            "--corridor",
            "TH-LA",
            "--target",
            "9000",
            "--deadline",
            "2030",
            "--probability",
            "0.5",
            "--for",
            "gdp-growth"),
        "--corridor",
        "gravity",
        "GDP only for VN, KH, LA",
        "not for TH (Thailand)");
  }

  @Test
  void theBundledExampleOutsideTheThreeRunsAndShowsItsBasis(@TempDir Path dir) {
    String table = out(CliRunner.run(
        "run", "th-la-example.yaml", "--out", dir.toString(), "--force", "--threads", "1"));
    assertTrue(table.contains("LA-TH"), table);
    assertTrue(
        table.contains("th-la-example: basis (whose declarations) LA-TH reporter:TH"), table);
  }
}
