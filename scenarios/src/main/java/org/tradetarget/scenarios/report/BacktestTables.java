package org.tradetarget.scenarios.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.tradetarget.core.analysis.BacktestRanking;
import org.tradetarget.core.analysis.BacktestResult;
import org.tradetarget.core.analysis.HorizonScore;
import org.tradetarget.core.analysis.PairedTest;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.scenarios.run.Backtests;
import org.tradetarget.scenarios.run.Backtests.Backtested;

/**
 * Backtests as rows, JSON and tables ({@code tradetarget backtest}), and the HTML report of {@code
 * --out}.
 */
public final class BacktestTables {
  /** The CSV header, a contract. */
  public static final String HEADER =
      "model,h,n,mape,mase,rmse_log,coverage80,coverage95,winkler95,crps_log";

  /** The CSV header of several corridors, a contract. */
  public static final String CORRIDOR_HEADER =
      "corridor,model,h,n,mape,mase,rmse_log,coverage80,coverage95,winkler95,crps_log";

  /** The corridor of the rows that score every origin of every corridor together. */
  public static final String POOLED = "pooled";

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

  private BacktestTables() {}

  /**
   * A backtest rendered: the CSV rows, the JSON tree, the tables for people, and the table whose
   * headings title the HTML report and that takes the note of the files written.
   */
  public record Rendered(
      Rows machine,
      ObjectNode json,
      List<Rows> tables,
      Rows main,
      List<Backtested> series,
      Optional<BacktestReports.Pooled> pooled) {
    /** What the command prints. */
    public Output output() {
      return new Output().tables(tables).csv(machine).json(json);
    }

    /** The HTML report: the scores, the ranking and a calibration chart. */
    public String html() {
      List<BacktestReports.Series> shown = new ArrayList<>();
      for (Backtested b : series) {
        shown.add(new BacktestReports.Series(b.id(), b.results(), b.ranking(), b.test()));
      }
      return BacktestReports.html(
          "Backtest: " + String.join(", ", series.stream().map(Backtested::id).toList()),
          main.headings(),
          shown,
          pooled);
    }
  }

  /**
   * One series' backtest.
   *
   * @param basis the basis of a trade file's series, or null
   * @param file the trade file, or null
   */
  public static Rendered single(
      Backtested b, int horizon, int minTrain, String basis, String file) {
    AnnualSeries series = b.series();
    Rows machine = new Rows(HEADER.split(","));
    ObjectNode json = Render.object();
    AnnualSeries run = series.consecutiveTail();
    json.put("series", series.name());
    if (basis != null) {
      json.put("basis", basis);
      json.put("file", file);
    }
    ObjectNode r0 = json.putObject("run");
    r0.put("first_year", run.firstYear());
    r0.put("last_year", run.lastYear());
    r0.put("points", run.size());
    json.put("min_train", minTrain);
    json.put("horizon", horizon);
    ArrayNode models = json.putArray("models");
    for (BacktestResult r : b.results()) {
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
    rk.put("forecasts", b.ranking().forecasts());
    Rows entries = new Rows("model", "rank", "crps_log", "note");
    b.ranking().entries().forEach(e -> entries.add(e.kind().id(), e.rank(), e.score(), e.note()));
    rk.set("entries", Render.array(entries));
    rk.set("test", testJson(b.test()));
    Rows table = table(b, horizon, minTrain);
    if (basis != null) {
      table.heading("Basis: " + basis + " (" + file + ")");
    }
    return new Rendered(machine, json, List.of(table), table, List.of(b), Optional.empty());
  }

  /** Several series' backtests, their overall ranking and the pooled scores. */
  public static Rendered several(Backtests.Several s, int horizon, int minTrain) {
    List<Rows> tables = new ArrayList<>();
    ArrayNode corridors = Render.array();
    Rows machine = new Rows(CORRIDOR_HEADER.split(","));
    for (Backtested b : s.done()) {
      Rows entries = new Rows("model", "crps_log");
      b.ranking().entries().forEach(e -> entries.add(e.kind().id(), e.score()));
      ObjectNode o = corridors.addObject();
      o.put("corridor", b.id());
      o.set("ranking", Render.array(entries));
      o.set("test", testJson(b.test()));
      for (BacktestResult r : b.results()) {
        for (HorizonScore h : r.horizons()) {
          List<Object> row = new ArrayList<>(List.of(b.id(), r.kind().id(), h.h(), h.n()));
          row.addAll(metrics(h));
          machine.add(row.toArray());
        }
      }
      tables.add(table(b, horizon, minTrain).note(""));
    }
    ArrayNode pooledScores = Render.array();
    Rows pooledTable = new Rows(TABLE_COLUMNS);
    pooledTable.heading("Pooled: every origin of " + s.done().size() + " corridors ("
        + String.join(", ", s.done().stream().map(Backtested::id).toList()) + "; " + s.origins()
        + " origins) scored together; h = 1.." + horizon);
    for (Map.Entry<ModelKind, List<HorizonScore>> e : s.pooled().entrySet()) {
      Rows scores = new Rows(HEADER.substring(HEADER.indexOf(',') + 1).split(","));
      for (HorizonScore h : e.getValue()) {
        List<Object> row = new ArrayList<>(List.of(h.h(), h.n()));
        row.addAll(metrics(h));
        scores.add(row.toArray());
        row.add(0, e.getKey().id());
        row.add(0, POOLED);
        machine.add(row.toArray());
        tableRow(pooledTable, e.getKey(), h);
      }
      ObjectNode m = pooledScores.addObject();
      m.put("model", e.getKey().id());
      m.set("scores", Render.array(scores));
    }
    Rows entries = new Rows("model", "crps_log", "note");
    s.overall().entries().forEach(e -> entries.add(e.kind().id(), e.score(), e.note()));
    Rows pooledEntries = new Rows("model", "rank", "crps_log", "note");
    s.pooledRanking()
        .entries()
        .forEach(e -> pooledEntries.add(e.kind().id(), e.rank(), e.score(), e.note()));
    ObjectNode json = Render.object();
    json.set("corridors", corridors);
    json.set("overall", Render.array(entries));
    ObjectNode pj = json.putObject(POOLED);
    pj.put("corridors", s.done().size());
    pj.put("origins", s.origins());
    pj.put("forecasts", s.pooledRanking().forecasts());
    pj.set("models", pooledScores);
    ObjectNode prk = pj.putObject("ranking");
    prk.put("metric", BacktestRanking.METRIC);
    prk.set("entries", Render.array(pooledEntries));
    prk.set("test", testJson(s.pooledTest()));
    json.set("skipped", Render.node(s.skipped()));
    Rows text = new Rows();
    text.note("Overall ranking (mean of each corridor's mean " + BacktestRanking.METRIC
        + ", each corridor weighs the same):");
    for (BacktestRanking.Entry e : s.overall().entries()) {
      text.note(rankLine(e));
    }
    for (String k : s.skipped()) {
      text.note("Not backtested: " + k);
    }
    tables.add(text);
    pooledTable.note("");
    pooledTable.note("Pooled ranking by mean " + BacktestRanking.METRIC + " over "
        + s.pooledRanking().forecasts()
        + " forecasts (corridor, origin, h), each weighing the same:");
    for (BacktestRanking.Entry e : s.pooledRanking().entries()) {
      pooledTable.note(rankLine(e));
    }
    testNotes(pooledTable, s.pooledTest());
    tables.add(new Rows().note(""));
    tables.add(pooledTable);
    return new Rendered(
        machine,
        json,
        tables,
        pooledTable,
        s.done(),
        Optional.of(new BacktestReports.Pooled(s.pooled(), s.pooledRanking(), s.pooledTest())));
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

  private static Rows table(Backtested b, int horizon, int minTrain) {
    AnnualSeries series = b.series();
    AnnualSeries run = series.consecutiveTail();
    int n = run.size();
    Rows t = new Rows(TABLE_COLUMNS);
    t.heading("Backtest on " + series.name() + ": consecutive run " + run.firstYear() + "-"
        + run.lastYear() + " ("
        + n + " points); origins of " + minTrain + " to " + (n - 1) + " points (training up to "
        + run.year(minTrain - 1) + ".." + run.year(n - 2) + "); h = 1.." + horizon);
    for (BacktestResult r : b.results()) {
      for (HorizonScore s : r.horizons()) {
        tableRow(t, r.kind(), s);
      }
    }
    t.note("");
    t.note("Ranking by mean " + BacktestRanking.METRIC + " over " + b.ranking().forecasts()
        + " forecasts (origin, h), lower is better:");
    for (BacktestRanking.Entry e : b.ranking().entries()) {
      t.note(rankLine(e));
    }
    testNotes(t, b.test());
    for (BacktestResult r : b.results()) {
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
