package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradetarget.scenarios.run.OptionWords;

/**
 * Core names parameters and settings; the command line shows its options instead. The expected
 * texts are the command line's wording, written out by hand.
 */
final class FlagWordsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "constant-growth needs the growth rate: give parameter 'rate' (a fraction per step)"
            + "|constant-growth needs the growth rate: give --param rate=VALUE (a fraction per step)",
        "no slowing growth; fix it with parameter 'capacity', or use log-linear"
            + "|no slowing growth; fix it with --param capacity=VALUE, or use log-linear",
        "cagr with window 5 needs 6 consecutive points; set parameter 'window' to 3 or less"
            + "|cagr with window 5 needs 6 consecutive points; give --param window=3 or less",
        "from 1930 is not allowed for rw-drift on X; expected a year from 1937 to 1960"
            + "|--from 1930 is not allowed for rw-drift on X; expected a year from 1937 to 1960",
        "used 11 points, 1950-1960; from 1950|used 11 points, 1950-1960; --from 1950",
        "gravity: GDP data start in 1990 but X is used from 1985; fit from 1990 or later"
            + "|gravity: GDP data start in 1990 but X is used from 1985; use --from 1990 or later",
        "parameter 'rate': -1 is not allowed; expected a number > -1|parameter 'rate': -1 is not allowed; expected a number > -1",
        "unknown parameter 'alpha' for model cagr; valid: window|unknown parameter 'alpha' for model cagr; valid: window",
      })
  void putsTheOptionsIn(String core, String cli) {
    assertEquals(cli, OptionWords.of(core));
  }

  @Test
  void project_withoutRate_keepsItsCommandLineMessage() {
    CliRunner.Result r = CliRunner.run(
        "project", "--corridor", "VN-KH", "--model", "constant-growth", "--horizon", "8");
    assertEquals(2, r.code());
    assertEquals(
        "tradetarget project: error: constant-growth needs the growth rate: give --param rate=VALUE"
            + " (a fraction per step, e.g. 0.1 for +10 %)",
        r.err().strip());
  }

  @Test
  void project_fromOutsideTheRun_namesTheOption() {
    CliRunner.Result r = CliRunner.run(
        "project",
        "--corridor",
        "VN-KH",
        "--model",
        "rw-drift",
        "--horizon",
        "3",
        "--from",
        "1900");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("error: --from 1900 is not allowed for rw-drift"), r.err());
  }
}
