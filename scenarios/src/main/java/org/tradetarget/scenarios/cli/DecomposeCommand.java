package org.tradetarget.scenarios.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.scenarios.report.DecompositionTables;
import org.tradetarget.scenarios.run.Decomposing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tradetarget decompose}: the change of a gravity projection from the base year to a year,
 * attributed to each country's GDP growth, the residual trend and each lever.
 */
@Command(
    name = "decompose",
    header = "A gravity projection split into its drivers.",
    mixinStandardHelpOptions = true,
    description = {
      "Attributes the change of the gravity projection's point from the base year to --to YEAR to its",
      "drivers: GDP growth of each country (gdp:VN ..), the residual trend, and each lever at its expected",
      "effect (lever:NAME). Log contributions add up to the total ln(point / base value); share is a",
      "driver's fraction of the total (empty when the total is 0)."
    })
final class DecomposeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(
      names = "--corridor",
      required = true,
      paramLabel = "ID",
      description = "The corridor, e.g. VN-KH: its embedded series, or its series in --input.")
  String corridor;

  @Option(
      names = "--input",
      paramLabel = "PATH",
      description = "The corridor's series: a trade file (see 'tradetarget data --help') or a"
          + " year,value CSV; default the embedded data.")
  java.nio.file.Path input;

  @Mixin
  TradeInput trade = new TradeInput();

  @Mixin
  MacroOption macro = new MacroOption();

  @Option(
      names = "--model",
      required = true,
      paramLabel = "KIND",
      description = "The model kind: gravity.")
  String model;

  @Option(
      names = "--lever",
      paramLabel = "NAME",
      description = "A built-in lever (see 'tradetarget levers'), repeatable.")
  List<String> levers = new ArrayList<>();

  @Option(
      names = "--param",
      paramLabel = "NAME=VALUE",
      description =
          "A gravity parameter, repeatable, e.g. --param theta=-5 --param calibrate_trend=true.")
  List<String> params = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "YEAR",
      description = "First year to fit on (default: all consecutive years).")
  Integer from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "YEAR",
      description = "The year to decompose (after the base year).")
  int to;

  @Mixin
  FormatOption format = FormatOption.tableCsvJson();

  @Override
  public Integer call() {
    ModelKind kind = ModelKind.of(model);
    Decomposing.requireDrivers(kind);
    Corridor c = Corridor.of(corridor);
    ModelParams modelParams = CommandLineWords.params(params);
    Calibration cal = macro.fit(
        kind,
        input == null ? Dataset.embedded().series(c) : trade.settings().corridorSeries(input, c),
        c,
        modelParams,
        from == null ? OptionalInt.empty() : OptionalInt.of(from),
        levers);
    Decomposing.Result d = Decomposing.of(cal, c, to);
    format.print(DecompositionTables.output(c, kind, d.baseYear(), to, d.decomposition()));
    return Main.OK;
  }
}
