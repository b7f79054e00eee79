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
  private DataFiles() {}

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
      first = r.readLine();
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
    if (first == null) {
      return false;
    }
    if (first.startsWith("\uFEFF")) {
      first = first.substring(1);
    }
    try {
      TradeFormat.detect(path.toString(), first);
      return false;
    } catch (InvalidInputException notTrade) {
      List<String> fields = Arrays.stream(first.split(",", -1))
          .map(f -> f.trim().replace("\"", "").toLowerCase(Locale.ROOT))
          .toList();
      return fields.contains("corridor")
          || (fields.contains("year") && fields.contains("value"))
          || (!first.isBlank() && Character.isDigit(first.trim().charAt(0)));
    }
  }
}
