package org.tradetarget.core.evidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.tradetarget.core.data.BaciTotals;
import org.tradetarget.core.data.CsvLine;
import org.tradetarget.core.data.InvalidInputException;

/**
 * Sums a BACI year file's rows per product-level series ({@link PanelLevel#HS2}, {@link
 * PanelLevel#HS4} or {@link PanelLevel#HS6}) and year, two-way, in whole US$ summed exactly ({@link
 * BaciTotals#dollars(String)}): the series id is the pair's id and the product prefix, e.g. {@code
 * KH-VN:09}. Every series is kept in memory, so this suits a release cut to the countries or
 * products of interest; a whole release at HS6 is the cluster job's.
 */
final class BaciProducts {
  private static final String[] COLUMNS = {"t", "i", "j", "k", "v"};

  private BaciProducts() {}

  /**
   * Adds the rows of one year file to {@code sums} (series id → year → whole US$).
   *
   * @param names each BACI country code's name ({@code BaciCodes#names})
   * @param codeFile the country file's name, for messages
   * @return the data rows read
   * @throws InvalidInputException naming the file, line, column, value and what is allowed
   */
  static long add(
      InputStream in,
      String file,
      PanelLevel level,
      Map<Integer, String> names,
      String codeFile,
      Map<String, SortedMap<Integer, Long>> sums)
      throws IOException {
    BufferedReader r =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    String header = r.readLine();
    List<String> head = header == null ? List.of() : CsvLine.split(header.strip());
    int[] col = new int[COLUMNS.length];
    for (int c = 0; c < COLUMNS.length; c++) {
      col[c] = head.indexOf(COLUMNS[c]);
      if (col[c] < 0) {
        throw new InvalidInputException(file + ":1: no column '" + COLUMNS[c]
            + "'; a BACI year file has the header t,i,j,k,v,q");
      }
    }
    long rows = 0;
    int lineNo = 1;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      List<String> f = CsvLine.split(line);
      String at = file + ":" + lineNo + ": ";
      int year = whole(f, col[0], "t", at);
      String a = country(names, whole(f, col[1], "i", at), "i", at, codeFile);
      String b = country(names, whole(f, col[2], "j", at), "j", at, codeFile);
      String k = field(f, col[3]).trim();
      String v = field(f, col[4]);
      long dollars;
      try {
        dollars = BaciTotals.dollars(v);
      } catch (NumberFormatException | ArithmeticException e) {
        dollars = -1;
      }
      if (dollars < 0) {
        throw new InvalidInputException(at + "column 'v': '" + v
            + "' is not allowed; expected a value >= 0 in thousands of US$");
      }
      rows++;
      String pair = PanelLevel.pairId(a, b);
      if (pair == null) {
        continue;
      }
      String id;
      try {
        id = level.seriesId(pair, k);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(at + "column 'k': '" + k + "' is not allowed at --level "
            + level.id() + "; expected an HS code of at least " + level.digits() + " digits");
      }
      sums.computeIfAbsent(id, x -> new TreeMap<>()).merge(year, dollars, Long::sum);
    }
    return rows;
  }

  private static String field(List<String> f, int c) {
    return c < f.size() ? f.get(c) : "";
  }

  private static int whole(List<String> f, int c, String name, String at) {
    String s = field(f, c).trim();
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          at + "column '" + name + "': '" + s + "' is not allowed; expected a whole number");
    }
  }

  private static String country(
      Map<Integer, String> names, int code, String column, String at, String codeFile) {
    String n = names.get(code);
    if (n == null) {
      throw new InvalidInputException(at + "column '" + column + "': '" + code
          + "' is not allowed; expected a BACI country code listed in " + codeFile);
    }
    return n;
  }
}
