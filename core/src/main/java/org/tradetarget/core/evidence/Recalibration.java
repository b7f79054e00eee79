package org.tradetarget.core.evidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntFunction;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.model.Forecast;
import org.tradetarget.core.model.Projection;
import org.tradetarget.core.model.StepMap;

/**
 * A path-coherent recalibration of the log-scale kinds' predictive distributions: one monotone
 * {@link QuantileMap} of the standardised position per kind, horizon and {@link HistoryClass},
 * fitted from a panel's standardised errors (see {@code docs/RECALIBRATION.md}).
 *
 * <p>It adjusts simulated paths, not only intervals: a path's log value x_h at step h becomes μ_h +
 * σ_h·T_h((x_h − μ_h)/σ_h) ({@link #adjust}), with μ_h, σ_h the kind's log-scale point forecast and
 * standard error. T_h is increasing, so each path keeps its rank among the paths at every step and
 * the band, P(met by year) and the first-passage year are all read off the same adjusted paths.
 *
 * <p>A cell the table lacks (a kind, class or horizon it was not fitted for) uses the table's
 * largest horizon below it for that kind and class, else the identity. The {@code ensemble}'s maps
 * (from a panel backtest that scored it) are of its mixture's position Φ⁻¹(F(x)), which a
 * forecast's μ and σ do not carry: the methods that take a {@link Projection} ({@link
 * #stepMap(ModelKind, int, Projection, int)}, {@link #forecast(ModelKind, int, Projection,
 * Forecast)}) map an ensemble through its members' mixture, as the panel backtest scores it; those
 * that take a forecast alone leave an ensemble as it is. Immutable.
 */
public final class Recalibration {
  /** The resource of the bundled table (seeds/recalibration.csv). */
  static final String BUNDLED = "/org/tradetarget/core/seeds/recalibration.csv";

  /** The columns before the knots. */
  static final String KEY_COLUMNS = "kind,horizon,history,n";

  private static final Recalibration NONE = new Recalibration(new TreeMap<>(), List.of(), "none");

  /** Steps up to this are looked up in an array; beyond it, in the keyed table. */
  private static final int FAST_STEPS = 32;

  private final TreeMap<String, QuantileMap> maps;
  private final List<String> provenance;
  private final String name;

  /**
   * The map of every kind, class and step up to {@value #FAST_STEPS}, as {@link #lookup} finds it:
   * a panel backtest asks for one at every step of every kind at every origin.
   */
  private final EnumMap<ModelKind, QuantileMap[][]> fast = new EnumMap<>(ModelKind.class);

  private Recalibration(Map<String, QuantileMap> maps, List<String> provenance, String name) {
    this.maps = new TreeMap<>(maps);
    this.provenance = List.copyOf(provenance);
    this.name = name;
    HistoryClass[] classes = HistoryClass.values();
    for (ModelKind k : ModelKind.values()) {
      QuantileMap[][] byClass = new QuantileMap[classes.length][FAST_STEPS + 1];
      for (HistoryClass c : classes) {
        for (int h = 1; h <= FAST_STEPS; h++) {
          byClass[c.index()][h] = lookup(k, h, c);
        }
      }
      fast.put(k, byClass);
    }
  }

  /** No recalibration: every map is the identity. */
  public static Recalibration none() {
    return NONE;
  }

  /**
   * The table shipped in {@code seeds/recalibration.csv}, fitted on the Correlates of War dyadic
   * trade panel (provenance in the file and in seeds/README.md).
   */
  public static Recalibration bundled() {
    return EvidenceFiles.bundled(
        BUNDLED, "seeds/recalibration.csv", "recalibration", Recalibration::read);
  }

  /**
   * Reads a table written by {@link #toCsv} ({@code recalibration.csv} of a panel backtest).
   *
   * @throws InvalidInputException for a missing file or a bad line, naming file, line and column
   */
  public static Recalibration read(Path file) {
    return EvidenceFiles.file(file, "a recalibration.csv", Recalibration::read);
  }

  /** A table of the given maps, keyed by kind, horizon and class. */
  static Recalibration of(Map<String, QuantileMap> maps, List<String> provenance) {
    return new Recalibration(new TreeMap<>(maps), provenance, "panel");
  }

  static String key(ModelKind kind, int horizon, HistoryClass history) {
    return String.format(Locale.ROOT, "%s|%s|%03d", kind.id(), history.label(), horizon);
  }

  /** "none", "bundled" or the file it was read from. */
  public String name() {
    return name;
  }

  /** The provenance lines (panel file and SHA-256, years, counts, version, command line). */
  public List<String> provenance() {
    return provenance;
  }

  /** Whether every map is the identity. */
  public boolean isNone() {
    return maps.values().stream().allMatch(QuantileMap::isIdentity);
  }

  /** The map for a kind at step {@code horizon} after a fit on {@code points} points. */
  public QuantileMap map(ModelKind kind, int horizon, int points) {
    return map(kind, horizon, HistoryClass.of(points));
  }

  /** The map for a kind, step and history class (see the class comment for missing cells). */
  public QuantileMap map(ModelKind kind, int horizon, HistoryClass history) {
    if (horizon >= 1 && horizon <= FAST_STEPS) {
      return fast.get(kind)[history.index()][horizon];
    }
    return lookup(kind, horizon, history);
  }

  private QuantileMap lookup(ModelKind kind, int horizon, HistoryClass history) {
    if (maps.isEmpty()) {
      return QuantileMap.identity();
    }
    Map.Entry<String, QuantileMap> e = maps.floorEntry(key(kind, horizon, history));
    String prefix = kind.id() + "|" + history.label() + "|";
    return e != null && e.getKey().startsWith(prefix) ? e.getValue() : QuantileMap.identity();
  }

  /**
   * Adjusts one simulated log path in place: x_h ← μ_h + σ_h·T_h((x_h − μ_h)/σ_h) for steps h = 1..
   *
   * @param logPath the path's log values at steps 1..H
   * @param logPoint the kind's log-scale point forecast at steps 1..H
   * @param logSe the kind's log-scale forecast standard error at steps 1..H
   * @param points the points the kind was fitted on
   */
  public void adjust(
      ModelKind kind, int points, double[] logPath, double[] logPoint, double[] logSe) {
    if (logPoint.length < logPath.length || logSe.length < logPath.length) {
      throw new IllegalArgumentException("a point and a standard error are needed for every step");
    }
    if (kind == ModelKind.ENSEMBLE) {
      return;
    }
    HistoryClass c = HistoryClass.of(points);
    for (int h = 1; h <= logPath.length; h++) {
      int i = h - 1;
      double s = logSe[i];
      if (s > 0) {
        logPath[i] = logPoint[i] + s * map(kind, h, c).apply((logPath[i] - logPoint[i]) / s);
      }
    }
  }

  /**
   * The map of a kind's simulated log paths ({@link StepMap}): at step h a path's log value x
   * becomes μ_h + σ_h·T_h((x − μ_h)/σ_h), as {@link #adjust}, with μ_h and σ_h the forecast's
   * log-scale point and standard error. Steps beyond the forecast are left as they are.
   *
   * @param kind the kind fitted
   * @param points the points the fit used (its history class)
   * @param forecast the fit's forecast over the simulated steps
   * @return the map, or empty when it would change nothing (no table, a kind without a log-scale
   *     forecast, or identity maps at every step)
   */
  public Optional<StepMap> stepMap(ModelKind kind, int points, Forecast forecast) {
    if (kind == ModelKind.ENSEMBLE) {
      return Optional.empty();
    }
    double[] mu = forecast.logPoint();
    double[] se = forecast.logSe();
    QuantileMap[] at = new QuantileMap[mu.length];
    boolean changes = false;
    HistoryClass c = HistoryClass.of(points);
    for (int i = 0; i < mu.length; i++) {
      at[i] = map(kind, i + 1, c);
      boolean usable = Double.isFinite(mu[i]) && Double.isFinite(se[i]) && se[i] > 0;
      if (!usable) {
        at[i] = QuantileMap.identity();
      }
      changes |= !at[i].isIdentity();
    }
    if (!changes) {
      return Optional.empty();
    }
    return Optional.of((step, x) -> {
      if (step < 1 || step > at.length || at[step - 1].isIdentity()) {
        return x;
      }
      int i = step - 1;
      return mu[i] + se[i] * at[i].apply((x - mu[i]) / se[i]);
    });
  }

  /**
   * The map of a fit's simulated log paths over {@code steps} steps: {@link #stepMap(ModelKind,
   * int, Forecast)} of the projection's forecast, or for an {@code ensemble} (bare, or shifted by
   * levers or a macro change) the map of its members' mixture, x ↦ g_h(T_h(Φ⁻¹(F_h(x)))) with F_h the mixture
   * of the members' log-normal forecasts and g_h = F_h⁻¹∘Φ (docs/RECALIBRATION.md), taken around
   * the shift as a single kind's map is taken around its shifted point.
   *
   * @param kind the kind fitted
   * @param points the points the fit used (its history class)
   * @param projection the fit's projection
   * @param steps the steps simulated
   * @return the map, or empty when it would change nothing
   */
  public Optional<StepMap> stepMap(ModelKind kind, int points, Projection projection, int steps) {
    if (kind != ModelKind.ENSEMBLE) {
      return stepMap(kind, points, projection.forecast(steps));
    }
    if (maps.isEmpty()) {
      return Optional.empty();
    }
    return EnsembleMaps.stepMap(this, projection, HistoryClass.of(points), steps);
  }

  /**
   * A fit's analytic forecast recalibrated: {@link #forecast(ModelKind, int, Forecast)}, or for an
   * {@code ensemble} the recalibrated law of its members' mixture at each step (point exp(g(T(0))),
   * bounds exp(g(T(∓q))), the mean by 1,000 quantile levels), shifted as the projection is.
   *
   * @param kind the kind fitted
   * @param points the points the fit used (its history class)
   * @param projection the fit's projection, whose forecast {@code f} is
   * @param f the fit's own forecast
   * @return the recalibrated forecast, or empty when nothing changes
   */
  public Optional<Forecast> forecast(
      ModelKind kind, int points, Projection projection, Forecast f) {
    if (kind != ModelKind.ENSEMBLE) {
      return forecast(kind, points, f);
    }
    if (maps.isEmpty()) {
      return Optional.empty();
    }
    return EnsembleMaps.forecast(this, projection, HistoryClass.of(points), f);
  }

  /**
   * A kind's analytic forecast recalibrated: at each step whose map is not the identity, the point
   * becomes the recalibrated median exp(μ + σ·T(0)), each level's bounds exp(μ + σ·T(∓q)) with q
   * the normal quantile of the level, and the mean the recalibrated law's mean (by 1,000 quantile
   * levels). Steps without a map, and kinds without a log-scale forecast, are unchanged.
   *
   * @param kind the kind fitted
   * @param points the points the fit used (its history class)
   * @param f the kind's own forecast
   * @return the recalibrated forecast, or empty when nothing changes
   */
  public Optional<Forecast> forecast(ModelKind kind, int points, Forecast f) {
    if (kind == ModelKind.ENSEMBLE) {
      return Optional.empty();
    }
    double[] mu = f.logPoint();
    double[] se = f.logSe();
    HistoryClass c = HistoryClass.of(points);
    return withLaws(f, i -> {
      QuantileMap t = map(kind, i + 1, c);
      if (t.isIdentity() || !Double.isFinite(mu[i]) || !Double.isFinite(se[i]) || !(se[i] > 0)) {
        return null;
      }
      return z -> mu[i] + se[i] * t.apply(z);
    });
  }

  /**
   * A forecast whose steps follow new laws, each given by its quantile function on the log scale
   * (the log value at standardised position z, i.e. at level Φ(z)): the point becomes exp(q(0)),
   * each level's bounds exp(q(∓z_level)) and the mean the law's mean by {@value #MEAN_LEVELS}
   * quantile levels; the log point and standard error stay the forecast's own.
   *
   * @param law per step index i (0 for the first step), its quantile function, or null to keep
   *     the step as it is
   * @return the forecast, or empty when every step is kept
   */
  static Optional<Forecast> withLaws(Forecast f, IntFunction<DoubleUnaryOperator> law) {
    int h = f.horizon();
    double[] levels = f.levels();
    double[] point = f.point().clone();
    double[] mean = f.mean().clone();
    double[][] lower = new double[levels.length][];
    double[][] upper = new double[levels.length][];
    for (int k = 0; k < levels.length; k++) {
      lower[k] = f.lower()[k].clone();
      upper[k] = f.upper()[k].clone();
    }
    boolean changed = false;
    for (int i = 0; i < h; i++) {
      DoubleUnaryOperator q = law.apply(i);
      if (q == null) {
        continue;
      }
      changed = true;
      point[i] = Math.exp(q.applyAsDouble(0));
      double sum = 0;
      for (int j = 0; j < MEAN_LEVELS; j++) {
        double z = QuantileMap.normalQuantile((j + 0.5) / MEAN_LEVELS);
        sum += Math.exp(q.applyAsDouble(z));
      }
      mean[i] = sum / MEAN_LEVELS;
      for (int k = 0; k < levels.length; k++) {
        double z = QuantileMap.normalQuantile(0.5 + levels[k] / 200.0);
        lower[k][i] = Math.exp(q.applyAsDouble(-z));
        upper[k][i] = Math.exp(q.applyAsDouble(z));
      }
    }
    return changed
        ? Optional.of(
            new Forecast(f.years(), point, mean, f.logPoint(), f.logSe(), levels, lower, upper))
        : Optional.empty();
  }

  /** The quantile levels the recalibrated mean averages over. */
  private static final int MEAN_LEVELS = 1_000;

  /** The table as CSV: provenance lines starting with #, the header, one row per cell. */
  public String toCsv() {
    StringBuilder sb = new StringBuilder();
    for (String p : provenance) {
      sb.append("# ").append(p).append('\n');
    }
    sb.append(KEY_COLUMNS);
    for (double l : QuantileMap.LEVELS) {
      sb.append(',').append(levelColumn(l));
    }
    sb.append('\n');
    for (Map.Entry<String, QuantileMap> e : maps.entrySet()) {
      String[] k = e.getKey().split("\\|", -1);
      sb.append(k[0]).append(',').append(Integer.parseInt(k[2])).append(',').append(k[1]);
      sb.append(',').append(e.getValue().n());
      for (double z : e.getValue().knots()) {
        sb.append(',').append(String.format(Locale.ROOT, "%.4f", z));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** The column of a level: q01 for 0.01, q025 for 0.025, q50 for 0.5. */
  static String levelColumn(double level) {
    String digits = String.format(Locale.ROOT, "%.3f", level).substring(2);
    digits = digits.endsWith("0") ? digits.substring(0, 2) : digits;
    return "q" + digits;
  }

  private static Recalibration read(Reader reader, String source, String name) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    List<String> provenance = new ArrayList<>();
    TreeMap<String, QuantileMap> maps = new TreeMap<>();
    StringBuilder header = new StringBuilder(KEY_COLUMNS);
    for (double l : QuantileMap.LEVELS) {
      header.append(',').append(levelColumn(l));
    }
    String line;
    int no = 0;
    boolean sawHeader = false;
    while ((line = in.readLine()) != null) {
      no++;
      if (line.startsWith("#")) {
        provenance.add(line.substring(1).trim());
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      if (!sawHeader) {
        if (!line.trim().equals(header.toString())) {
          throw new InvalidInputException(
              source + ":" + no + ": the header is '" + line + "'; expected " + header);
        }
        sawHeader = true;
        continue;
      }
      String[] f = line.split(",", -1);
      if (f.length != 4 + QuantileMap.LEVELS.length) {
        throw new InvalidInputException(source + ":" + no + ": " + f.length + " fields; expected "
            + (4 + QuantileMap.LEVELS.length) + " (" + header + ")");
      }
      ModelKind kind;
      try {
        kind = ModelKind.of(f[0].trim());
      } catch (InvalidInputException e) {
        throw InvalidInputException.at(source, no, "kind", f[0], "is not allowed; expected a kind");
      }
      int h = (int) whole(f[1], source, no, "horizon", 1, 1000);
      HistoryClass c;
      try {
        c = HistoryClass.ofLabel(f[2]);
      } catch (InvalidInputException e) {
        throw InvalidInputException.at(
            source, no, "history", f[2], "is not allowed; expected 3-5, 6-10, 11-20 or 21+");
      }
      long n = whole(f[3], source, no, "n", 0, Long.MAX_VALUE);
      double[] z = new double[QuantileMap.LEVELS.length];
      for (int j = 0; j < z.length; j++) {
        String col = levelColumn(QuantileMap.LEVELS[j]);
        try {
          z[j] = Double.parseDouble(f[4 + j].trim());
        } catch (NumberFormatException e) {
          throw InvalidInputException.at(
              source, no, col, f[4 + j], "is not allowed; expected a number");
        }
        if (!Double.isFinite(z[j]) || (j > 0 && !(z[j] > z[j - 1]))) {
          throw InvalidInputException.at(
              source,
              no,
              col,
              f[4 + j],
              "is not allowed; expected a finite number above the previous knot");
        }
      }
      maps.put(key(kind, h, c), QuantileMap.of(z, n));
    }
    if (!sawHeader) {
      throw new InvalidInputException(source + ": no header; expected " + header);
    }
    return new Recalibration(maps, provenance, name);
  }

  private static long whole(String v, String source, int line, String column, long lo, long hi) {
    try {
      long x = Long.parseLong(v.trim());
      if (x >= lo && x <= hi) {
        return x;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw InvalidInputException.at(
        source,
        line,
        column,
        v,
        "is not allowed; expected a whole number from " + lo + " to " + hi);
  }

  /** The cells in key order (kind, history class, horizon). */
  Map<String, QuantileMap> cells() {
    return Collections.unmodifiableMap(maps);
  }
}
