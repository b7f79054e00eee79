package org.tradetarget.core.data;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * One GDP indicator of every country a macro file covers ({@link MacroFiles}), as read: values in
 * the indicator's unit (percent for growth; US$ million for nominal GDP; the file's constant-price
 * unit for real levels), gaps left out. Rows of aggregates (World, regions, income groups) and of
 * codes that are not ISO 3166-1 countries are not kept.
 *
 * @param source the file, for messages
 * @param format {@link MacroFormat#WDI} or {@link MacroFormat#WEO}
 * @param indicator the indicator read
 * @param rows the rows by country, in {@link Country} order
 */
public record MacroTable(
    String source, MacroFormat format, MacroIndicator indicator, Map<Country, Row> rows) {
  /** Copies the rows, sorted by country. */
  public MacroTable {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(indicator, "indicator");
    rows = Collections.unmodifiableMap(new TreeMap<>(rows));
  }

  /**
   * One country's values.
   *
   * @param country the country
   * @param line the line of the file the row is on
   * @param values the value of each year with one, in year order
   * @param estimatesStartAfter (WEO) the last year of actual data; later years are IMF estimates or
   *     projections; empty when the file does not say
   */
  public record Row(
      Country country,
      int line,
      NavigableMap<Integer, Double> values,
      OptionalInt estimatesStartAfter) {
    /** Copies the values. */
    public Row {
      Objects.requireNonNull(country, "country");
      values = Collections.unmodifiableNavigableMap(new TreeMap<>(values));
    }
  }

  /** A short name of the data: e.g. {@code WDI NY.GDP.MKTP.KD.ZG from macro.csv}. */
  public String label() {
    return format.name() + " " + indicator.code() + " from " + source;
  }
}
