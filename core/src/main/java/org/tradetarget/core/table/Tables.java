package org.tradetarget.core.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.tradetarget.core.analysis.Checkpoint;
import org.tradetarget.core.analysis.OutlookResult;
import org.tradetarget.core.analysis.TargetAssessment;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Country;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.TradeData;
import org.tradetarget.core.data.TradeFlow;
import org.tradetarget.core.data.TradeFormat;
import org.tradetarget.core.data.TradeObservation;
import org.tradetarget.core.data.TradeRecord;
import org.tradetarget.core.data.Valuation;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Converts the library's values into Tablesaw {@link Table}s for users who work in data frames.
 * Undefined numbers become missing values. The tables are new and owned by the caller.
 */
public final class Tables {
  private Tables() {}

  /** A two-column table {@code year, value} of a series. */
  public static Table of(AnnualSeries series) {
    return Table.create(
        series.name(),
        IntColumn.create("year", series.years()),
        DoubleColumn.create("value", series.values()));
  }

  /** The trade rows with provenance: one row per observation. */
  public static Table ofObservations(String name, List<TradeObservation> rows) {
    StringColumn corridor = StringColumn.create("corridor");
    IntColumn year = IntColumn.create("year");
    StringColumn flow = StringColumn.create("flow");
    DoubleColumn value = DoubleColumn.create("value_usd_million");
    StringColumn reporter = StringColumn.create("reporter");
    StringColumn flag = StringColumn.create("flag");
    StringColumn vintage = StringColumn.create("vintage");
    BooleanColumn isDefault = BooleanColumn.create("default");
    StringColumn source = StringColumn.create("source");
    StringColumn url = StringColumn.create("source_url");
    StringColumn quote = StringColumn.create("quote");
    for (TradeObservation o : rows) {
      corridor.append(o.corridor().id());
      year.append(o.year());
      flow.append(o.flow());
      value.append(o.valueUsdMillion());
      reporter.append(o.reporter() == null ? "" : o.reporter().id());
      flag.append(o.flag().id());
      vintage.append(o.vintage().id());
      isDefault.append(o.isDefault());
      source.append(o.source());
      url.append(o.sourceUrl());
      quote.append(o.quote());
    }
    return Table.create(
        name, corridor, year, flow, value, reporter, flag, vintage, isDefault, source, url, quote);
  }

  /**
   * The normalised long form of a trade file: {@code year, reporter, partner, flow, valuation,
   * value_usd_million, format, estimated}, countries as ISO alpha-3, flows {@code export}, {@code
   * import}, {@code re-export}, {@code re-import}, valuations {@code FOB}, {@code CIF}.
   */
  public static Table of(TradeData data) {
    IntColumn year = IntColumn.create("year");
    StringColumn reporter = StringColumn.create("reporter");
    StringColumn partner = StringColumn.create("partner");
    StringColumn flow = StringColumn.create("flow");
    StringColumn valuation = StringColumn.create("valuation");
    DoubleColumn value = DoubleColumn.create("value_usd_million");
    StringColumn format = StringColumn.create("format");
    BooleanColumn estimated = BooleanColumn.create("estimated");
    for (TradeRecord r : data.records()) {
      year.append(r.year());
      reporter.append(r.reporter().alpha3());
      partner.append(r.partner().alpha3());
      flow.append(r.flow().id());
      valuation.append(r.valuation().name());
      value.append(r.valueUsdMillion());
      format.append(r.format().id());
      estimated.append(r.estimated());
    }
    return Table.create(
        data.source(), year, reporter, partner, flow, valuation, value, format, estimated);
  }

  /**
   * Reads a series from two numeric columns of a data frame: calendar years and values in US$
   * million. Rows with a missing value are gaps; the rows may come in any order. The series is named
   * by the table.
   *
   * @throws InvalidInputException naming the column, the row and the value for a missing column, a
   *     non-numeric column, a missing or fractional year, a repeated year or a value that is not &gt; 0
   */
  public static AnnualSeries series(Table table, String yearColumn, String valueColumn) {
    String name = table.name() == null ? "table" : table.name();
    double[] years = numbers(table, yearColumn, name);
    double[] values = numbers(table, valueColumn, name);
    TreeMap<Integer, Double> m = new TreeMap<>();
    for (int r = 0; r < years.length; r++) {
      double y = years[r];
      if (Double.isNaN(y) || y != Math.rint(y) || y < 1000 || y > 9999) {
        throw new InvalidInputException(name + ": row " + r + ": column '" + yearColumn + "': '" + y
            + "' is not allowed; expected a calendar year such as 2021");
      }
      if (Double.isNaN(values[r])) {
        continue;
      }
      if (!(values[r] > 0) || Double.isInfinite(values[r])) {
        throw new InvalidInputException(name + ": row " + r + ": column '" + valueColumn + "': '"
            + values[r] + "' is not allowed; expected a value > 0 (US$ million)");
      }
      if (m.put((int) y, values[r]) != null) {
        throw new InvalidInputException(name + ": row " + r + ": column '" + yearColumn + "': year "
            + (int) y + " appears twice; expected one row per year");
      }
    }
    if (m.isEmpty()) {
      throw new InvalidInputException(name + ": column '" + valueColumn + "' has no value");
    }
    return AnnualSeries.of(
        name,
        m.keySet().stream().mapToInt(Integer::intValue).toArray(),
        m.values().stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static double[] numbers(Table t, String column, String name) {
    if (!t.columnNames().contains(column)) {
      throw new InvalidInputException(
          name + ": no column '" + column + "'; the columns are " + t.columnNames());
    }
    ColumnType type = t.column(column).type();
    if (type != ColumnType.INTEGER
        && type != ColumnType.DOUBLE
        && type != ColumnType.LONG
        && type != ColumnType.FLOAT
        && type != ColumnType.SHORT) {
      throw new InvalidInputException(
          name + ": column '" + column + "' is " + type.name() + "; expected numbers");
    }
    return t.numberColumn(column).asDoubleArray();
  }

  /**
   * Reads the normalised long form from a data frame with the columns of {@link #of(TradeData)}
   * ({@code year, reporter, partner, flow, valuation, value_usd_million, format}; {@code estimated}
   * optional), countries as ISO alpha-2 or alpha-3, so that {@link TradeData#series} gives any
   * corridor on any basis.
   *
   * @throws InvalidInputException naming the row, column and value of a bad field, or the missing columns
   */
  public static TradeData observations(Table table) {
    String name = table.name() == null ? "table" : table.name();
    List<String> need =
        List.of("year", "reporter", "partner", "flow", "valuation", "value_usd_million", "format");
    List<String> missing =
        need.stream().filter(c -> !table.columnNames().contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new InvalidInputException(name + ": the table lacks " + String.join(", ", missing)
          + "; expected the" + " columns " + String.join(", ", need) + " (estimated optional)");
    }
    double[] years = numbers(table, "year", name);
    double[] values = numbers(table, "value_usd_million", name);
    boolean hasEstimated = table.columnNames().contains("estimated");
    List<TradeRecord> out = new ArrayList<>();
    for (int r = 0; r < table.rowCount(); r++) {
      String where = name + ": row " + r + ": column '";
      double y = years[r];
      if (Double.isNaN(y) || y != Math.rint(y)) {
        throw new InvalidInputException(
            where + "year': '" + y + "' is not allowed; expected a calendar year");
      }
      Country rep = country(table, r, "reporter", where);
      Country par = country(table, r, "partner", where);
      String f = table.getString(r, "flow").trim().toLowerCase(Locale.ROOT);
      TradeFlow flow = null;
      for (TradeFlow tf : TradeFlow.values()) {
        if (tf.id().equals(f)) {
          flow = tf;
        }
      }
      if (flow == null) {
        throw new InvalidInputException(where + "flow': '" + f
            + "' is not allowed; expected export, import," + " re-export or re-import");
      }
      Valuation val;
      try {
        val = Valuation.valueOf(table.getString(r, "valuation").trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(where + "valuation': '" + table.getString(r, "valuation")
            + "' is not allowed; expected FOB or CIF");
      }
      if (Double.isNaN(values[r]) || values[r] < 0 || Double.isInfinite(values[r])) {
        throw new InvalidInputException(where + "value_usd_million': '" + values[r]
            + "' is not allowed; expected a value >= 0 (US$ million)");
      }
      TradeFormat format;
      try {
        format = TradeFormat.of(table.getString(r, "format"));
      } catch (InvalidInputException e) {
        throw new InvalidInputException(where + "format': " + e.getMessage());
      }
      boolean est = hasEstimated
          && "true".equalsIgnoreCase(table.getString(r, "estimated").trim());
      out.add(new TradeRecord((int) y, rep, par, flow, val, values[r], format, est));
    }
    return TradeData.of(name, out, 1.0);
  }

  private static Country country(Table t, int row, String column, String where) {
    String v = t.getString(row, column);
    try {
      return Country.of(v);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          where + column + "': '" + v + "' is not allowed; expected " + Country.validIds());
    }
  }

  /** One row per target assessment, with the columns of {@code tradetarget targets}. */
  public static Table ofAssessments(List<TargetAssessment> rows) {
    StringColumn corridor = StringColumn.create("corridor");
    DoubleColumn target = DoubleColumn.create("target_usd_million");
    IntColumn deadline = IntColumn.create("deadline");
    BooleanColumn assumed = BooleanColumn.create("deadline_assumed");
    IntColumn baseYear = IntColumn.create("base_year");
    DoubleColumn base = DoubleColumn.create("base_usd_million");
    DoubleColumn required = DoubleColumn.create("required_cagr");
    DoubleColumn historical = DoubleColumn.create("historical_cagr");
    IntColumn from = IntColumn.create("historical_from_year");
    DoubleColumn ratio = DoubleColumn.create("credibility_ratio");
    StringColumn status = StringColumn.create("status");
    for (TargetAssessment a : rows) {
      corridor.append(a.target().corridor().id());
      target.append(a.target().valueUsdMillion());
      deadline.append(a.deadline());
      assumed.append(a.deadlineAssumed());
      baseYear.append(a.baseYear());
      base.append(a.baseUsdMillion());
      appendOrMissing(required, a.requiredCagr());
      appendOrMissing(historical, a.historicalCagr());
      if (a.historicalFromYear().isPresent()) {
        from.append(a.historicalFromYear().getAsInt());
      } else {
        from.appendMissing();
      }
      appendOrMissing(ratio, a.credibilityRatio());
      status.append(a.status().id());
    }
    return Table.create(
        "targets",
        corridor,
        target,
        deadline,
        assumed,
        baseYear,
        base,
        required,
        historical,
        from,
        ratio,
        status);
  }

  /**
   * One row per simulated year of an outlook: {@code year}, {@code mean}, one column per simulated
   * quantile ({@code q05} .. {@code q95}, named as in {@code results.csv}), {@code p_at_or_above},
   * {@code se_at_or_above}, {@code p_met_by}, {@code se_met_by}. Values are US$ million,
   * probabilities fractions. The table is named after the series.
   */
  public static Table of(OutlookResult outlook) {
    List<Checkpoint> cps = outlook.checkpoints();
    double[] probs = outlook.quantileProbabilities();
    IntColumn year = IntColumn.create("year");
    DoubleColumn mean = DoubleColumn.create("mean");
    DoubleColumn[] q = new DoubleColumn[probs.length];
    for (int i = 0; i < probs.length; i++) {
      q[i] = DoubleColumn.create(quantileName(probs[i]));
    }
    DoubleColumn above = DoubleColumn.create("p_at_or_above");
    DoubleColumn aboveSe = DoubleColumn.create("se_at_or_above");
    DoubleColumn met = DoubleColumn.create("p_met_by");
    DoubleColumn metSe = DoubleColumn.create("se_met_by");
    for (Checkpoint c : cps) {
      year.append(c.year());
      mean.append(c.mean());
      double[] v = c.quantiles();
      for (int i = 0; i < probs.length; i++) {
        q[i].append(v[i]);
      }
      above.append(c.atOrAbove());
      aboveSe.append(c.atOrAboveSe());
      met.append(c.metBy());
      metSe.append(c.metBySe());
    }
    List<Column<?>> columns = new ArrayList<>();
    columns.add(year);
    columns.add(mean);
    columns.addAll(List.of(q));
    columns.addAll(List.of(above, aboveSe, met, metSe));
    return Table.create(outlook.name(), columns);
  }

  /**
   * The column name of a quantile probability: 0.05 → q05, 0.5 → q50, 0.025 → q02.5 ({@link
   * OutlookResult#quantileName}).
   */
  public static String quantileName(double p) {
    return OutlookResult.quantileName(p);
  }

  private static void appendOrMissing(DoubleColumn c, java.util.OptionalDouble v) {
    if (v.isPresent()) {
      c.append(v.getAsDouble());
    } else {
      c.appendMissing();
    }
  }
}
