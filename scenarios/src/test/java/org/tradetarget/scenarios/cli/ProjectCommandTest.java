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
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;

/**
 * {@code tradetarget project} is how economists compare projection assumptions: its CSV header and
 * parameter names are contracts, its numbers must be R's, and every bad input must end in exit code
 * 2 with one line saying what is wrong and what is allowed.
 */
final class ProjectCommandTest {
  /** R's datasets::airmiles, 1937-1960. */
  private static final double[] AIRMILES = {
    412, 480, 683, 1052, 1385, 1418, 1634, 2178, 3362, 5948, 6109, 5981, 6753, 8003, 10566, 12528,
    14760, 16769, 19819, 22362, 25340, 25343, 29269, 30514
  };

  @TempDir
  Path dir;

  private Path airmiles;

  @BeforeEach
  void writeAirmiles() throws IOException {
    StringBuilder sb = new StringBuilder("year,value\n");
    for (int i = 0; i < AIRMILES.length; i++) {
      sb.append(1937 + i).append(',').append(AIRMILES[i]).append('\n');
    }
    airmiles =
        Files.writeString(dir.resolve("airmiles.csv"), sb.toString(), StandardCharsets.UTF_8);
  }

  private static CliRunner.Result run(String... args) {
    List<String> all = new ArrayList<>(List.of("project"));
    all.addAll(List.of(args));
    return CliRunner.run(all.toArray(String[]::new));
  }

  private static List<String> lines(CliRunner.Result r) {
    return r.out().lines().toList();
  }

  private CliRunner.Result project(String... args) {
    List<String> all = new ArrayList<>(List.of("--input", airmiles.toString()));
    all.addAll(List.of(args));
    return run(all.toArray(String[]::new));
  }

  private static void assertBadInput(CliRunner.Result r, String... parts) {
    assertEquals(Main.BAD_INPUT, r.code(), "exit code; stderr: " + r.err());
    assertEquals("", r.out(), "nothing on stdout");
    assertEquals(1, r.err().lines().count(), "one line: " + r.err());
    for (String part : parts) {
      assertTrue(r.err().contains(part), "'" + r.err().strip() + "' should contain '" + part + "'");
    }
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void csv_rwDrift_matchesForecastRwfOnAirmiles() {
    CliRunner.Result r = project("--model", "rw-drift", "--horizon", "10", "--format", "csv");
    assertEquals(Main.OK, r.code(), r.err());
    List<String> lines = lines(r);
    assertEquals("year,point,lo80,hi80,lo95,hi95", lines.get(0));
    assertEquals(11, lines.size(), "header and one row per step");
    // R 4.2.2, forecast 8.20: rwf(log(airmiles), drift = TRUE, h = 10), exp of the mean and bounds.
    double[][] expected = {
      {
        1961,
        36794.77759171077,
        30227.971481191482,
        44788.17438563022,
        27240.373353574098,
        49700.334149268456
      },
      {
        1970,
        198321.38396292727,
        95671.48036045831,
        411108.63121155126,
        65041.63245749303,
        604710.7037584772
      },
    };
    String[][] rows = {lines.get(1).split(",", -1), lines.get(10).split(",", -1)};
    for (int i = 0; i < 2; i++) {
      assertEquals((int) expected[i][0], Integer.parseInt(rows[i][0]));
      for (int c = 1; c < 6; c++) {
        assertEquals(
            expected[i][c], Double.parseDouble(rows[i][c]), 1e-6 * expected[i][c], "column " + c);
      }
    }
  }

  @Test
  void csv_levelsInTheOrderGiven_withDecimalLabels() {
    CliRunner.Result r = project(
        "--model", "log-linear", "--horizon", "2", "--format", "csv", "--levels", "95,99.50,80");
    assertEquals(Main.OK, r.code(), r.err());
    assertEquals("year,point,lo95,hi95,lo99.5,hi99.5,lo80,hi80", lines(r).get(0));
    assertEquals(3, lines(r).size());
    String[] row = lines(r).get(1).split(",", -1);
    double lo95 = Double.parseDouble(row[2]);
    double lo995 = Double.parseDouble(row[4]);
    double lo80 = Double.parseDouble(row[6]);
    assertTrue(
        lo995 < lo95 && lo95 < lo80, "wider level, lower bound: " + lines(r).get(1));
    // R: predict(lm(log(airmiles) ~ t), interval = "prediction", level = 0.95) at t = 25, exp.
    assertEquals(32515.617207921074, lo95, 1e-6 * 32515.617207921074);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "log-linear|intercept,slope,growth_rate,sigma|",
        "rw-drift|drift,sigma|",
        "cagr|rate,sigma|",
        "constant-growth|rate,sigma|rate=0.08",
        "logistic|capacity,rate,midpoint|",
        "holt|alpha,beta,beta_ets,l0,b0,sigma,loglik,aicc|",
        "holt-damped|alpha,beta,beta_ets,phi,l0,b0,sigma,loglik,aicc|",
        "arima|ar1,ar2,drift,sigma2,loglik,aicc|p=2"
      })
  void showParams_printsTheKindsParameterNames(String kind, String names, String param) {
    CliRunner.Result r = param == null
        ? project("--model", kind, "--show-params")
        : project("--model", kind, "--show-params", "--param", param);
    assertEquals(Main.OK, r.code(), r.err());
    List<String> lines = lines(r);
    assertEquals("name,value", lines.get(0));
    List<String> got =
        lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)[0]).toList();
    assertEquals(List.of(names.split(",", -1)), got);
    for (String l : lines.subList(1, lines.size())) {
      Double.parseDouble(l.split(",", -1)[1]);
    }
  }

  @Test
  void showParams_logLinear_valuesAreLms() {
    CliRunner.Result r = project("--model", "log-linear", "--show-params", "--format", "csv");
    // R: lm(log(airmiles) ~ t): intercept 6.1970770706854745, slope 0.19127935020769893.
    assertEquals(6.1970770706854745, Double.parseDouble(lines(r).get(1).split(",", -1)[1]), 1e-9);
    assertEquals(0.19127935020769893, Double.parseDouble(lines(r).get(2).split(",", -1)[1]), 1e-9);
  }

  @Test
  void table_showsModelYearsUsedNotesAndRows() {
    CliRunner.Result r = project("--model", "rw-drift", "--horizon", "3", "--from", "1950");
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(r.out().contains("rw-drift"), r.out());
    assertTrue(r.out().contains("used 11 points, 1950-1960; --from 1950"), r.out());
    assertTrue(r.out().contains("drift="), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("1963 ")), r.out());
  }

  @Test
  void json_holdsParametersNotesAndForecast() {
    CliRunner.Result r =
        project("--model", "logistic", "--horizon", "2", "--format", "json", "--levels", "90");
    assertEquals(Main.OK, r.code(), r.err());
    for (String key : new String[] {
      "\"model\": \"logistic\"",
      "\"capacity\":",
      "\"midpoint\":",
      "\"notes\":",
      "\"lo90\":",
      "\"hi90\":",
      "\"year\": 1962",
      "\"first_year\": 1937"
    }) {
      assertTrue(r.out().contains(key), key + " in " + r.out());
    }
  }

  @Test
  void constantGrowth_compoundsTheGivenRate() {
    CliRunner.Result r = project(
        "--model", "constant-growth", "--param", "rate=0.1", "--horizon", "2", "--format", "csv");
    assertEquals(Main.OK, r.code(), r.err());
    // 30514 (1960) * 1.1 and * 1.1^2; without sigma every bound equals the point.
    String[] row2 = lines(r).get(2).split(",", -1);
    assertEquals("1962", row2[0]);
    for (int c = 1; c < row2.length; c++) {
      assertEquals(30514 * 1.21, Double.parseDouble(row2[c]), 1e-9 * 30514 * 1.21);
    }
  }

  @Test
  void forbiddenCombination_holtLevelWithoutSmoothing() {
    assertBadInput(
        project("--model", "holt", "--param", "l0=7", "--horizon", "3"), "'l0'", "alpha", "beta");
  }

  @Test
  void corridor_projectsTheEmbeddedDefaultSeries() {
    CliRunner.Result r =
        run("--corridor", "VN-LA", "--model", "rw-drift", "--horizon", "2", "--format", "csv");
    assertEquals(Main.OK, r.code(), r.err());
    assertEquals("year,point,lo80,hi80,lo95,hi95", lines(r).get(0));
    // By hand from the embedded series: rw-drift uses the consecutive run ending at the last year;
    // the mean log difference is (ln V_last - ln V_first) / (points - 1), and the first step's
    // point is V_last * exp(drift).
    AnnualSeries s = Dataset.embedded().series(Corridor.VN_LA);
    int start = s.size() - 1;
    while (start > 0 && s.year(start) - s.year(start - 1) == 1) {
      start--;
    }
    double drift = Math.log(s.lastValue() / s.value(start)) / (s.size() - 1 - start);
    String[] row = lines(r).get(1).split(",", -1);
    assertEquals(s.lastYear() + 1, Integer.parseInt(row[0]));
    assertEquals(s.lastValue() * Math.exp(drift), Double.parseDouble(row[1]), 1e-9 * s.lastValue());
  }

  @Test
  void tooFewPoints_failsNamingTheMinimum() throws IOException {
    Path f = file("two.csv", "year,value\n2023,100\n2024,110\n");
    assertBadInput(
        run("--input", f.toString(), "--model", "log-linear", "--horizon", "3"),
        "log-linear needs at least 3 points",
        "has 2");
  }

  @Test
  void nonPositiveValue_failsNamingFileLineAndValue() throws IOException {
    Path f = file("neg.csv", "year,value\n2022,100\n2023,-5\n2024,110\n");
    assertBadInput(
        run("--input", f.toString(), "--model", "rw-drift", "--horizon", "3"),
        "neg.csv:3",
        "'-5'",
        "> 0");
  }

  @Test
  void unknownKind_listsValidKinds() {
    assertBadInput(
        project("--model", "prophet", "--horizon", "3"),
        "'prophet'",
        "log-linear",
        "rw-drift",
        "logistic");
  }

  @Test
  void unknownParameter_listsValidOnes() {
    assertBadInput(
        project("--model", "cagr", "--param", "alpha=0.3", "--horizon", "3"),
        "'alpha'",
        "valid: window");
  }

  @Test
  void forbiddenCombination_sigmaWithoutRate() {
    assertBadInput(
        project("--model", "constant-growth", "--param", "sigma=0.1", "--horizon", "3"),
        "--param rate=",
        "sigma alone is not allowed");
  }

  @Test
  void optimiserCannotFindACapacity_saysWhatToTry() throws IOException {
    StringBuilder sb = new StringBuilder("year,value\n");
    for (int i = 0; i < 12; i++) {
      sb.append(2010 + i)
          .append(',')
          .append(100 * Math.pow(1.1, i) * (1 + 0.01 * ((i % 3) - 1)))
          .append('\n');
    }
    Path f = file("exp.csv", sb.toString());
    assertBadInput(
        run("--input", f.toString(), "--model", "logistic", "--horizon", "3"),
        "logistic",
        "--param capacity=",
        "log-linear");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"80,100|100", "abc|'abc'", "0|0", "80,80|twice", "''|''"})
  void badLevels_fail(String levels, String part) {
    assertBadInput(
        project("--model", "rw-drift", "--horizon", "3", "--levels", levels), "--levels", part);
  }

  @Test
  void fromOutsideTheRun_fails() {
    assertBadInput(
        project("--model", "rw-drift", "--horizon", "3", "--from", "1930"),
        "--from 1930",
        "1937",
        "1960");
  }

  @Test
  void missingHorizon_fails() {
    assertBadInput(project("--model", "rw-drift"), "--horizon", "required");
  }

  @ParameterizedTest
  @CsvSource({"0", "-2"})
  void horizonBelowOne_fails(String h) {
    assertBadInput(project("--model", "rw-drift", "--horizon", h), "--horizon", h);
  }

  @Test
  void yearValueInputWithCorridor_fails() {
    assertBadInput(
        project("--corridor", "VN-LA", "--model", "rw-drift", "--horizon", "3"),
        "--input",
        "--corridor",
        "needs a trade file");
  }

  @Test
  void neitherInputNorCorridor_fails() {
    assertBadInput(run("--model", "rw-drift", "--horizon", "3"), "--input", "--corridor");
  }

  @Test
  void unknownCorridor_listsValidOnes() {
    assertBadInput(
        run("--corridor", "VN-TH", "--model", "rw-drift", "--horizon", "3"), "VN-TH", "VN-LA");
  }
}
