package org.tradetarget.scenarios.cli;

import java.io.PrintWriter;
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
import org.tradetarget.scenarios.report.Csv;
import org.tradetarget.scenarios.report.Json;
import org.tradetarget.scenarios.report.Numbers;
import org.tradetarget.scenarios.report.TextTable;
import picocli.CommandLine.Command;
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

  @Spec CommandSpec spec;

  @Option(names = "--models", paramLabel = "K1,K2,..",
      description = "Methods (model kinds), comma-separated: ${bundle:kinds} (default: ${bundle:hindsightKinds}).")
  String models;

  @Option(names = "--paths", paramLabel = "N", defaultValue = "" + Hindsight.DEFAULT_PATHS,
      description = "Monte Carlo paths per target and method (default: ${DEFAULT-VALUE}).")
  int paths;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "" + SimulationSpec.DEFAULT_SEED,
      description = "Random seed; the same seed gives the same numbers on any thread count (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--parameter-uncertainty",
      description = "Draw each path's drift from its sampling distribution (default: off, as in scenarios).")
  boolean parameterUncertainty;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() {
    List<ModelKind> kinds = models == null ? Hindsight.DEFAULT_KINDS : BacktestCommand.parseModels(models);
    if (paths < 1 || paths > MAX_PATHS) {
      throw new InvalidInputException("option '--paths': " + paths + " is not allowed; expected 1 to " + MAX_PATHS);
    }
    SimulationSpec sim = Hindsight.defaultSpec().withPaths(paths).withSeed(seed)
        .withParameterUncertainty(parameterUncertainty);
    List<HindsightRow> rows = Hindsight.run(Dataset.embedded(), kinds, sim);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case csv -> printCsv(out, rows);
      case json -> printJson(out, rows);
      default -> printTable(out, rows, kinds);
    }
    return Main.OK;
  }

  private static String year(OptionalInt y) {
    return y.isPresent() ? Integer.toString(y.getAsInt()) : "";
  }

  private static void printCsv(PrintWriter out, List<HindsightRow> rows) {
    out.println(HEADER);
    for (HindsightRow r : rows) {
      Target t = r.target();
      out.println(Csv.line(t.corridor().id(), Numbers.csv(t.valueUsdMillion()), year(t.deadline()),
          year(r.announcedYear()), r.kind().id(), Numbers.csv(r.pMet()), r.outcome().id()));
    }
  }

  private static Json yearOrNull(Json j, OptionalInt y) {
    return y.isPresent() ? j.value(y.getAsInt()) : j.nullValue();
  }

  private void printJson(PrintWriter out, List<HindsightRow> rows) {
    Json j = new Json().beginObject()
        .name("paths").value(paths)
        .name("seed").value(seed)
        .name("parameter_uncertainty").value(parameterUncertainty)
        .name("rows").beginArray();
    for (HindsightRow r : rows) {
      Target t = r.target();
      j.beginObject()
          .name("corridor").value(t.corridor().id())
          .name("target_usd_million").value(t.valueUsdMillion());
      yearOrNull(j.name("deadline"), t.deadline());
      yearOrNull(j.name("announced"), r.announcedYear());
      j.name("model").value(r.kind().id());
      yearOrNull(j.name("fit_first_year"), r.used().map(s -> OptionalInt.of(s.firstYear())).orElse(OptionalInt.empty()));
      yearOrNull(j.name("fit_last_year"), r.used().map(s -> OptionalInt.of(s.lastYear())).orElse(OptionalInt.empty()));
      j.name("p_met").value(r.pMet())
          .name("p_met_se").value(r.pMetSe())
          .name("outcome").value(r.outcome().id());
      yearOrNull(j.name("first_reached"), r.firstReached());
      j.name("recorded_outcome").value(t.outcome())
          .name("note").value(r.note())
          .endObject();
    }
    out.println(j.endArray().endObject());
  }

  private void printTable(PrintWriter out, List<HindsightRow> rows, List<ModelKind> kinds) {
    out.println("Earlier targets in hindsight: P(met by the deadline) each method gave when fitted on the data up to"
        + " the year before the announcement (" + String.format(java.util.Locale.ROOT, "%,d", paths) + " paths, seed "
        + seed + (parameterUncertainty ? ", with parameter uncertainty" : "") + ")");
    TextTable t = new TextTable("corridor", ">target", ">deadline", ">announced", "fitted", "model", ">P(met)",
        "outcome", ">first reached");
    StringBuilder notes = new StringBuilder();
    for (HindsightRow r : rows) {
      Target g = r.target();
      String target = Numbers.money(g.valueUsdMillion());
      t.row(g.corridor().id(), target, orDash(year(g.deadline())), orDash(year(r.announcedYear())),
          r.used().map(HindsightCommand::years).orElse("-"), r.kind().id(), Numbers.percent(r.pMet()),
          r.outcome().id(), orDash(year(r.firstReached())));
      if (!r.note().isEmpty()) {
        notes.append("  ").append(g.corridor().id()).append(' ').append(target).append(" by ")
            .append(orDash(year(g.deadline()))).append(", ").append(r.kind().id()).append(": ").append(r.note())
            .append('\n');
      }
    }
    out.print(t.render());
    if (notes.length() > 0) {
      out.println("Notes:");
      out.print(notes);
    }
    out.println("Targets in US$ million; P(met): of reaching the target in some year up to the deadline; outcome from"
        + " the default series (met, missed, open); methods: "
        + kinds.stream().map(ModelKind::id).collect(Collectors.joining(", ")) + ".");
  }

  private static String years(AnnualSeries s) {
    return s.size() == 1 ? Integer.toString(s.firstYear()) : s.firstYear() + "-" + s.lastYear();
  }

  private static String orDash(String s) {
    return s.isEmpty() ? "-" : s;
  }
}
