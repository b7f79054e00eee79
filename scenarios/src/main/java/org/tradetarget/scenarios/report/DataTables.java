package org.tradetarget.scenarios.report;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Basis;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidSetting;
import org.tradetarget.core.data.TradeData;
import org.tradetarget.core.data.TradeObservation;
import org.tradetarget.core.data.TradeRecord;

/**
 * Trade data as tables, CSV and JSON ({@code tradetarget data}): the embedded history or a
 * seeds-form file with provenance, a year,value series, a trade file's normalised rows, or a
 * corridor's two-way series from it.
 */
public final class DataTables {
  /** The CSV header of history rows. */
  public static final String HEADER =
      "corridor,year,flow,value_usd_million,reporter,flag,vintage,default,source,source_url,quote";

  /** The CSV header of a trade file's normalised rows; its first six columns are a contract. */
  public static final String ROWS_HEADER =
      "year,reporter,partner,flow,valuation,value_usd_million,format,estimated";

  /** The CSV header of a corridor's series from a trade file, a contract. */
  public static final String SERIES_HEADER = "corridor,year,value_usd_million,basis";

  private DataTables() {}

  /**
   * A corridor's two-way series from a trade file.
   *
   * @param basisNamed whether the basis was asked for (else it is the corridor's default)
   */
  public static Output corridorSeries(
      TradeData data, Corridor corridor, Basis basis, AnnualSeries s, boolean basisNamed) {
    Rows machine = new Rows(SERIES_HEADER.split(","));
    Rows table = new Rows("corridor", ">year", ">US$ m", "basis");
    for (int i = 0; i < s.size(); i++) {
      machine.add(corridor.id(), s.year(i), s.value(i), basis.toString());
      table.add(
          corridor.id(), Integer.toString(s.year(i)), Numbers.money(s.value(i)), basis.toString());
    }
    int[] gaps = s.gaps();
    table.note(corridor.id() + " (" + corridor.displayName() + ") on basis " + basis
        + (basisNamed ? "" : " (default)") + ": " + s.size()
        + (s.size() == 1 ? " point, " : " points, ")
        + s.firstYear() + "-" + s.lastYear()
        + (gaps.length == 0 ? "" : ", missing " + Arrays.toString(gaps))
        + "; bases in " + data.source() + ": "
        + String.join(", ", data.bases(corridor).stream().map(Basis::toString).toList()));
    data.notes().forEach(table::note);
    return new Output().table(table).csv(machine).json(machine);
  }

  /** A trade file's normalised rows. */
  public static Output tradeRows(TradeData data) {
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
    return new Output().table(table).csv(machine).json(machine);
  }

  /**
   * The history rows with provenance: each corridor's default series, or every row.
   *
   * @param only the one corridor to show, or null for all
   * @throws InvalidSetting naming {@code corridor} when the data hold nothing for it
   */
  public static Output history(Dataset data, Corridor only, boolean allReporters) {
    if (only != null
        && !data.corridors().contains(only)
        && data.observations().stream().noneMatch(o -> o.corridor().equals(only))) {
      throw new InvalidSetting("corridor", "no data for " + only + " in " + data.name());
    }
    List<TradeObservation> rows = data.observations().stream()
        .filter(o -> only == null || o.corridor().equals(only))
        .filter(o -> allReporters || o.isDefault())
        .sorted(Comparator.comparing(TradeObservation::corridor)
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
      if (only == null || c.equals(only)) {
        AnnualSeries s = data.series(c);
        int[] gaps = s.gaps();
        table.note(c.id() + ": default series " + s.firstYear() + "-" + s.lastYear() + ", "
            + s.size() + " points"
            + (gaps.length == 0 ? "" : ", missing " + Arrays.toString(gaps)));
      }
    }
    return new Output().table(table).csv(machine).json(machine);
  }

  /** A year,value series. */
  public static Output series(AnnualSeries s) {
    Rows machine = new Rows("year", "value");
    Rows table = new Rows(">year", ">value");
    for (int i = 0; i < s.size(); i++) {
      machine.add(s.year(i), s.value(i));
      table.add(Integer.toString(s.year(i)), Numbers.money(s.value(i)));
    }
    int[] gaps = s.gaps();
    table.note(s.name() + ": " + s.size() + " points, " + s.firstYear() + "-" + s.lastYear()
        + (gaps.length == 0 ? "" : ", missing " + Arrays.toString(gaps)));
    return new Output().table(table).csv(machine).json(machine);
  }

  private static String abbreviate(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
  }
}
