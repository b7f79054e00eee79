package org.tradetarget.core.data;

import java.util.Locale;
import java.util.Optional;

/**
 * What the IMF trade files (DOTS and IMTS) share: the three goods indicators read ({@code XG_FOB_USD}
 * exports FOB, {@code MG_CIF_USD} imports CIF, {@code MG_FOB_USD} imports FOB; DOTS writes them with
 * a leading {@code T}), and the skip notes for other indicators and for areas.
 */
final class ImfIndicators {
  /** The flow and valuation of a goods indicator. */
  record Reading(TradeFlow flow, Valuation valuation) {}

  private static final String AREAS =
      "rows whose country or counterpart is an area, not a country (World, regions, ...)";

  private ImfIndicators() {}

  /**
   * The reading of {@code code} in a file whose indicator codes start with {@code prefix} ("T" for
   * DOTS, "" for IMTS); empty, with the row counted as skipped, for any other indicator.
   */
  static Optional<Reading> of(String code, String prefix, TradeSink sink) {
    String indicator = code.toUpperCase(Locale.ROOT);
    if (indicator.equals(prefix + "XG_FOB_USD")) {
      return Optional.of(new Reading(TradeFlow.EXPORT, Valuation.FOB));
    }
    if (indicator.equals(prefix + "MG_CIF_USD")) {
      return Optional.of(new Reading(TradeFlow.IMPORT, Valuation.CIF));
    }
    if (indicator.equals(prefix + "MG_FOB_USD")) {
      return Optional.of(new Reading(TradeFlow.IMPORT, Valuation.FOB));
    }
    sink.skip("rows of indicator " + indicator + " (" + prefix + "XG_FOB_USD, " + prefix
        + "MG_CIF_USD and " + prefix + "MG_FOB_USD only)");
    return Optional.empty();
  }

  /** Counts a row of an area (World, a region) as skipped. */
  static void skipArea(TradeSink sink) {
    sink.skip(AREAS);
  }
}
