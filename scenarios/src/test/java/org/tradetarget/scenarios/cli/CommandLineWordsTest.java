package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Core's problems and notes name the command line's options when a command made the fit: each
 * case below runs a command and expects the sentence written out by hand in the command line's
 * words (a scenario file would read "parameter 'rate'", "from 2012", "fit from 1990").
 */
final class CommandLineWordsTest {

  @Test
  void project_withoutRate_asksForTheParamOption() {
    CliRunner.Result r = CliRunner.run(
        "project", "--corridor", "VN-KH", "--model", "constant-growth", "--horizon", "8");
    assertEquals(2, r.code());
    assertEquals(
        "tradetarget project: error: constant-growth needs the growth rate: give --param rate=VALUE"
            + " (a fraction per step, e.g. 0.1 for +10 %)",
        r.err().strip());
  }

  @Test
  void project_rateWithoutSigma_notesTheSigmaOption() {
    CliRunner.Result r = CliRunner.run(
        "project",
        "--corridor",
        "VN-KH",
        "--model",
        "constant-growth",
        "--param",
        "rate=0.1",
        "--horizon",
        "2");
    assertEquals(0, r.code(), r.err());
    String all = r.out() + r.err();
    assertTrue(
        all.contains("no sigma given, so the intervals collapse to the point; give --param"
            + " sigma=VALUE (log scale, per step) for uncertainty"),
        all);
    assertFalse(all.contains("parameter 'sigma'"), all);
  }

  @Test
  void project_fromOutsideTheRun_namesTheFromOption() {
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

  @Test
  void project_from_isNotedAsTheOption(@TempDir Path dir) throws IOException {
    Path f = series(dir, 2010, 8);
    CliRunner.Result r = CliRunner.run(
        "project",
        "--input",
        f.toString(),
        "--model",
        "rw-drift",
        "--horizon",
        "2",
        "--from",
        "2012");
    assertEquals(0, r.code(), r.err());
    // 2012-2017: six points of the eight, from the option.
    assertTrue((r.out() + r.err()).contains("used 6 points, 2012-2017; --from 2012"), r.out());
  }

  @Test
  void project_cagrWindowTooLong_givesTheWindowAsAnOption(@TempDir Path dir) throws IOException {
    // Four points: the default window of 5 needs 6; the longest window four points allow is 3.
    Path f = series(dir, 2020, 4);
    CliRunner.Result r =
        CliRunner.run("project", "--input", f.toString(), "--model", "cagr", "--horizon", "2");
    assertEquals(2, r.code());
    assertTrue(r.err().strip().endsWith("; give --param window=3 or less"), r.err());
  }

  @Test
  void project_gravityOnAFile_namesTheCorridorOption(@TempDir Path dir) throws IOException {
    Path f = series(dir, 2010, 8);
    CliRunner.Result r =
        CliRunner.run("project", "--input", f.toString(), "--model", "gravity", "--horizon", "2");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("use a corridor's series (--corridor ID), valid: "), r.err());
  }

  /** A series year,value of {@code n} years from {@code first}, growing 10 % a year from 100. */
  private static Path series(Path dir, int first, int n) throws IOException {
    StringBuilder sb = new StringBuilder("year,value\n");
    double v = 100;
    for (int i = 0; i < n; i++) {
      sb.append(first + i).append(',').append(Math.round(v * 100) / 100.0).append('\n');
      v *= 1.1;
    }
    Path f = dir.resolve("series.csv");
    Files.writeString(f, sb.toString());
    return f;
  }
}
