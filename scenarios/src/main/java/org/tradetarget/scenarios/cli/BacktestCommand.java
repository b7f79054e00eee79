package org.tradetarget.scenarios.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.tradetarget.core.analysis.Backtest;
import org.tradetarget.core.analysis.BacktestRanking;
import org.tradetarget.core.analysis.BacktestResult;
import org.tradetarget.core.analysis.HorizonScore;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.scenarios.report.Csv;
import org.tradetarget.scenarios.report.Json;
import org.tradetarget.scenarios.report.Numbers;
import org.tradetarget.scenarios.report.TextTable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tradetarget backtest}: rolling-origin backtests of model kinds on one series, with scores
 * per step ahead and a ranking of the kinds by mean CRPS ({@link Backtest}, {@link BacktestRanking}).
 */
@Command(
    name = "backtest",
    header = "How each model kind would have forecast the series' own past.",
    mixinStandardHelpOptions = true,
    description = {
      "How each model kind would have forecast the series' own past. On the consecutive run of years",
      "ending at the last observation (n points), each kind is fitted on the first o points for",
      "o = min-train .. n-1 and projected h = 1..H steps; per h over the origins scored: MAPE (percent),",
      "MASE, RMSE of log errors, coverage (fraction) of the 80 % and 95 % intervals, the 95 % Winkler",
      "score (the data's unit, US$ million for trade) and the CRPS of the log-scale normal predictive",
      "distribution (log units). Kinds are ranked by mean CRPS. Origins where a fit fails are skipped",
      "and counted. --corridor all backtests every embedded corridor long enough and ranks the kinds",
      "overall (table or json)."
    })
final class BacktestCommand implements Callable<Integer> {
  /** The CSV header, a contract. */
  static final String HEADER = "model,h,n,mape,mase,rmse_log,coverage80,coverage95,winkler95,crps_log";

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  ProjectCommand.Source source;

  @Option(names = "--models", required = true, paramLabel = "K1,K2,..",
      description = "Model kinds, comma-separated: " + "constant-growth, cagr, log-linear, rw-drift, holt, holt-damped, arima, logistic.")
  String models;

  @Option(names = "--horizon", required = true, paramLabel = "H",
      description = "The largest step ahead to score (>= 1, at most n - min-train).")
  int horizon;

  @Option(names = "--min-train", paramLabel = "N", defaultValue = "" + Backtest.DEFAULT_MIN_TRAIN,
      description = "The smallest number of training points (>= 2, at most n - 1; default: ${DEFAULT-VALUE}).")
  int minTrain;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() {
    List<ModelKind> kinds = parseModels(models);
    if (source.corridor != null && source.corridor.trim().equalsIgnoreCase("all")) {
      return allCorridors(kinds);
    }
    AnnualSeries series = source.input != null
        ? Dataset.readSeries(source.input)
        : Dataset.embedded().series(Corridor.of(source.corridor));
    Backtest.check(series, horizon, minTrain);
    List<BacktestResult> results = Backtest.run(series, kinds, horizon, minTrain);
    BacktestRanking ranking = BacktestRanking.of(series.name(), results);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case csv -> printCsv(out, results);
      case json -> printJson(out, series, results, ranking);
      default -> printTable(out, series, results, ranking);
    }
    return Main.OK;
  }

  /**
   * {@code --corridor all}: each embedded corridor long enough for the horizon and minimum training
   * length, then the overall ranking (each corridor weighs the same). Table or JSON only: the CSV
   * contract has no corridor column.
   */
  private int allCorridors(List<ModelKind> kinds) {
    if (format == OutputFormat.csv) {
      throw new InvalidInputException("option '--corridor': 'all' prints table or json; for csv, backtest one corridor at a time (its header has no corridor column)");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<BacktestRanking> rankings = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Json j = new Json().beginObject().name("corridors").beginArray();
    for (Corridor c : Dataset.embedded().corridors()) {
      AnnualSeries series = Dataset.embedded().series(c);
      try {
        Backtest.check(series, horizon, minTrain);
      } catch (InvalidInputException e) {
        skipped.add(c.id() + ": " + e.getMessage());
        continue;
      }
      List<BacktestResult> results = Backtest.run(series, kinds, horizon, minTrain);
      BacktestRanking ranking = BacktestRanking.of(series.name(), results);
      rankings.add(ranking);
      if (format == OutputFormat.json) {
        j.beginObject().name("corridor").value(c.id()).name("ranking").beginArray();
        for (BacktestRanking.Entry e : ranking.entries()) {
          j.beginObject().name("model").value(e.kind().id()).name("crps_log").value(e.score()).endObject();
        }
        j.endArray().endObject();
      } else {
        printTable(out, series, results, ranking);
        out.println();
      }
    }
    if (rankings.isEmpty()) {
      throw new InvalidInputException("option '--corridor': no corridor is long enough for --horizon " + horizon
          + " and --min-train " + minTrain + " (" + String.join("; ", skipped) + ")");
    }
    BacktestRanking overall = BacktestRanking.overall(rankings);
    if (format == OutputFormat.json) {
      j.endArray().name("overall").beginArray();
      for (BacktestRanking.Entry e : overall.entries()) {
        j.beginObject().name("model").value(e.kind().id()).name("crps_log").value(e.score())
            .name("note").value(e.note()).endObject();
      }
      j.endArray().name("skipped").beginArray();
      skipped.forEach(j::value);
      out.println(j.endArray().endObject());
      return Main.OK;
    }
    out.println("Overall ranking (mean of each corridor's mean " + BacktestRanking.METRIC + ", each corridor weighs the same):");
    for (BacktestRanking.Entry e : overall.entries()) {
      out.println(e.rank().isPresent()
          ? String.format(Locale.ROOT, "  %2d. %-15s %s", e.rank().getAsInt(), e.kind().id(), fixed(e.score(), 4))
          : String.format(Locale.ROOT, "   -  %-15s unranked: %s", e.kind().id(), e.note()));
    }
    for (String s : skipped) {
      out.println("Not backtested: " + s);
    }
    return Main.OK;
  }

  /**
   * Parses {@code --models k1,k2,..}: known kind names, no empty item, no repeats.
   *
   * @throws InvalidInputException naming the option, the bad item and the valid kinds
   */
  static List<ModelKind> parseModels(String text) {
    List<ModelKind> kinds = new ArrayList<>();
    for (String item : text.split(",", -1)) {
      String name = item.trim();
      if (name.isEmpty()) {
        throw new InvalidInputException("option '--models': '" + text
            + "' has an empty name; expected kinds separated by commas; valid: " + ModelKind.validNames());
      }
      ModelKind k;
      try {
        k = ModelKind.of(name);
      } catch (InvalidInputException e) {
        throw new InvalidInputException("option '--models': " + e.getMessage(), e);
      }
      if (kinds.contains(k)) {
        throw new InvalidInputException("option '--models': " + k.id() + " is given twice in '" + text + "'");
      }
      kinds.add(k);
    }
    return kinds;
  }

  private static List<OptionalDouble> metrics(HorizonScore s) {
    return List.of(s.mape(), s.mase(), s.rmseLog(), s.coverage80(), s.coverage95(), s.winkler95(), s.crpsLog());
  }

  private static void printCsv(PrintWriter out, List<BacktestResult> results) {
    out.println(HEADER);
    for (BacktestResult r : results) {
      for (HorizonScore s : r.horizons()) {
        List<String> row = new ArrayList<>(List.of(r.kind().id(), Integer.toString(s.h()), Integer.toString(s.n())));
        for (OptionalDouble m : metrics(s)) {
          row.add(Numbers.csv(m));
        }
        out.println(Csv.line(row));
      }
    }
  }

  private void printJson(PrintWriter out, AnnualSeries series, List<BacktestResult> results, BacktestRanking ranking) {
    AnnualSeries run = series.consecutiveTail();
    String[] names = HEADER.split(",", -1);
    Json j = new Json().beginObject()
        .name("series").value(series.name())
        .name("run").beginObject()
        .name("first_year").value(run.firstYear())
        .name("last_year").value(run.lastYear())
        .name("points").value(run.size())
        .endObject()
        .name("min_train").value(minTrain)
        .name("horizon").value(horizon)
        .name("models").beginArray();
    for (BacktestResult r : results) {
      j.beginObject().name("model").value(r.kind().id())
          .name("origins").value(r.origins())
          .name("skipped").beginArray();
      for (BacktestResult.SkippedOrigin s : r.skipped()) {
        j.beginObject().name("origin_year").value(s.originYear()).name("train_points").value(s.trainPoints())
            .name("reason").value(s.reason()).endObject();
      }
      j.endArray().name("scores").beginArray();
      for (HorizonScore s : r.horizons()) {
        j.beginObject().name("h").value(s.h()).name("n").value(s.n());
        List<OptionalDouble> m = metrics(s);
        for (int i = 0; i < m.size(); i++) {
          j.name(names[3 + i]).value(m.get(i));
        }
        j.endObject();
      }
      j.endArray().endObject();
    }
    j.endArray().name("ranking").beginObject()
        .name("metric").value(BacktestRanking.METRIC)
        .name("forecasts").value(ranking.forecasts())
        .name("entries").beginArray();
    for (BacktestRanking.Entry e : ranking.entries()) {
      j.beginObject().name("model").value(e.kind().id());
      if (e.rank().isPresent()) {
        j.name("rank").value(e.rank().getAsInt());
      } else {
        j.name("rank").nullValue();
      }
      j.name("crps_log").value(e.score()).name("note").value(e.note()).endObject();
    }
    out.println(j.endArray().endObject().endObject());
  }

  private void printTable(PrintWriter out, AnnualSeries series, List<BacktestResult> results, BacktestRanking ranking) {
    AnnualSeries run = series.consecutiveTail();
    int n = run.size();
    out.println("Backtest on " + series.name() + ": consecutive run " + run.firstYear() + "-" + run.lastYear() + " ("
        + n + " points); origins of " + minTrain + " to " + (n - 1) + " points (training up to "
        + run.year(minTrain - 1) + ".." + run.year(n - 2) + "); h = 1.." + horizon);
    TextTable t = new TextTable("model", ">h", ">n", ">mape%", ">mase", ">rmse_log", ">cover80", ">cover95",
        ">winkler95", ">crps_log");
    for (BacktestResult r : results) {
      for (HorizonScore s : r.horizons()) {
        t.row(r.kind().id(), Integer.toString(s.h()), Integer.toString(s.n()), fixed(s.mape(), 1),
            fixed(s.mase(), 2), fixed(s.rmseLog(), 3), Numbers.percent(s.coverage80()),
            Numbers.percent(s.coverage95()), s.winkler95().isPresent() ? Numbers.money(s.winkler95().getAsDouble()) : "-",
            fixed(s.crpsLog(), 4));
      }
    }
    out.print(t.render());
    out.println();
    out.println("Ranking by mean " + BacktestRanking.METRIC + " over " + ranking.forecasts()
        + " forecasts (origin, h), lower is better:");
    for (BacktestRanking.Entry e : ranking.entries()) {
      out.println(e.rank().isPresent()
          ? String.format(Locale.ROOT, "  %2d. %-15s %s", e.rank().getAsInt(), e.kind().id(), fixed(e.score(), 4))
          : String.format(Locale.ROOT, "   -  %-15s unranked: %s", e.kind().id(), e.note()));
    }
    for (BacktestResult r : results) {
      if (!r.skipped().isEmpty()) {
        BacktestResult.SkippedOrigin first = r.skipped().get(0);
        out.println("Skipped: " + r.kind().id() + " at " + r.skipped().size() + " of " + r.origins()
            + " origins; first (training up to " + first.originYear() + "): " + first.reason());
      }
    }
    out.println("mape% in percent; mase: |actual - point| / mean absolute change between consecutive training values;"
        + " rmse_log: of ln(actual/point); cover80/95: share of actuals inside the 80/95 % intervals;"
        + " winkler95 in the data's unit (US$ million for trade); crps_log in log units; n: origins scored.");
  }

  private static String fixed(OptionalDouble v, int decimals) {
    return v.isPresent() ? Numbers.fixed(v.getAsDouble(), decimals) : "-";
  }
}
