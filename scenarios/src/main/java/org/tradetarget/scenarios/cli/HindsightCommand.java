package org.tradetarget.scenarios.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.tradetarget.core.analysis.Hindsight;
import org.tradetarget.core.analysis.HindsightRow;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.Target;
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
 * {@code tradetarget hindsight}: each earlier target in the embedded data, the probability each
 * method gave of meeting it as of its announcement, and what happened ({@link Hindsight}).
 */
@Command(
    name = "hindsight",
    header = "Earlier official targets: the odds each method gave, beside what happened.",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.tradetarget.scenarios.cli.KindHelp",
    description = {
      "Earlier official targets judged in hindsight. For each earlier target in the embedded data",
      "and each method: fitted on the default series up to the year before the announcement, the",
      "probability (fraction) it gave of reaching the target (US$ million) in some year up to the",
      "deadline (Monte Carlo), beside what happened: met, missed, or open when the deadline is still",
      "ahead of the data. A method that cannot be fitted on the short history gets no probability",
      "and a note."
    })
final class HindsightCommand implements Callable<Integer> {
  /** The CSV header, a contract. */
  static final String HEADER = "corridor,target_usd_million,deadline,announced,model,p_met,outcome";

  /** The most paths accepted. */
  static final int MAX_PATHS = 10_000_000;

  @Spec
  CommandSpec spec;

  @Option(
      names = "--models",
      paramLabel = "K1,K2,..",
      description =
          "Methods (model kinds), comma-separated: ${bundle:kinds} (default: ${bundle:hindsightKinds}).")
  String models;

  @Option(
      names = "--paths",
      paramLabel = "N",
      defaultValue = "" + org.tradetarget.core.simulate.SimulationSpec.DEFAULT_PATHS,
      description = "Monte Carlo paths per target and method (default: ${DEFAULT-VALUE}).")
  int paths;

  @Mixin
  SeedOption seed = new SeedOption(
      "SEED",
      "Random seed; the same seed gives the same numbers on any thread count (default: ${DEFAULT-VALUE}).");

  @Option(
      names = "--parameter-uncertainty",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Draw each path's parameters from their sampling distribution, so the band"
          + " equals each kind's prediction interval (default: on, as in scenarios;"
          + " --no-parameter-uncertainty turns it off).")
  boolean parameterUncertainty = true;

  @Mixin
  ThreadsOption threads = new ThreadsOption();

  @Mixin
  FormatOption format = FormatOption.tableCsvJson();

  @Override
  public Integer call() {
    List<ModelKind> kinds =
        models == null ? Hindsight.DEFAULT_KINDS : BacktestCommand.parseModels(models);
    if (paths < 1 || paths > MAX_PATHS) {
      throw new InvalidInputException(
          "option '--paths': " + paths + " is not allowed; expected 1 to " + MAX_PATHS);
    }
    SimulationSpec sim = Hindsight.defaultSpec()
        .withPaths(paths)
        .withSeed(seed.seed)
        .withParameterUncertainty(parameterUncertainty)
        .withThreads(threads.atLeastOne(Runtime.getRuntime().availableProcessors()));
    List<HindsightRow> rows = Hindsight.run(Dataset.embedded(), kinds, sim);
    Rows machine = new Rows(
        "corridor",
        "target_usd_million",
        "deadline",
        "announced",
        "model",
        "fit_first_year",
        "fit_last_year",
        "p_met",
        "p_met_se",
        "outcome",
        "first_reached",
        "recorded_outcome",
        "note");
    for (HindsightRow r : rows) {
      Target t = r.target();
      machine.add(
          t.corridor().id(),
          t.valueUsdMillion(),
          t.deadline(),
          r.announcedYear(),
          r.kind().id(),
          r.used().map(u -> OptionalInt.of(u.firstYear())).orElse(OptionalInt.empty()),
          r.used().map(u -> OptionalInt.of(u.lastYear())).orElse(OptionalInt.empty()),
          r.pMet(),
          r.pMetSe(),
          r.outcome().id(),
          r.firstReached(),
          t.outcome(),
          r.note());
    }
    ObjectNode json = Render.object();
    json.put("paths", paths);
    json.put("seed", seed.seed);
    json.put("parameter_uncertainty", parameterUncertainty);
    json.set("rows", Render.array(machine));
    format.print(new Output()
        .table(table(rows, kinds))
        .csv(machine.select(HEADER.split(",")))
        .json(json));
    return Main.OK;
  }

  private static String year(OptionalInt y) {
    return y.isPresent() ? Integer.toString(y.getAsInt()) : "";
  }

  private Rows table(List<HindsightRow> rows, List<ModelKind> kinds) {
    Rows t = new Rows(
        "corridor",
        ">target",
        ">deadline",
        ">announced",
        "fitted",
        "model",
        ">P(met)",
        "outcome",
        ">first reached");
    t.heading(
        "Earlier targets in hindsight: P(met by the deadline) each method gave when fitted on the data up to"
            + " the year before the announcement ("
            + String.format(java.util.Locale.ROOT, "%,d", paths) + " paths, seed "
            + seed.seed + (parameterUncertainty ? ", with parameter uncertainty" : "") + ")");
    List<String> notes = new ArrayList<>();
    for (HindsightRow r : rows) {
      Target g = r.target();
      String target = Numbers.money(g.valueUsdMillion());
      t.add(
          g.corridor().id(),
          target,
          orDash(year(g.deadline())),
          orDash(year(r.announcedYear())),
          r.used().map(HindsightCommand::years).orElse("-"),
          r.kind().id(),
          Numbers.percent(r.pMet()),
          r.outcome().id(),
          orDash(year(r.firstReached())));
      if (!r.note().isEmpty()) {
        notes.add("  " + g.corridor().id() + ' ' + target + " by " + orDash(year(g.deadline()))
            + ", " + r.kind().id() + ": " + r.note());
      }
    }
    if (!notes.isEmpty()) {
      t.note("Notes:");
      notes.forEach(t::note);
    }
    t.note(
        "Targets in US$ million; P(met): of reaching the target in some year up to the deadline; outcome from"
            + " the default series (met, missed, open); methods: "
            + kinds.stream().map(ModelKind::id).collect(Collectors.joining(", ")) + ".");
    return t;
  }

  private static String years(AnnualSeries s) {
    return s.size() == 1 ? Integer.toString(s.firstYear()) : s.firstYear() + "-" + s.lastYear();
  }

  private static String orDash(String s) {
    return s.isEmpty() ? "-" : s;
  }
}
