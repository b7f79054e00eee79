package org.tradetarget.scenarios.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.tradetarget.core.analysis.Backtest;
import org.tradetarget.core.analysis.BacktestRanking;
import org.tradetarget.core.analysis.BacktestResult;
import org.tradetarget.core.analysis.HorizonScore;
import org.tradetarget.core.analysis.PairedTest;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.scenarios.report.BacktestReports;
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
      "and counted. The ranking tests whether its best two kinds are distinguishable (Diebold-Mariano",
      "test of per-origin CRPS differences, as forecast::dm.test). --corridor all, or an --input file",
      "holding several corridors, backtests each corridor long enough, ranks the kinds overall and",
      "scores every origin of every corridor together (rows with corridor = pooled; CSV header",
      "corridor,model,h,n,..). --out DIR also writes backtest.csv and backtest.html (with a",
      "calibration chart: coverage by step ahead)."
    })
final class BacktestCommand implements Callable<Integer> {
  /** The CSV header, a contract. */
  static final String HEADER =
      "model,h,n,mape,mase,rmse_log,coverage80,coverage95,winkler95,crps_log";

  /** The CSV header of several corridors, a contract. */
  static final String CORRIDOR_HEADER =
      "corridor,model,h,n,mape,mase,rmse_log,coverage80,coverage95,winkler95,crps_log";

  /** The corridor of the rows that score every origin of every corridor together. */
  static final String POOLED = "pooled";

  @Spec
  CommandSpec spec;

  @Option(
      names = "--input",
      paramLabel = "PATH",
      description = {
        "CSV file: year,value (one series), or the full form of seeds/trade-history.csv (each",
        "corridor's default series; several corridors are also scored pooled), or a downloaded",
        "trade file or BACI folder with --corridor (see 'tradetarget data --help')."
      })
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
      paramLabel = "K1,K2,..",
      description =
          "Model kinds, comma-separated: ${bundle:kinds} (see 'tradetarget project --help').")
  String models;

  @Option(
      names = "--horizon",
      paramLabel = "H",
      description = "The largest step ahead to score (>= 1, at most n - min-train).")
  Integer horizon;

  @Option(
      names = "--min-train",
      paramLabel = "N",
      description = "The smallest number of training points (>= 2, at most n - 1; default: "
          + Backtest.DEFAULT_MIN_TRAIN + "; with --panel: >= 3, default 3).")
  Integer minTrainGiven;

  int minTrain;

  @Mixin
  PanelBacktestOptions panel = new PanelBacktestOptions();

  @Mixin
  FormatOption format = FormatOption.tableCsvJson();

  @Mixin
  OutOption out = new OutOption(
      "Also write backtest.csv (the csv output) and backtest.html (the scores, the ranking and"
          + " a calibration chart) into this folder.");

  @Mixin
  ForceOption force = new ForceOption();

  /** One series' backtests with their ranking and the test of its best two kinds. */
  private record Backtested(
      String id,
      AnnualSeries series,
      List<BacktestResult> results,
      BacktestRanking ranking,
      Optional<PairedTest> test) {}

  @Override
  public Integer call() {
    if (panel.path != null) {
      return panel.run(
          models,
          horizon,
          minTrainGiven,
          format,
          out,
          force,
          spec.commandLine().getParseResult().originalArgs());
    }
    requireOptions();
    minTrain = minTrainGiven == null ? Backtest.DEFAULT_MIN_TRAIN : minTrainGiven;
    List<ModelKind> kinds = parseModels(models);
    if (corridor != null && corridor.trim().equalsIgnoreCase("all")) {
      if (input != null) {
        throw new InvalidInputException(
            "option '--corridor': all backtests every embedded corridor; with --input name one"
                + " corridor of the file, or leave --corridor out for a year,value file");
      }
      trade.refuseWithoutInput();
      List<Corridor> cs = Dataset.embedded().corridors();
      List<AnnualSeries> series = cs.stream().map(Dataset.embedded()::series).toList();
      return several(kinds, cs.stream().map(Corridor::id).toList(), series, "--corridor");
    }
    if (input != null && corridor == null && !trade.isTradeFile(input)) {
      trade.refuseFor(input);
      Dataset.UserFile f = Dataset.readUserFile(input);
      if (f.series().isPresent()) {
        return single(kinds, f.series().get(), null);
      }
      Dataset d = f.dataset().orElseThrow();
      List<Corridor> cs = d.corridors();
      if (cs.size() != 1) {
        return several(
            kinds,
            cs.stream().map(Corridor::id).toList(),
            cs.stream().map(d::series).toList(),
            "--input");
      }
      return single(kinds, d.series(cs.get(0)), null);
    }
    TradeInput.Source src = trade.source(input, corridor);
    return single(kinds, src.series(), src.basis() == null ? null : src);
  }

  /** --models and --horizon are required without --panel. */
  private void requireOptions() {
    List<String> missing = new ArrayList<>();
    if (models == null) {
      missing.add("'--models=K1,K2,..'");
    }
    if (horizon == null) {
      missing.add("'--horizon=H'");
    }
    if (!missing.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "Missing required option" + (missing.size() > 1 ? "s" : "") + ": "
              + String.join(", ", missing));
    }
  }

  /**
   * Backtests one series.
   *
   * @param src where a trade file's series came from (its basis and file), or null
   */
  private int single(List<ModelKind> kinds, AnnualSeries series, TradeInput.Source src) {
    Backtest.check(series, horizon, minTrain);
    List<Path> planned = planned();
    Backtested b = backtest(series.name(), series, kinds);
    List<BacktestResult> results = b.results();
    BacktestRanking ranking = b.ranking();
    Rows machine = new Rows(HEADER.split(","));
    ObjectNode json = Render.object();
    AnnualSeries run = series.consecutiveTail();
    json.put("series", series.name());
    if (src != null) {
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
    rk.set("test", testJson(b.test()));
    Rows table = table(series, results, ranking, b.test());
    if (src != null) {
      table.heading("Basis: " + src.basis() + " (" + src.file() + ")");
    }
    writeFiles(planned, machine, List.of(b), Optional.empty(), table);
    format.print(new Output().table(table).csv(machine).json(json));
    return Main.OK;
  }

  /** The files {@code --out DIR} plans, checked before any work; empty without {@code --out}. */
  private List<Path> planned() {
    if (out.dir == null) {
      return List.of();
    }
    List<Path> planned = List.of(out.dir.resolve("backtest.csv"), out.dir.resolve("backtest.html"));
    OutputFiles.checkWritable(planned, force.force);
    return planned;
  }

  private void writeFiles(
      List<Path> planned,
      Rows machine,
      List<Backtested> series,
      Optional<BacktestReports.Pooled> pooled,
      Rows tableNotes) {
    if (planned.isEmpty()) {
      return;
    }
    List<BacktestReports.Series> shown = new ArrayList<>();
    for (Backtested b : series) {
      shown.add(new BacktestReports.Series(b.id(), b.results(), b.ranking(), b.test()));
    }
    OutputFiles files = new OutputFiles();
    files.add(planned.get(0), Render.csv(machine));
    files.add(
        planned.get(1),
        BacktestReports.html(
            "Backtest: " + String.join(", ", series.stream().map(Backtested::id).toList()),
            tableNotes.headings(),
            shown,
            pooled));
    files.write(force.force);
    tableNotes.note("Wrote " + planned.get(0) + " and " + planned.get(1));
  }

  private Backtested backtest(String id, AnnualSeries series, List<ModelKind> kinds) {
    List<BacktestResult> results = Backtest.run(series, kinds, horizon, minTrain);
    BacktestRanking ranking = BacktestRanking.of(series.name(), results);
    return new Backtested(
        id, series, results, ranking, PairedTest.ofBestTwo(ranking, List.of(results)));
  }

  /**
   * Several series ({@code --corridor all}, or an {@code --input} file holding several corridors):
   * each one long enough for the horizon and minimum training length, the overall ranking (each
   * series weighs the same), and every origin of every series scored together ({@code pooled}).
   */
  private int several(
      List<ModelKind> kinds, List<String> ids, List<AnnualSeries> all, String option) {
    List<Path> planned = planned();
    List<Backtested> done = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<Rows> tables = new ArrayList<>();
    ArrayNode corridors = Render.array();
    Rows machine = new Rows(CORRIDOR_HEADER.split(","));
    for (int i = 0; i < all.size(); i++) {
      AnnualSeries series = all.get(i);
      String id = ids.get(i);
      try {
        Backtest.check(series, horizon, minTrain);
      } catch (InvalidInputException e) {
        skipped.add(id + ": " + e.getMessage());
        continue;
      }
      Backtested b = backtest(id, series, kinds);
      done.add(b);
      Rows entries = new Rows("model", "crps_log");
      b.ranking().entries().forEach(e -> entries.add(e.kind().id(), e.score()));
      ObjectNode o = corridors.addObject();
      o.put("corridor", id);
      o.set("ranking", Render.array(entries));
      o.set("test", testJson(b.test()));
      for (BacktestResult r : b.results()) {
        for (HorizonScore s : r.horizons()) {
          List<Object> row = new ArrayList<>(List.of(id, r.kind().id(), s.h(), s.n()));
          row.addAll(metrics(s));
          machine.add(row.toArray());
        }
      }
      tables.add(table(series, b.results(), b.ranking(), b.test()).note(""));
    }
    if (done.isEmpty()) {
      throw new InvalidInputException(
          "option '" + option + "': no corridor is long enough for --horizon " + horizon
              + " and --min-train " + minTrain + " (" + String.join("; ", skipped) + ")");
    }
    List<List<BacktestResult>> perSeries =
        done.stream().map(Backtested::results).toList();
    BacktestRanking overall =
        BacktestRanking.overall(done.stream().map(Backtested::ranking).toList());
    BacktestRanking pooledRanking = BacktestRanking.pooled(perSeries);
    Optional<PairedTest> pooledTest = PairedTest.ofBestTwo(pooledRanking, perSeries);
    Map<ModelKind, List<HorizonScore>> pooled = new LinkedHashMap<>();
    for (int k = 0; k < kinds.size(); k++) {
      int index = k;
      pooled.put(
          kinds.get(k),
          Backtest.pooled(perSeries.stream().map(rs -> rs.get(index)).toList()));
    }
    ArrayNode pooledScores = Render.array();
    Rows pooledTable = new Rows(TABLE_COLUMNS);
    int origins = 0;
    for (Backtested b : done) {
      origins += b.results().get(0).origins();
    }
    pooledTable.heading("Pooled: every origin of " + done.size() + " corridors ("
        + String.join(", ", done.stream().map(Backtested::id).toList()) + "; " + origins
        + " origins) scored together; h = 1.." + horizon);
    for (Map.Entry<ModelKind, List<HorizonScore>> e : pooled.entrySet()) {
      Rows scores = new Rows(HEADER.substring(HEADER.indexOf(',') + 1).split(","));
      for (HorizonScore s : e.getValue()) {
        List<Object> row = new ArrayList<>(List.of(s.h(), s.n()));
        row.addAll(metrics(s));
        scores.add(row.toArray());
        row.add(0, e.getKey().id());
        row.add(0, POOLED);
        machine.add(row.toArray());
        tableRow(pooledTable, e.getKey(), s);
      }
      ObjectNode m = pooledScores.addObject();
      m.put("model", e.getKey().id());
      m.set("scores", Render.array(scores));
    }
    Rows entries = new Rows("model", "crps_log", "note");
    overall.entries().forEach(e -> entries.add(e.kind().id(), e.score(), e.note()));
    Rows pooledEntries = new Rows("model", "rank", "crps_log", "note");
    pooledRanking
        .entries()
        .forEach(e -> pooledEntries.add(e.kind().id(), e.rank(), e.score(), e.note()));
    ObjectNode json = Render.object();
    json.set("corridors", corridors);
    json.set("overall", Render.array(entries));
    ObjectNode pj = json.putObject(POOLED);
    pj.put("corridors", done.size());
    pj.put("origins", origins);
    pj.put("forecasts", pooledRanking.forecasts());
    pj.set("models", pooledScores);
    ObjectNode prk = pj.putObject("ranking");
    prk.put("metric", BacktestRanking.METRIC);
    prk.set("entries", Render.array(pooledEntries));
    prk.set("test", testJson(pooledTest));
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
    pooledTable.note("");
    pooledTable.note("Pooled ranking by mean " + BacktestRanking.METRIC + " over "
        + pooledRanking.forecasts() + " forecasts (corridor, origin, h), each weighing the same:");
    for (BacktestRanking.Entry e : pooledRanking.entries()) {
      pooledTable.note(rankLine(e));
    }
    testNotes(pooledTable, pooledTest);
    tables.add(new Rows().note(""));
    tables.add(pooledTable);
    writeFiles(
        planned,
        machine,
        done,
        Optional.of(new BacktestReports.Pooled(pooled, pooledRanking, pooledTest)),
        pooledTable);
    format.print(new Output().tables(tables).csv(machine).json(json));
    return Main.OK;
  }

  private static ObjectNode testJson(Optional<PairedTest> test) {
    ObjectNode t = Render.object();
    t.put("test", PairedTest.NAME);
    t.put("variance_rule", PairedTest.VARIANCE_RULE);
    if (test.isEmpty()) {
      t.putNull("models");
      t.put("sentence", "No test: fewer than two kinds are ranked.");
      return t;
    }
    PairedTest p = test.get();
    t.set("models", Render.node(List.of(p.better().id(), p.other().id())));
    t.put("origins", p.origins());
    t.set("mean_difference", Render.node(p.meanDifference()));
    t.put("lag", p.lag());
    t.set("statistic", Render.node(p.statistic()));
    t.set("p_value", Render.node(p.pValue()));
    t.put("distinguishable", p.distinguishable());
    t.put("note", p.note());
    t.put("sentence", p.sentence());
    return t;
  }

  private static void testNotes(Rows t, Optional<PairedTest> test) {
    if (test.isEmpty()) {
      t.note("No paired test: fewer than two kinds are ranked.");
      return;
    }
    t.note(PairedTest.NAME + "; " + PairedTest.VARIANCE_RULE + ":");
    t.note("  " + test.get().sentence()
        + (test.get().note().isEmpty() || test.get().pValue().isEmpty()
            ? ""
            : " (" + test.get().note() + ")"));
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

  private static final String[] TABLE_COLUMNS = {
    "model",
    ">h",
    ">n",
    ">mape%",
    ">mase",
    ">rmse_log",
    ">cover80",
    ">cover95",
    ">winkler95",
    ">crps_log"
  };

  private static void tableRow(Rows t, ModelKind kind, HorizonScore s) {
    t.add(
        kind.id(),
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

  private Rows table(
      AnnualSeries series,
      List<BacktestResult> results,
      BacktestRanking ranking,
      Optional<PairedTest> test) {
    AnnualSeries run = series.consecutiveTail();
    int n = run.size();
    Rows t = new Rows(TABLE_COLUMNS);
    t.heading("Backtest on " + series.name() + ": consecutive run " + run.firstYear() + "-"
        + run.lastYear() + " ("
        + n + " points); origins of " + minTrain + " to " + (n - 1) + " points (training up to "
        + run.year(minTrain - 1) + ".." + run.year(n - 2) + "); h = 1.." + horizon);
    for (BacktestResult r : results) {
      for (HorizonScore s : r.horizons()) {
        tableRow(t, r.kind(), s);
      }
    }
    t.note("");
    t.note("Ranking by mean " + BacktestRanking.METRIC + " over " + ranking.forecasts()
        + " forecasts (origin, h), lower is better:");
    for (BacktestRanking.Entry e : ranking.entries()) {
      t.note(rankLine(e));
    }
    testNotes(t, test);
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
