package org.tradetarget.core.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a regressor file: CSV with header {@code year,NAME1,NAME2,...} and one row per calendar
 * year, every cell of the columns taken a finite number (e.g. GDP growth in percent, its unit as the
 * user keeps it). The rows cover the fitted years and the horizon; which years are needed is checked
 * when a fit reads them ({@link Regressors#row}). Every problem names the file, line and column.
 */
public final class RegressorsCsv {
  /** The form expected, for messages. */
  public static final String EXPECTED =
      "a CSV file with header year,NAME1,NAME2,... and one row per year";

  private RegressorsCsv() {}

  /**
   * The regressor columns' names, in the file's order.
   *
   * @throws InvalidInputException for a missing or unreadable file or a bad header
   */
  public static List<String> columns(Path file) {
    return new ArrayList<>(header(file.toString(), lines(file)[0]).keySet());
  }

  private static String[] lines(Path file) {
    String text = TextFiles.read(file, TextFiles.MAX_CSV_BYTES, "a regressor file (xreg CSV)");
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.split("\r\n|\n|\r", -1);
  }

  /** Column name → its index in the row (1 for the first after year). */
  private static Map<String, Integer> header(String source, String line) {
    List<String> header = CsvLine.split(line);
    if (!"year".equals(header.get(0).trim().toLowerCase(Locale.ROOT)) || header.size() < 2) {
      throw new InvalidInputException(
          source + ":1:1: header '" + line + "' is not allowed;" + " expected " + EXPECTED);
    }
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int c = 1; c < header.size(); c++) {
      String name = header.get(c).trim();
      if (name.isEmpty() || index.put(name, c) != null) {
        throw new InvalidInputException(source + ":1:" + (c + 1) + ": column name '" + name
            + "' is not allowed; expected a name, different from the other columns'");
      }
    }
    return index;
  }

  /**
   * Reads the columns named (all of them when {@code columns} is null or empty).
   *
   * @throws InvalidInputException for a missing or unreadable file, a bad header, an unknown column,
   *     a bad year or a repeated one, a row of the wrong length or a cell that is not a finite
   *     number, naming file, line and column, the value and what is allowed
   */
  public static Regressors read(Path file, List<String> columns) {
    String source = file.toString();
    String[] lines = lines(file);
    List<String> header = CsvLine.split(lines[0]);
    Map<String, Integer> index = header(source, lines[0]);
    List<String> chosen =
        columns == null || columns.isEmpty() ? new ArrayList<>(index.keySet()) : columns;
    int[] at = new int[chosen.size()];
    for (int j = 0; j < chosen.size(); j++) {
      Integer c = index.get(chosen.get(j));
      if (c == null) {
        throw new InvalidInputException(source + ":1: column '" + chosen.get(j)
            + "' is not in the file; expected one of " + String.join(", ", index.keySet()));
      }
      at[j] = c;
    }
    Map<Integer, double[]> rows = new HashMap<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      int line = i + 1;
      List<String> f = CsvLine.split(lines[i]);
      if (f.size() != header.size()) {
        throw new InvalidInputException(source + ":" + line + ": " + f.size() + " fields is not"
            + " allowed; expected " + header.size() + " as the header has");
      }
      int year;
      try {
        year = (int) StrictNumbers.parseWhole(f.get(0), 1000, 9999);
      } catch (NumberFormatException e) {
        throw new InvalidInputException(source + ":" + line + ":1: year '"
            + f.get(0).trim() + "' is not allowed; expected a calendar year such as 2024");
      }
      double[] v = new double[at.length];
      for (int j = 0; j < at.length; j++) {
        String cell = f.get(at[j]);
        try {
          v[j] = StrictNumbers.parseFinite(cell);
        } catch (NumberFormatException e) {
          throw new InvalidInputException(source + ":" + line + ":" + (at[j] + 1) + ": '"
              + cell.trim() + "' in column '" + chosen.get(j) + "' " + e.getMessage()
              + "; expected a finite number such as 6.5");
        }
      }
      if (rows.put(year, v) != null) {
        throw new InvalidInputException(source + ":" + line + ":1: year " + year
            + " is given twice; expected one row per year");
      }
    }
    if (rows.isEmpty()) {
      throw new InvalidInputException(source + ": no rows; expected " + EXPECTED);
    }
    return Regressors.of(source, chosen, rows);
  }
}
