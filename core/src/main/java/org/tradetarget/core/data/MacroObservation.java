package org.tradetarget.core.data;

import java.util.Objects;

/**
 * One macro figure for a country and year: GDP in current US$ (US$ million) or real GDP growth
 * (percent, as published), an actual, estimate or forecast of a named vintage.
 *
 * @param country the country
 * @param year the calendar year
 * @param indicator {@code gdp_current_usd} or {@code real_gdp_growth}
 * @param value the value in {@code unit}
 * @param unit {@code USD million} or {@code percent}
 * @param kind {@code actual}, {@code estimate} or {@code forecast}
 * @param isDefault whether the row belongs to the default macro path (the GDP history of one source
 *     and one growth figure per country and forward year; {@code default} column of {@code
 *     seeds/macro.csv})
 * @param vintage the publication, e.g. {@code IMF_WEO_Apr2025}
 * @param source the outlet
 * @param sourceUrl the address
 * @param quote a short verbatim quote
 */
public record MacroObservation(
    Country country,
    int year,
    String indicator,
    double value,
    String unit,
    String kind,
    boolean isDefault,
    String vintage,
    String source,
    String sourceUrl,
    String quote) {
  /** Validates the values. */
  public MacroObservation {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(indicator, "indicator");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("macro value must be finite, got " + value);
    }
  }

  /** A row outside the default macro path. */
  public MacroObservation(
      Country country,
      int year,
      String indicator,
      double value,
      String unit,
      String kind,
      String vintage,
      String source,
      String sourceUrl,
      String quote) {
    this(country, year, indicator, value, unit, kind, false, vintage, source, sourceUrl, quote);
  }
}
