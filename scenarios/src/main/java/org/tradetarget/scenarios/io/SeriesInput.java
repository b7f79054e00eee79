package org.tradetarget.scenarios.io;

import java.nio.file.Path;
import java.util.List;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Basis;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.InvalidSetting;
import org.tradetarget.core.data.ReadOptions;
import org.tradetarget.core.data.TextEncoding;
import org.tradetarget.core.data.TextFiles;
import org.tradetarget.core.data.TradeData;
import org.tradetarget.core.data.TradeFiles;
import org.tradetarget.core.data.TradeFormat;

/**
 * The series a command fits, from its settings: a corridor's embedded default series, a year,value
 * CSV, or a corridor's two-way series from a downloaded trade file read with the trade-file settings
 * (each null when not given). A CSV in a form of {@code seeds/} (year,value, or the columns of
 * {@code seeds/trade-history.csv}) is read as before; any other file, or a BACI folder, through
 * {@code Dataset.read(Path, ReadOptions)}. Problems name the command-line options the settings come
 * from.
 *
 * @param format the trade file's format ({@code auto} or a {@link TradeFormat} id), or null
 * @param scale the unit of the file's values when the format states none, or null
 * @param basis whose declarations the corridor's series uses, or null for the default
 * @param cifFob the divisor of CIF import values, or null
 * @param encoding the text encoding of the file ({@code utf-8} or {@code windows-1252}), or null for
 *     UTF-8 else Windows-1252 with a notice
 * @param notice where a one-line notice goes (the encoding a file was read in)
 */
public record SeriesInput(
    String format,
    String scale,
    String basis,
    Double cifFob,
    String encoding,
    java.util.function.Consumer<String> notice) {
  /** A corridor's series picked from a trade file. */
  public record Picked(TradeData data, Corridor corridor, Basis basis, AnnualSeries series) {}

  /** Whether {@code input} is read as a trade file (a format named, or not a seeds-form CSV). */
  public boolean isTradeFile(Path input) {
    return (format != null && !format.trim().equalsIgnoreCase("auto"))
        || !TradeFiles.isSeedsForm(input, textEncoding());
  }

  /**
   * Refuses the trade-file options for a seeds-form CSV.
   *
   * @throws InvalidInputException naming the first such option given
   */
  public void refuseFor(Path input) {
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
  public TextEncoding textEncoding() {
    if (encoding == null) {
      return TextEncoding.AUTO;
    }
    try {
      return TextEncoding.parse(encoding);
    } catch (InvalidInputException e) {
      throw new InvalidSetting("input-encoding", e.getMessage());
    }
  }

  /**
   * Reads a seeds-form CSV in the encoding of {@code --input-encoding}, passing on the notice of a
   * file read as Windows-1252.
   */
  public Dataset.UserFile readUserFile(Path input) {
    Dataset.UserFile f = Dataset.readUserFile(input, textEncoding());
    f.notes().forEach(notice);
    return f;
  }

  /** The read options from the flags. */
  public ReadOptions options() {
    ReadOptions o = ReadOptions.defaults().withEncoding(textEncoding());
    if (format != null && !format.trim().equalsIgnoreCase("auto")) {
      try {
        o = o.withFormat(TradeFormat.of(format));
      } catch (InvalidInputException e) {
        throw new InvalidSetting("input-format", e.getMessage());
      }
    }
    if (scale != null) {
      try {
        o = o.withScale(ReadOptions.Scale.parse(scale));
      } catch (InvalidInputException e) {
        throw new InvalidSetting("input-scale", e.getMessage());
      }
    }
    if (cifFob != null) {
      try {
        o = o.withCifFob(cifFob);
      } catch (InvalidInputException e) {
        throw new InvalidSetting("cif-fob", e.getMessage());
      }
    }
    return o;
  }

  /** Reads the trade file, passing on the notice of a file read as Windows-1252. */
  public TradeData read(Path input) {
    TradeData data = Dataset.read(input, options());
    data.notes().stream().filter(TextFiles::isEncodingNotice).forEach(notice);
    return data;
  }

  /** The basis named by {@code --basis}, or null. */
  public Basis basisOrNull() {
    if (basis == null) {
      return null;
    }
    try {
      return Basis.parse(basis);
    } catch (InvalidInputException e) {
      throw new InvalidSetting("basis", e.getMessage());
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
  public Picked pick(TradeData data, String corridorId) {
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
  public record Source(AnnualSeries series, Corridor corridor, Basis basis, String file) {}

  /**
   * The series of {@code --input} and {@code --corridor}.
   *
   * @throws InvalidInputException when neither is given, a trade option meets a seeds-form file or
   *     no file, or the file cannot give the corridor or basis
   */
  public Source source(Path input, String corridorId) {
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
        TextFiles.read(input, TextFiles.MAX_CSV_BYTES, "a CSV file", textEncoding());
    text.notice().ifPresent(notice);
    return new Source(
        Dataset.readSeries(input.toString(), new java.io.StringReader(text.text())),
        null,
        null,
        null);
  }

  /**
   * A named corridor's series: from a trade file {@code input} as {@link #source}, or a year,value
   * CSV {@code input} taken as the corridor's series (for a corridor whose GDP a macro file gives).
   */
  public AnnualSeries corridorSeries(Path input, Corridor corridor) {
    if (input == null || isTradeFile(input)) {
      return source(input, corridor.id()).series();
    }
    return source(input, null).series();
  }

  /**
   * The series of a command that takes one or several ({@code backtest}): one as {@link #source},
   * or several.
   *
   * @param one the one series, or null when there are several
   * @param corridors the several series' corridors
   * @param several the several series
   * @param setting the setting that named the several series
   */
  public record Selection(
      Source one, List<Corridor> corridors, List<AnnualSeries> several, String setting) {}

  /**
   * One series or several: {@code all} corridors of the embedded data, each corridor of a seeds-form
   * file that holds several, or else the one series of {@link #source}.
   *
   * @throws InvalidInputException as {@link #source}, or for {@code all} with an input file
   */
  public Selection select(Path input, String corridorId) {
    if (corridorId != null && corridorId.trim().equalsIgnoreCase("all")) {
      if (input != null) {
        throw new InvalidSetting(
            "corridor",
            "all backtests every embedded corridor; with --input name one corridor of the file, or"
                + " leave --corridor out for a year,value file");
      }
      refuseWithoutInput();
      List<Corridor> cs = Dataset.embedded().corridors();
      return new Selection(
          null, cs, cs.stream().map(Dataset.embedded()::series).toList(), "corridor");
    }
    if (input != null && corridorId == null && !isTradeFile(input)) {
      refuseFor(input);
      Dataset.UserFile f = readUserFile(input);
      if (f.series().isPresent()) {
        return new Selection(new Source(f.series().get(), null, null, null), null, null, null);
      }
      Dataset d = f.dataset().orElseThrow();
      List<Corridor> cs = d.corridors();
      if (cs.size() != 1) {
        return new Selection(null, cs, cs.stream().map(d::series).toList(), "input");
      }
      return new Selection(new Source(d.series(cs.get(0)), null, null, null), null, null, null);
    }
    return new Selection(source(input, corridorId), null, null, null);
  }

  /**
   * Refuses the trade-file options without {@code --input}.
   *
   * @throws InvalidInputException naming the first such option given
   */
  public void refuseWithoutInput() {
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
  public static Corridor corridor(String id) {
    try {
      return Corridor.of(id);
    } catch (IllegalArgumentException e) {
      throw new InvalidSetting("corridor", e.getMessage());
    }
  }

  private static String shown(List<Corridor> pairs) {
    List<String> ids = pairs.stream().limit(30).map(Corridor::id).toList();
    return String.join(", ", ids) + (pairs.size() > ids.size() ? ", ..." : "");
  }
}
