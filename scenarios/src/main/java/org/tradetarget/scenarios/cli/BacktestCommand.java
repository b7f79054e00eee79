package org.tradetarget.scenarios.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
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
import org.tradetarget.scenarios.report.Format;
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
 * {@code tradetarget backtest}: rolling-origin backtests of model kinds on one series, with scores
 * per step ahead and a ranking of the kinds by mean CRPS ({@link Backtest}, {@link BacktestRanking}).
 */
@Command(
    name = "backtest",
    header = "How each model kind would have forecast the series' own past.",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.tradetarget.scenarios.cli.KindHelp",
    description = {
      "How each model kind would have forecast the series' own past. On the consecutive run of years",
      "ending at the last observation (n points), each kind is fitted on the first o points for",
      "o = min-train .. n-1 and projected h = 1..H steps; per h over the origins scored: MAPE (percent),",
      "MASE, RMSE of log errors, coverage (fraction) of the 80 %% and 95 %% intervals, the 95 %% Winkler",
      "score (the data's unit, US$ million for trade) and the CRPS of the log-scale normal predictive",
      "distribution (log units). Kinds are ranked by mean CRPS. Origins where a fit fails are skipped",
      "and counted. --corridor all backtests every embedded corridor long enough and ranks the kinds",
      "overall (table or json)."
    })
final class BacktestCommand implements Callable<Integer> {
  /** The CSV header, a contract. */
  static final String HEADER =
      "model,h,n,mape,mase,rmse_log,coverage80,coverage95,winkler95,crps_log";

  @Spec
  CommandSpec spec;

  @Option(
      names = "--input",
      paramLabel = "PATH",
      description =
          "CSV file with header year,value (one row per year, values > 0), or a downloaded trade file"
              + " or BACI folder with --corridor (see 'tradetarget data --help').")
  Path input;

  @Option(
      names = "--corridor",
      paramLabel = "ID",
      description =
          "An embedded corridor's default series, e.g. VN-LA, or all; with a trade file --input, any"
              + " corridor it holds, e.g. TH-LA.")
  String corridor;

  @Mixin
  TradeInput trade = new TradeInput();

  @Option(
      names = "--models",
      required = true,
      paramLabel = "K1,K2,..",
      description =
          "Model kinds, comma-separated: ${bundle:kinds} (see 'tradetarget project --help').")
  String models;

  @Option(
      names = "--horizon",
      required = true,
      paramLabel = "H",
      description = "The largest step ahead to score (>= 1, at most n - min-train).")
  int horizon;

  @Option(
      names = "--min-train",
      paramLabel = "N",
      defaultValue = "" + Backtest.DEFAULT_MIN_TRAIN,
      description =
          "The smallest number of training points (>= 2, at most n - 1; default: ${DEFAULT-VALUE}).")
  int minTrain;

  @Mixin
  FormatOption format = FormatOption.tableCsvJson();

  @Override
  public Integer call() {
    List<ModelKind> kinds = parseModels(models);
    if (corridor != null && corridor.trim().equalsIgnoreCase("all")) {
      if (input != null) {
        throw new InvalidInputException(
            "option '--corridor': all backtests every embedded corridor; with --input name one"
                + " corridor of the file, or leave --corridor out for a year,value file");
      }
      trade.refuseWithoutInput();
      return allCorridors(kinds);
    }
    TradeInput.Source src = trade.source(input, corridor);
    AnnualSeries series = src.series();
    Backtest.check(series, horizon, minTrain);
    List<BacktestResult> results = Backtest.run(series, kinds, horizon, minTrain);
    BacktestRanking ranking = BacktestRanking.of(series.name(), results);
    Rows machine = new Rows(HEADER.split(","));
    ObjectNode json = Render.object();
    AnnualSeries run = series.consecutiveTail();
    json.put("series", series.name());
    if (src.basis() != null) {
      json.put("basis", src.basis().toString());
      json.put("file", src.file());
    }
    ObjectNode r0 = json.putObject("run");
    r0.put("first_year", run.firstYear());
    r0.put("last_year", run.lastYear());
    r0.put("points", run.size());
    json.put("min_train", minTrain);
    json.put("horizon", horizon);
    ArrayNode models = json.putArray("models");
    for (BacktestResult r : results) {
      Rows scores = new Rows(HEADER.substring(HEADER.indexOf(',') + 1).split(","));
      for (HorizonScore s : r.horizons()) {
        List<Object> row = new ArrayList<>(List.of(s.h(), s.n()));
        row.addAll(metrics(s));
        scores.add(row.toArray());
        row.add(0, r.kind().id());
        machine.add(row.toArray());
      }
      Rows skipped = new Rows("origin_year", "train_points", "reason");
      r.skipped().forEach(k -> skipped.add(k.originYear(), k.trainPoints(), k.reason()));
      ObjectNode m = models.addObject();
      m.put("model", r.kind().id());
      m.put("origins", r.origins());
      m.set("skipped", Render.array(skipped));
      m.set("scores", Render.array(scores));
    }
    ObjectNode rk = json.putObject("ranking");
    rk.put("metric", BacktestRanking.METRIC);
    rk.put("forecasts", ranking.forecasts());
    Rows entries = new Rows("model", "rank", "crps_log", "note");
    ranking.entries().forEach(e -> entries.add(e.kind().id(), e.rank(), e.score(), e.note()));
    rk.set("entries", Render.array(entries));
    format.print(new Output()
        .table(
            src.basis() == null
                ? table(series, results, ranking)
                : table(series, results, ranking)
                    .heading("Basis: " + src.basis() + " (" + src.file() + ")"))
        .csv(machine)
        .json(json));
    return Main.OK;
  }

  /**
   * {@code --corridor all}: each embedded corridor long enough for the horizon and minimum training
   * length, then the overall ranking (each corridor weighs the same). Table or JSON only: the CSV
   * contract has no corridor column.
   */
  private int allCorridors(List<ModelKind> kinds) {
    if (format.get() == Format.csv) {
      throw new InvalidInputException(
          "option '--corridor': 'all' prints table or json; for csv, backtest one corridor at a time (its header has no corridor column)");
    }
    List<BacktestRanking> rankings = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<Rows> tables = new ArrayList<>();
    ArrayNode corridors = Render.array();
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
      Rows entries = new Rows("model", "crps_log");
      ranking.entries().forEach(e -> entries.add(e.kind().id(), e.score()));
      ObjectNode o = corridors.addObject();
      o.put("corridor", c.id());
      o.set("ranking", Render.array(entries));
      tables.add(table(series, results, ranking).note(""));
    }
    if (rankings.isEmpty()) {
      throw new InvalidInputException(
          "option '--corridor': no corridor is long enough for --horizon " + horizon
              + " and --min-train " + minTrain + " (" + String.join("; ", skipped) + ")");
    }
    BacktestRanking overall = BacktestRanking.overall(rankings);
    Rows entries = new Rows("model", "crps_log", "note");
    overall.entries().forEach(e -> entries.add(e.kind().id(), e.score(), e.note()));
    ObjectNode json = Render.object();
    json.set("corridors", corridors);
    json.set("overall", Render.array(entries));
    json.set("skipped", Render.node(skipped));
    Rows text = new Rows();
    text.note("Overall ranking (mean of each corridor's mean " + BacktestRanking.METRIC
        + ", each corridor weighs the same):");
    for (BacktestRanking.Entry e : overall.entries()) {
      text.note(rankLine(e));
    }
    for (String s : skipped) {
      text.note("Not backtested: " + s);
    }
    tables.add(text);
    format.print(new Output().tables(tables).json(json));
    return Main.OK;
  }

  private static String rankLine(BacktestRanking.Entry e) {
    return e.rank().isPresent()
        ? String.format(
            Locale.ROOT, "  %2d. %-15s %s", e.rank().getAsInt(), e.kind().id(), fixed(e.score(), 4))
        : String.format(Locale.ROOT, "   -  %-15s unranked: %s", e.kind().id(), e.note());
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
            + "' has an empty name; expected kinds separated by commas; valid: "
            + ModelKind.validNames());
      }
      ModelKind k;
      try {
        k = ModelKind.of(name);
      } catch (InvalidInputException e) {
        throw new InvalidInputException("option '--models': " + e.getMessage(), e);
      }
      if (kinds.contains(k)) {
        throw new InvalidInputException(
            "option '--models': " + k.id() + " is given twice in '" + text + "'");
      }
      kinds.add(k);
    }
    return kinds;
  }

  private static List<OptionalDouble> metrics(HorizonScore s) {
    return List.of(
        s.mape(),
        s.mase(),
        s.rmseLog(),
        s.coverage80(),
        s.coverage95(),
        s.winkler95(),
        s.crpsLog());
  }

  private Rows table(AnnualSeries series, List<BacktestResult> results, BacktestRanking ranking) {
    AnnualSeries run = series.consecutiveTail();
    int n = run.size();
    Rows t = new Rows(
        "model",
        ">h",
        ">n",
        ">mape%",
        ">mase",
        ">rmse_log",
        ">cover80",
        ">cover95",
        ">winkler95",
        ">crps_log");
    t.heading("Backtest on " + series.name() + ": consecutive run " + run.firstYear() + "-"
        + run.lastYear() + " ("
        + n + " points); origins of " + minTrain + " to " + (n - 1) + " points (training up to "
        + run.year(minTrain - 1) + ".." + run.year(n - 2) + "); h = 1.." + horizon);
    for (BacktestResult r : results) {
      for (HorizonScore s : r.horizons()) {
        t.add(
            r.kind().id(),
            Integer.toString(s.h()),
            Integer.toString(s.n()),
            fixed(s.mape(), 1),
            fixed(s.mase(), 2),
            fixed(s.rmseLog(), 3),
            Numbers.percent(s.coverage80()),
            Numbers.percent(s.coverage95()),
            s.winkler95().isPresent() ? Numbers.money(s.winkler95().getAsDouble()) : "-",
            fixed(s.crpsLog(), 4));
      }
    }
    t.note("");
    t.note("Ranking by mean " + BacktestRanking.METRIC + " over " + ranking.forecasts()
        + " forecasts (origin, h), lower is better:");
    for (BacktestRanking.Entry e : ranking.entries()) {
      t.note(rankLine(e));
    }
    for (BacktestResult r : results) {
      if (!r.skipped().isEmpty()) {
        BacktestResult.SkippedOrigin first = r.skipped().get(0);
        t.note("Skipped: " + r.kind().id() + " at " + r.skipped().size() + " of " + r.origins()
            + " origins; first (training up to " + first.originYear() + "): " + first.reason());
      }
    }
    t.note(
        "mape% in percent; mase: |actual - point| / mean absolute change between consecutive training values;"
            + " rmse_log: of ln(actual/point); cover80/95: share of actuals inside the 80/95 % intervals;"
            + " winkler95 in the data's unit (US$ million for trade); crps_log in log units; n: origins scored.");
    return t;
  }

  private static String fixed(OptionalDouble v, int decimals) {
    return v.isPresent() ? Numbers.fixed(v.getAsDouble(), decimals) : "-";
  }
}
