package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code tradetarget simulate} is the quick what-if economists run by hand and script: its CSV
 * header is a contract, its numbers must be the engine's, reproducible for a seed whatever the
 * thread count, and a bad value must stop with exit code 2 and one line saying what is allowed.
 */
final class SimulateCommandTest {
  private static final String[] BASE = {
    "simulate",
    "--start",
    "10500",
    "--start-year",
    "2024",
    "--drift",
    "0.08",
    "--sigma",
    "0.1",
    "--years",
    "5",
    "--paths",
    "20000"
  };

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static String[] with(String... extra) {
    List<String> a = new ArrayList<>(Arrays.asList(BASE));
    a.addAll(Arrays.asList(extra));
    return a.toArray(new String[0]);
  }

  @Test
  void csv_withoutTarget_hasExactHeader_oneRowPerCheckpoint_emptyProbabilities() {
    Run r = run(with("--format", "csv"));
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().lines().toArray(String[]::new);
    assertEquals(
        "year,mean,q05,q10,q25,q50,q75,q90,q95,p_at_or_above,se_at_or_above,p_reached_by,se_reached_by",
        lines[0]);
    assertEquals(6, lines.length);
    for (int t = 1; t <= 5; t++) {
      String[] f = lines[t].split(",", -1);
      assertEquals(13, f.length);
      assertEquals(Integer.toString(2024 + t), f[0]);
      for (int i = 9; i < 13; i++) {
        assertEquals("", f[i], "probability fields are empty without --target");
      }
      for (int i = 3; i < 9; i++) {
        assertTrue(Double.parseDouble(f[i]) >= Double.parseDouble(f[i - 1]), "quantiles increase");
      }
    }
  }

  @Test
  void csv_withTarget_probabilitiesMatchTheLognormal_andMetByIsCumulative() {
    // Failure budget: 5 comparisons at 4 SE (each 6.3e-5 two-sided): below 0.04 % for a fresh seed.
    Run r = run(with("--target", "20000", "--format", "csv", "--seed", "5"));
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().lines().toArray(String[]::new);
    NormalDistribution z = new NormalDistribution(null, 0, 1);
    double prev = 0;
    for (int t = 1; t <= 5; t++) {
      String[] f = lines[t].split(",", -1);
      double p = Double.parseDouble(f[9]);
      double se = Double.parseDouble(f[10]);
      double exact = 1
          - z.cumulativeProbability((Math.log(20000.0 / 10500) - 0.08 * t) / (0.1 * Math.sqrt(t)));
      assertEquals(
          exact, p, 4 * Math.sqrt(exact * (1 - exact) / 20000) + 1e-12, "year " + (2024 + t));
      assertEquals(Math.sqrt(p * (1 - p) / 20000), se, 1e-15);
      double by = Double.parseDouble(f[11]);
      assertTrue(by >= p && by >= prev, "met by is cumulative and at least at-or-above");
      prev = by;
    }
  }

  @Test
  void sameSeed_sameOutput_anyThreadCount() {
    Run one = run(with(
        "--target",
        "15000",
        "--format",
        "csv",
        "--threads",
        "1",
        "--shocks",
        "t:4",
        "--jump-prob",
        "0.1",
        "--jump-mean",
        "-0.1",
        "--jump-sd",
        "0.02"));
    Run two = run(with(
        "--target",
        "15000",
        "--format",
        "csv",
        "--threads",
        "2",
        "--shocks",
        "t:4",
        "--jump-prob",
        "0.1",
        "--jump-mean",
        "-0.1",
        "--jump-sd",
        "0.02"));
    assertEquals(0, one.code(), one.err());
    assertEquals(one.out(), two.out());
    assertFalse(one.out()
        .equals(run(with("--target", "15000", "--format", "csv", "--seed", "2")).out()));
  }

  @Test
  void json_andTable_render() {
    Run j = run(with("--target", "20000", "--format", "json"));
    assertEquals(0, j.code(), j.err());
    assertTrue(j.out().contains("\"p_reached_by\": "));
    assertTrue(j.out().contains("\"not_by_horizon\": "));
    Run none = run(with("--format", "json"));
    assertTrue(none.out().contains("\"p_at_or_above\": null"));
    assertTrue(none.out().contains("\"first_passage\": null"));
    Run t = run(with("--target", "20000"));
    assertEquals(0, t.code(), t.err());
    assertTrue(t.out().contains("P(met by)"));
    assertTrue(t.out().contains("Not met by 2029"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--paths|0|option '--paths': 0 is not allowed; expected at least 1",
        "--paths|-5|option '--paths': -5 is not allowed",
        "--sigma|-0.1|option '--sigma': -0.1 is not allowed; expected a finite value >= 0",
        "--years|0|option '--years': 0 is not allowed",
        "--years|-3|option '--years': -3 is not allowed",
        "--shocks|t:2|degrees of freedom 2.0 is not allowed; expected a finite value > 2",
        "--shocks|t:1.5|degrees of freedom 1.5 is not allowed",
        "--shocks|cauchy|unknown shock model 'cauchy'",
        "--jump-prob|1.5|option '--jump-prob': 1.5 is not allowed; expected a probability in [0, 1]",
        "--jump-prob|-0.1|option '--jump-prob': -0.1 is not allowed",
        "--start|0|option '--start': 0.0 is not allowed",
        "--target|-1|option '--target': -1.0 is not allowed",
        "--threads|0|option '--threads': 0 is not allowed",
      })
  void badValue_exit2_oneLine(String option, String value, String message) {
    List<String> a = new ArrayList<>(Arrays.asList(BASE));
    int i = a.indexOf(option);
    if (i >= 0) {
      a.set(i + 1, value);
    } else {
      a.add(option);
      a.add(value);
    }
    if (option.startsWith("--jump") && !a.contains("--jump-mean")) {
      a.add("--jump-mean");
      a.add("-0.1");
    }
    Run r = run(a.toArray(new String[0]));
    assertEquals(2, r.code(), r.out() + r.err());
    assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    assertTrue(r.err().contains(message), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void jumpProbabilityWithoutMean_exit2() {
    Run r = run(with("--jump-prob", "0.1"));
    assertEquals(2, r.code());
    assertTrue(r.err().contains("'--jump-prob' and '--jump-mean' go together"), r.err());
  }
}
