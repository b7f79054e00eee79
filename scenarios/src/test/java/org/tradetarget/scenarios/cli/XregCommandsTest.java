package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code project --xreg PATH} and {@code --dummy pulse:YEAR|step:YEAR}, and a scenario's {@code
 * model.xreg} and {@code model.dummies}. The series follows an exact law, ln y_t = 5 + 0.03 t +
 * 0.02 g_t − 0.2·step2015_t (t = 1 in 2005, g a GDP-growth-like column typed below), so log-linear
 * with the regressor and the step reproduces it: the forecast is exp of the law at the file's
 * future g with a zero-width interval. The R comparisons are core's {@code XregReferenceTest}.
 */
final class XregCommandsTest {
  private static final double[] G = {
    5.1, 6.3, 7.0, 5.5, 2.1, 6.4, 6.2, 5.2, 5.4, 6.0, 6.7, 6.2, 6.8, 7.1, 7.0, 2.9, 2.6, 8.0, 5.0,
    5.5, 6.0, 6.5, 4.0
  }; // 2005..2027

  @TempDir
  Path dir;

  private Path series;
  private Path xreg;

  private static double law(int year) {
    int t = year - 2004;
    return 5 + 0.03 * t + 0.02 * G[year - 2005] - (year >= 2015 ? 0.2 : 0.0);
  }

  @BeforeEach
  void write() throws IOException {
    StringBuilder s = new StringBuilder("year,value\n");
    StringBuilder x = new StringBuilder("year,gdp_growth\n");
    for (int y = 2005; y <= 2027; y++) {
      if (y <= 2024) {
        s.append(y).append(',').append(String.format(Locale.ROOT, "%.12f", Math.exp(law(y))));
        s.append('\n');
      }
      x.append(y).append(',').append(G[y - 2005]).append('\n');
    }
    series = Files.writeString(dir.resolve("series.csv"), s);
    xreg = Files.writeString(dir.resolve("xreg.csv"), x);
  }

  private CliRunner.Result project(String model, String horizon, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of(
        "project",
        "--input",
        series.toString(),
        "--model",
        model,
        "--horizon",
        horizon,
        "--format",
        "csv"));
    args.addAll(List.of(more));
    return CliRunner.run(args.toArray(new String[0]));
  }

  @Test
  void logLinearWithARegressorAndAStep_reproducesTheLawAtTheFilesFutureValues() {
    CliRunner.Result r =
        project("log-linear", "3", "--xreg", xreg.toString(), "--dummy", "step:2015");
    assertEquals(0, r.code(), r.toString());
    List<String> rows = r.out().lines().toList();
    assertEquals("year,point,lo80,hi80,lo95,hi95", rows.get(0));
    for (int h = 1; h <= 3; h++) {
      String[] f = rows.get(h).split(",", -1);
      assertEquals(2024 + h, Integer.parseInt(f[0]));
      double expected = Math.exp(law(2024 + h));
      for (int i = 1; i <= 5; i++) {
        assertEquals(expected, Double.parseDouble(f[i]), 1e-6 * expected, rows.get(h));
      }
    }
  }

  @Test
  void showParams_namesTheRegressorAndTheDummy() {
    CliRunner.Result r = project(
        "log-linear", "1", "--xreg", xreg.toString(), "--dummy", "step:2015", "--show-params");
    assertEquals(0, r.code(), r.toString());
    assertEquals(0.02, value(r.out(), "gdp_growth"), 1e-6, r.out());
    assertEquals(-0.2, value(r.out(), "step2015"), 1e-6, r.out());
  }

  private static double value(String csv, String name) {
    return Double.parseDouble(csv.lines()
        .filter(l -> l.startsWith(name + ","))
        .findFirst()
        .orElseThrow()
        .split(",", -1)[1]);
  }

  @Test
  void arimaWithARegressor_fitsAndProjects() {
    CliRunner.Result r = project("arima", "3", "--xreg", xreg.toString(), "--dummy", "pulse:2009");
    assertEquals(0, r.code(), r.toString());
    assertEquals(4, r.out().lines().count(), r.out());
  }

  @Test
  void aHorizonBeyondTheFile_isRefusedNamingTheFileAndTheYear() {
    CliRunner.Result r = project("log-linear", "4", "--xreg", xreg.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains(xreg + ": year 2028 (a horizon year) is missing"), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void aFileWithoutAFittedYear_isRefused() throws IOException {
    Files.writeString(xreg, "year,gdp_growth\n2010,1\n2011,2\n");
    CliRunner.Result r = project("arima", "1", "--xreg", xreg.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains(xreg + ": year 2005 (a fitted year) is missing"), r.err());
  }

  @Test
  void aNonNumericCell_isRefusedAtItsLineAndColumn() throws IOException {
    Files.writeString(xreg, "year,gdp_growth,other\n2005,1,2\n2006,n/a,2\n");
    CliRunner.Result r = project("arima", "1", "--xreg", xreg.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains(xreg + ":3:2: 'n/a' in column 'gdp_growth'"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void badDummiesAndKinds_areRefusedNamingTheOption() {
    CliRunner.Result form = project("arima", "1", "--dummy", "pulse2020");
    assertEquals(2, form.code(), form.toString());
    assertTrue(
        form.err()
            .contains("option '--dummy': 'pulse2020' is not allowed; expected"
                + " pulse:YEAR or step:YEAR"),
        form.err());
    CliRunner.Result kind = project("holt", "1", "--xreg", xreg.toString());
    assertEquals(2, kind.code(), kind.toString());
    assertTrue(
        kind.err().contains("option '--xreg'") && kind.err().contains("log-linear or arima"),
        kind.err());
    CliRunner.Result outside = project("log-linear", "1", "--dummy", "pulse:1990");
    assertEquals(2, outside.code(), outside.toString());
    assertTrue(
        outside.err().contains("'pulse1990' does not vary over the fitted years 2005-2024"),
        outside.err());
  }

  @Test
  void scenarioProblems_areReportedAtTheirLineAndColumn() throws IOException {
    Path f = dir.resolve("s.yaml");
    Files.writeString(f, """
            name: s
            model:
              kind: arima
              xreg: {file: xreg.csv, columns: [gdp, gdp_growth]}
              dummies: [pulse:2020, jump:2019]
            corridors:
              VN-KH: {}
            """);
    CliRunner.Result r = CliRunner.run("validate", f.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(
        r.err().contains(f + ":4:36")
            && r.err().contains("'gdp' is not a column of xreg.csv; expected one of gdp_growth"),
        r.err());
    assertTrue(
        r.err().contains(f + ":5:25") && r.err().contains("'jump:2019' is not allowed"), r.err());
  }

  @Test
  void aScenarioTakesTheFileRelativeToItself() throws IOException {
    StringBuilder x = new StringBuilder("year,gdp_growth\n");
    for (int y = 2000; y <= 2040; y++) {
      x.append(y).append(",").append(4 + y % 3).append("\n");
    }
    Files.writeString(dir.resolve("long.csv"), x);
    Path f = dir.resolve("ok.yaml");
    Files.writeString(f, """
            name: ok
            model:
              kind: log-linear
              xreg: {file: long.csv}
              dummies: [step:2015]
            corridors:
              VN-KH: {}
            """);
    CliRunner.Result r = CliRunner.run("validate", f.toString());
    assertEquals(0, r.code(), r.toString());
  }

  /**
   * The file covers 2005-2027 and the series 2005-2024; the scenario runs to its deadline 2030, so
   * the fit succeeds and the first horizon year the file lacks, 2028, is refused at the line and
   * column of {@code xreg.file} (line 4; the value starts in column 16 of "  xreg: {file: xreg.csv}").
   */
  @Test
  void aScenarioHorizonBeyondTheFile_isRefusedAtTheLineOfXregFile() throws IOException {
    Path f = dir.resolve("short.yaml");
    Files.writeString(f, """
            name: short
            model:
              kind: log-linear
              xreg: {file: xreg.csv}
            corridors:
              VN-KH: {data: series.csv, target: {value: 20000, deadline: 2030}}
            """);
    CliRunner.Result r = CliRunner.run("validate", f.toString());
    assertEquals(2, r.code(), r.toString());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(
        r.err()
            .contains(f + ":4:16: model.xreg.file: " + xreg + ": year 2028 (a horizon year) is"
                + " missing"),
        r.err());
    assertTrue(r.err().contains("the file has 2005-2027"), r.err());
    assertTrue(r.err().contains("every year to 2030"), r.err());
    assertTrue(r.err().contains("corridors.VN-KH"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  /** A file that starts after the first fitted year is refused there, at the same place. */
  @Test
  void aScenarioFileWithoutAFittedYear_isRefusedAtTheLineOfXregFile() throws IOException {
    Files.writeString(dir.resolve("late.csv"), "year,gdp_growth\n2010,1\n2011,2\n");
    Path f = dir.resolve("late.yaml");
    Files.writeString(f, """
            name: late
            model:
              kind: arima
              xreg: {file: late.csv}
            corridors:
              VN-KH: {data: series.csv, target: {value: 20000, deadline: 2030}}
            """);
    CliRunner.Result r = CliRunner.run("validate", f.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(
        r.err()
            .contains(f + ":4:16: model.xreg.file: " + dir.resolve("late.csv")
                + ": year 2005 (a fitted year) is missing"),
        r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  /**
   * A dummy outside the fitted years (2005-2024) does not vary there: refused at the line and
   * column of {@code dummies} (line 4; the list starts in column 12 of "  dummies: [pulse:1990]").
   */
  @Test
  void aScenarioDummyOutsideTheFittedYears_isRefusedAtTheLineOfDummies() throws IOException {
    Path f = dir.resolve("pulse.yaml");
    Files.writeString(f, """
            name: pulse
            model:
              kind: log-linear
              dummies: [pulse:1990]
            corridors:
              VN-KH: {data: series.csv, target: {value: 20000, deadline: 2030}}
            """);
    CliRunner.Result r = CliRunner.run("validate", f.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(
        r.err()
            .contains(f + ":4:12: model.dummies: regressor 'pulse1990' does not vary over the"
                + " fitted years 2005-2024"),
        r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }
}
