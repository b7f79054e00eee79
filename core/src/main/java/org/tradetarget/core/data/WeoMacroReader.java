package org.tradetarget.core.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * The IMF World Economic Outlook text export ({@code WEO<Mon><Year>all.xls}, which is tab-separated
 * text): the header {@code WEO Country Code, ISO, WEO Subject Code, Country, Subject Descriptor,
 * Subject Notes, Units, Scale, Country/Series-specific Notes, 1980, ..., Estimates Start After}, one
 * row per country and subject. Its quirks: {@code n/a} and {@code --} (and empty cells) for gaps,
 * numbers with thousands commas ({@code 1,234.56}), a footer line ("International Monetary Fund,
 * World Economic Outlook Database, ...") after a blank line, trailing empty columns, and rows of
 * areas that are not ISO 3166-1 countries (e.g. {@code UVK}), which are left out.
 */
final class WeoMacroReader {
  static final String EXPECTED = "the WEO header WEO Country Code<TAB>ISO<TAB>WEO Subject Code"
      + "<TAB>...<TAB>1980<TAB>...<TAB>Estimates Start After (a tab-separated WEO export)";
  private static final String ALLOWED =
      "a number (thousands commas allowed, e.g. 1,234.5), or n/a or -- for a gap";

  private WeoMacroReader() {}

  static MacroTable read(String source, List<String> lines, MacroIndicator chosen) {
    String[] header = lines.get(0).split("\t", -1);
    int iso = column(header, "ISO", source);
    int subject = column(header, "WEO Subject Code", source);
    int scaleAt = find(header, "Scale");
    int estimates = find(header, "Estimates Start After");
    Map<Integer, Integer> yearAt = new LinkedHashMap<>();
    for (int i = 0; i < header.length; i++) {
      String y = header[i].trim();
      if (y.matches("[12][0-9]{3}")) {
        yearAt.put(i, Integer.parseInt(y));
      }
    }
    if (yearAt.isEmpty()) {
      throw new InvalidInputException(
          source + ":1: no year column (1980, 1981, ...); expected " + EXPECTED);
    }
    Set<String> codes = new LinkedHashSet<>();
    for (int n = 1; n < lines.size(); n++) {
      String[] f = lines.get(n).split("\t", -1);
      if (f.length > subject && !f[subject].isBlank()) {
        codes.add(f[subject].trim());
      }
    }
    MacroIndicator ind = chosen;
    if (ind == null) {
      List<MacroIndicator> present = new ArrayList<>();
      for (String c : codes) {
        MacroIndicator.find(c).filter(i -> i.format() == MacroFormat.WEO).ifPresent(present::add);
      }
      if (present.size() != 1) {
        throw MacroFiles.pickIndicator(source, MacroFormat.WEO, codes);
      }
      ind = present.get(0);
    } else if (!codes.contains(ind.code())) {
      throw new InvalidInputException(source + ": no row of subject " + ind.code()
          + "; the file has " + String.join(", ", codes.stream().limit(8).toList())
          + (codes.size() > 8 ? ", ..." : ""));
    }
    Map<Country, MacroTable.Row> rows = new LinkedHashMap<>();
    for (int n = 1; n < lines.size(); n++) {
      String[] f = lines.get(n).split("\t", -1);
      if (f.length <= Math.max(iso, subject) || !f[subject].trim().equals(ind.code())) {
        continue; // blank lines, the footer, other subjects
      }
      Country c = WdiMacroReader.country(f[iso]);
      if (c == null) {
        continue;
      }
      String what = f[iso].trim() + ", " + ind.code();
      double scale = scale(source, n + 1, scaleAt, f, ind, what);
      TreeMap<Integer, Double> values = new TreeMap<>();
      for (Map.Entry<Integer, Integer> e : yearAt.entrySet()) {
        String cell = e.getKey() < f.length ? f[e.getKey()].trim() : "";
        if (gap(cell)) {
          continue;
        }
        double v = MacroFiles.number(cell, true);
        if (Double.isNaN(v)) {
          throw MacroFiles.bad(
              source, n + 1, e.getKey() + 1, String.valueOf(e.getValue()), cell, what, ALLOWED);
        }
        values.put(e.getValue(), v * scale);
      }
      OptionalInt after = OptionalInt.empty();
      String cell = estimates >= 0 && estimates < f.length ? f[estimates].trim() : "";
      if (!gap(cell)) {
        if (!cell.matches("[12][0-9]{3}")) {
          throw MacroFiles.bad(
              source,
              n + 1,
              estimates + 1,
              "Estimates Start After",
              cell,
              what,
              "a year such as 2023, or n/a");
        }
        after = OptionalInt.of(Integer.parseInt(cell));
      }
      if (rows.put(c, new MacroTable.Row(c, n + 1, values, after)) != null) {
        throw new InvalidInputException(source + ":" + (n + 1) + ": a second row of " + c.alpha3()
            + " for " + ind.code() + "; expected one row per country and subject");
      }
    }
    return new MacroTable(source, MacroFormat.WEO, ind, rows);
  }

  private static boolean gap(String cell) {
    return cell.isEmpty() || cell.equalsIgnoreCase("n/a") || cell.equals("--");
  }

  /** The factor to US$ million of a nominal US$ row by its Scale cell; 1 for other measures. */
  private static double scale(
      String source, int line, int at, String[] f, MacroIndicator ind, String what) {
    if (ind.measure() != MacroIndicator.Measure.NOMINAL_USD) {
      return 1.0;
    }
    String s = at >= 0 && at < f.length ? f[at].trim().toLowerCase(Locale.ROOT) : "billions";
    return switch (s) {
      case "billions" -> 1000.0;
      case "millions" -> 1.0;
      case "", "units" -> 1e-6;
      default ->
        throw MacroFiles.bad(
            source, line, at + 1, "Scale", f[at].trim(), what, "Billions, Millions or Units");
    };
  }

  private static int find(String[] header, String name) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].trim().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  private static int column(String[] header, String name, String source) {
    int i = find(header, name);
    if (i < 0) {
      throw new InvalidInputException(
          source + ":1: no column '" + name + "'; expected " + EXPECTED);
    }
    return i;
  }
}
