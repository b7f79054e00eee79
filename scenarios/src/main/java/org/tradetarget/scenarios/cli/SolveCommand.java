package org.tradetarget.scenarios.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.tradetarget.core.analysis.RequiredLever;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.scenarios.io.SeriesInput;
import org.tradetarget.scenarios.report.Format;
import org.tradetarget.scenarios.report.SolveTables;
import org.tradetarget.scenarios.run.Solving;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tradetarget solve}: the trade-cost change, extra GDP growth or lever effect that brings the
 * probability of meeting a target by a deadline to a chosen level, on the gravity kind.
 */
@Command(
    name = "solve",
    header = "The lever, trade-cost cut or GDP growth that brings P(met) to a chosen level.",
    mixinStandardHelpOptions = true,
    description = {
      "Finds the value of an instrument that brings P(target met by the deadline) to --probability on the",
      "corridor's gravity projection (Monte Carlo with the same random numbers for every value, Commons Math",
      "root finding). --for trade-cost: a certain change of the trade-cost factor from the first projected",
      "year (a fraction, negative for a cut); gdp-growth: extra real growth every year for every country (a",
      "fraction); lever:NAME: the size of a built-in lever's trade-cost change or direct effect. When no",
      "value in the searched range reaches the probability, says so and gives the best probability reached."
    })
final class SolveCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(
      names = "--corridor",
      required = true,
      paramLabel = "ID",
      description =
          "The corridor, e.g. VN-KH: its embedded default series, or its series in a trade file"
              + " --input. Gravity needs both countries' GDP: the embedded macro data have it"
              + " for VN, KH and LA, a --macro file for the countries it covers.")
  String corridor;

  @Option(
      names = "--input",
      paramLabel = "PATH",
      description =
          "A downloaded trade file or BACI folder to take the corridor's series from (see 'tradetarget"
              + " data --help'); default the embedded data.")
  java.nio.file.Path input;

  @Mixin
  TradeInput trade = new TradeInput();

  @Mixin
  MacroOption macro = new MacroOption();

  @Option(
      names = "--target",
      required = true,
      paramLabel = "V",
      description = "The target, US$ million.")
  double target;

  @Option(
      names = "--deadline",
      required = true,
      paramLabel = "Y",
      description = "The deadline year.")
  int deadline;

  @Option(
      names = "--probability",
      required = true,
      paramLabel = "P",
      description = "The probability to reach, a fraction strictly between 0 and 1, e.g. 0.8.")
  double probability;

  @Option(
      names = "--for",
      required = true,
      paramLabel = "WHAT",
      description = "trade-cost, gdp-growth or lever:NAME.")
  String what;

  @Option(
      names = "--paths",
      paramLabel = "N",
      defaultValue = "10000",
      description = "Monte Carlo paths per evaluation (default: ${DEFAULT-VALUE}).")
  int paths;

  @Mixin
  SeedOption seed = new SeedOption("S", "Random seed (default: ${DEFAULT-VALUE}).");

  @Mixin
  ThreadsOption threads = new ThreadsOption();

  @Option(
      names = "--range",
      paramLabel = "LO,HI",
      description =
          "The searched range of the value (default: trade-cost -0.5,0.5; gdp-growth -0.1,0.1; a"
              + " trade-cost lever -0.5,0.5; a direct lever -0.5,2).")
  String range;

  @Option(
      names = "--lever",
      paramLabel = "NAME",
      description = "A built-in lever in the projection (see 'tradetarget levers'), repeatable.")
  List<String> levers = new ArrayList<>();

  @Option(
      names = "--param",
      paramLabel = "NAME=VALUE",
      description = "A gravity parameter, repeatable.")
  List<String> params = new ArrayList<>();

  @Mixin
  FormatOption format = new FormatOption(
      "text, csv or json (default: ${DEFAULT-VALUE}).", Format.text, Format.csv, Format.json);

  @Override
  public Integer call() {
    Corridor c = SeriesInput.corridor(corridor);
    Solving.Question q = new Solving.Question(
        c, target, deadline, probability, what, paths, seed.seed, threads.threads, range, levers);
    RequiredLever.Solution s = Solving.solve(
        q,
        macro.paths(),
        () -> input == null ? embeddedSeries(c) : trade.settings().corridorSeries(input, c),
        names -> series -> macro.fit(
            ModelKind.GRAVITY,
            series,
            c,
            CommandLineWords.params(params),
            OptionalInt.empty(),
            names));
    format.print(SolveTables.output(q, s));
    return Main.OK;
  }

  private AnnualSeries embeddedSeries(Corridor c) {
    trade.settings().refuseWithoutInput();
    return Dataset.embedded().series(c);
  }
}
