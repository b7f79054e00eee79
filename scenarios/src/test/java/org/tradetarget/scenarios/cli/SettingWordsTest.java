package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A bad setting found outside the command line is worded at the edge as its option; the expected
 * lines are the command line's wording, written out by hand.
 */
final class SettingWordsTest {
  @Test
  void requiredGrowth_badBase_namesTheOption() {
    CliRunner.Result r = CliRunner.run(
        "required-growth",
        "--base",
        "-1",
        "--base-year",
        "2024",
        "--target",
        "5000",
        "--deadline",
        "2030");
    assertEquals(2, r.code());
    assertEquals(
        "tradetarget required-growth: error: option '--base': -1.0 is not allowed; expected a"
            + " finite value > 0 (US$ million)",
        r.err().strip());
  }

  @Test
  void simulate_badYears_namesTheOption() {
    CliRunner.Result r = CliRunner.run(
        "simulate",
        "--start",
        "1000",
        "--start-year",
        "2024",
        "--drift",
        "0.05",
        "--sigma",
        "0.1",
        "--years",
        "0",
        "--paths",
        "100");
    assertEquals(2, r.code());
    assertEquals(
        "tradetarget simulate: error: option '--years': 0 is not allowed; expected a whole number"
            + " of years from 1 to 1000 (memory does not grow with the years, 28 bytes a path; time"
            + " grows with paths x years)",
        r.err().strip());
  }
}
