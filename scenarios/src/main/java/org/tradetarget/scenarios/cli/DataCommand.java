package org.tradetarget.scenarios.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.TradeData;
import org.tradetarget.scenarios.io.SeriesInput;
import org.tradetarget.scenarios.report.DataTables;
import org.tradetarget.scenarios.report.Output;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tradetarget data}: the trade history with provenance, or a check of a user file. */
@Command(
    name = "data",
    header = "The embedded trade history with its sources, or a check of your own file.",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the embedded trade history (US$ million, calendar years) with its sources: by default",
      "each corridor's default series; with --all-reporters every row, alternates and direction",
      "splits included. With --input, reads and checks a user CSV (year,value or the full form of",
      "seeds/trade-history.csv) and prints what it read, or reads a downloaded trade file (UN Comtrade",
      "Plus CSV or API JSON, Comtrade bulk, legacy Comtrade, IMF DOTS, IMF IMTS, a CEPII BACI folder;",
      "format detected from the header or named) and prints its normalised rows (CSV header",
      "year,reporter,partner,flow,valuation,value_usd_million,..., ISO alpha-3 codes) or, with",
      "--corridor, the corridor's two-way series on a basis (corridor,year,value_usd_million,basis).",
      "docs/DATA.md has a recipe per source."
    })
final class DataCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(
      names = "--corridor",
      paramLabel = "ID",
      description =
          "Only this corridor: VN-LA, VN-KH or KH-LA in the embedded data; any two countries (e.g. TH-LA"
              + " or THA-LAO) in a trade file, whose two-way series is then printed.")
  String corridor;

  @Option(
      names = "--all-reporters",
      description = "Every row: alternates of other reporters and direction splits too.")
  boolean allReporters;

  @Option(
      names = "--input",
      paramLabel = "PATH",
      description =
          "Read and check this file instead of the embedded data: a CSV in a form of seeds/, or a"
              + " downloaded trade file or BACI folder.")
  Path input;

  @Mixin
  TradeInput trade = new TradeInput();

  @Mixin
  FormatOption format = FormatOption.tableCsvJson();

  @Override
  public Integer call() {
    format.print(output(corridor == null ? null : SeriesInput.corridor(corridor)));
    return Main.OK;
  }

  private Output output(Corridor only) {
    if (input != null && trade.settings().isTradeFile(input)) {
      TradeData data = trade.settings().read(input);
      if (allReporters) {
        throw new InvalidInputException(
            "option '--all-reporters' is for the embedded data and seeds-form files; a trade file"
                + " prints every normalised row without --corridor");
      }
      if (corridor == null) {
        return DataTables.tradeRows(data);
      }
      SeriesInput.Picked p = trade.settings().pick(data, corridor);
      return DataTables.corridorSeries(
          data, p.corridor(), p.basis(), p.series(), trade.basis != null);
    }
    if (input != null) {
      trade.settings().refuseFor(input);
      Dataset.UserFile f = trade.settings().readUserFile(input);
      return f.series().isPresent()
          ? DataTables.series(f.series().get())
          : DataTables.history(f.dataset().get(), only, allReporters);
    }
    trade.settings().refuseWithoutInput();
    return DataTables.history(Dataset.embedded(), only, allReporters);
  }
}
