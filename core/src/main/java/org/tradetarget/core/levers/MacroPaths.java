package org.tradetarget.core.levers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Country;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.MacroObservation;

/**
 * The macro inputs of every country: its {@link MacroPath} (GDP history and forward real growth),
 * the assumed US$ inflation, and the uncertainty of growth that the Monte Carlo draws. Immutable;
 * the {@code withX} methods return changed copies.
 *
 * <h2>The default path ({@link #embedded()})</h2>
 *
 * The rows marked {@code default=true} in {@code seeds/macro.csv}: GDP in current US$ 2000–2023
 * from World Bank WDI (one source throughout), and one real-growth figure per country for the
 * forward years a publication covers, the latest publication of each year (outturns before
 * forecasts). Every other forward year grows at the <em>medium-term rate</em>: the last sourced
 * forecast held constant (Vietnam 6.5 %, the IMF WEO Apr 2024 figure for 2029, which the same
 * report calls Vietnam's medium-term growth; Cambodia 5.1 %, World Bank GEP Jan 2026 for 2027;
 * Laos 4.0 %, World Bank GEP Jan 2026 for 2026). Years taken from a row are sourced; the others
 * (e.g. Vietnam 2027, 2028 and from 2030) are assumed.
 *
 * <h2>Assumptions</h2>
 *
 * <ul>
 *   <li>US$ inflation π = {@value #DEFAULT_INFLATION} a year (an assumption, roughly the US
 *       Federal Reserve's 2 % goal): nominal GDP grows by ln(1 + g) + ln(1 + π) a year.
 *   <li>Growth uncertainty: in each forward year, country c's log real growth is ln(1 + g) + s·z,
 *       s = {@value #DEFAULT_GROWTH_SD} (1.5 points a year, an assumption) and z standard normal,
 *       independent across years. Across countries the z are equicorrelated with ρ ≥ 0 (default 0):
 *       z<sub>c</sub> = √ρ·f + √(1 − ρ)·w<sub>c</sub>, f common to all countries. The shocks are
 *       permanent: they move GDP's level in all later years. Years of the history have none.
 * </ul>
 */
// Per-country values live in arrays indexed by Country.ordinal(), read once per path and year by
// the Monte Carlo.
@SuppressWarnings("EnumOrdinal")
public final class MacroPaths {
  /** The default assumed US$ inflation, a fraction per year. */
  public static final double DEFAULT_INFLATION = 0.02;

  /** The default standard deviation of annual real growth, a fraction (1.5 points). */
  public static final double DEFAULT_GROWTH_SD = 0.015;

  private static final String GDP = "gdp_current_usd";
  private static final String GROWTH = "real_gdp_growth";
  private static final long COMMON_STREAM = PathDraws.streamId("gdp:common");

  private final Map<Country, MacroPath> paths;
  private final Country[] countries;
  private final long[] countryStream;
  private final double inflation;
  private final double[] growthSd;
  private final double correlation;
  private final MacroPaths reference;
  private final String origin;

  private MacroPaths(
      Map<Country, MacroPath> paths,
      double inflation,
      double[] growthSd,
      double correlation,
      MacroPaths reference,
      String origin) {
    if (!(inflation > -1) || !Double.isFinite(inflation)) {
      throw new IllegalArgumentException("inflation " + inflation
          + " is not allowed; expected a finite fraction > -1 (0.02 = 2 % a year)");
    }
    for (double s : growthSd) {
      if (!(s >= 0 && s <= 1)) {
        throw new IllegalArgumentException("growth standard deviation " + s
            + " is not allowed; expected a fraction from 0 to 1 (0.015 = 1.5 points a year)");
      }
    }
    if (!(correlation >= 0 && correlation <= 1)) {
      throw new IllegalArgumentException(
          "growth correlation " + correlation + " is not allowed; expected a value from 0 to 1");
    }
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("no macro path; expected one per country");
    }
    this.paths = paths;
    this.countries = paths.keySet().toArray(new Country[0]);
    this.countryStream = new long[countries.length];
    for (int i = 0; i < countries.length; i++) {
      countryStream[i] = PathDraws.streamId("gdp:" + countries[i].id());
    }
    this.inflation = inflation;
    this.growthSd = growthSd;
    this.correlation = correlation;
    this.reference = reference;
    this.origin = origin;
  }

  /** Paths of every country with the default inflation, growth sd and no correlation. */
  public static MacroPaths of(List<MacroPath> paths) {
    java.util.TreeMap<Country, MacroPath> sorted = new java.util.TreeMap<>();
    for (MacroPath p : paths) {
      if (sorted.put(p.country(), p) != null) {
        throw new IllegalArgumentException("two macro paths for " + p.country());
      }
    }
    LinkedHashMap<Country, MacroPath> m = new LinkedHashMap<>(sorted);
    double[] sd = new double[m.size()];
    java.util.Arrays.fill(sd, DEFAULT_GROWTH_SD);
    return new MacroPaths(m, DEFAULT_INFLATION, sd, 0.0, null, null);
  }

  /**
   * Paths read from a macro file ({@link MacroFilePaths}): the default inflation, growth sd and no
   * correlation; growth changes of a scenario are measured against these paths as read ({@link
   * #reference()}).
   *
   * @param origin the file and indicator, for messages, e.g. {@code WDI NY.GDP.MKTP.KD.ZG from
   *     gdp.csv}
   */
  public static MacroPaths ofFile(List<MacroPath> paths, String origin) {
    MacroPaths p = of(paths);
    return new MacroPaths(
        p.paths, p.inflation, p.growthSd, p.correlation, null, Objects.requireNonNull(origin));
  }

  /**
   * The unchanged paths a change of growth is measured against (kinds other than gravity carry
   * only the change): the file's paths as read for paths from a macro file, else {@link
   * #embedded()}.
   */
  public MacroPaths reference() {
    return reference != null ? reference : origin != null ? this : embedded();
  }

  /** The macro file the paths come from, or empty for the embedded {@code seeds/macro.csv}. */
  public java.util.Optional<String> origin() {
    return java.util.Optional.ofNullable(origin);
  }

  private MacroPaths base() {
    return origin == null ? null : reference();
  }

  private static final class Holder {
    static final MacroPaths EMBEDDED = from(Dataset.embedded());
  }

  /** The default path from the embedded {@code seeds/macro.csv}. */
  public static MacroPaths embedded() {
    return Holder.EMBEDDED;
  }

  /**
   * The default path of a dataset's macro rows: those marked default (see the class comment).
   *
   * @throws InvalidInputException when a country has no default GDP history or no forward growth
   *     row to take the medium-term rate from
   */
  public static MacroPaths from(Dataset data) {
    List<MacroPath> out = new ArrayList<>();
    java.util.TreeSet<Country> withData = new java.util.TreeSet<>();
    for (MacroObservation m : data.macro()) {
      withData.add(m.country());
    }
    for (Country c : withData) {
      List<MacroObservation> gdp = new ArrayList<>();
      List<MacroObservation> growth = new ArrayList<>();
      for (MacroObservation m : data.macro()) {
        if (m.country().equals(c) && m.isDefault()) {
          if (GDP.equals(m.indicator())) {
            gdp.add(m);
          } else if (GROWTH.equals(m.indicator())) {
            growth.add(m);
          }
        }
      }
      if (gdp.isEmpty()) {
        throw new InvalidInputException(
            data.name() + ": no default GDP history (" + GDP + ") for " + c);
      }
      gdp.sort(java.util.Comparator.comparingInt(MacroObservation::year));
      int[] years = gdp.stream().mapToInt(MacroObservation::year).toArray();
      double[] values = gdp.stream().mapToDouble(MacroObservation::value).toArray();
      AnnualSeries history = AnnualSeries.of("GDP " + c.id() + ", US$ million", years, values);
      List<GrowthYear> rows = new ArrayList<>();
      MacroObservation last = null;
      for (MacroObservation m : growth) {
        if (m.year() > history.lastYear()) {
          rows.add(
              new GrowthYear(c, m.year(), m.value() / 100.0, true, m.vintage() + ", " + m.kind()));
          if (last == null || m.year() > last.year()) {
            last = m;
          }
        }
      }
      if (last == null) {
        throw new InvalidInputException(data.name() + ": no default growth forecast for " + c
            + " after " + history.lastYear() + " to take the medium-term rate from");
      }
      String basis = String.format(
          Locale.ROOT,
          "the last sourced forecast, %s %% for %d from %s",
          trim(last.value()),
          last.year(),
          last.vintage());
      out.add(new MacroPath(c, history, rows, last.value() / 100.0, basis));
    }
    return of(out);
  }

  private static String trim(double v) {
    return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }

  /** The path of a country, or null when the macro data do not cover it ({@link #covers}). */
  public MacroPath path(Country country) {
    return paths.get(country);
  }

  /** The countries with a macro path, in {@link Country} order (the embedded data: VN, KH, LA). */
  public List<Country> countries() {
    return List.of(countries);
  }

  /** Whether the macro data cover a country. */
  public boolean covers(Country country) {
    return paths.containsKey(country);
  }

  /**
   * Checks that the macro data cover both countries of a corridor, for what needs their GDP.
   *
   * @param corridor the corridor
   * @param what what needs the GDP paths, e.g. {@code "model kind gravity"}
   * @throws InvalidInputException naming the corridor, the country without GDP and the countries
   *     covered (the embedded {@code seeds/macro.csv}: VN, KH and LA)
   */
  public void requireCovers(Corridor corridor, String what) {
    for (Country c : new Country[] {corridor.first(), corridor.second()}) {
      if (!covers(c) && origin != null) {
        throw new InvalidInputException(what + " needs GDP for both countries of " + corridor.id()
            + " (" + corridor.displayName() + "), and the macro data (" + origin
            + ") have none for " + c.id() + " (" + c.displayName() + ")");
      }
      if (!covers(c)) {
        throw new InvalidInputException(what + " needs GDP for both countries of " + corridor.id()
            + " (" + corridor.displayName() + "), and the macro data have GDP only for "
            + String.join(", ", countries().stream().map(Country::id).toList())
            + " (the embedded seeds/macro.csv), not for " + c.id() + " (" + c.displayName()
            + ")");
      }
    }
  }

  private MacroPath pathOf(Country country) {
    MacroPath p = paths.get(country);
    if (p == null) {
      index(country);
    }
    return p;
  }

  private int index(Country country) {
    for (int i = 0; i < countries.length; i++) {
      if (countries[i].equals(country)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no macro data for " + country + "; the macro data cover "
        + String.join(", ", paths.keySet().stream().map(Country::id).toList()));
  }

  /** π, the assumed US$ inflation, a fraction per year. */
  public double inflation() {
    return inflation;
  }

  /** s, the standard deviation of a country's annual real growth, a fraction. */
  public double growthSd(Country country) {
    return growthSd[index(country)];
  }

  /** ρ, the correlation of the growth shocks of any two countries, in [0, 1]. */
  public double correlation() {
    return correlation;
  }

  /** ln nominal GDP (US$ million) of a country in a year ({@link MacroPath#logGdp}). */
  public double logGdp(Country country, int year) {
    return pathOf(country).logGdp(year, inflation);
  }

  /** The change of ln nominal GDP of a country in a year ({@link MacroPath#logGrowth}). */
  public double logGrowth(Country country, int year) {
    return pathOf(country).logGrowth(year, inflation);
  }

  /** The standard deviation of a country's log growth shock in a year: s, or 0 in the history. */
  public double shockSd(Country country, int year) {
    return year > pathOf(country).lastHistoryYear() ? growthSd[index(country)] : 0.0;
  }

  /**
   * The log-scale growth shock s·z of a country in a year on the path with this key (see the class
   * comment); 0 in the history or when s = 0. Does not allocate.
   */
  public double growthShock(long pathKey, Country country, int year) {
    double s = shockSd(country, year);
    if (s == 0) {
      return 0.0;
    }
    double w = PathDraws.normal(pathKey, countryStream[index(country)], year);
    if (correlation == 0) {
      return s * w;
    }
    double f = PathDraws.normal(pathKey, COMMON_STREAM, year);
    return s * (Math.sqrt(correlation) * f + Math.sqrt(1 - correlation) * w);
  }

  /** A copy with another assumed US$ inflation (a fraction per year, &gt; −1). */
  public MacroPaths withInflation(double newInflation) {
    return new MacroPaths(paths, newInflation, growthSd, correlation, base(), origin);
  }

  /** A copy with the same growth standard deviation (a fraction, 0 to 1) for every country. */
  public MacroPaths withGrowthSd(double sd) {
    double[] s = new double[growthSd.length];
    java.util.Arrays.fill(s, sd);
    return new MacroPaths(paths, inflation, s, correlation, base(), origin);
  }

  /** A copy with another growth standard deviation for one country. */
  public MacroPaths withGrowthSd(Country country, double sd) {
    double[] s = growthSd.clone();
    s[index(country)] = sd;
    return new MacroPaths(paths, inflation, s, correlation, base(), origin);
  }

  /** A copy with another correlation of the countries' growth shocks, in [0, 1]. */
  public MacroPaths withCorrelation(double rho) {
    return new MacroPaths(paths, inflation, growthSd, rho, base(), origin);
  }

  /** A copy with one country's path replaced. */
  public MacroPaths withPath(MacroPath path) {
    Objects.requireNonNull(path, "path");
    LinkedHashMap<Country, MacroPath> m = new LinkedHashMap<>(paths);
    if (!m.containsKey(path.country())) {
      throw new IllegalArgumentException("no macro data for " + path.country() + " to replace");
    }
    m.put(path.country(), path);
    return new MacroPaths(m, inflation, growthSd, correlation, base(), origin);
  }

  /** A copy with one forward year's real growth of a country set ({@link MacroPath#withGrowth}). */
  public MacroPaths withGrowth(Country country, int year, double rate) {
    return withPath(pathOf(country).withGrowth(year, rate));
  }

  /** A copy with a country's medium-term rate set ({@link MacroPath#withMediumTermRate}). */
  public MacroPaths withMediumTermRate(Country country, double rate) {
    return withPath(pathOf(country).withMediumTermRate(rate));
  }

  /** A copy with every forward year of a country growing at {@code rate}. */
  public MacroPaths withConstantGrowth(Country country, double rate) {
    return withPath(pathOf(country).withConstantGrowth(rate));
  }

  /** A copy with {@code delta} added to every forward year's growth of one country. */
  public MacroPaths withGrowthShift(Country country, double delta) {
    return withPath(pathOf(country).withGrowthShift(delta));
  }

  /** A copy with {@code delta} added to every forward year's growth of every country. */
  public MacroPaths withGrowthShift(double delta) {
    MacroPaths m = this;
    for (Country c : countries) {
      m = m.withGrowthShift(c, delta);
    }
    return m;
  }

  /** A map view of the paths, in country order. */
  public Map<Country, MacroPath> paths() {
    return java.util.Collections.unmodifiableMap(paths);
  }

  @Override
  public String toString() {
    return "MacroPaths[" + paths.values() + ", inflation " + inflation + ", growth sd "
        + java.util.Arrays.toString(growthSd) + ", correlation " + correlation + "]";
  }
}
