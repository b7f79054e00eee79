package org.tradetarget.scenarios.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tradetarget.core.analysis.Backtest;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.scenarios.io.SeriesInput;
import org.tradetarget.scenarios.report.BacktestTables;
import org.tradetarget.scenarios.report.Render;
import org.tradetarget.scenarios.run.Backtests;
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
    resourceBundle = "org.tradetarget.scenarios.report.KindHelp",
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
    List<ModelKind> kinds = Backtests.kinds(models);
    SeriesInput.Selection sel = trade.settings().select(input, corridor);
    if (sel.one() == null) {
      List<Path> planned = planned();
      Backtests.Several s = Backtests.several(
          sel.corridors().stream().map(Corridor::id).toList(),
          sel.several(),
          kinds,
          horizon,
          minTrain,
          sel.setting());
      return print(planned, BacktestTables.several(s, horizon, minTrain));
    }
    AnnualSeries series = sel.one().series();
    String basis = sel.one().basis() == null ? null : sel.one().basis().toString();
    Backtest.check(series, horizon, minTrain);
    List<Path> planned = planned();
    Backtests.Backtested b = Backtests.one(series.name(), series, kinds, horizon, minTrain);
    return print(
        planned,
        BacktestTables.single(
            b, horizon, minTrain, basis, basis == null ? null : sel.one().file()));
  }

  /** --models and --horizon are required without --panel. */
  private void requireOptions() {
    List<String> missing = new java.util.ArrayList<>();
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

  /** The files {@code --out DIR} plans, checked before any work; empty without {@code --out}. */
  private List<Path> planned() {
    if (out.dir == null) {
      return List.of();
    }
    List<Path> planned = List.of(out.dir.resolve("backtest.csv"), out.dir.resolve("backtest.html"));
    OutputFiles.checkWritable(planned, force.force);
    return planned;
  }

  private int print(List<Path> planned, BacktestTables.Rendered r) {
    if (!planned.isEmpty()) {
      OutputFiles files = new OutputFiles();
      files.add(planned.get(0), Render.csv(r.machine()));
      files.add(planned.get(1), r.html());
      files.write(force.force);
      r.main().note("Wrote " + planned.get(0) + " and " + planned.get(1));
    }
    format.print(r.output());
    return Main.OK;
  }
}
