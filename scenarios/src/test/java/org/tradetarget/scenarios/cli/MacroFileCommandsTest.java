package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gravity, {@code decompose} and {@code solve} for TH-LA, a pair the embedded macro data do not
 * cover, with GDP from the synthetic WDI and WEO files of core's test resources (their README lists
 * the numbers). The trade series follows the gravity law with β_TH = 1.0 and β_LA = 0.8 exactly
 * (built here from the fixture's growth rates typed by hand), so that the expectations are
 * analytic: from 2023, TH grows 3 % and LA 4 % a year, plus 2 % US$ inflation.
 */
final class MacroFileCommandsTest {
  private static final String WDI = Path.of(
          "../core/src/test/resources/macro-files/wdi-gdp-growth-synthetic.csv")
      .toAbsolutePath()
      .toString();
  private static final String WEO = Path.of(
          "../core/src/test/resources/macro-files/weo-synthetic.tsv")
      .toAbsolutePath()
      .toString();
  // growth in percent 2012..2023 (the fixture's README)
  private static final double[] TH = {2, 2, 2, 2, 2, 2, 2, 2, -6, 1.5, 2.5, 2};
  private static final double[] LA = {6, 6, 6, 6, 6, 6, 6, 6, 0.5, 2.5, 2.7, 3.7};
  // 3 (ln 1.04 + ln 1.02) x 0.8 and 3 (ln 1.03 + ln 1.02) x 1.0, worked by hand
  private static final double GDP_LA = 0.1416560172;
  private static final double GDP_TH = 0.1480842885;

  @TempDir
  Path dir;

  private Path trade;
  private double base;

  @BeforeEach
  void writeTrade() throws IOException {
    StringBuilder csv = new StringBuilder("year,value\n2011,1000\n");
    double x = Math.log(1000);
    for (int i = 0; i < 12; i++) {
      x += Math.log1p(TH[i] / 100)
          + Math.log(1.02)
          + 0.8 * (Math.log1p(LA[i] / 100) + Math.log(1.02));
      csv.append(2012 + i)
          .append(',')
          .append(String.format(Locale.ROOT, "%.10f", Math.exp(x)))
          .append('\n');
    }
    base = Double.parseDouble(
        csv.toString().lines().reduce((a, b) -> b).orElseThrow().split(",", -1)[1]);
    trade = dir.resolve("th-la.csv");
    Files.writeString(trade, csv);
  }

  private static String[] decompose(String macro, String... more) {
    String[] args = {
      "decompose",
      "--corridor",
      "TH-LA",
      "--model",
      "gravity",
      "--to",
      "2026",
      "--format",
      "csv",
      "--param",
      "beta_th=1.0",
      "--param",
      "beta_la=0.8",
      "--macro",
      macro
    };
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  private void assertDrivers(CliRunner.Result r) {
    assertEquals(0, r.code(), r.toString());
    String[] lines = r.out().strip().split("\\R", -1);
    assertEquals("driver,log_contribution,share", lines[0]);
    assertTrue(lines[1].startsWith("gdp:LA,"), r.out());
    assertTrue(lines[2].startsWith("gdp:TH,"), r.out());
    assertEquals(GDP_LA, Double.parseDouble(lines[1].split(",", -1)[1]), 1e-8);
    assertEquals(GDP_TH, Double.parseDouble(lines[2].split(",", -1)[1]), 1e-8);
  }

  @Test
  void decompose_wdiFile_namesGdpOfBothCountries() {
    assertDrivers(CliRunner.run(decompose(WDI, "--input", trade.toString())));
  }

  @Test
  void decompose_weoFile_sameDrivers() {
    assertDrivers(CliRunner.run(decompose(
        WEO,
        "--input",
        trade.toString(),
        "--macro-format",
        "weo",
        "--macro-indicator",
        "NGDP_RPCH")));
  }

  @Test
  void solve_findsTheExtraGrowthThatPutsTheMedianOnTheTarget() {
    // with 1 point more growth (TH 4 %, LA 5 %) the 2026 point is
    // base x exp(3 (ln 1.04 + ln 1.02) + 2.4 (ln 1.05 + ln 1.02)); the residual has no noise
    // (sigma 0) and the growth shocks are symmetric, so P(met) = 0.5 exactly there
    double target = base
        * Math.exp(3 * (Math.log(1.04) + Math.log(1.02)) + 2.4 * (Math.log(1.05) + Math.log(1.02)));
    CliRunner.Result r = CliRunner.run(
        "solve",
        "--corridor",
        "TH-LA",
        "--input",
        trade.toString(),
        "--macro",
        WDI,
        "--param",
        "beta_th=1.0",
        "--param",
        "beta_la=0.8",
        "--target",
        String.format(Locale.ROOT, "%.6f", target),
        "--deadline",
        "2026",
        "--probability",
        "0.5",
        "--for",
        "gdp-growth",
        "--paths",
        "20000",
        "--format",
        "csv");
    assertEquals(0, r.code(), r.toString());
    String[] row = r.out().strip().split("\\R", -1)[1].split(",", -1);
    assertEquals("true", row[1], r.out());
    assertEquals(0.01, Double.parseDouble(row[2]), 1e-3, r.out());
  }

  @Test
  void project_gravityWithoutTheFile_refusedNamingTheEmbeddedData() {
    CliRunner.Result r = CliRunner.run(
        "decompose",
        "--corridor",
        "TH-LA",
        "--model",
        "gravity",
        "--to",
        "2026",
        "--input",
        trade.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("the embedded seeds/macro.csv"), r.err());
  }

  @Test
  void badMacroValue_oneLineNamingFileLineColumn_exit2() throws IOException {
    Path bad = dir.resolve("gdp.csv");
    String text = Files.readString(Path.of(WDI))
        .replace(
            "\"Thailand\",\"THA\",\"GDP growth (annual %)\"," + "\"NY.GDP.MKTP.KD.ZG\",\"\"",
            "\"Thailand\",\"THA\",\"GDP growth (annual %)\"," + "\"NY.GDP.MKTP.KD.ZG\",\"x\"");
    Files.writeString(bad, text);
    CliRunner.Result r = CliRunner.run(decompose(bad.toString(), "--input", trade.toString()));
    assertEquals(2, r.code(), r.toString());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(
        r.err()
            .strip()
            .endsWith(bad + ":9:5: 'x' in column '1960' (THA, NY.GDP.MKTP.KD.ZG) is"
                + " not allowed; expected a number, or an empty field for a gap"),
        r.err());
  }

  @Test
  void macroFormatWithoutFile_andUnknownFormat_namedAsOptions() {
    CliRunner.Result r = CliRunner.run(
        "decompose",
        "--corridor",
        "VN-LA",
        "--model",
        "gravity",
        "--to",
        "2030",
        "--macro-format",
        "weo");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("option '--macro-format': is only for a macro file"), r.err());
    CliRunner.Result f =
        CliRunner.run(decompose(WDI, "--input", trade.toString(), "--macro-format", "xls"));
    assertEquals(2, f.code(), f.toString());
    assertTrue(
        f.err()
            .contains("option '--macro-format': macro format 'xls' is not allowed; expected"
                + " wdi, weo or auto"),
        f.err());
  }

  @Test
  void scenario_thLaWithAWdiFile_runsGravityWithBetasByCountry() throws IOException {
    Path yaml = dir.resolve("th-la.yaml");
    Files.writeString(
        yaml,
        "name: th-la-macro\n"
            + "macro: {file: " + WDI + ", format: wdi, indicator: NY.GDP.MKTP.KD.ZG}\n"
            + "model:\n  kind: gravity\n  params: {beta: {TH: 1.0, LA: 0.8}}\n"
            + "corridors:\n  TH-LA:\n    data: th-la.csv\n"
            + "    target: {value: 100000, deadline: 2026, source: synthetic, quote: \"\"}\n"
            + "simulation: {paths: 2000, seed: 1}\n");
    CliRunner.Result v = CliRunner.run("validate", yaml.toString());
    assertEquals(0, v.code(), v.toString());
    CliRunner.Result r = CliRunner.run(
        "run", yaml.toString(), "--format", "csv", "--out", dir.resolve("out").toString());
    assertEquals(0, r.code(), r.toString());
    // a bad key of the mapping is named at its line and column
    Files.writeString(yaml, Files.readString(yaml).replace("LA: 0.8", "XX: 0.8"));
    CliRunner.Result b = CliRunner.run("validate", yaml.toString());
    assertEquals(2, b.code(), b.toString());
    assertTrue(b.err().contains(":5:") && b.err().contains("model.params.beta.XX"), b.err());
  }
}
