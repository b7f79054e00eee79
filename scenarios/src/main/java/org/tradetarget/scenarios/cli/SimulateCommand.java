package org.tradetarget.scenarios.cli;

import java.io.PrintWriter;
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
import org.tradetarget.scenarios.report.Csv;
import org.tradetarget.scenarios.report.Json;
import org.tradetarget.scenarios.report.Numbers;
import org.tradetarget.scenarios.report.TextTable;
import picocli.CommandLine.Command;
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

  private static final double[] QUANTILES = SimulationSpec.defaultQuantiles();
  private static final String[] QUANTILE_NAMES = {"q05", "q10", "q25", "q50", "q75", "q90", "q95"};

  @Spec CommandSpec spec;

  @Option(names = "--start", required = true, paramLabel = "V0", description = "Value in the start year (US$ million, > 0).")
  double start;

  @Option(names = "--start-year", required = true, paramLabel = "Y0", description = "The start (base) year; not a checkpoint.")
  int startYear;

  @Option(names = "--drift", required = true, paramLabel = "MU",
      description = "Drift: log growth per year (0.08 is about 8.3 %% a year).")
  double drift;

  @Option(names = "--sigma", required = true, paramLabel = "S",
      description = "Standard deviation of the yearly log shock (>= 0).")
  double sigma;

  @Option(names = "--years", required = true, paramLabel = "H", description = "Years to simulate (1 to " + SimulationSpec.MAX_HORIZON + ").")
  int years;

  @Option(names = "--paths", required = true, paramLabel = "N", description = "Number of simulated paths (>= 1).")
  int paths;

  @Option(names = "--target", paramLabel = "T", description = "Target value (US$ million, > 0).")
  Double target;

  @Option(names = "--shocks", paramLabel = "MODEL", defaultValue = "normal",
      description = "normal or t:NU (Student-t with NU > 2, scaled to variance S^2) (default: ${DEFAULT-VALUE}).")
  String shocks;

  @Option(names = "--jump-prob", paramLabel = "P", description = "Yearly probability of a crisis jump, in [0, 1].")
  Double jumpProb;

  @Option(names = "--jump-mean", paramLabel = "M", description = "Mean log size of a crisis jump (e.g. -0.1 for about -10 %%).")
  Double jumpMean;

  @Option(names = "--jump-sd", paramLabel = "S", description = "Standard deviation of the jump's log size (>= 0; default 0).")
  Double jumpSd;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "" + SimulationSpec.DEFAULT_SEED,
      description = "Seed of the random streams (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", paramLabel = "K", description = "Worker threads (default: all processors).")
  Integer threads;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() {
    SimulationSpec simSpec = buildSpec();
    double logStart = Math.log(start);
    SimulatedSeries series = SimulatedSeries.of("simulate",
        new RandomWalkDrift("rw-drift", startYear, 1, logStart, drift, sigma, 0, false).simulator());
    if (target != null) {
      series = series.withTarget(target);
    }
    Attainment result = Attainment.of(MonteCarlo.run(List.of(series), simSpec));
    SeriesAttainment s = result.series().get(0);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case csv -> printCsv(out, s);
      case json -> printJson(out, s, simSpec);
      default -> printTable(out, s, simSpec);
    }
    return Main.OK;
  }

  private SimulationSpec buildSpec() {
    requireThat(start > 0 && Double.isFinite(start), "--start", start, "a finite value > 0 (US$ million)");
    requireThat(Double.isFinite(drift), "--drift", drift, "a finite log growth per year");
    requireThat(sigma >= 0 && Double.isFinite(sigma), "--sigma", sigma, "a finite value >= 0");
    requireThat(years >= 1 && years <= SimulationSpec.MAX_HORIZON, "--years", years,
        "a whole number of years from 1 to " + SimulationSpec.MAX_HORIZON);
    requireThat(paths >= 1, "--paths", paths, "at least 1");
    if (target != null) {
      requireThat(target > 0 && Double.isFinite(target), "--target", target, "a finite value > 0 (US$ million)");
    }
    if (threads != null) {
      requireThat(threads >= 1, "--threads", threads, "at least 1");
    }
    Shocks sh;
    try {
      sh = Shocks.parse(shocks);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("option '--shocks': " + e.getMessage(), e);
    }
    if (sh.model() == org.tradetarget.core.simulate.ShockModel.BOOTSTRAP) {
      throw new IllegalArgumentException("option '--shocks': 'bootstrap' is not allowed here (no residuals);"
          + " expected normal or t:NU with NU > 2");
    }
    SimulationSpec s = SimulationSpec.of(paths, years).withSeed(seed).withShocks(sh);
    if (threads != null) {
      s = s.withThreads(threads);
    }
    if (jumpProb != null || jumpMean != null || jumpSd != null) {
      if (jumpProb == null || jumpMean == null) {
        throw new IllegalArgumentException("options '--jump-prob' and '--jump-mean' go together; give both"
            + " (and optionally '--jump-sd') for crisis jumps");
      }
      requireThat(jumpProb >= 0 && jumpProb <= 1, "--jump-prob", jumpProb, "a probability in [0, 1]");
      requireThat(Double.isFinite(jumpMean), "--jump-mean", jumpMean, "a finite log size");
      double sd = jumpSd == null ? 0.0 : jumpSd;
      requireThat(sd >= 0 && Double.isFinite(sd), "--jump-sd", sd, "a finite value >= 0");
      s = s.withJumps(new CrisisJumps(jumpProb, jumpMean, sd));
    }
    return s;
  }

  private static void requireThat(boolean ok, String option, Object value, String allowed) {
    if (!ok) {
      throw new IllegalArgumentException("option '" + option + "': " + value + " is not allowed; expected " + allowed);
    }
  }

  private static void printCsv(PrintWriter out, SeriesAttainment s) {
    out.println(HEADER);
    for (Checkpoint c : s.checkpoints()) {
      String[] f = new String[13];
      f[0] = Integer.toString(c.year());
      f[1] = Numbers.csv(c.mean());
      double[] q = c.quantiles();
      for (int i = 0; i < QUANTILES.length; i++) {
        f[2 + i] = Numbers.csv(q[i]);
      }
      f[9] = Numbers.csv(c.atOrAbove());
      f[10] = Numbers.csv(c.atOrAboveSe());
      f[11] = Numbers.csv(c.metBy());
      f[12] = Numbers.csv(c.metBySe());
      out.println(Csv.line(f));
    }
  }

  private void printJson(PrintWriter out, SeriesAttainment s, SimulationSpec simSpec) {
    Json j = new Json().beginObject()
        .name("start_usd_million").value(start)
        .name("start_year").value(startYear)
        .name("drift").value(drift)
        .name("sigma").value(sigma)
        .name("years").value(years)
        .name("paths").value(paths)
        .name("seed").value(seed)
        .name("shocks").value(simSpec.shocks().toString());
    j.name("jumps");
    if (simSpec.jumps().isPresent()) {
      CrisisJumps cj = simSpec.jumps().get();
      j.beginObject().name("probability").value(cj.probability()).name("mean_log_size").value(cj.meanLogSize())
          .name("sd_log_size").value(cj.sdLogSize()).endObject();
    } else {
      j.nullValue();
    }
    j.name("target_usd_million");
    if (target != null) {
      j.value(target);
    } else {
      j.nullValue();
    }
    j.name("checkpoints").beginArray();
    for (Checkpoint c : s.checkpoints()) {
      j.beginObject().name("year").value(c.year()).name("mean").value(c.mean());
      double[] q = c.quantiles();
      for (int i = 0; i < QUANTILES.length; i++) {
        j.name(QUANTILE_NAMES[i]).value(q[i]);
      }
      j.name("p_at_or_above").value(c.atOrAbove()).name("se_at_or_above").value(c.atOrAboveSe())
          .name("p_reached_by").value(c.metBy()).name("se_reached_by").value(c.metBySe()).endObject();
    }
    j.endArray();
    j.name("first_passage");
    if (s.firstPassage().isPresent()) {
      FirstPassage fp = s.firstPassage().get();
      j.beginObject().name("years").beginArray();
      for (int y : fp.years()) {
        j.value(y);
      }
      j.endArray().name("probability").beginArray();
      for (double p : fp.probability()) {
        j.value(p);
      }
      j.endArray().name("not_by_horizon").value(fp.notByHorizon()).name("not_by_horizon_se").value(fp.notByHorizonSe())
          .endObject();
    } else {
      j.nullValue();
    }
    out.println(j.endObject());
  }

  private void printTable(PrintWriter out, SeriesAttainment s, SimulationSpec simSpec) {
    boolean t = target != null;
    TextTable table = t
        ? new TextTable("year", ">mean", ">5%", ">25%", ">median", ">75%", ">95%", ">P(at/above)", ">P(met by)", ">first here")
        : new TextTable("year", ">mean", ">5%", ">10%", ">25%", ">median", ">75%", ">90%", ">95%");
    FirstPassage fp = s.firstPassage().orElse(null);
    int row = 0;
    for (Checkpoint c : s.checkpoints()) {
      if (t) {
        table.row(Integer.toString(c.year()), Numbers.money(c.mean()), Numbers.money(c.quantile(0.05)),
            Numbers.money(c.quantile(0.25)), Numbers.money(c.quantile(0.5)), Numbers.money(c.quantile(0.75)),
            Numbers.money(c.quantile(0.95)), percentWithSe(c.atOrAbove(), c.atOrAboveSe()),
            percentWithSe(c.metBy(), c.metBySe()), Numbers.percent(fp.probability()[row]));
      } else {
        double[] q = c.quantiles();
        table.row(Integer.toString(c.year()), Numbers.money(c.mean()), Numbers.money(q[0]), Numbers.money(q[1]),
            Numbers.money(q[2]), Numbers.money(q[3]), Numbers.money(q[4]), Numbers.money(q[5]), Numbers.money(q[6]));
      }
      row++;
    }
    out.print(table.render());
    out.println(String.format(Locale.ROOT, "%,d paths, seed %d, %s shocks%s. Values in US$ million; quantiles type 7.",
        paths, seed, simSpec.shocks(), simSpec.jumps().isPresent() ? ", crisis jumps" : ""));
    if (t) {
      out.println("P(met by): at or above " + Numbers.money(target) + " in at least one year up to and including that year;"
          + " +/- is one Monte Carlo standard error.");
      out.println("Not met by " + (startYear + years) + ": " + percentWithSe(fp.notByHorizon(), fp.notByHorizonSe()) + ".");
    }
  }

  private static String percentWithSe(double p, double se) {
    return Numbers.percent(p) + " +/- " + Numbers.fixed(se * 100, 2);
  }
}
