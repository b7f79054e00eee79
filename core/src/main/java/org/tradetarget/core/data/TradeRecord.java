package org.tradetarget.core.data;

import java.util.Objects;

/**
 * One normalised row of a trade file: in a calendar year, the reporter's flow with the partner, its
 * valuation and its value in US$ million, the format it came from and whether the source marks it
 * estimated. For CEPII BACI the reporter is the exporter and the flow is always a reconciled
 * export.
 *
 * @param year calendar year
 * @param reporter the country whose statistics the value is (BACI: the exporter)
 * @param partner the other country
 * @param flow the direction as the reporter states it
 * @param valuation FOB or CIF
 * @param valueUsdMillion the value, US$ million, finite and ≥ 0
 * @param format the format of the file
 * @param estimated whether the source flags the value as estimated
 */
public record TradeRecord(
    int year,
    Country reporter,
    Country partner,
    TradeFlow flow,
    Valuation valuation,
    double valueUsdMillion,
    TradeFormat format,
    boolean estimated) {
  /** Validates every field. */
  public TradeRecord {
    Objects.requireNonNull(reporter, "reporter");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(flow, "flow");
    Objects.requireNonNull(valuation, "valuation");
    Objects.requireNonNull(format, "format");
    if (!(valueUsdMillion >= 0) || !Double.isFinite(valueUsdMillion)) {
      throw new IllegalArgumentException("valueUsdMillion " + valueUsdMillion
          + " is not allowed; expected a finite" + " value >= 0 (US$ million)");
    }
  }

  /** The corridor of reporter and partner. */
  public Corridor corridor() {
    return Corridor.of(reporter, partner);
  }
}
