package org.tradetarget.core.data;

import java.util.Locale;
import java.util.Optional;

/**
 * The direction of a trade record as its reporter states it. The code tables of the formats are
 * here, in one place:
 *
 * <ul>
 *   <li>UN Comtrade Plus ({@code flowCode}, API and bulk files): {@code X} export, {@code M} import,
 *       {@code RX} re-export, {@code RM} re-import (UN Comtrade Plus reference table {@code
 *       tradeRegimes}); other codes (e.g. {@code DX}, {@code FM}: domestic exports, foreign imports)
 *       are breakdowns of X and M and are skipped.
 *   <li>Legacy UN Comtrade ({@code Trade Flow Code}): 1 import, 2 export, 3 re-export, 4 re-import
 *       (UN Comtrade Reference Tables, "Trade Flow (Regime) Codes").
 *   <li>IMF DOTS and IMTS: the indicator codes {@code TXG_FOB_USD} / {@code XG_FOB_USD} (exports,
 *       FOB), {@code TMG_CIF_USD} / {@code MG_CIF_USD} (imports, CIF), {@code TMG_FOB_USD} / {@code
 *       MG_FOB_USD} (imports, FOB); see {@link TradeFormat}.
 *   <li>CEPII BACI: every row is a reconciled export (FOB) from exporter {@code i} to importer {@code j}.
 * </ul>
 *
 * Re-exports and re-imports are part of exports and imports as reported; they never count again in
 * two-way trade.
 */
public enum TradeFlow {
  /** Goods leaving the reporter for the partner. */
  EXPORT("export"),
  /** Goods entering the reporter from the partner. */
  IMPORT("import"),
  /** Re-exports (already part of the reporter's exports). */
  RE_EXPORT("re-export"),
  /** Re-imports (already part of the reporter's imports). */
  RE_IMPORT("re-import");

  private final String id;

  TradeFlow(String id) {
    this.id = id;
  }

  /** The id in the normalised form: {@code export}, {@code import}, {@code re-export}, {@code re-import}. */
  public String id() {
    return id;
  }

  /** Whether the flow counts in two-way trade (exports and imports; never re-exports or re-imports). */
  public boolean countsInTwoWayTrade() {
    return this == EXPORT || this == IMPORT;
  }

  /** UN Comtrade Plus {@code flowCode}; empty for a code that is a breakdown or unknown. */
  static Optional<TradeFlow> ofComtradeCode(String code) {
    return switch (code.trim().toUpperCase(Locale.ROOT)) {
      case "X" -> Optional.of(EXPORT);
      case "M" -> Optional.of(IMPORT);
      case "RX" -> Optional.of(RE_EXPORT);
      case "RM" -> Optional.of(RE_IMPORT);
      default -> Optional.empty();
    };
  }

  /** Legacy UN Comtrade {@code Trade Flow Code}. */
  static Optional<TradeFlow> ofLegacyCode(String code) {
    return switch (code.trim()) {
      case "1" -> Optional.of(IMPORT);
      case "2" -> Optional.of(EXPORT);
      case "3" -> Optional.of(RE_EXPORT);
      case "4" -> Optional.of(RE_IMPORT);
      default -> Optional.empty();
    };
  }
}
