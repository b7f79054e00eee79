package org.tradetarget.scenarios.run;

import java.util.List;
import java.util.Locale;
import org.tradetarget.core.analysis.Attainment;
import org.tradetarget.core.analysis.Checkpoint;
import org.tradetarget.core.analysis.SeriesAttainment;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.InvalidSetting;
import org.tradetarget.core.model.RandomWalkDrift;
import org.tradetarget.core.simulate.CrisisJumps;
import org.tradetarget.core.simulate.MonteCarlo;
import org.tradetarget.core.simulate.ShockModel;
import org.tradetarget.core.simulate.Shocks;
import org.tradetarget.core.simulate.SimulatedSeries;
import org.tradetarget.core.simulate.SimulationSpec;

/**
 * A quick what-if for one series without a scenario file ({@code tradetarget simulate}): a random
 * walk with drift on the log scale, ln V_t = ln V_{t−1} + μ + ε, simulated by the Monte Carlo
 * engine, with the odds of meeting a target. Each setting is checked and a bad one named ({@link
 * InvalidSetting}).
 */
public final class WhatIf {
  /** The most paths, as {@code simulation.paths} in a scenario file. */
  public static final int MAX_PATHS = 100_000_000;

  /**
   * Memory a path takes in this run: its current log value, level state, quantile slot and scratch
   * copy, and first-passage year (8 + 8 + 2 + 8 + 2 bytes).
   */
  public static final int BYTES_PER_PATH = 28;

  private WhatIf() {}

  /**
   * The settings of a what-if.
   *
   * @param start the value in the start year, US$ million
   * @param startYear the start (base) year; not a checkpoint
   * @param drift log growth per year
   * @param sigma standard deviation of the yearly log shock
   * @param years years to simulate
   * @param paths simulated paths
   * @param target the target, US$ million, or null
   * @param shocks {@code normal} or {@code t:NU}
   * @param jumpProb the yearly probability of a crisis jump, or null for none
   * @param jumpMean the mean log size of a jump, or null
   * @param jumpSd the standard deviation of a jump's log size, or null for 0
   * @param seed the seed
   * @param threads worker threads, or null for the default
   */
  public record Settings(
      double start,
      int startYear,
      double drift,
      double sigma,
      int years,
      int paths,
      Double target,
      String shocks,
      Double jumpProb,
      Double jumpMean,
      Double jumpSd,
      long seed,
      Integer threads) {}

  /** A what-if's result: the simulation settings used and the series' checkpoints. */
  public record Result(SimulationSpec spec, SeriesAttainment series) {}

  /**
   * Checks the settings, simulates and checks that the values stay finite.
   *
   * @throws InvalidInputException naming the bad setting
   */
  public static Result run(Settings w) {
    SimulationSpec spec = spec(w);
    SimulatedSeries series = SimulatedSeries.of(
        "simulate",
        new RandomWalkDrift(
                "rw-drift", w.startYear(), 1, Math.log(w.start()), w.drift(), w.sigma(), 0, false)
            .simulator());
    if (w.target() != null) {
      series = series.withTarget(w.target());
    }
    SeriesAttainment s =
        Attainment.of(MonteCarlo.run(List.of(series), spec)).series().get(0);
    for (Checkpoint c : s.checkpoints()) {
      boolean finite = Double.isFinite(c.mean());
      for (double q : c.quantiles()) {
        finite &= Double.isFinite(q);
      }
      if (!finite) {
        throw new IllegalArgumentException(String.format(
            Locale.ROOT,
            "options '--start', '--drift', '--sigma', '--years': the simulated values overflow to"
                + " infinity by %d (--start %s, --drift %s, --sigma %s); expected values that stay"
                + " below 1.8e308 US$ million",
            c.year(),
            w.start(),
            w.drift(),
            w.sigma()));
      }
    }
    return new Result(spec, s);
  }

  private static SimulationSpec spec(Settings w) {
    double start = w.start();
    requireThat(
        start > 0 && Double.isFinite(start), "start", start, "a finite value > 0 (US$ million)");
    requireThat(Double.isFinite(w.drift()), "drift", w.drift(), "a finite log growth per year");
    requireThat(
        w.sigma() >= 0 && Double.isFinite(w.sigma()), "sigma", w.sigma(), "a finite value >= 0");
    requireThat(
        w.years() >= 1 && w.years() <= SimulationSpec.MAX_HORIZON,
        "years",
        w.years(),
        "a whole number of years from 1 to " + SimulationSpec.MAX_HORIZON
            + " (memory does not grow with the years, 28 bytes a path; time grows with paths x"
            + " years)");
    int paths = w.paths();
    requireThat(paths >= 1, "paths", paths, "at least 1");
    if (paths > MAX_PATHS) {
      throw new InvalidSetting(
          "paths",
          String.format(
              Locale.ROOT,
              "%d is not allowed; expected 1 to %,d (%,d paths would need about %s of memory, %d"
                  + " bytes a path)",
              paths,
              MAX_PATHS,
              paths,
              gib((long) paths * BYTES_PER_PATH),
              BYTES_PER_PATH));
    }
    long need = (long) paths * BYTES_PER_PATH;
    long may = Runtime.getRuntime().maxMemory();
    if (need > may) {
      throw new InvalidSetting(
          "paths",
          String.format(
              Locale.ROOT,
              "%,d paths need about %s of memory, more than the %s Java may use here;"
                  + " lower --paths or start Java with a larger -Xmx",
              paths,
              gib(need),
              gib(may)));
    }
    if (w.target() != null) {
      requireThat(
          w.target() > 0 && Double.isFinite(w.target()),
          "target",
          w.target(),
          "a finite value > 0 (US$ million)");
    }
    if (w.threads() != null) {
      requireThat(w.threads() >= 1, "threads", w.threads(), "at least 1");
    }
    Shocks sh;
    try {
      sh = Shocks.parse(w.shocks());
    } catch (IllegalArgumentException e) {
      throw new InvalidSetting("shocks", e.getMessage());
    }
    if (sh.model() == ShockModel.BOOTSTRAP) {
      throw new InvalidSetting(
          "shocks",
          "'bootstrap' is not allowed here (no residuals); expected normal or t:NU with NU > 2");
    }
    SimulationSpec s = SimulationSpec.of(paths, w.years()).withSeed(w.seed()).withShocks(sh);
    if (w.threads() != null) {
      s = s.withThreads(w.threads());
    }
    if (w.jumpProb() != null || w.jumpMean() != null || w.jumpSd() != null) {
      if (w.jumpProb() == null || w.jumpMean() == null) {
        throw new InvalidInputException(
            "options '--jump-prob' and '--jump-mean' go together; give both"
                + " (and optionally '--jump-sd') for crisis jumps");
      }
      double p = w.jumpProb();
      double m = w.jumpMean();
      requireThat(p >= 0 && p <= 1, "jump-prob", p, "a probability in [0, 1]");
      requireThat(Double.isFinite(m), "jump-mean", m, "a finite log size");
      double sd = w.jumpSd() == null ? 0.0 : w.jumpSd();
      requireThat(sd >= 0 && Double.isFinite(sd), "jump-sd", sd, "a finite value >= 0");
      s = s.withJumps(new CrisisJumps(p, m, sd));
    }
    return s;
  }

  private static String gib(long bytes) {
    return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
  }

  private static void requireThat(boolean ok, String setting, Object value, String allowed) {
    if (!ok) {
      throw new InvalidSetting(setting, value + " is not allowed; expected " + allowed);
    }
  }
}
