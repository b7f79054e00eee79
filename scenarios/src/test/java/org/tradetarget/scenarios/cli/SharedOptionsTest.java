package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The shared options are declared once but each command states which formats it allows, its
 * default and its help: a user who mistypes a format must see that command's choices, and the help
 * must describe that command's meaning of the option.
 */
final class SharedOptionsTest {
  @Test
  void badFormatNamesTheCommandsOwnChoices() {
    CliRunner.Result rg = CliRunner.run(
        "required-growth",
        "--base",
        "1",
        "--base-year",
        "2020",
        "--target",
        "2",
        "--deadline",
        "2025",
        "--format",
        "csv");
    assertEquals(2, rg.code(), rg.toString());
    assertEquals(
        "tradetarget required-growth: error: Invalid value for option '--format': expected one of"
            + " [text, table, json] (case-sensitive) but was 'csv' (see 'tradetarget required-growth --help')\n",
        rg.err().replace("\r\n", "\n"));

    CliRunner.Result run = CliRunner.run("run", "any.yaml", "--format", "pdf");
    assertEquals(2, run.code(), run.toString());
    assertTrue(
        run.err()
            .contains("expected one of [table, csv, json, html] (case-sensitive) but was 'pdf'"),
        run.err());

    CliRunner.Result levers = CliRunner.run("levers", "--format", "html");
    assertEquals(2, levers.code(), levers.toString());
    assertTrue(
        levers.err().contains("expected one of [table, csv, json] (case-sensitive) but was 'html'"),
        levers.err());
  }

  @Test
  void defaultFormatIsTheCommandsFirst() {
    CliRunner.Result rg = CliRunner.run(
        "required-growth",
        "--base",
        "100",
        "--base-year",
        "2020",
        "--target",
        "121",
        "--deadline",
        "2022");
    assertEquals(0, rg.code(), rg.toString());
    // (121/100)^(1/2) - 1 = 0.1: text output is the number alone
    assertEquals(0.1, Double.parseDouble(rg.out().trim()), 1e-15);
    assertEquals(1, rg.out().lines().count(), rg.out());
  }

  @Test
  void helpKeepsEachCommandsWording() {
    String run = CliRunner.run("run", "--help").out();
    assertTrue(run.contains("What to print: table, csv, json or html (default: table)."), run);
    assertTrue(run.contains("--out=DIR         Output folder (see above)."), run);
    String rg = CliRunner.run("required-growth", "--help").out();
    assertTrue(rg.contains("text (the number alone, every digit, for scripts)"), rg);
    String solve = CliRunner.run("solve", "--help").out();
    assertTrue(solve.contains("--seed=S") && solve.contains("Random seed (default: 1)."), solve);
    String hindsight = CliRunner.run("hindsight", "--help").out();
    assertTrue(hindsight.contains("--seed=SEED"), hindsight);
  }
}
