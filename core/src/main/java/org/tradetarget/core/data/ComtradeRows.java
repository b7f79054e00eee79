package org.tradetarget.core.data;

import static org.tradetarget.core.data.TradeFields.at;
import static org.tradetarget.core.data.TradeFields.bad;
import static org.tradetarget.core.data.TradeFields.isEmptyOr;
import static org.tradetarget.core.data.TradeFields.isTrue;
import static org.tradetarget.core.data.TradeFields.number;
import static org.tradetarget.core.data.TradeFields.year;

import java.util.Optional;
import org.tradetarget.core.data.CountryCodes.Scheme;

/**
 * One UN Comtrade Plus row, whatever the file it came from (CSV download, bulk TSV or API JSON), by
 * lower-cased field name: annual total rows only, areas skipped, CIF or FOB chosen by flow and by
 * which values the row carries.
 */
final class ComtradeRows {
  /** A row's fields by lower-cased name; empty when absent. */
  interface Fields {
    String get(String lowerCaseName);
  }

  private ComtradeRows() {}

  static void row(String source, int line, Fields f, TradeSink sink) {
    String freq = f.get("freqcode");
    if (!freq.isEmpty() && !freq.equalsIgnoreCase("A")) {
      sink.skip("rows of frequency " + freq + " (annual rows only)");
      return;
    }
    // only total rows count: partner2Code 0, motCode 0, customsCode C00, cmdCode TOTAL
    if (!isEmptyOr(f.get("partner2code"), "0")
        || !isEmptyOr(f.get("motcode"), "0")
        || !isEmptyOr(f.get("customscode"), "C00")
        || !isEmptyOr(f.get("cmdcode"), "TOTAL")) {
      sink.skip(
          "breakdown rows (partner2Code, motCode, customsCode or cmdCode other than the total 0, 0, C00, TOTAL)");
      return;
    }
    String fc = f.get("flowcode");
    Optional<TradeFlow> flow = TradeFlow.ofComtradeCode(fc);
    if (flow.isEmpty()) {
      if (fc.isEmpty()) {
        throw bad(source, line, "flowCode", fc, "is empty; expected X, M, RX or RM");
      }
      sink.skip("rows of flowCode " + fc + " (X, M, RX and RM only)");
      return;
    }
    int year = year(source, line, "refYear", f.get("refyear"));
    Optional<Country> reporter = party(source, line, f, "reporter");
    Optional<Country> partner = party(source, line, f, "partner");
    if (reporter.isEmpty() || partner.isEmpty()) {
      sink.skip("rows whose reporter or partner is an area, not a country (World, nes areas, ...)");
      return;
    }
    String cif = f.get("cifvalue");
    String fob = f.get("fobvalue");
    String primary = f.get("primaryvalue");
    boolean imports = flow.get() == TradeFlow.IMPORT || flow.get() == TradeFlow.RE_IMPORT;
    Valuation valuation = imports && (!cif.isEmpty() || fob.isEmpty())
        ? Valuation.CIF
        : imports ? Valuation.FOB : fob.isEmpty() && !cif.isEmpty() ? Valuation.CIF : Valuation.FOB;
    String column = "primaryValue";
    String v = primary;
    if (v.isEmpty()) {
      column = valuation == Valuation.CIF ? "cifvalue" : "fobvalue";
      v = valuation == Valuation.CIF ? cif : fob;
    }
    if (v.isEmpty()) {
      sink.skip("rows without a value");
      return;
    }
    double usd = number(source, line, column, v);
    String flag = f.get("legacyestimationflag");
    String reported = f.get("isreported");
    boolean estimated =
        (!flag.isEmpty() && !flag.equals("0")) || (!reported.isEmpty() && !isTrue(reported));
    sink.add(
        line, year, reporter.get(), partner.get(), flow.get(), valuation, usd / 1e6, estimated);
  }

  private static Optional<Country> party(String source, int line, Fields f, String who) {
    String code = f.get(who + "code");
    if (!code.isEmpty()) {
      String c = code.endsWith(".0") ? code.substring(0, code.length() - 2) : code;
      return CountryCodes.require(Scheme.COMTRADE, c, at(source, line, who + "Code"));
    }
    String iso = f.get(who + "iso");
    if (!iso.isEmpty()) {
      return CountryCodes.require(Scheme.ISO_ALPHA, iso, at(source, line, who + "ISO"));
    }
    throw bad(source, line, who + "Code", "", "is empty; expected a UN Comtrade country code");
  }
}
