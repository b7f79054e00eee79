package org.tradetarget.scenarios.cli;

import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Basis;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.ReadOptions;
import org.tradetarget.core.data.TextEncoding;
import org.tradetarget.core.data.TextFiles;
import org.tradetarget.core.data.TradeData;
import org.tradetarget.core.data.TradeFiles;
import org.tradetarget.core.data.TradeFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options that read a downloaded trade file with {@code --input} ({@code data}, {@code
 * project}, {@code backtest}): {@code --input-format}, {@code --input-scale}, {@code --basis},
 * {@code --cif-fob}. A CSV in a form of {@code seeds/} (year,value, or the columns of {@code
 * seeds/trade-history.csv}) is read as before; any other file, or a BACI folder, through {@code
 * Dataset.read(Path, ReadOptions)}.
 */
final class TradeInput {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      description =
          "The trade file's format: auto (detected from the header; default), comtrade, comtrade-bulk,"
              + " comtrade-legacy, dots, imts or baci (a BACI release folder).")
  String format;

  @Option(
      names = "--input-scale",
      paramLabel = "SCALE",
      description =
          "The unit of the file's values when the format states none (IMF DOTS): units, thousands or"
              + " millions of US$.")
  String scale;

  @Option(
      names = "--basis",
      paramLabel = "BASIS",
      description =
          "Whose declarations the corridor's series uses: reporter:XX (alpha-2 or alpha-3), average or"
              + " reconciled (BACI). Default: the corridor's documented one (VN for VN-LA and VN-KH, KH"
              + " for KH-LA), else the reporter with more years.")
  String basis;

  @Option(
      names = "--cif-fob",
      paramLabel = "F",
      description =
          "Divide CIF import values by F so both sides are FOB (1 to 2; default 1, none; the IMF DOTS"
              + " yearbook uses 1.06).")
  Double cifFob;

  @Option(
      names = "--input-encoding",
      paramLabel = "ENCODING",
      description =
          "The text encoding of the --input CSV, TSV or JSON: utf-8 or windows-1252. Default: UTF-8,"
              + " else Windows-1252 (as spreadsheet programs save CSVs) with a notice.")
  String encoding;

  /** A corridor's series picked from a trade file. */
  record Picked(TradeData data, Corridor corridor, Basis basis, AnnualSeries series) {}

  /** Whether {@code input} is read as a trade file (a format named, or not a seeds-form CSV). */
  boolean isTradeFile(Path input) {
    return (format != null && !format.trim().equalsIgnoreCase("auto"))
        || !TradeFiles.isSeedsForm(input, encoding());
  }

  /**
   * Refuses the trade-file options for a seeds-form CSV.
   *
   * @throws InvalidInputException naming the first such option given
   */
  void refuseFor(Path input) {
    String given = scale != null
        ? "--input-scale"
        : basis != null ? "--basis" : cifFob != null ? "--cif-fob" : null;
    if (given != null) {
      throw new InvalidInputException("option '" + given + "' is only for a downloaded trade file;"
          + " " + input + " is a CSV in a form of seeds/ (year,value or the columns of"
          + " seeds/trade-history.csv)");
    }
  }

  /** The text encoding named by {@code --input-encoding}, else auto. */
  TextEncoding encoding() {
    if (encoding == null) {
      return TextEncoding.AUTO;
    }
    try {
      return TextEncoding.parse(encoding);
    } catch (InvalidInputException e) {
      throw new InvalidInputException("option '--input-encoding': " + e.getMessage());
    }
  }

  /**
   * Reads a seeds-form CSV in the encoding of {@code --input-encoding}, printing the notice of a
   * file read as Windows-1252.
   */
  Dataset.UserFile readUserFile(Path input) {
    Dataset.UserFile f = Dataset.readUserFile(input, encoding());
    f.notes().forEach(this::notice);
    return f;
  }

  /** A one-line notice on the command's error stream (the encoding a file was read in). */
  private void notice(String line) {
    if (mixee == null) {
      System.err.println(line);
      System.err.flush();
      return;
    }
    PrintWriter err = mixee.commandLine().getErr();
    err.println(mixee.commandLine().getCommandSpec().qualifiedName() + ": note: " + line);
    err.flush();
  }

  /** The read options from the flags. */
  ReadOptions options() {
    ReadOptions o = ReadOptions.defaults().withEncoding(encoding());
    if (format != null && !format.trim().equalsIgnoreCase("auto")) {
      try {
        o = o.withFormat(TradeFormat.of(format));
      } catch (InvalidInputException e) {
        throw new InvalidInputException("option '--input-format': " + e.getMessage());
      }
    }
    if (scale != null) {
      try {
        o = o.withScale(ReadOptions.Scale.parse(scale));
      } catch (InvalidInputException e) {
        throw new InvalidInputException("option '--input-scale': " + e.getMessage());
      }
    }
    if (cifFob != null) {
      try {
        o = o.withCifFob(cifFob);
      } catch (InvalidInputException e) {
        throw new InvalidInputException("option '--cif-fob': " + e.getMessage());
      }
    }
    return o;
  }

  /** Reads the trade file, printing the notice of a file read as Windows-1252. */
  TradeData read(Path input) {
    TradeData data = Dataset.read(input, options());
    data.notes().stream().filter(TextFiles::isEncodingNotice).forEach(this::notice);
    return data;
  }

  /** The basis named by {@code --basis}, or null. */
  Basis basisOrNull() {
    if (basis == null) {
      return null;
    }
    try {
      return Basis.parse(basis);
    } catch (InvalidInputException e) {
      throw new InvalidInputException("option '--basis': " + e.getMessage());
    }
  }

  /**
   * A corridor's two-way series from a trade file: the corridor named (or the file's only pair), on
   * the basis named or the corridor's default ({@link TradeData#defaultBasis}).
   *
   * @param corridorId the {@code --corridor} value, or null
   * @throws InvalidInputException for a corridor the file does not hold (naming the pairs it holds)
   *     or a basis it cannot give (listing the bases it can)
   */
  Picked pick(TradeData data, String corridorId) {
    Corridor c;
    if (corridorId == null) {
      List<Corridor> pairs = data.pairs();
      if (pairs.size() != 1) {
        throw new InvalidInputException("option '--corridor' is required: " + data.source()
            + " holds "
            + (pairs.isEmpty() ? "no country pair" : pairs.size() + " pairs (" + shown(pairs) + ")")
            + "; name one, e.g. --corridor "
            + (pairs.isEmpty() ? "TH-LA" : pairs.get(0).id()));
      }
      c = pairs.get(0);
    } else {
      c = corridor(corridorId);
    }
    Basis b = basisOrNull();
    if (b == null) {
      b = data.defaultBasis(c);
    }
    return new Picked(data, c, b, data.series(c, b));
  }

  /**
   * The series a command fits: a corridor's embedded default series ({@code --corridor} alone), a
   * year,value CSV ({@code --input} alone), or a corridor's two-way series from a trade file ({@code
   * --input} with {@code --corridor}, or the file's only pair).
   *
   * @param series the series, US$ million
   * @param corridor its corridor, or null for a year,value file
   * @param basis the basis of a trade file's series, or null
   * @param file the trade file's name, or null
   */
  record Source(AnnualSeries series, Corridor corridor, Basis basis, String file) {}

  /**
   * The series of {@code --input} and {@code --corridor}.
   *
   * @throws InvalidInputException when neither is given, a trade option meets a seeds-form file or
   *     no file, or the file cannot give the corridor or basis
   */
  Source source(Path input, String corridorId) {
    if (input == null && corridorId == null) {
      throw new InvalidInputException(
          "give --input PATH (a year,value CSV or a trade file) or --corridor ID (an embedded"
              + " corridor): the series to use");
    }
    if (input == null) {
      refuseWithoutInput();
      Corridor c = Corridor.of(corridorId);
      return new Source(Dataset.embedded().series(c), c, null, null);
    }
    if (isTradeFile(input)) {
      Picked p = pick(read(input), corridorId);
      return new Source(p.series(), p.corridor(), p.basis(), p.data().source());
    }
    refuseFor(input);
    if (corridorId != null) {
      throw new InvalidInputException("option '--corridor' with --input needs a trade file (one"
          + " that holds country pairs); " + input + " is a year,value series: give one of"
          + " --input and --corridor");
    }
    TextFiles.Decoded text =
        TextFiles.read(input, TextFiles.MAX_CSV_BYTES, "a CSV file", encoding());
    text.notice().ifPresent(this::notice);
    return new Source(
        Dataset.readSeries(input.toString(), new StringReader(text.text())), null, null, null);
  }

  /**
   * Refuses the trade-file options without {@code --input}.
   *
   * @throws InvalidInputException naming the first such option given
   */
  void refuseWithoutInput() {
    String given = format != null
        ? "--input-format"
        : encoding != null
            ? "--input-encoding"
            : scale != null
                ? "--input-scale"
                : basis != null ? "--basis" : cifFob != null ? "--cif-fob" : null;
    if (given != null) {
      throw new InvalidInputException(
          "option '" + given + "' needs --input: it says how to read a downloaded trade file");
    }
  }

  /** Parses a {@code --corridor} value. */
  static Corridor corridor(String id) {
    try {
      return Corridor.of(id);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("option '--corridor': " + e.getMessage());
    }
  }

  private static String shown(List<Corridor> pairs) {
    List<String> ids = pairs.stream().limit(30).map(Corridor::id).toList();
    return String.join(", ", ids) + (pairs.size() > ids.size() ? ", ..." : "");
  }
}
