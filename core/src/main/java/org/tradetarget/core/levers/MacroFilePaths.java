package org.tradetarget.core.levers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Country;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.MacroIndicator;
import org.tradetarget.core.data.MacroTable;

/**
 * Turns a macro file's GDP indicator ({@link MacroTable}) into {@link MacroPaths}, one {@link
 * MacroPath} per country with data. Each country uses its consecutive run of years ending at its
 * last value (earlier years before a gap are left out).
 *
 * <ul>
 *   <li><b>Real growth</b> ({@code NY.GDP.MKTP.KD.ZG}, {@code NGDP_RPCH}, percent): the GDP
 *       history is an index, 1 in the year before the run; every year of the run takes the file's
 *       growth (sourced; a WEO year after "Estimates Start After" is an IMF projection).
 *   <li><b>Real level</b> ({@code NY.GDP.MKTP.KD}, {@code NY.GDP.MKTP.KN}, {@code NGDP_R}): the
 *       history is the run's first year; every later year takes the level's growth (sourced).
 *   <li><b>Nominal US$</b> ({@code NY.GDP.MKTP.CD}, {@code NGDPD}): the history is the run, in US$
 *       million, as the embedded data's.
 * </ul>
 *
 * Real growth becomes nominal growth by adding the assumed US$ inflation in every year after the
 * history ({@link MacroPath}). Beyond the file's last year every country grows at its
 * <em>medium-term rate</em>: the file's last real growth held constant (for nominal US$ levels: the
 * last year's nominal growth less the default US$ inflation {@value MacroPaths#DEFAULT_INFLATION}),
 * an assumption.
 */
public final class MacroFilePaths {
  private MacroFilePaths() {}

  /**
   * The paths of every country of the table with data.
   *
   * @throws InvalidInputException when no country has data, or naming the file's line for a growth
   *     of −100 % or less, a level ≤ 0, or a level indicator with a single year
   */
  public static MacroPaths of(MacroTable table) {
    List<MacroPath> out = new ArrayList<>();
    for (MacroTable.Row r : table.rows().values()) {
      if (!r.values().isEmpty()) {
        out.add(path(table, r));
      }
    }
    if (out.isEmpty()) {
      throw new InvalidInputException(table.source() + ": no country has a value of "
          + table.indicator().code() + "; expected at least one country row with numbers");
    }
    return MacroPaths.ofFile(out, table.label());
  }

  private static MacroPath path(MacroTable t, MacroTable.Row r) {
    NavigableMap<Integer, Double> run = run(r.values());
    Country c = r.country();
    String where =
        t.source() + ":" + r.line() + ": " + c.alpha3() + ", " + t.indicator().code();
    MacroIndicator.Measure m = t.indicator().measure();
    int first = run.firstKey();
    int last = run.lastKey();
    if (m != MacroIndicator.Measure.GROWTH) {
      for (Map.Entry<Integer, Double> e : run.entrySet()) {
        if (!(e.getValue() > 0)) {
          throw new InvalidInputException(where + ": GDP " + e.getValue() + " in " + e.getKey()
              + " is not allowed; expected a level > 0");
        }
      }
      if (run.size() < 2) {
        throw new InvalidInputException(where + ": one year of GDP (" + first
            + ") ends the row; expected two or more consecutive years to take the growth from");
      }
    }
    String label = "GDP " + c.id() + ", " + t.indicator().code();
    if (m == MacroIndicator.Measure.NOMINAL_USD) {
      int[] years = run.keySet().stream().mapToInt(Integer::intValue).toArray();
      double[] values = run.values().stream().mapToDouble(Double::doubleValue).toArray();
      double g = run.get(last) / run.get(last - 1) / (1 + MacroPaths.DEFAULT_INFLATION) - 1;
      String basis = "the file's last nominal growth, " + pct(run.get(last) / run.get(last - 1) - 1)
          + " % in " + last + ", less " + pct(MacroPaths.DEFAULT_INFLATION)
          + " % US$ inflation, held constant (an assumption)";
      return new MacroPath(
          c, AnnualSeries.of(label + ", US$ million", years, values), List.of(), g, basis);
    }
    List<GrowthYear> rows = new ArrayList<>();
    double lastRate = Double.NaN;
    int historyYear = m == MacroIndicator.Measure.GROWTH ? first - 1 : first;
    double historyValue = m == MacroIndicator.Measure.GROWTH ? 1.0 : run.get(first);
    for (Map.Entry<Integer, Double> e : run.entrySet()) {
      int y = e.getKey();
      if (y <= historyYear) {
        continue;
      }
      double rate = m == MacroIndicator.Measure.GROWTH
          ? e.getValue() / 100.0
          : e.getValue() / run.get(y - 1) - 1;
      if (!(rate > -1)) {
        throw new InvalidInputException(where + ": growth " + e.getValue() + " in " + y
            + " is not allowed; expected a percent above -100");
      }
      boolean projected =
          r.estimatesStartAfter().isPresent() && y > r.estimatesStartAfter().getAsInt();
      rows.add(new GrowthYear(
          c,
          y,
          rate,
          true,
          t.format().name() + " " + t.indicator().code() + (projected ? ", IMF projection" : "")));
      lastRate = rate;
    }
    String basis = "the file's last real growth, " + pct(lastRate) + " % in " + last
        + ", held constant (an assumption)";
    return new MacroPath(
        c,
        AnnualSeries.of(label + ", index", new int[] {historyYear}, new double[] {historyValue}),
        rows,
        lastRate,
        basis);
  }

  /** The consecutive years ending at the last one. */
  private static NavigableMap<Integer, Double> run(NavigableMap<Integer, Double> values) {
    int first = values.lastKey();
    while (values.containsKey(first - 1)) {
      first--;
    }
    return values.tailMap(first, true);
  }

  private static String pct(double fraction) {
    return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4f", fraction * 100))
        .stripTrailingZeros()
        .toPlainString();
  }
}
