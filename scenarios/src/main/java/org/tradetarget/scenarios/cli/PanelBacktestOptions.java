package org.tradetarget.scenarios.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tradetarget.core.evidence.PanelBacktestResult;
import org.tradetarget.core.evidence.PanelSettings;
import org.tradetarget.scenarios.report.Output;
import org.tradetarget.scenarios.report.PanelReports;
import org.tradetarget.scenarios.report.Rows;
import org.tradetarget.scenarios.run.Backtests;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code backtest --panel PATH}: every series of a panel backtested at every rolling origin. */
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
      names = "--level",
      paramLabel = "L",
      defaultValue = "total",
      description = "With baci: total (pairs, default), hs2, hs4 or hs6 (pair and HS prefix).")
  String level;

  @Option(
      names = "--panel-format",
      paramLabel = "F",
      defaultValue = "auto",
      description = "auto (default), cow (Correlates of War dyadic trade, two-way flow1 + flow2),"
          + " long (series,year,value) or baci (a CEPII BACI release folder, pairs two-way).")
  String panelFormat;

  @Option(
      names = "--origins",
      paramLabel = "FROM:TO",
      description = "With --panel: origins (last training year) FROM to TO only, e.g. 1950:2000.")
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
    int k = threads.atLeastOne(Runtime.getRuntime().availableProcessors());
    PanelSettings s = Backtests.panelSettings(models, horizon, minTrain, origins, k);
    List<Path> planned = new ArrayList<>();
    if (out.dir != null) {
      FILES.forEach(n -> planned.add(out.dir.resolve(n)));
      OutputFiles.checkWritable(planned, force.force);
    }
    PanelBacktestResult result =
        Backtests.panel(path, panelFormat, level, s, Main.version(), commandLine);
    Rows table = PanelReports.table(result);
    if (!planned.isEmpty()) {
      OutputFiles files = new OutputFiles();
      PanelReports.files(result).forEach((name, text) -> files.add(out.dir.resolve(name), text));
      files.write(force.force);
      table.note(
          "Wrote " + String.join(", ", planned.stream().map(Path::toString).toList()));
    }
    format.print(new Output()
        .table(table)
        .as(org.tradetarget.scenarios.report.Format.csv, result::scoresCsv)
        .json(PanelReports.json(result)));
    return Main.OK;
  }
}
