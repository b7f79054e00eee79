package org.tradetarget.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a user's data file is, and reading it once. The one place that tells a CSV in a form of
 * {@code seeds/} (read by {@link Dataset#readUserFile}) from a downloaded trade file of a {@link
 * TradeFormat} (read by {@link #read}, each format by its own reader), by the file's first line.
 * Parsed files are kept per process, keyed by path, size and modification time and the read options,
 * so reading an unchanged file again costs no parse.
 */
public final class TradeFiles {
  /** The most characters of a first line looked at. */
  static final int FIRST_LINE_LIMIT = 1 << 16;

  private TradeFiles() {}

  /**
   * Reads a trade file or BACI folder ({@link Dataset#read(Path, ReadOptions)}), parsing it only
   * when it was not read before with the same options or has changed since.
   *
   * @throws InvalidInputException for a file that cannot be read as its format, naming file, line,
   *     column and value
   */
  public static TradeData read(Path path, ReadOptions options) {
    return ReadCache.get(path, options, TradeData.class, () -> parse(path, options));
  }

  /** How many times {@code path} was parsed in this process (a test of the cache counts them). */
  public static long parses(Path path) {
    return ReadCache.parses(path);
  }

  private static TradeData parse(Path path, ReadOptions options) {
    String source =
        path.getFileName() == null ? path.toString() : path.getFileName().toString();
    if (Files.isDirectory(path) || options.format().equals(Optional.of(TradeFormat.BACI))) {
      return TradeFormat.BACI
          .reader()
          .read(new FormatReader.Input(path, source, null, Optional.empty()), options);
    }
    if (!Files.isRegularFile(path)) {
      throw new InvalidInputException(path + ": no such file or folder");
    }
    // UTF-8 (else Windows-1252) within the size limit, the byte-order mark dropped; CRLF and lone
    // CR (classic Mac) line ends read as LF
    TextFiles.Decoded d =
        TextFiles.read(path, TextFiles.MAX_CSV_BYTES, "a trade file", options.encoding());
    String text = d.text().replace("\r\n", "\n").replace('\r', '\n');
    int nl = text.indexOf('\n');
    String first = nl < 0 ? text : text.substring(0, nl);
    TradeFormat format = options.format().orElseGet(() -> TradeFormat.detect(source, first));
    return format.reader().read(new FormatReader.Input(path, source, text, d.notice()), options);
  }

  /** A seeds-form file ({@link Dataset#readUserFile(Path, TextEncoding)}), parsed once. */
  static Dataset.UserFile readUserFile(Path file, TextEncoding encoding) {
    return ReadCache.get(
        file, encoding, Dataset.UserFile.class, () -> parseUserFile(file, encoding));
  }

  private static Dataset.UserFile parseUserFile(Path file, TextEncoding encoding) {
    TextFiles.Decoded d = TextFiles.read(file, TextFiles.MAX_CSV_BYTES, "a CSV file", encoding);
    CsvRecords csv = CsvRecords.read(file.toString(), new StringReader(d.text()));
    List<String> notes = d.notice().stream().toList();
    if (csv.has("corridor")) {
      return new Dataset.UserFile(
          Optional.of(Dataset.readHistory(file.toString(), new StringReader(d.text()))),
          Optional.empty(),
          notes);
    }
    return new Dataset.UserFile(
        Optional.empty(),
        Optional.of(Dataset.readSeries(file.toString(), new StringReader(d.text()))),
        notes);
  }

  /**
   * Whether {@code path} is a CSV file in a form of {@code seeds/}: its header names a {@code
   * corridor} column, or {@code year} and {@code value}, and no trade format matches it. A folder, a
   * missing or unreadable file, and a file that no trade format and no seeds form matches are not
   * (the trade readers then say why).
   */
  public static boolean isSeedsForm(Path path) {
    return isSeedsForm(path, TextEncoding.AUTO);
  }

  /** Whether {@code path} is a seeds-form CSV, its text read in {@code encoding}. */
  public static boolean isSeedsForm(Path path, TextEncoding encoding) {
    if (!Files.isRegularFile(path)) {
      return false;
    }
    String first;
    try {
      first = firstLine(path, encoding);
    } catch (IOException | InvalidInputException e) {
      return false;
    }
    if (first == null) {
      // No line end in the first FIRST_LINE_LIMIT characters: no trade format has such a header;
      // the strict CSV reader says what is wrong with the file (its size, its bytes).
      return true;
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

  /**
   * The first line without its byte-order mark, decoded in {@code encoding}, or null when no line
   * ends within {@link #FIRST_LINE_LIMIT} bytes.
   */
  private static String firstLine(Path path, TextEncoding encoding) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(FIRST_LINE_LIMIT * 4 + 4);
    }
    int end = 0;
    while (end < head.length && head[end] != '\n' && head[end] != '\r') {
      end++;
    }
    if (end == head.length && head.length > FIRST_LINE_LIMIT) {
      return null;
    }
    String line =
        TextFiles.decode(path.toString(), Arrays.copyOf(head, end), encoding).text();
    return line.length() > FIRST_LINE_LIMIT ? null : line;
  }
}
