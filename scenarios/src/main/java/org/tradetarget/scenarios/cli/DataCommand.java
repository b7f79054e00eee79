package org.tradetarget.scenarios.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Basis;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.TradeData;
import org.tradetarget.core.data.TradeObservation;
import org.tradetarget.core.data.TradeRecord;
import org.tradetarget.scenarios.report.Numbers;
import org.tradetarget.scenarios.report.Output;
import org.tradetarget.scenarios.report.Rows;
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
  /** The CSV header of history rows. */
  static final String HEADER =
      "corridor,year,flow,value_usd_million,reporter,flag,vintage,default,source,source_url,quote";

  /** The CSV header of a trade file's normalised rows; its first six columns are a contract. */
  static final String ROWS_HEADER =
      "year,reporter,partner,flow,valuation,value_usd_million,format,estimated";

  /** The CSV header of a corridor's series from a trade file, a contract. */
  static final String SERIES_HEADER = "corridor,year,value_usd_million,basis";

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
    Corridor only = null;
    if (corridor != null) {
      try {
        only = Corridor.of(corridor);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("option '--corridor': " + e.getMessage());
      }
    }
    if (input != null && trade.isTradeFile(input)) {
      return printTrade(trade.read(input));
    }
    if (input != null) {
      trade.refuseFor(input);
      Dataset.UserFile f = trade.readUserFile(input);
      if (f.series().isPresent()) {
        printSeries(f.series().get());
        return Main.OK;
      }
      return printRows(f.dataset().get(), only);
    }
    trade.refuseWithoutInput();
    return printRows(Dataset.embedded(), only);
  }

  /** A trade file: its normalised rows, or with --corridor the corridor's two-way series. */
  private int printTrade(TradeData data) {
    if (allReporters) {
      throw new InvalidInputException(
          "option '--all-reporters' is for the embedded data and seeds-form files; a trade file"
              + " prints every normalised row without --corridor");
    }
    if (corridor != null) {
      TradeInput.Picked p = trade.pick(data, corridor);
      Rows machine = new Rows(SERIES_HEADER.split(","));
      Rows table = new Rows("corridor", ">year", ">US$ m", "basis");
      AnnualSeries s = p.series();
      for (int i = 0; i < s.size(); i++) {
        machine.add(p.corridor().id(), s.year(i), s.value(i), p.basis().toString());
        table.add(
            p.corridor().id(),
            Integer.toString(s.year(i)),
            Numbers.money(s.value(i)),
            p.basis().toString());
      }
      int[] gaps = s.gaps();
      table.note(p.corridor().id() + " (" + p.corridor().displayName() + ") on basis " + p.basis()
          + (trade.basis == null ? " (default)" : "") + ": " + s.size()
          + (s.size() == 1 ? " point, " : " points, ")
          + s.firstYear() + "-" + s.lastYear()
          + (gaps.length == 0 ? "" : ", missing " + java.util.Arrays.toString(gaps))
          + "; bases in " + data.source() + ": "
          + String.join(
              ", ", data.bases(p.corridor()).stream().map(Basis::toString).toList()));
      data.notes().forEach(table::note);
      format.print(new Output().table(table).csv(machine).json(machine));
      return Main.OK;
    }
    Rows machine = new Rows(ROWS_HEADER.split(","));
    Rows table = new Rows(
        ">year", "reporter", "partner", "flow", "valuation", ">US$ m", "format", "estimated");
    for (TradeRecord r : data.records()) {
      machine.add(
          r.year(),
          r.reporter().alpha3(),
          r.partner().alpha3(),
          r.flow().id(),
          r.valuation().name(),
          r.valueUsdMillion(),
          r.format().id(),
          r.estimated());
      table.add(
          Integer.toString(r.year()),
          r.reporter().alpha3(),
          r.partner().alpha3(),
          r.flow().id(),
          r.valuation().name(),
          Numbers.money(r.valueUsdMillion()),
          r.format().id(),
          r.estimated() ? "yes" : "");
    }
    table.note(
        data.source() + " (" + data.format().id() + "): " + data.records().size() + " rows, pairs "
            + String.join(", ", data.pairs().stream().map(Corridor::id).toList()));
    data.notes().forEach(table::note);
    format.print(new Output().table(table).csv(machine).json(machine));
    return Main.OK;
  }

  private int printRows(Dataset data, Corridor only) {
    final Corridor filter = only;
    if (filter != null
        && !data.corridors().contains(filter)
        && data.observations().stream().noneMatch(o -> o.corridor().equals(filter))) {
      throw new IllegalArgumentException(
          "option '--corridor': no data for " + filter + " in " + data.name());
    }
    List<TradeObservation> rows = data.observations().stream()
        .filter(o -> filter == null || o.corridor().equals(filter))
        .filter(o -> allReporters || o.isDefault())
        .sorted(java.util.Comparator.comparing(TradeObservation::corridor)
            .thenComparingInt(TradeObservation::year)
            .thenComparing(o -> !o.isDefault()))
        .toList();
    Rows machine = new Rows(HEADER.split(","));
    Rows table =
        new Rows("corridor", ">year", "flow", ">US$ m", "reporter", "flag", "default", "source");
    for (TradeObservation o : rows) {
      machine.add(
          o.corridor().id(),
          o.year(),
          o.flow(),
          o.valueUsdMillion(),
          o.reporter() == null ? null : o.reporter().id(),
          o.flag().id(),
          o.vintage().id(),
          o.isDefault(),
          o.source(),
          o.sourceUrl(),
          o.quote());
      table.add(
          o.corridor().id(),
          Integer.toString(o.year()),
          o.flow(),
          Numbers.money(o.valueUsdMillion()),
          o.reporter() == null ? "-" : o.reporter().id(),
          o.flag().id(),
          o.isDefault() ? "yes" : "",
          abbreviate(o.source(), 60));
    }
    for (Corridor c : data.corridors()) {
      if (filter == null || c.equals(filter)) {
        AnnualSeries s = data.series(c);
        int[] gaps = s.gaps();
        table.note(c.id() + ": default series " + s.firstYear() + "-" + s.lastYear() + ", "
            + s.size() + " points"
            + (gaps.length == 0 ? "" : ", missing " + java.util.Arrays.toString(gaps)));
      }
    }
    format.print(new Output().table(table).csv(machine).json(machine));
    return Main.OK;
  }

  private void printSeries(AnnualSeries s) {
    Rows machine = new Rows("year", "value");
    Rows table = new Rows(">year", ">value");
    for (int i = 0; i < s.size(); i++) {
      machine.add(s.year(i), s.value(i));
      table.add(Integer.toString(s.year(i)), Numbers.money(s.value(i)));
    }
    int[] gaps = s.gaps();
    table.note(s.name() + ": " + s.size() + " points, " + s.firstYear() + "-" + s.lastYear()
        + (gaps.length == 0 ? "" : ", missing " + java.util.Arrays.toString(gaps)));
    format.print(new Output().table(table).csv(machine).json(machine));
  }

  private static String abbreviate(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
  }
}
