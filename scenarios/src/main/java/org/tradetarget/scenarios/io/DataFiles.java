package org.tradetarget.scenarios.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.TradeFormat;

/**
 * Tells the two kinds of data file apart: a CSV in a form of {@code seeds/} (the minimal {@code
 * year,value} series, or the full form of {@code seeds/trade-history.csv} with a {@code corridor}
 * column), read by {@code Dataset.readUserFile}, and a downloaded trade file (UN Comtrade, IMF DOTS
 * or IMTS, a CEPII BACI folder), read by {@code Dataset.read(Path, ReadOptions)}.
 */
public final class DataFiles {
  /** The most characters read to find the first line. */
  static final int FIRST_LINE_LIMIT = 1 << 16;

  private DataFiles() {}

  /** The first line, or null when there is none within {@link #FIRST_LINE_LIMIT} characters. */
  private static String firstLine(BufferedReader r) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int c = r.read(); c >= 0; c = r.read()) {
      if (c == '\n' || c == '\r') {
        return b.toString();
      }
      if (b.length() >= FIRST_LINE_LIMIT) {
        return null;
      }
      b.append((char) c);
    }
    return b.length() == 0 ? "" : b.toString();
  }

  /**
   * Whether {@code path} is a CSV file in a form of {@code seeds/}: its header names a {@code
   * corridor} column, or {@code year} and {@code value}, and no trade format matches it. A folder, a
   * missing or unreadable file, and a file that no trade format and no seeds form matches are not
   * (the trade readers then say why).
   */
  public static boolean isSeedsForm(Path path) {
    if (!Files.isRegularFile(path)) {
      return false;
    }
    String first;
    try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      first = firstLine(r);
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
    if (first == null) {
      // No line end in the first FIRST_LINE_LIMIT characters: no trade format has such a header;
      // the strict CSV reader says what is wrong with the file (its size, its bytes).
      return true;
    }
    if (first.startsWith("\uFEFF")) {
      first = first.substring(1);
    }
    try {
      TradeFormat.detect(path.toString(), first);
      return false;
    } catch (InvalidInputException notTrade) {
      if (first.indexOf(';') >= 0 && first.indexOf(',') < 0) {
        return true; // a spreadsheet's ';' export: the CSV reader says how to save it
      }
      List<String> fields = Arrays.stream(first.split(",", -1))
          .map(f -> f.trim().replace("\"", "").toLowerCase(Locale.ROOT))
          .toList();
      return fields.contains("corridor")
          || (fields.contains("year") && fields.contains("value"))
          || (!first.isBlank() && Character.isDigit(first.strip().charAt(0)));
    }
  }
}
