package org.tradetarget.core.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * The World Bank WDI bulk CSV: the file of one indicator ({@code API_<CODE>_DS2_en_csv_v2_*.csv}:
 * four metadata lines, "Data Source", "Last Updated Date" and two blank lines) or of many ({@code
 * WDICSV.csv}, without them); then the header {@code "Country Name","Country Code","Indicator
 * Name","Indicator Code","1960",...} and one row per economy and indicator, each field quoted, an
 * empty field for a gap, often a trailing comma. Rows of aggregates (codes that are not ISO 3166-1
 * alpha-3, e.g. {@code WLD}, {@code EAS}) are left out.
 */
final class WdiMacroReader {
  static final String EXPECTED =
      "the WDI header \"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\","
          + "\"1960\",... (after the four metadata lines of a World Bank download)";
  private static final String ALLOWED = "a number, or an empty field for a gap";

  private WdiMacroReader() {}

  /** Whether a line is the WDI header. */
  static boolean isHeader(String line) {
    List<String> f = CsvLine.split(line);
    return f.size() >= 5
        && f.get(0).equals("Country Name")
        && f.get(1).equals("Country Code")
        && f.get(2).equals("Indicator Name")
        && f.get(3).equals("Indicator Code");
  }

  static MacroTable read(String source, List<String> lines, MacroIndicator chosen) {
    int h = 0;
    while (!isHeader(lines.get(h))) {
      h++;
    }
    List<String> header = CsvLine.split(lines.get(h));
    Map<Integer, Integer> yearAt = new LinkedHashMap<>();
    for (int i = 4; i < header.size(); i++) {
      String y = header.get(i).trim();
      if (y.matches("[12][0-9]{3}")) {
        yearAt.put(i, Integer.parseInt(y));
      } else if (!y.isEmpty()) {
        throw MacroFiles.bad(
            source, h + 1, i + 1, y, y, "the header", "a year such as 1960 after Indicator Code");
      }
    }
    Set<String> codes = new LinkedHashSet<>();
    for (int n = h + 1; n < lines.size(); n++) {
      List<String> f = CsvLine.split(lines.get(n));
      if (f.size() >= 4) {
        codes.add(f.get(3).trim());
      }
    }
    MacroIndicator ind = chosen;
    if (ind == null) {
      List<MacroIndicator> present = new ArrayList<>();
      for (String c : codes) {
        MacroIndicator.find(c).filter(i -> i.format() == MacroFormat.WDI).ifPresent(present::add);
      }
      if (present.size() != 1) {
        throw MacroFiles.pickIndicator(source, MacroFormat.WDI, codes);
      }
      ind = present.get(0);
    } else if (!codes.contains(ind.code())) {
      throw new InvalidInputException(source + ": no row of indicator " + ind.code()
          + "; the file has " + String.join(", ", codes.stream().limit(8).toList())
          + (codes.size() > 8 ? ", ..." : ""));
    }
    double scale = ind.measure() == MacroIndicator.Measure.NOMINAL_USD ? 1e-6 : 1.0;
    Map<Country, MacroTable.Row> rows = new LinkedHashMap<>();
    for (int n = h + 1; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank()) {
        continue;
      }
      List<String> f = CsvLine.split(line);
      if (f.size() < 4 || !f.get(3).trim().equals(ind.code())) {
        continue;
      }
      Country c = country(f.get(1));
      if (c == null) {
        continue;
      }
      TreeMap<Integer, Double> values = new TreeMap<>();
      for (Map.Entry<Integer, Integer> e : yearAt.entrySet()) {
        String cell = e.getKey() < f.size() ? f.get(e.getKey()).trim() : "";
        if (cell.isEmpty()) {
          continue;
        }
        double v = MacroFiles.number(cell, false);
        if (Double.isNaN(v)) {
          throw MacroFiles.bad(
              source,
              n + 1,
              e.getKey() + 1,
              String.valueOf(e.getValue()),
              cell,
              f.get(1).trim() + ", " + ind.code(),
              ALLOWED);
        }
        values.put(e.getValue(), v * scale);
      }
      if (rows.put(c, new MacroTable.Row(c, n + 1, values, OptionalInt.empty())) != null) {
        throw new InvalidInputException(source + ":" + (n + 1) + ": a second row of " + c.alpha3()
            + " for " + ind.code() + "; expected one row per country and indicator");
      }
    }
    return new MacroTable(source, MacroFormat.WDI, ind, rows);
  }

  /** The country of an alpha-3 code, or null for an aggregate or a code outside ISO 3166-1. */
  static Country country(String code) {
    String t = code.trim();
    if (t.length() != 3) {
      return null;
    }
    try {
      return Country.of(t);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
