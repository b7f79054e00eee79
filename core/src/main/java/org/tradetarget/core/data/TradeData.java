package org.tradetarget.core.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A trade file read into the normalised long form ({@link TradeRecord}: year, reporter, partner,
 * flow, valuation, value in US$ million, format, estimated flag), and the two-way series of any
 * corridor on any basis it can give. Read with {@link Dataset#read(Path, ReadOptions)}.
 *
 * <h2>Two-way trade of a corridor A–B</h2>
 *
 * <ul>
 *   <li>{@code reporter:A}: in each year A reports, A's exports to B plus A's imports from B.
 *       Imports are taken CIF when the file has a CIF value, divided by the CIF/FOB factor of the
 *       {@link ReadOptions} (default 1), else FOB. Re-exports and re-imports never count (they are
 *       part of exports and imports). A year in which A reports only one of the two flows counts
 *       that flow alone.
 *   <li>{@code average}: the mean of {@code reporter:A} and {@code reporter:B} in the years both
 *       report; other years are gaps.
 *   <li>{@code reconciled} (CEPII BACI, its only basis): the flows A→B plus B→A.
 * </ul>
 *
 * Years whose total is 0 are gaps (a series holds positive values).
 */
public final class TradeData {
  private final String source;
  private final TradeFormat format;
  private final List<TradeRecord> records;
  private final List<String> notes;
  private final double cifFob;

  TradeData(
      String source,
      TradeFormat format,
      List<TradeRecord> records,
      List<String> notes,
      double cifFob) {
    this.source = Objects.requireNonNull(source, "source");
    this.format = Objects.requireNonNull(format, "format");
    this.records = List.copyOf(records);
    this.notes = List.copyOf(notes);
    this.cifFob = cifFob;
  }

  /**
   * Trade data from normalised records (e.g. a data frame, {@code Tables.observations}). All records
   * must have the same format, since a BACI record is reconciled and any other is one reporter's.
   *
   * @param source the name used in messages
   * @param cifFob the factor that divides CIF import values (1 = none)
   * @throws InvalidInputException for no records, mixed formats or duplicate records
   */
  public static TradeData of(String source, List<TradeRecord> records, double cifFob) {
    if (records.isEmpty()) {
      throw new InvalidInputException(source + ": no trade records");
    }
    TradeFormat f = records.get(0).format();
    TradeSink sink = new TradeSink(source, f);
    int i = 0;
    for (TradeRecord r : records) {
      i++;
      if (r.format() != f) {
        throw new InvalidInputException(source + ": record " + i + " is "
            + r.format().id() + " but the first is " + f.id() + "; expected records of one format");
      }
      sink.add(
          i + 1,
          r.year(),
          r.reporter(),
          r.partner(),
          r.flow(),
          r.valuation(),
          r.valueUsdMillion(),
          r.estimated());
    }
    if (!(cifFob >= 1 && cifFob <= 2)) {
      throw new InvalidInputException(
          "CIF/FOB factor " + cifFob + " is not allowed; expected a number from 1 to 2");
    }
    return sink.data(cifFob);
  }

  /**
   * Reads a trade file or BACI folder (same as {@link Dataset#read(Path, ReadOptions)}).
   *
   * @throws InvalidInputException for a file that cannot be read as its format, naming file, line, column and value
   */
  public static TradeData read(Path path, ReadOptions options) {
    return TradeFiles.read(path, options);
  }

  /** The file name used in messages. */
  public String source() {
    return source;
  }

  /** The format the file was read as. */
  public TradeFormat format() {
    return format;
  }

  /** The normalised rows, in file order (BACI: by year, exporter, importer). */
  public List<TradeRecord> records() {
    return records;
  }

  /** What the reader skipped and why (breakdown rows, areas, other frequencies, other indicators). */
  public List<String> notes() {
    return notes;
  }

  /** The CIF/FOB factor that divides CIF import values. */
  public double cifFob() {
    return cifFob;
  }

  /** The corridors the file holds rows for, in {@link Corridor} order. */
  public List<Corridor> pairs() {
    TreeSet<Corridor> s = new TreeSet<>();
    for (TradeRecord r : records) {
      s.add(r.corridor());
    }
    return List.copyOf(s);
  }

  /** The bases the file can give for a corridor (empty when the file has no rows for it). */
  public List<Basis> bases(Corridor corridor) {
    List<Basis> out = new ArrayList<>();
    if (format == TradeFormat.BACI) {
      if (records.stream().anyMatch(r -> r.corridor().equals(corridor))) {
        out.add(Basis.RECONCILED);
      }
      return out;
    }
    Map<Integer, Double> a = side(corridor, corridor.first());
    Map<Integer, Double> b = side(corridor, corridor.second());
    if (!a.isEmpty()) {
      out.add(Basis.reporter(corridor.first()));
    }
    if (!b.isEmpty()) {
      out.add(Basis.reporter(corridor.second()));
    }
    if (a.keySet().stream().anyMatch(b::containsKey)) {
      out.add(Basis.AVERAGE);
    }
    return out;
  }

  /**
   * The basis a corridor's series uses when none is named: {@code reconciled} for BACI; for the
   * three bundled corridors their documented reporter (VN for VN-LA and VN-KH, KH for KH-LA) when
   * the file has it; else the reporter with more years (the first country of the id on a tie).
   *
   * @throws InvalidInputException when the file holds no rows for the corridor
   */
  public Basis defaultBasis(Corridor corridor) {
    List<Basis> bases = bases(corridor);
    if (bases.isEmpty()) {
      throw absent(corridor);
    }
    if (format == TradeFormat.BACI) {
      return Basis.RECONCILED;
    }
    Country documented =
        corridor.equals(Corridor.KH_LA) ? Country.KH : corridor.isBundled() ? Country.VN : null;
    if (documented != null && bases.contains(Basis.reporter(documented))) {
      return Basis.reporter(documented);
    }
    int na = side(corridor, corridor.first()).size();
    int nb = side(corridor, corridor.second()).size();
    return Basis.reporter(nb > na ? corridor.second() : corridor.first());
  }

  /**
   * A corridor's two-way trade on a basis, US$ million by calendar year, named by the corridor id.
   *
   * @throws InvalidInputException when the file holds no rows for the corridor (naming the pairs it
   *     holds), or the basis is one the data cannot give (saying why and listing the bases it can)
   */
  public AnnualSeries series(Corridor corridor, Basis basis) {
    Objects.requireNonNull(basis, "basis");
    List<Basis> can = bases(corridor);
    if (can.isEmpty()) {
      throw absent(corridor);
    }
    if (!can.contains(basis)) {
      String why;
      if (basis.kind() == Basis.Kind.RECONCILED) {
        why = "only a reconciled dataset (CEPII BACI) gives it, and this file is " + format.id();
      } else if (format == TradeFormat.BACI) {
        why = "BACI reconciles both declarations, so its only basis is reconciled";
      } else if (basis.kind() == Basis.Kind.AVERAGE) {
        why = "the two reporters never report the same year";
      } else {
        Country r = basis.reporter().orElseThrow();
        why = r.equals(corridor.first()) || r.equals(corridor.second())
            ? r.displayName() + " reports nothing for this corridor in this file"
            : r.id() + " is not a country of " + corridor.id();
      }
      throw new InvalidInputException(source + ": basis " + basis + " is not available for "
          + corridor.id() + ": " + why + "; available: "
          + String.join(", ", can.stream().map(Basis::toString).toList()));
    }
    TreeMap<Integer, Double> totals = new TreeMap<>();
    switch (basis.kind()) {
      case RECONCILED -> {
        for (TradeRecord r : records) {
          if (r.corridor().equals(corridor)) {
            totals.merge(r.year(), r.valueUsdMillion(), Double::sum);
          }
        }
      }
      case REPORTER -> totals.putAll(side(corridor, basis.reporter().orElseThrow()));
      case AVERAGE -> {
        Map<Integer, Double> a = side(corridor, corridor.first());
        Map<Integer, Double> b = side(corridor, corridor.second());
        for (Map.Entry<Integer, Double> e : a.entrySet()) {
          Double vb = b.get(e.getKey());
          if (vb != null) {
            totals.put(e.getKey(), (e.getValue() + vb) / 2);
          }
        }
      }
      default -> throw new IllegalStateException("basis " + basis);
    }
    totals.values().removeIf(v -> !(v > 0));
    if (totals.isEmpty()) {
      throw new InvalidInputException(
          source + ": every year of " + corridor.id() + " on basis " + basis + " is 0");
    }
    int[] years = totals.keySet().stream().mapToInt(Integer::intValue).toArray();
    double[] values = totals.values().stream().mapToDouble(Double::doubleValue).toArray();
    return AnnualSeries.of(corridor.id(), years, values);
  }

  private InvalidInputException absent(Corridor corridor) {
    List<Corridor> pairs = pairs();
    List<String> shown = pairs.stream().limit(30).map(Corridor::id).toList();
    return new InvalidInputException(
        source + ": no trade between " + corridor.first().displayName() + " and "
            + corridor.second().displayName() + " (" + corridor.id() + ") in the file; it holds "
            + (pairs.isEmpty()
                ? "no country pair"
                : String.join(", ", shown)
                    + (pairs.size() > shown.size()
                        ? " and " + (pairs.size() - shown.size()) + " more"
                        : "")));
  }

  /** Reporter's exports to plus imports from the other country, by year (years it reports anything). */
  private Map<Integer, Double> side(Corridor corridor, Country reporter) {
    Country partner = reporter.equals(corridor.first()) ? corridor.second() : corridor.first();
    TreeMap<Integer, Double> exports = new TreeMap<>();
    TreeMap<Integer, Double> importsCif = new TreeMap<>();
    TreeMap<Integer, Double> importsFob = new TreeMap<>();
    if (format == TradeFormat.BACI) {
      return exports;
    }
    for (TradeRecord r : records) {
      if (!r.reporter().equals(reporter) || !r.partner().equals(partner)) {
        continue;
      }
      if (r.flow() == TradeFlow.EXPORT) {
        exports.merge(r.year(), r.valueUsdMillion(), Double::sum);
      } else if (r.flow() == TradeFlow.IMPORT) {
        (r.valuation() == Valuation.CIF ? importsCif : importsFob)
            .merge(r.year(), r.valueUsdMillion(), Double::sum);
      }
    }
    TreeMap<Integer, Double> out = new TreeMap<>(exports);
    TreeSet<Integer> importYears = new TreeSet<>(importsCif.keySet());
    importYears.addAll(importsFob.keySet());
    for (int y : importYears) {
      Double cif = importsCif.get(y);
      double imp = cif != null ? cif / cifFob : importsFob.get(y);
      out.merge(y, imp, Double::sum);
    }
    return out;
  }
}
