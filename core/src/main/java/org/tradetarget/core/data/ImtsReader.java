package org.tradetarget.core.data;

import static org.tradetarget.core.data.TradeFields.at;
import static org.tradetarget.core.data.TradeFields.bad;
import static org.tradetarget.core.data.TradeFields.number;
import static org.tradetarget.core.data.TradeFields.year;

import java.io.StringReader;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tradetarget.core.data.CountryCodes.Scheme;

/**
 * {@link TradeFormat#IMTS}: the IMF IMTS SDMX-CSV, one observation a row; {@code SCALE} is the power
 * of ten of {@code OBS_VALUE} in US$ (without the column, the read options give the scale).
 */
final class ImtsReader extends FormatReader.Text {
  private static final Pattern ALPHA3 = Pattern.compile("[A-Za-z]{2,3}");

  ImtsReader() {
    super(TradeFormat.IMTS);
  }

  @Override
  void rows(String source, String text, ReadOptions options, TradeSink sink) {
    CsvRecords csv = CsvRecords.read(source, new StringReader(text));
    csv.require(
        "an IMF IMTS SDMX-CSV file",
        "country",
        "indicator",
        "counterpart_country",
        "time_period",
        "obs_value");
    if (!csv.has("scale") && options.scale().isEmpty()) {
      throw new InvalidInputException(
          source + ":1: the file has no SCALE column; give the scale (--input-scale"
              + " units|thousands|millions)");
    }
    for (CsvRecords.Row r : csv.rows()) {
      int line = r.line();
      String freq = r.get("frequency");
      if (!freq.isEmpty() && !freq.equalsIgnoreCase("A")) {
        sink.skip("rows of frequency " + freq + " (annual rows only)");
        continue;
      }
      Optional<ImfIndicators.Reading> reading = ImfIndicators.of(r.get("indicator"), "", sink);
      if (reading.isEmpty()) {
        continue;
      }
      Optional<Country> reporter = party(source, line, "COUNTRY", r.get("country"));
      Optional<Country> partner =
          party(source, line, "COUNTERPART_COUNTRY", r.get("counterpart_country"));
      if (reporter.isEmpty() || partner.isEmpty()) {
        ImfIndicators.skipArea(sink);
        continue;
      }
      String v = r.get("obs_value");
      if (v.isEmpty() || v.equalsIgnoreCase("NaN")) {
        continue;
      }
      double d = number(source, line, "OBS_VALUE", v);
      double toMillion = csv.has("scale")
          ? scale(source, line, r.get("scale"))
          : options.scale().orElseThrow().toMillion();
      String status = csv.has("obs_status") ? r.get("obs_status") : r.get("status");
      int year = year(source, line, "TIME_PERIOD", r.get("time_period"));
      sink.add(
          line,
          year,
          reporter.get(),
          partner.get(),
          reading.get().flow(),
          reading.get().valuation(),
          d * toMillion,
          status.equalsIgnoreCase("E"));
    }
  }

  /** The factor to US$ million of a row's {@code SCALE}, a power of ten from -3 to 15. */
  private static double scale(String source, int line, String s) {
    int p;
    try {
      p = StrictNumbers.parseInt(s);
    } catch (NumberFormatException e) {
      throw bad(
          source,
          line,
          "SCALE",
          s,
          "is not allowed; expected the power of ten of OBS_VALUE, e.g. 6");
    }
    if (p < -3 || p > 15) {
      throw bad(source, line, "SCALE", s, "is not allowed; expected a power of ten from -3 to 15");
    }
    return Math.pow(10, p) / 1e6;
  }

  private static Optional<Country> party(String source, int line, String column, String code) {
    Optional<CountryCodes.Entry> e = CountryCodes.lookup(Scheme.ISO_ALPHA, code);
    if (e.isPresent()) {
      return e.get().country();
    }
    if (ALPHA3.matcher(code).matches() || code.isEmpty()) {
      throw new InvalidInputException(at(source, line, column) + ": unknown "
          + Scheme.ISO_ALPHA.label() + " country code '" + code + "'");
    }
    return Optional.empty(); // a region or group code such as G001 or 1C_ALL
  }
}
