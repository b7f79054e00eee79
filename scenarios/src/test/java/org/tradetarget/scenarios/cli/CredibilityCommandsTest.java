package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.Target;

/**
 * {@code tradetarget backtest} and {@code tradetarget hindsight} are how an economist checks which
 * projection method deserves trust: their CSV headers are contracts, their numbers must be the
 * defined ones, and every bad input must end in exit code 2 with one line naming the option, the
 * value and what is allowed.
 */
final class CredibilityCommandsTest {
  @TempDir
  Path dir;

  private Path six;

  @BeforeEach
  void writeSeries() throws IOException {
    six = Files.writeString(
        dir.resolve("six.csv"),
        "year,value\n2001,100\n2002,110\n2003,125\n2004,130\n2005,150\n2006,160\n",
        StandardCharsets.UTF_8);
  }

  private static CliRunner.Result run(String... args) {
    return CliRunner.run(args);
  }

  private static void assertBadInput(CliRunner.Result r, String... parts) {
    assertEquals(Main.BAD_INPUT, r.code(), "exit code; " + r);
    assertEquals("", r.out(), "nothing on stdout");
    assertEquals(1, r.err().lines().count(), "one line: " + r.err());
    for (String part : parts) {
      assertTrue(r.err().contains(part), "'" + r.err().strip() + "' should contain '" + part + "'");
    }
  }

  private static double field(String line, int i) {
    return Double.parseDouble(line.split(",", -1)[i]);
  }

  @Test
  void backtest_csv_headerRowsAndRwDriftNumbersOfTheHandCalculation() {
    CliRunner.Result r = run(
        "backtest",
        "--input",
        six.toString(),
        "--models",
        "rw-drift,log-linear",
        "--horizon",
        "2",
        "--min-train",
        "3",
        "--format",
        "csv");
    assertEquals(Main.OK, r.code(), r.toString());
    List<String> lines = r.out().lines().toList();
    assertEquals(
        "model,h,n,mape,mase,rmse_log,coverage80,coverage95,winkler95,crps_log", lines.get(0));
    assertEquals(5, lines.size(), "one row per model and h");
    assertTrue(lines.get(1).startsWith("rw-drift,1,3,"), lines.get(1));
    assertTrue(lines.get(2).startsWith("rw-drift,2,2,"), lines.get(2));
    assertTrue(lines.get(3).startsWith("log-linear,1,3,"), lines.get(3));
    // The hand calculation of BacktestTest (core): h = 1 over origins 3, 4, 5 of 100, 110, 125,
    // 130, 150, 160.
    String h1 = lines.get(1);
    assertEquals(5.5557716408, field(h1, 3), 1e-9);
    assertEquals(0.6908051480, field(h1, 4), 1e-9);
    assertEquals(0.0568256018, field(h1, 5), 1e-9);
    assertEquals(2.0 / 3, field(h1, 6), 1e-15);
    assertEquals(2.0 / 3, field(h1, 7), 1e-15);
    assertEquals(55.9037850, field(h1, 8), 1e-6);
    assertEquals(0.0375219858, field(h1, 9), 1e-9);
  }

  @Test
  void backtest_failedFitsLeaveEmptyFields_neverNaN() {
    CliRunner.Result r = run(
        "backtest",
        "--input",
        six.toString(),
        "--models",
        "constant-growth",
        "--horizon",
        "1",
        "--min-train",
        "3",
        "--format",
        "csv");
    assertEquals(Main.OK, r.code(), r.toString());
    assertEquals("constant-growth,1,0,,,,,,,", r.out().lines().toList().get(1));
  }

  @Test
  void backtest_tableAndJson_onAnEmbeddedCorridor() {
    CliRunner.Result t =
        run("backtest", "--corridor", "VN-LA", "--models", "rw-drift,logistic", "--horizon", "2");
    assertEquals(Main.OK, t.code(), t.toString());
    assertTrue(
        t.out().startsWith("Backtest on VN-LA: consecutive run 2011-2025 (15 points)"), t.out());
    assertTrue(t.out().contains("Ranking by mean crps_log"), t.out());
    assertTrue(t.out().contains("1. rw-drift"), t.out());
    CliRunner.Result j = run(
        "backtest",
        "--corridor",
        "vn-kh",
        "--models",
        "arima",
        "--horizon",
        "1",
        "--format",
        "json");
    assertEquals(Main.OK, j.code(), j.toString());
    for (String key : List.of(
        "\"series\": \"VN-KH\"",
        "\"first_year\": 2012",
        "\"min_train\": 10",
        "\"crps_log\": ",
        "\"metric\": \"crps_log\"",
        "\"skipped\": []")) {
      assertTrue(j.out().contains(key), key + " in " + j.out());
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--models|foo|--horizon|1|unknown model kind 'foo'|rw-drift, holt",
        "--models|rw-drift,,arima|--horizon|1|empty name|valid: constant-growth",
        "--models|rw-drift,RW-DRIFT|--horizon|1|rw-drift is given twice|--models",
        "--models|rw-drift|--horizon|0|horizon 0|at least 1",
        "--models|rw-drift|--horizon|6|horizon 6 is too large with min-train 10|at most 5 steps",
        "--models|rw-drift|--horizon|x|--horizon|x",
      })
  void backtest_badOptions_exit2WithOneLine(
      String o1, String v1, String o2, String v2, String part1, String part2) {
    List<String> args = new ArrayList<>(List.of("backtest", "--corridor", "VN-LA", o1, v1, o2, v2));
    assertBadInput(run(args.toArray(String[]::new)), part1, part2 == null ? "" : part2);
  }

  @Test
  void backtest_badMinTrainAndSources_exit2WithOneLine() {
    assertBadInput(
        run(
            "backtest",
            "--corridor",
            "VN-LA",
            "--models",
            "rw-drift",
            "--horizon",
            "1",
            "--min-train",
            "1"),
        "min-train 1",
        "at least 2");
    assertBadInput(
        run(
            "backtest",
            "--corridor",
            "VN-LA",
            "--models",
            "rw-drift",
            "--horizon",
            "1",
            "--min-train",
            "15"),
        "min-train 15 is too large",
        "2011-2025 has 15 points",
        "at most 14");
    assertBadInput(
        run("backtest", "--corridor", "KH-LA", "--models", "rw-drift", "--horizon", "1"),
        "min-train 10 is too large",
        "has 3 points",
        "at most 2");
    assertBadInput(
        run("backtest", "--corridor", "XX-LA", "--models", "rw-drift", "--horizon", "1"),
        "XX-LA",
        "VN-LA");
    assertBadInput(
        run(
            "backtest",
            "--corridor",
            "VN-LA",
            "--input",
            six.toString(),
            "--models",
            "rw-drift",
            "--horizon",
            "1"),
        "needs a trade file");
    assertBadInput(run("backtest", "--corridor", "VN-LA", "--horizon", "1"), "--models");
    assertBadInput(run("backtest", "--corridor", "VN-LA", "--models", "rw-drift"), "--horizon");
    assertBadInput(
        run(
            "backtest",
            "--input",
            dir.resolve("none.csv").toString(),
            "--models",
            "rw-drift",
            "--horizon",
            "1"),
        "none.csv",
        "no such file");
    assertBadInput(
        run(
            "backtest",
            "--corridor",
            "VN-LA",
            "--models",
            "rw-drift",
            "--horizon",
            "1",
            "--format",
            "xml"),
        "--format",
        "xml");
  }

  @Test
  void hindsight_csv_coversEveryEarlierTargetWithTheDefaultMethods() {
    CliRunner.Result r = run("hindsight", "--format", "csv", "--paths", "2000");
    assertEquals(Main.OK, r.code(), r.toString());
    List<String> lines = r.out().lines().toList();
    assertEquals(
        "corridor,target_usd_million,deadline,announced,model,p_met,outcome", lines.get(0));
    List<String> methods = List.of("rw-drift", "log-linear", "cagr", "arima");
    List<Target> targets = Dataset.embedded().earlierTargets();
    assertEquals(1 + targets.size() * methods.size(), lines.size());
    int row = 1;
    for (Target t : targets) {
      for (String m : methods) {
        String[] f = lines.get(row++).split(",", -1);
        assertEquals(t.corridor().id(), f[0]);
        assertEquals(t.valueUsdMillion(), Double.parseDouble(f[1]), 0);
        assertEquals(Integer.toString(t.deadline().getAsInt()), f[2]);
        assertEquals(t.provenance().announced().substring(0, 4), f[3]);
        assertEquals(m, f[4]);
        assertTrue(
            f[5].isEmpty() || (Double.parseDouble(f[5]) >= 0 && Double.parseDouble(f[5]) <= 1),
            f[5]);
        assertEquals(t.outcome(), f[6], "the outcome recorded in seeds/targets.csv");
      }
    }
    // VN-LA US$1,000 million by 2012 was announced in 2012: one earlier point (2011), nothing fits.
    assertEquals("VN-LA,1000.0,2012,2012,rw-drift,,missed", lines.get(1));
  }

  @Test
  void hindsight_tableAndJson_sayWhyAProbabilityIsMissing() {
    CliRunner.Result t = run("hindsight", "--models", "rw-drift", "--paths", "1000");
    assertEquals(Main.OK, t.code(), t.toString());
    assertTrue(t.out().contains("Notes:"), t.out());
    assertTrue(
        t.out().contains("VN-LA 1,000 by 2012, rw-drift: no fit on the data up to 2011"), t.out());
    CliRunner.Result j = run(
        "hindsight",
        "--models",
        "log-linear",
        "--paths",
        "1000",
        "--seed",
        "7",
        "--format",
        "json");
    assertEquals(Main.OK, j.code(), j.toString());
    for (String key : List.of(
        "\"paths\": 1000",
        "\"seed\": 7",
        "\"p_met\": null",
        "\"recorded_outcome\": \"met\"",
        "\"fit_first_year\": 2005")) {
      assertTrue(j.out().contains(key), key + " in " + j.out());
    }
  }

  @Test
  void hindsight_badOptions_exit2WithOneLine() {
    assertBadInput(
        run("hindsight", "--models", "rw-drift,bogus"), "unknown model kind 'bogus'", "log-linear");
    assertBadInput(run("hindsight", "--paths", "0"), "--paths", "0", "expected 1 to");
    assertBadInput(run("hindsight", "--seed", "abc"), "--seed", "abc");
    assertBadInput(run("hindsight", "--format", "yaml"), "--format", "yaml");
  }
}
