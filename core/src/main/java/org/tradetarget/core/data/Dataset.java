package org.tradetarget.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Trade history, targets and macro figures, each value with its source. {@link #embedded()} is the
 * project's own data from {@code seeds/}, packaged into this library; the static readers load a
 * user's CSV file in either of two forms:
 *
 * <ul>
 *   <li>the full form, with the columns of {@code seeds/trade-history.csv}: at least {@code
 *       corridor,year,flow,value_usd_million}; the optional {@code default} column marks the rows of
 *       each corridor's default series (without it every {@code total} row is a default point);
 *   <li>the minimal form {@code year,value} for one series ({@link #readSeries(Path)}).
 * </ul>
 *
 * <p>A corridor's default series holds one value per year from one reporter basis; rows of another
 * reporter are alternates and never mixed into it. Missing years stay missing.
 */
public final class Dataset {
  private static final String SEEDS = "/org/tradetarget/core/seeds/";

  private final String name;
  private final List<TradeObservation> observations;
  private final List<Target> targets;
  private final List<MacroObservation> macro;
  private final Map<Corridor, AnnualSeries> defaults;

  private Dataset(
      String name,
      List<TradeObservation> observations,
      List<Target> targets,
      List<MacroObservation> macro,
      Map<Corridor, AnnualSeries> defaults) {
    this.name = name;
    this.observations = List.copyOf(observations);
    this.targets = List.copyOf(targets);
    this.macro = List.copyOf(macro);
    this.defaults = Map.copyOf(defaults);
  }

  private static final class Holder {
    static final Dataset EMBEDDED = loadEmbedded();
  }

  /**
   * Reads a trade file in any of the {@link TradeFormat}s (UN Comtrade Plus CSV or JSON, Comtrade
   * bulk, legacy Comtrade, IMF DOTS, IMF IMTS) or a CEPII BACI folder into the normalised long form;
   * {@link TradeData#series(Corridor, Basis)} gives any corridor's two-way trade on a basis.
   *
   * @throws InvalidInputException for an undetectable format (listing the formats tried and the first
   *     line), a malformed row (file, line, column, value), an unknown country code (the code and its
   *     scheme), duplicate rows, or a DOTS file without a scale
   */
  public static TradeData read(Path path, ReadOptions options) {
    return TradeFiles.read(path, options);
  }

  /** The project's embedded dataset (the {@code seeds/} folder as packaged into this library). */
  public static Dataset embedded() {
    return Holder.EMBEDDED;
  }

  private static Dataset loadEmbedded() {
    CsvRecords history = resource("trade-history.csv");
    CsvRecords targets = resource("targets.csv");
    CsvRecords macro = resource("macro.csv");
    List<TradeObservation> obs = parseHistory(history);
    return new Dataset(
        "embedded", obs, TargetsCsv.parse(targets), parseMacro(macro), defaultSeries(history, obs));
  }

  private static CsvRecords resource(String file) {
    InputStream in = Dataset.class.getResourceAsStream(SEEDS + file);
    if (in == null) {
      throw new IllegalStateException(
          "embedded data file " + SEEDS + file + " is missing from the library");
    }
    return CsvRecords.read("seeds/" + file, new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /**
   * Reads a user's trade history in the full form.
   *
   * @throws InvalidInputException naming the file, line, column and bad value
   */
  public static Dataset readHistory(Path file) {
    return readHistory(file.toString(), open(file));
  }

  /** Reads a full-form trade history; {@code source} names it in error messages. */
  public static Dataset readHistory(String source, Reader reader) {
    CsvRecords csv = CsvRecords.read(source, reader);
    if (!csv.has("corridor") && csv.has("year") && csv.has("value")) {
      throw new InvalidInputException(
          source + ":1: this is a year,value series; the full form needs a corridor column");
    }
    requireHeader(csv, "a trade history", "corridor", "year", "flow", "value_usd_million");
    List<TradeObservation> obs = parseHistory(csv);
    return new Dataset(source, obs, List.of(), List.of(), defaultSeries(csv, obs));
  }

  /**
   * Reads one series in the minimal form: header {@code year,value}, one row per year, years
   * strictly increasing, values finite and &gt; 0.
   *
   * @throws InvalidInputException naming the file, line, column and bad value
   */
  public static AnnualSeries readSeries(Path file) {
    return readSeries(file.toString(), open(file));
  }

  /** Reads a {@code year,value} series; {@code source} names it in error messages. */
  public static AnnualSeries readSeries(String source, Reader reader) {
    CsvRecords csv = CsvRecords.read(source, reader);
    requireHeader(csv, "a series", "year", "value");
    if (csv.rows().isEmpty()) {
      throw new InvalidInputException(
          source + ": no data rows after the header; expected year,value rows");
    }
    int n = csv.rows().size();
    int[] years = new int[n];
    double[] values = new double[n];
    int[] lines = new int[n];
    for (int i = 0; i < n; i++) {
      CsvRecords.Row row = csv.rows().get(i);
      years[i] = row.year("year");
      values[i] = row.positive("value");
      lines[i] = row.line();
      for (int j = 0; j < i; j++) {
        if (years[j] == years[i]) {
          throw row.bad(
              "year",
              String.valueOf(years[i]),
              "is a duplicate year (also on line " + lines[j] + "); each year may appear once");
        }
      }
      if (i > 0 && years[i] < years[i - 1]) {
        throw row.bad(
            "year",
            String.valueOf(years[i]),
            "is out of order (after " + years[i - 1] + " on line " + lines[i - 1]
                + "); years must be strictly increasing");
      }
    }
    return AnnualSeries.of(source, years, values);
  }

  /**
   * What a user file held: a full-form dataset or a single series, and notes (a Windows-1252 notice).
   *
   * @param notes one line each
   */
  public record UserFile(
      Optional<Dataset> dataset, Optional<AnnualSeries> series, List<String> notes) {
    /** Copies the notes. */
    public UserFile {
      notes = List.copyOf(notes);
    }
    /** A file read without notes. */
    public UserFile(Optional<Dataset> dataset, Optional<AnnualSeries> series) {
      this(dataset, series, List.of());
    }
  }

  /**
   * Reads a user file in either form, telling them apart by the header; UTF-8, else Windows-1252
   * with a note. An unchanged file read again is not parsed again.
   */
  public static UserFile readUserFile(Path file) {
    return readUserFile(file, TextEncoding.AUTO);
  }

  /** Reads a user file in either form, its text in {@code encoding}. */
  public static UserFile readUserFile(Path file, TextEncoding encoding) {
    return TradeFiles.readUserFile(file, encoding);
  }

  private static Reader open(Path file) {
    return new StringReader(
        TextFiles.read(file, TextFiles.MAX_CSV_BYTES, "a CSV file", TextEncoding.AUTO)
            .text());
  }

  private static void requireHeader(CsvRecords csv, String what, String... columns) {
    if (!csv.header().isEmpty() && looksNumeric(csv.header().get(0))) {
      throw new InvalidInputException(csv.source() + ":1: '" + String.join(",", csv.header())
          + "' looks like data, not a header; the first line must name the columns "
          + String.join(",", columns));
    }
    csv.require(what, columns);
  }

  private static boolean looksNumeric(String s) {
    return StrictNumbers.isNumber(s);
  }

  private static List<TradeObservation> parseHistory(CsvRecords csv) {
    if (csv.rows().isEmpty()) {
      throw new InvalidInputException(csv.source() + ": no data rows after the header");
    }
    List<TradeObservation> out = new ArrayList<>();
    for (CsvRecords.Row row : csv.rows()) {
      Corridor corridor = row.corridor("corridor");
      int year = row.year("year");
      String flow = row.get("flow");
      if (flow.isEmpty()) {
        throw row.bad("flow", flow, "is empty; expected total or a direction such as VN_to_LA");
      }
      double value = row.positive("value_usd_million");
      Country reporter = null;
      if (!row.isEmpty("reporter")) {
        try {
          reporter = Country.of(row.get("reporter"));
        } catch (IllegalArgumentException e) {
          throw row.bad(
              "reporter", row.get("reporter"), "is not allowed; expected " + Country.validIds());
        }
      }
      TradeObservation.Flag flag = TradeObservation.Flag.EXACT;
      if (!row.isEmpty("flag")) {
        try {
          flag = TradeObservation.Flag.of(row.get("flag"));
        } catch (IllegalArgumentException e) {
          throw row.bad("flag", row.get("flag"), "is not allowed; " + e.getMessage());
        }
      }
      TradeObservation.Vintage vintage = TradeObservation.Vintage.FINAL;
      if (!row.isEmpty("vintage")) {
        try {
          vintage = TradeObservation.Vintage.of(row.get("vintage"));
        } catch (IllegalArgumentException e) {
          throw row.bad("vintage", row.get("vintage"), "is not allowed; " + e.getMessage());
        }
      }
      boolean isDefault =
          csv.has("default") ? row.bool("default") : TradeObservation.TOTAL.equals(flow);
      if (isDefault && !TradeObservation.TOTAL.equals(flow)) {
        throw row.bad("default", "true", "is only allowed on a total row (flow is " + flow + ")");
      }
      if (isDefault
          && (flag == TradeObservation.Flag.OUTLIER
              || flag == TradeObservation.Flag.STRUCTURAL_BREAK)) {
        throw row.bad("default", "true", "is not allowed on a row flagged " + flag.id());
      }
      out.add(new TradeObservation(
          corridor,
          year,
          flow,
          value,
          reporter,
          flag,
          vintage,
          isDefault,
          row.get("source"),
          row.get("source_url"),
          row.get("quote")));
    }
    return out;
  }

  private static Map<Corridor, AnnualSeries> defaultSeries(
      CsvRecords csv, List<TradeObservation> obs) {
    Map<Corridor, TreeMap<Integer, Integer>> byCorridor = new HashMap<>();
    for (int i = 0; i < obs.size(); i++) {
      TradeObservation o = obs.get(i);
      if (!o.isDefault()) {
        continue;
      }
      TreeMap<Integer, Integer> years =
          byCorridor.computeIfAbsent(o.corridor(), c -> new TreeMap<>());
      CsvRecords.Row row = csv.rows().get(i);
      Integer previous = years.put(o.year(), i);
      if (previous != null) {
        throw row.bad(
            "year",
            String.valueOf(o.year()),
            "is a duplicate year for " + o.corridor() + " (also on line "
                + csv.rows().get(previous).line()
                + "); the default series holds one value per year");
      }
      Map.Entry<Integer, Integer> later = years.higherEntry(o.year());
      if (later != null) {
        throw row.bad(
            "year",
            String.valueOf(o.year()),
            "is out of order for " + o.corridor() + " (after " + later.getKey() + " on line "
                + csv.rows().get(later.getValue()).line()
                + "); years must be increasing within a corridor");
      }
    }
    Map<Corridor, AnnualSeries> out = new HashMap<>();
    for (Map.Entry<Corridor, TreeMap<Integer, Integer>> e : byCorridor.entrySet()) {
      int[] years = e.getValue().keySet().stream().mapToInt(Integer::intValue).toArray();
      double[] values = e.getValue().values().stream()
          .mapToDouble(i -> obs.get(i).valueUsdMillion())
          .toArray();
      out.put(e.getKey(), AnnualSeries.of(e.getKey().id(), years, values));
    }
    return out;
  }

  /**
   * Reads a targets file in the form of {@code seeds/targets.csv} (also {@code
   * seeds/targets-world.csv}, whose further columns it ignores); {@code source} names it in errors.
   *
   * @throws InvalidInputException naming the file, line, column and bad value
   */
  public static List<Target> readTargets(String source, Reader reader) {
    return TargetsCsv.parse(CsvRecords.read(source, reader));
  }

  private static List<MacroObservation> parseMacro(CsvRecords csv) {
    csv.require("the macro file", "country", "year", "indicator", "value", "unit");
    List<MacroObservation> out = new ArrayList<>();
    for (CsvRecords.Row row : csv.rows()) {
      double v;
      try {
        v = StrictNumbers.parseFinite(row.get("value"));
      } catch (NumberFormatException e) {
        throw row.bad("value", row.get("value"), "is not a number");
      }
      boolean isDefault = csv.has("default") && row.bool("default");
      out.add(new MacroObservation(
          Country.of(row.get("country")),
          row.year("year"),
          row.get("indicator"),
          v,
          row.get("unit"),
          row.get("kind"),
          isDefault,
          row.get("vintage"),
          row.get("source"),
          row.get("source_url"),
          row.get("quote")));
    }
    return out;
  }

  /** A label: {@code embedded} or the file name. */
  public String name() {
    return name;
  }

  /** Every trade row, defaults and alternates, in file order. */
  public List<TradeObservation> observations() {
    return observations;
  }

  /** The trade rows of one corridor, sorted by year (stable). */
  public List<TradeObservation> observations(Corridor corridor) {
    return observations.stream()
        .filter(o -> o.corridor().equals(corridor))
        .sorted(Comparator.comparingInt(TradeObservation::year))
        .toList();
  }

  /** The corridors that have a default series, in canonical order. */
  public List<Corridor> corridors() {
    return Corridor.all().stream().filter(defaults::containsKey).toList();
  }

  /**
   * The default series of a corridor (one reporter basis, one value per year, gaps kept).
   *
   * @throws InvalidInputException when this dataset has no series for the corridor
   */
  public AnnualSeries series(Corridor corridor) {
    AnnualSeries s = defaults.get(corridor);
    if (s == null) {
      throw new InvalidInputException(
          "no trade series for corridor " + corridor + " in " + name + "; available: "
              + String.join(", ", corridors().stream().map(Corridor::id).toList()));
    }
    return s;
  }

  /** The reporter of a corridor's default series (the reporter of its default rows), if stated. */
  public Optional<Country> defaultReporter(Corridor corridor) {
    return observations.stream()
        .filter(o -> o.corridor().equals(corridor) && o.isDefault() && o.reporter() != null)
        .map(TradeObservation::reporter)
        .findFirst();
  }

  /** The default-series row of a corridor for a year, if there is one. */
  public Optional<TradeObservation> defaultObservation(Corridor corridor, int year) {
    return observations.stream()
        .filter(o -> o.corridor().equals(corridor) && o.year() == year && o.isDefault())
        .findFirst();
  }

  /** Every target, current and earlier, in file order. */
  public List<Target> targets() {
    return targets;
  }

  /** The current targets, in canonical corridor order. */
  public List<Target> currentTargets() {
    return targets.stream()
        .filter(t -> t.kind() == Target.Kind.CURRENT)
        .sorted(Comparator.comparing(Target::corridor))
        .toList();
  }

  /** The earlier (historical) targets, in file order. */
  public List<Target> earlierTargets() {
    return targets.stream().filter(t -> t.kind() == Target.Kind.EARLIER).toList();
  }

  /** The current target of a corridor, if any. */
  public Optional<Target> currentTarget(Corridor corridor) {
    return currentTargets().stream().filter(t -> t.corridor().equals(corridor)).findFirst();
  }

  /** The macro figures, in file order. */
  public List<MacroObservation> macro() {
    return macro;
  }

  /** Reads the text of an embedded seeds file, e.g. for provenance hashes. */
  public static byte[] embeddedFile(String file) {
    try (InputStream in = Dataset.class.getResourceAsStream(SEEDS + file)) {
      if (in == null) {
        throw new IllegalStateException("embedded data file " + SEEDS + file + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
