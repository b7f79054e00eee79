package org.tradetarget.scenarios.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tradetarget.core.analysis.Attainment;
import org.tradetarget.core.analysis.Checkpoint;
import org.tradetarget.core.analysis.FirstPassage;
import org.tradetarget.core.analysis.SeriesAttainment;
import org.tradetarget.core.model.RandomWalkDrift;
import org.tradetarget.core.simulate.CrisisJumps;
import org.tradetarget.core.simulate.MonteCarlo;
import org.tradetarget.core.simulate.Shocks;
import org.tradetarget.core.simulate.SimulatedSeries;
import org.tradetarget.core.simulate.SimulationSpec;
import org.tradetarget.scenarios.report.Numbers;
import org.tradetarget.scenarios.report.Output;
import org.tradetarget.scenarios.report.Render;
import org.tradetarget.scenarios.report.Rows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tradetarget simulate}: a quick what-if for one series without a scenario file. A random
 * walk with drift on the log scale, ln V_t = ln V_{t−1} + μ + ε, simulated by the Monte Carlo
 * engine; one row per checkpoint year Y0 + 1 .. Y0 + H.
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
  /** The CSV header, a contract. */
  static final String HEADER =
      "year,mean,q05,q10,q25,q50,q75,q90,q95,p_at_or_above,se_at_or_above,p_reached_by,se_reached_by";

  /** The most paths, as {@code simulation.paths} in a scenario file. */
  static final int MAX_PATHS = 100_000_000;

  /**
   * Memory a path takes in this command's run: its current log value, level state, quantile slot and
   * scratch copy, and first-passage year (8 + 8 + 2 + 8 + 2 bytes).
   */
  static final int BYTES_PER_PATH = 28;

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
    SimulationSpec simSpec = buildSpec();
    double logStart = Math.log(start);
    SimulatedSeries series = SimulatedSeries.of(
        "simulate",
        new RandomWalkDrift("rw-drift", startYear, 1, logStart, drift, sigma, 0, false)
            .simulator());
    if (target != null) {
      series = series.withTarget(target);
    }
    Attainment result = Attainment.of(MonteCarlo.run(List.of(series), simSpec));
    SeriesAttainment s = result.series().get(0);
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
            start,
            drift,
            sigma));
      }
    }
    Rows machine = new Rows(HEADER.split(","));
    for (Checkpoint c : s.checkpoints()) {
      List<Object> row = new ArrayList<>(List.of(c.year(), c.mean()));
      for (double q : c.quantiles()) {
        row.add(q);
      }
      row.addAll(List.of(c.atOrAbove(), c.atOrAboveSe(), c.metBy(), c.metBySe()));
      machine.add(row.toArray());
    }
    ObjectNode json = Render.object();
    json.put("start_usd_million", start);
    json.put("start_year", startYear);
    json.put("drift", drift);
    json.put("sigma", sigma);
    json.put("years", years);
    json.put("paths", paths);
    json.put("seed", seed.seed);
    json.put("shocks", simSpec.shocks().toString());
    if (simSpec.jumps().isPresent()) {
      CrisisJumps cj = simSpec.jumps().get();
      ObjectNode j = json.putObject("jumps");
      j.put("probability", cj.probability());
      j.put("mean_log_size", cj.meanLogSize());
      j.put("sd_log_size", cj.sdLogSize());
    } else {
      json.putNull("jumps");
    }
    json.set("target_usd_million", Render.node(target));
    json.set("checkpoints", Render.array(machine));
    if (s.firstPassage().isPresent()) {
      FirstPassage fp = s.firstPassage().get();
      ObjectNode f = json.putObject("first_passage");
      f.set("years", Render.node(fp.years()));
      f.set("probability", Render.node(fp.probability()));
      f.put("not_by_horizon", fp.notByHorizon());
      f.put("not_by_horizon_se", fp.notByHorizonSe());
    } else {
      json.putNull("first_passage");
    }
    format.print(new Output().table(table(s, simSpec)).csv(machine).json(json));
    return Main.OK;
  }

  private SimulationSpec buildSpec() {
    requireThat(
        start > 0 && Double.isFinite(start), "--start", start, "a finite value > 0 (US$ million)");
    requireThat(Double.isFinite(drift), "--drift", drift, "a finite log growth per year");
    requireThat(sigma >= 0 && Double.isFinite(sigma), "--sigma", sigma, "a finite value >= 0");
    requireThat(
        years >= 1 && years <= SimulationSpec.MAX_HORIZON,
        "--years",
        years,
        "a whole number of years from 1 to " + SimulationSpec.MAX_HORIZON
            + " (memory does not grow with the years, 28 bytes a path; time grows with paths x"
            + " years)");
    requireThat(paths >= 1, "--paths", paths, "at least 1");
    if (paths > MAX_PATHS) {
      throw new IllegalArgumentException(String.format(
          Locale.ROOT,
          "option '--paths': %d is not allowed; expected 1 to %,d (%,d paths would need about %s"
              + " of memory, %d bytes a path)",
          paths,
          MAX_PATHS,
          paths,
          gib((long) paths * BYTES_PER_PATH),
          BYTES_PER_PATH));
    }
    long need = (long) paths * BYTES_PER_PATH;
    long may = Runtime.getRuntime().maxMemory();
    if (need > may) {
      throw new IllegalArgumentException(String.format(
          Locale.ROOT,
          "option '--paths': %,d paths need about %s of memory, more than the %s Java may use here;"
              + " lower --paths or start Java with a larger -Xmx",
          paths,
          gib(need),
          gib(may)));
    }
    if (target != null) {
      requireThat(
          target > 0 && Double.isFinite(target),
          "--target",
          target,
          "a finite value > 0 (US$ million)");
    }
    if (threads.threads != null) {
      requireThat(threads.threads >= 1, "--threads", threads.threads, "at least 1");
    }
    Shocks sh;
    try {
      sh = Shocks.parse(shocks);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("option '--shocks': " + e.getMessage(), e);
    }
    if (sh.model() == org.tradetarget.core.simulate.ShockModel.BOOTSTRAP) {
      throw new IllegalArgumentException(
          "option '--shocks': 'bootstrap' is not allowed here (no residuals);"
              + " expected normal or t:NU with NU > 2");
    }
    SimulationSpec s = SimulationSpec.of(paths, years).withSeed(seed.seed).withShocks(sh);
    if (threads.threads != null) {
      s = s.withThreads(threads.threads);
    }
    if (jumpProb != null || jumpMean != null || jumpSd != null) {
      if (jumpProb == null || jumpMean == null) {
        throw new IllegalArgumentException(
            "options '--jump-prob' and '--jump-mean' go together; give both"
                + " (and optionally '--jump-sd') for crisis jumps");
      }
      requireThat(
          jumpProb >= 0 && jumpProb <= 1, "--jump-prob", jumpProb, "a probability in [0, 1]");
      requireThat(Double.isFinite(jumpMean), "--jump-mean", jumpMean, "a finite log size");
      double sd = jumpSd == null ? 0.0 : jumpSd;
      requireThat(sd >= 0 && Double.isFinite(sd), "--jump-sd", sd, "a finite value >= 0");
      s = s.withJumps(new CrisisJumps(jumpProb, jumpMean, sd));
    }
    return s;
  }

  private static String gib(long bytes) {
    return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
  }

  private static void requireThat(boolean ok, String option, Object value, String allowed) {
    if (!ok) {
      throw new IllegalArgumentException(
          "option '" + option + "': " + value + " is not allowed; expected " + allowed);
    }
  }

  private Rows table(SeriesAttainment s, SimulationSpec simSpec) {
    boolean t = target != null;
    Rows table = t
        ? new Rows(
            "year",
            ">mean",
            ">5%",
            ">25%",
            ">median",
            ">75%",
            ">95%",
            ">P(at/above)",
            ">P(met by)",
            ">first here")
        : new Rows("year", ">mean", ">5%", ">10%", ">25%", ">median", ">75%", ">90%", ">95%");
    FirstPassage fp = s.firstPassage().orElse(null);
    int row = 0;
    for (Checkpoint c : s.checkpoints()) {
      if (t) {
        table.add(
            Integer.toString(c.year()),
            Numbers.money(c.mean()),
            Numbers.money(c.quantile(0.05)),
            Numbers.money(c.quantile(0.25)),
            Numbers.money(c.quantile(0.5)),
            Numbers.money(c.quantile(0.75)),
            Numbers.money(c.quantile(0.95)),
            percentWithSe(c.atOrAbove(), c.atOrAboveSe()),
            percentWithSe(c.metBy(), c.metBySe()),
            Numbers.percent(fp.probability()[row]));
      } else {
        double[] q = c.quantiles();
        table.add(
            Integer.toString(c.year()),
            Numbers.money(c.mean()),
            Numbers.money(q[0]),
            Numbers.money(q[1]),
            Numbers.money(q[2]),
            Numbers.money(q[3]),
            Numbers.money(q[4]),
            Numbers.money(q[5]),
            Numbers.money(q[6]));
      }
      row++;
    }
    table.note(String.format(
        Locale.ROOT,
        "%,d paths, seed %d, %s shocks%s. Values in US$ million; quantiles type 7.",
        paths,
        seed.seed,
        simSpec.shocks(),
        simSpec.jumps().isPresent() ? ", crisis jumps" : ""));
    if (t) {
      table.note("P(met by): at or above " + Numbers.money(target)
          + " in at least one year up to and including that year;"
          + " +/- is one Monte Carlo standard error.");
      table.note("Not met by " + (startYear + years) + ": "
          + percentWithSe(fp.notByHorizon(), fp.notByHorizonSe()) + ".");
    }
    return table;
  }

  private static String percentWithSe(double p, double se) {
    return Numbers.percent(p) + " +/- " + Numbers.fixed(se * 100, 2);
  }
}
