package org.tradetarget.scenarios.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.evidence.Recalibration;
import org.tradetarget.scenarios.io.SeriesInput;
import org.tradetarget.scenarios.io.XregOptions;
import org.tradetarget.scenarios.report.ProjectHelp;
import org.tradetarget.scenarios.report.ProjectionTables;
import org.tradetarget.scenarios.report.SummaryTables;
import org.tradetarget.scenarios.run.Projecting;
import org.tradetarget.scenarios.run.RecalibrationChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tradetarget project}: fits one model kind to a series and prints its point forecast with
 * prediction intervals, its parameters ({@code --show-params}) or its estimation table ({@code
 * --summary}).
 */
@Command(
    name = "project",
    header = "Fits a model kind to a series and projects it with prediction intervals.",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.tradetarget.scenarios.report.KindHelp",
    description = {
      "Fits a model kind to a year,value series and projects it H steps ahead (one step = the",
      "series' spacing, a year for annual data) with prediction intervals. Values in the data's unit",
      "(US$ million for trade), rates as fractions per step, levels in percent.",
      "Kinds (scale, fewest points with default parameters; parameters as --param NAME=VALUE):",
      "${bundle:kindTable}",
      "Levers (--lever, with --corridor): built-in projects, see 'tradetarget levers'."
    })
final class ProjectCommand implements Callable<Integer> {
  /** The largest horizon accepted, in steps. */
  static final int MAX_HORIZON = 1000;

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
          "An embedded corridor's default series, e.g. VN-LA; with a trade file --input, any corridor"
              + " it holds, e.g. TH-LA.")
  String corridor;

  @Mixin
  TradeInput trade = new TradeInput();

  @Mixin
  MacroOption macro = new MacroOption();

  @Option(
      names = "--model",
      required = true,
      paramLabel = "KIND",
      description = "The model kind (see above).")
  String model;

  @Option(
      names = "--param",
      paramLabel = "NAME=VALUE",
      description = "A model parameter, repeatable, e.g. --param rate=0.1 --param sigma=0.05.")
  List<String> params = new ArrayList<>();

  @Option(names = "--xreg", paramLabel = "PATH", description = XregOptions.XREG_HELP)
  Path xreg;

  @Option(names = "--dummy", paramLabel = "FORM", description = XregOptions.DUMMY_HELP)
  List<String> dummies = new ArrayList<>();

  @Option(names = "--lever", paramLabel = "NAME", description = ProjectHelp.LEVER)
  List<String> levers = new ArrayList<>();

  @Option(names = "--from", paramLabel = "YEAR", description = ProjectHelp.FROM)
  Integer from;

  @Option(names = "--horizon", paramLabel = "H", description = "Number of steps to project (>= 1).")
  Integer horizon;

  @Option(
      names = "--levels",
      paramLabel = "LEVELS",
      defaultValue = "80,95",
      description = ProjectHelp.LEVELS)
  String levels;

  @Option(
      names = "--recalibration",
      paramLabel = "bundled|none|PATH",
      description = ProjectHelp.RECALIBRATION)
  String recalibration = "none";

  @Mixin
  FormatOption format = FormatOption.tableCsvJson();

  @Option(names = "--show-params", description = ProjectHelp.SHOW_PARAMS)
  boolean showParams;

  @Option(names = "--summary", description = ProjectHelp.SUMMARY)
  boolean summary;

  @Override
  public Integer call() {
    ModelKind kind = ModelKind.of(model);
    ModelParams modelParams =
        XregOptions.with(kind, CommandLineWords.params(params), xreg, dummies);
    Projecting.checkHorizon(horizon, showParams || summary, MAX_HORIZON);
    ProjectionTables.Levels lv = ProjectionTables.parseLevels(levels);
    Recalibration recal = RecalibrationChoice.of(recalibration);
    SeriesInput.Source src = trade.settings().source(input, corridor);
    Calibration cal = macro.fit(
        kind,
        src.series(),
        src.corridor(),
        modelParams,
        from == null ? OptionalInt.empty() : OptionalInt.of(from),
        levers);
    if (showParams || summary) {
      format.print(summary ? SummaryTables.of(cal) : ProjectionTables.parameters(cal));
      return Main.OK;
    }
    Projecting p = Projecting.of(cal, horizon, lv.values(), recal);
    format.print(ProjectionTables.forecast(
        src.series(),
        src.basis() == null ? null : src.basis().toString(),
        src.file(),
        p.calibration(),
        p.forecast(),
        lv));
    return Main.OK;
  }
}
