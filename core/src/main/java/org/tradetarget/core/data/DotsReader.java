package org.tradetarget.core.data;

import static org.tradetarget.core.data.TradeFields.YEAR;
import static org.tradetarget.core.data.TradeFields.at;
import static org.tradetarget.core.data.TradeFields.bad;
import static org.tradetarget.core.data.TradeFields.number;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.tradetarget.core.data.CountryCodes.Scheme;

/**
 * {@link TradeFormat#DOTS}: the IMF DOTS legacy bulk CSV, one column per year; Value rows carry the
 * numbers, Status rows the flags ({@code e}: estimated). The file states no unit, so the read options
 * must give the scale.
 */
final class DotsReader extends FormatReader.Text {
  DotsReader() {
    super(TradeFormat.DOTS);
  }

  private record Pending(
      int line,
      int year,
      Country reporter,
      Country partner,
      ImfIndicators.Reading reading,
      double value,
      String key) {}

  @Override
  void rows(String source, String text, ReadOptions options, TradeSink sink) {
    ReadOptions.Scale scale = options
        .scale()
        .orElseThrow(() -> new InvalidInputException(source
            + ": an IMF DOTS bulk file states no unit for its values; give the scale (--input-scale units|thousands|"
            + "millions, scale: in a scenario, ReadOptions.withScale)"));
    CsvRecords csv = CsvRecords.read(source, new StringReader(text));
    csv.require(
        "an IMF DOTS bulk file",
        "country code",
        "indicator code",
        "counterpart country code",
        "attribute");
    TreeMap<Integer, String> yearColumns = new TreeMap<>();
    for (String h : csv.header()) {
      if (YEAR.matcher(h).matches()) {
        yearColumns.put(Integer.parseInt(h), h);
      }
    }
    List<Pending> values = new ArrayList<>();
    Set<String> estimated = new HashSet<>();
    for (CsvRecords.Row r : csv.rows()) {
      String indicator = r.get("indicator code").toUpperCase(Locale.ROOT);
      Optional<ImfIndicators.Reading> reading = ImfIndicators.of(indicator, "T", sink);
      if (reading.isEmpty()) {
        continue;
      }
      String attribute = r.get("attribute");
      boolean status = attribute.equalsIgnoreCase("Status");
      if (!status && !attribute.equalsIgnoreCase("Value")) {
        throw bad(
            source, r.line(), "Attribute", attribute, "is not allowed; expected Value or Status");
      }
      String keyBase =
          r.get("country code") + "|" + indicator + "|" + r.get("counterpart country code") + "|";
      if (status) {
        for (Map.Entry<Integer, String> y : yearColumns.entrySet()) {
          if (r.get(y.getValue()).toLowerCase(Locale.ROOT).contains("e")) {
            estimated.add(keyBase + y.getKey());
          }
        }
        continue;
      }
      Optional<Country> reporter = CountryCodes.require(
          Scheme.IMF, r.get("country code"), at(source, r.line(), "Country Code"));
      Optional<Country> partner = CountryCodes.require(
          Scheme.IMF,
          r.get("counterpart country code"),
          at(source, r.line(), "Counterpart Country Code"));
      if (reporter.isEmpty() || partner.isEmpty()) {
        ImfIndicators.skipArea(sink);
        continue;
      }
      for (Map.Entry<Integer, String> y : yearColumns.entrySet()) {
        String v = r.get(y.getValue());
        if (v.isEmpty()) {
          continue;
        }
        double d = number(source, r.line(), y.getValue(), v);
        values.add(new Pending(
            r.line(),
            y.getKey(),
            reporter.get(),
            partner.get(),
            reading.get(),
            d * scale.toMillion(),
            keyBase + y.getKey()));
      }
    }
    for (Pending p : values) {
      sink.add(
          p.line(),
          p.year(),
          p.reporter(),
          p.partner(),
          p.reading().flow(),
          p.reading().valuation(),
          p.value(),
          estimated.contains(p.key()));
    }
  }
}
