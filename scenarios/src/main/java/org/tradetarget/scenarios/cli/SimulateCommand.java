package org.tradetarget.scenarios.cli;

import java.util.concurrent.Callable;
import org.tradetarget.core.simulate.SimulationSpec;
import org.tradetarget.scenarios.report.SimulationTables;
import org.tradetarget.scenarios.run.WhatIf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tradetarget simulate}: the options of a what-if ({@link WhatIf}); one row per checkpoint
 * year Y0 + 1 .. Y0 + H.
 */
@Command(
    name = "simulate",
    header = "Monte Carlo what-if for one series (random walk with drift).",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Monte Carlo what-if for one series: a random walk with drift on ln(value),",
      "ln V(t) = ln V(t-1) + MU + e(t), from V0 in year Y0. One row per year Y0+1..Y0+H: mean and",
      "quantiles (US$ million, type 7), and with --target the probability of being at or above it",
      "in that year and of having met it by that year (first passage), each with its Monte Carlo",
      "standard error. Results depend on --seed only, never on --threads."
    })
final class SimulateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(
      names = "--start",
      required = true,
      paramLabel = "V0",
      description = "Value in the start year (US$ million, > 0).")
  double start;

  @Option(
      names = "--start-year",
      required = true,
      paramLabel = "Y0",
      description = "The start (base) year; not a checkpoint.")
  int startYear;

  @Option(
      names = "--drift",
      required = true,
      paramLabel = "MU",
      description = "Drift: log growth per year (0.08 is about 8.3 %% a year).")
  double drift;

  @Option(
      names = "--sigma",
      required = true,
      paramLabel = "S",
      description = "Standard deviation of the yearly log shock (>= 0).")
  double sigma;

  @Option(
      names = "--years",
      required = true,
      paramLabel = "H",
      description = "Years to simulate (1 to " + SimulationSpec.MAX_HORIZON
          + "; the run's time grows with paths x years).")
  int years;

  @Option(
      names = "--paths",
      required = true,
      paramLabel = "N",
      description = "Number of simulated paths (1 to 100,000,000; about 28 bytes of memory each).")
  int paths;

  @Option(names = "--target", paramLabel = "T", description = "Target value (US$ million, > 0).")
  Double target;

  @Option(
      names = "--shocks",
      paramLabel = "MODEL",
      defaultValue = "normal",
      description =
          "normal or t:NU (Student-t with NU > 2, scaled to variance S^2) (default: ${DEFAULT-VALUE}).")
  String shocks;

  @Option(
      names = "--jump-prob",
      paramLabel = "P",
      description = "Yearly probability of a crisis jump, in [0, 1].")
  Double jumpProb;

  @Option(
      names = "--jump-mean",
      paramLabel = "M",
      description = "Mean log size of a crisis jump (e.g. -0.1 for about -10 %%).")
  Double jumpMean;

  @Option(
      names = "--jump-sd",
      paramLabel = "S",
      description = "Standard deviation of the jump's log size (>= 0; default 0).")
  Double jumpSd;

  @Mixin
  SeedOption seed = new SeedOption();

  @Mixin
  ThreadsOption threads = new ThreadsOption();

  @Mixin
  FormatOption format = FormatOption.tableCsvJson();

  @Override
  public Integer call() {
    WhatIf.Settings w = new WhatIf.Settings(
        start,
        startYear,
        drift,
        sigma,
        years,
        paths,
        target,
        shocks,
        jumpProb,
        jumpMean,
        jumpSd,
        seed.seed,
        threads.threads);
    format.print(SimulationTables.output(w, WhatIf.run(w)));
    return Main.OK;
  }
}
