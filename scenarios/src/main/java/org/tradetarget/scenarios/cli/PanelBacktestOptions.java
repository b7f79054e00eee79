package org.tradetarget.scenarios.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.evidence.PanelBacktest;
import org.tradetarget.core.evidence.PanelBacktestResult;
import org.tradetarget.core.evidence.PanelFormat;
import org.tradetarget.core.evidence.PanelSettings;
import org.tradetarget.scenarios.report.Numbers;
import org.tradetarget.scenarios.report.Output;
import org.tradetarget.scenarios.report.PanelReports;
import org.tradetarget.scenarios.report.Render;
import org.tradetarget.scenarios.report.Rows;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code backtest --panel PATH}: every series of a panel file backtested at every rolling origin,
 * scored raw and recalibrated out of sample ({@link PanelBacktest}); writes {@code
 * panel-backtest.csv}, {@code target-odds.csv}, {@code recalibration.csv} and {@code
 * panel-backtest.html} with {@code --out}.
 */
final class PanelBacktestOptions {
  /** The files {@code --out} writes, in order. */
  static final List<String> FILES =
      List.of("panel-backtest.csv", "target-odds.csv", "recalibration.csv", "panel-backtest.html");

  @Option(
      names = "--panel",
      paramLabel = "PATH",
      description = {
        "A panel of many annual series (csv or csv.gz): every series is backtested at every rolling",
        "origin, raw and recalibrated out of sample (held-out: fitted on the other half of the series",
        "by a hash of the id; later: on the other half's origins up to the median origin year).",
        "Defaults with --panel: --models rw-drift,log-linear,holt,holt-damped,arima, --horizon 10,",
        "--min-train 3. --out DIR writes panel-backtest.csv, target-odds.csv, recalibration.csv and",
        "panel-backtest.html; --format csv prints panel-backtest.csv."
      })
  Path path;

  @Option(
      names = "--panel-format",
      paramLabel = "F",
      defaultValue = "auto",
      description = "auto (default), cow (Correlates of War dyadic trade: ccode1,ccode2,year,flow1,"
          + "flow2; two-way = flow1 + flow2) or long (series,year,value).")
  String panelFormat;

  @Option(
      names = "--origins",
      paramLabel = "FROM:TO",
      description =
          "With --panel: only origins (last training year) from FROM to TO, e.g. 1950:2000.")
  String origins;

  @Mixin
  ThreadsOption threads = new ThreadsOption("With --panel: worker threads (default: all"
      + " processors); the outputs are the same for any count.");

  /** Runs the panel backtest with the command's shared options (null where not given). */
  int run(
      String models,
      Integer horizon,
      Integer minTrain,
      FormatOption format,
      OutOption out,
      ForceOption force,
      List<String> commandLine) {
    PanelFormat f = PanelFormat.of(panelFormat);
    PanelSettings s = PanelSettings.defaults()
        .withThreads(threads.atLeastOne(Runtime.getRuntime().availableProcessors()));
    if (models != null) {
      s = s.withKinds(org.tradetarget.scenarios.run.Backtests.kinds(models));
    }
    if (horizon != null) {
      s = s.withHorizon(horizon);
    }
    if (minTrain != null) {
      s = s.withMinTrain(minTrain);
    }
    if (origins != null) {
      int[] r = origins(origins);
      s = s.withOrigins(r[0], r[1]);
    }
    List<Path> planned = new ArrayList<>();
    if (out.dir != null) {
      FILES.forEach(n -> planned.add(out.dir.resolve(n)));
      OutputFiles.checkWritable(planned, force.force);
    }
    PanelBacktestResult result = PanelBacktest.run(
        path,
        f,
        s,
        List.of(
            "version: tradetarget " + Main.version(),
            "command: tradetarget " + String.join(" ", commandLine)));
    Rows table = table(result);
    if (!planned.isEmpty()) {
      OutputFiles files = new OutputFiles();
      files.add(planned.get(0), result.scoresCsv());
      files.add(planned.get(1), result.oddsCsv());
      files.add(planned.get(2), result.recalibration().toCsv());
      files.add(planned.get(3), PanelReports.html(result));
      files.write(force.force);
      table.note(
          "Wrote " + String.join(", ", planned.stream().map(Path::toString).toList()));
    }
    format.print(new Output()
        .table(table)
        .as(org.tradetarget.scenarios.report.Format.csv, result::scoresCsv)
        .json(json(result)));
    return Main.OK;
  }

  /** Parses FROM:TO (whole years, FROM ≤ TO). */
  static int[] origins(String text) {
    String[] p = text.split(":", -1);
    try {
      if (p.length == 2) {
        int a = Integer.parseInt(p[0].trim());
        int b = Integer.parseInt(p[1].trim());
        if (a <= b) {
          return new int[] {a, b};
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException("option '--origins': '" + text
        + "' is not allowed; expected FROM:TO, two years with FROM <= TO, e.g. 1950:2000");
  }

  private static Rows table(PanelBacktestResult r) {
    Rows t = new Rows(
        "kind",
        ">h",
        ">n",
        ">cover80",
        ">held-out",
        ">later",
        ">cover95",
        ">held-out ",
        ">later ",
        ">crps_log",
        ">held-out  ");
    t.heading("Panel backtest of " + r.source().fileName() + " ("
        + r.source().format().id()
        + ", sha256 " + r.source().sha256().substring(0, 12) + "..): "
        + r.source().series()
        + " series, " + r.runs() + " runs scored, " + r.origins() + " origins, years "
        + r.source().firstYear() + "-" + r.source().lastYear() + "; later = origins after "
        + r.cutYear() + "; history all");
    for (ModelKind k : r.settings().kinds()) {
      for (int h = 1; h <= r.settings().horizon(); h++) {
        PanelBacktestResult.ScoreRow none = row(r, k, h, "none");
        PanelBacktestResult.ScoreRow ho = row(r, k, h, "held-out");
        PanelBacktestResult.ScoreRow la = row(r, k, h, "later");
        t.add(
            k.id(),
            Integer.toString(h),
            Long.toString(none.n()),
            Numbers.percent(none.coverage80()),
            Numbers.percent(ho.coverage80()),
            Numbers.percent(la.coverage80()),
            Numbers.percent(none.coverage95()),
            Numbers.percent(ho.coverage95()),
            Numbers.percent(la.coverage95()),
            fixed(none.crpsLog()),
            fixed(ho.crpsLog()));
      }
    }
    t.note("cover80/95: share of actuals inside the 80/95 % intervals, raw (none), recalibrated on"
        + " the other half of the series (held-out) and on the other half's earlier origins (later);"
        + " crps_log in log units. Full rows per history class: --format csv.");
    return t;
  }

  private static PanelBacktestResult.ScoreRow row(
      PanelBacktestResult r, ModelKind k, int h, String recalibration) {
    return r.scores().stream()
        .filter(s -> s.kind().equals(k.id())
            && s.horizon() == h
            && s.history().equals("all")
            && s.recalibration().equals(recalibration))
        .findFirst()
        .orElseThrow();
  }

  private static String fixed(OptionalDouble v) {
    return v.isPresent() ? Numbers.fixed(v.getAsDouble(), 4) : "-";
  }

  private static ObjectNode json(PanelBacktestResult r) {
    ObjectNode o = Render.object();
    ObjectNode src = o.putObject("panel");
    src.put("file", r.source().fileName());
    src.put("sha256", r.source().sha256());
    src.put("format", r.source().format().id());
    src.put("rows", r.source().rows());
    src.put("series", r.source().series());
    src.put("runs", r.source().runs());
    src.put("first_year", r.source().firstYear());
    src.put("last_year", r.source().lastYear());
    o.put("runs_scored", r.runs());
    o.put("origins", r.origins());
    o.put("cut_year", r.cutYear());
    o.put("horizon", r.settings().horizon());
    o.put("min_train", r.settings().minTrain());
    Rows scores = new Rows(PanelBacktestResult.SCORES_HEADER.split(","));
    for (PanelBacktestResult.ScoreRow s : r.scores()) {
      scores.add(
          s.kind(),
          s.horizon(),
          s.history(),
          s.recalibration(),
          s.n(),
          s.crpsLog(),
          s.coverage50(),
          s.coverage80(),
          s.coverage95(),
          s.mase());
    }
    o.set("scores", Render.array(scores));
    Rows odds = new Rows(PanelBacktestResult.ODDS_HEADER.split(","));
    for (PanelBacktestResult.OddsRow s : r.odds()) {
      odds.add(
          s.kind(),
          s.multiple(),
          s.years(),
          s.recalibration(),
          s.n(),
          s.meanP(),
          s.frequency(),
          s.brier(),
          s.brierClimatology());
    }
    o.set("target_odds", Render.array(odds));
    ArrayNode prov = o.putArray("provenance");
    r.recalibration().provenance().forEach(prov::add);
    return o;
  }
}
