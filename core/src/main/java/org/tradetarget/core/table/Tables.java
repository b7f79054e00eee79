package org.tradetarget.core.table;

import java.util.List;
import org.tradetarget.core.analysis.TargetAssessment;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.TradeObservation;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

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

  private static void appendOrMissing(DoubleColumn c, java.util.OptionalDouble v) {
    if (v.isPresent()) {
      c.append(v.getAsDouble());
    } else {
      c.appendMissing();
    }
  }
}
