package org.tradetarget.core.data;

import java.util.ArrayList;
import java.util.List;

/** One line of a CSV file split into its fields (one record per line; no line breaks in fields). */
public final class CsvLine {
  private CsvLine() {}

  /**
   * Splits a CSV line at its commas; a field in double quotes may hold commas and "" for a quote.
   *
   * @param line one line, without its line end
   * @return the fields, as many as the line has commas plus one
   */
  public static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    int n = line.length();
    int i = 0;
    while (true) {
      if (i < n && line.charAt(i) == '"') {
        StringBuilder sb = new StringBuilder();
        i++;
        while (i < n) {
          char c = line.charAt(i);
          if (c == '"') {
            if (i + 1 < n && line.charAt(i + 1) == '"') {
              sb.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          sb.append(c);
          i++;
        }
        out.add(sb.toString());
        while (i < n && line.charAt(i) != ',') {
          i++;
        }
      } else {
        int j = line.indexOf(',', i);
        int end = j < 0 ? n : j;
        out.add(line.substring(i, end));
        i = end;
      }
      if (i >= n) {
        break;
      }
      i++;
      if (i == n) {
        out.add("");
        break;
      }
    }
    return out;
  }
}
