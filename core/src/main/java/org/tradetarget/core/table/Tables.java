package org.tradetarget.core.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tradetarget.core.analysis.Checkpoint;
import org.tradetarget.core.analysis.OutlookResult;
import org.tradetarget.core.analysis.TargetAssessment;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.TradeObservation;
import tech.tablesaw.api.BooleanColumn;
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
    return Table.create(series.name(),
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
    return Table.create(name, corridor, year, flow, value, reporter, flag, vintage, isDefault, source, url, quote);
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
    return Table.create("targets", corridor, target, deadline, assumed, baseYear, base, required,
        historical, from, ratio, status);
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

  /** The column name of a quantile probability: 0.05 → q05, 0.5 → q50, 0.025 → q02.5. */
  public static String quantileName(double p) {
    double pct = p * 100;
    if (Math.abs(pct - Math.rint(pct)) < 1e-9) {
      return String.format(Locale.ROOT, "q%02d", (int) Math.rint(pct));
    }
    String s = String.format(Locale.ROOT, "%.6f", pct).replaceAll("0+$", "");
    return "q" + (pct < 10 ? "0" : "") + s;
  }

  private static void appendOrMissing(DoubleColumn c, java.util.OptionalDouble v) {
    if (v.isPresent()) {
      c.append(v.getAsDouble());
    } else {
      c.appendMissing();
    }
  }
}
