package org.tradetarget.core.data;

import static org.tradetarget.core.data.TradeFields.at;
import static org.tradetarget.core.data.TradeFields.bad;
import static org.tradetarget.core.data.TradeFields.isEmptyOr;
import static org.tradetarget.core.data.TradeFields.number;
import static org.tradetarget.core.data.TradeFields.year;

import java.io.StringReader;
import java.util.Optional;
import org.tradetarget.core.data.CountryCodes.Scheme;

/** {@link TradeFormat#COMTRADE_LEGACY}: the legacy UN Comtrade CSV, annual total rows only. */
final class ComtradeLegacyReader extends FormatReader.Text {
  ComtradeLegacyReader() {
    super(TradeFormat.COMTRADE_LEGACY);
  }

  @Override
  void rows(String source, String text, ReadOptions options, TradeSink sink) {
    CsvRecords csv = CsvRecords.read(source, new StringReader(text));
    csv.require(
        "a legacy UN Comtrade file",
        "year",
        "trade flow code",
        "reporter code",
        "partner code",
        "trade value (us$)");
    for (CsvRecords.Row r : csv.rows()) {
      row(source, r, sink);
    }
  }

  private static void row(String source, CsvRecords.Row r, TradeSink sink) {
    int line = r.line();
    String period = r.get("period");
    if (!period.isEmpty() && period.length() > 4) {
      sink.skip("rows of period " + period.length() + "-digit periods (annual rows only)");
      return;
    }
    if (!isEmptyOr(r.get("2nd partner code"), "0")
        || !isEmptyOr(r.get("mode of transport code"), "0")
        || !isEmptyOr(r.get("customs proc. code"), "C00")
        || !isEmptyOr(r.get("commodity code"), "TOTAL")) {
      sink.skip(
          "breakdown rows (2nd partner, mode of transport, customs procedure or commodity other than the"
              + " total)");
      return;
    }
    String fc = r.get("trade flow code");
    TradeFlow flow = TradeFlow.ofLegacyCode(fc)
        .orElseThrow(() -> bad(
            source,
            line,
            "Trade Flow Code",
            fc,
            "is not allowed; expected 1 (import), 2 (export), 3"
                + " (re-export) or 4 (re-import)"));
    int year = year(source, line, "Year", r.get("year"));
    Optional<Country> reporter = CountryCodes.require(
        Scheme.COMTRADE, r.get("reporter code"), at(source, line, "Reporter Code"));
    Optional<Country> partner = CountryCodes.require(
        Scheme.COMTRADE, r.get("partner code"), at(source, line, "Partner Code"));
    if (reporter.isEmpty() || partner.isEmpty()) {
      sink.skip("rows whose reporter or partner is an area, not a country (World, nes areas, ...)");
      return;
    }
    String v = r.get("trade value (us$)");
    if (v.isEmpty()) {
      sink.skip("rows without a value");
      return;
    }
    double usd = number(source, line, "Trade Value (US$)", v);
    boolean imports = flow == TradeFlow.IMPORT || flow == TradeFlow.RE_IMPORT;
    String flag = r.get("flag");
    sink.add(
        line,
        year,
        reporter.get(),
        partner.get(),
        flow,
        imports ? Valuation.CIF : Valuation.FOB,
        usd / 1e6,
        !flag.isEmpty() && !flag.equals("0"));
  }
}
