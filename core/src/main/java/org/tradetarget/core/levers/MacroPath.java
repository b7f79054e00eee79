package org.tradetarget.core.levers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Country;

/**
 * One country's GDP: the history in current US$ million (one source throughout, consecutive years)
 * and a forward path of real growth for every year after the history. A forward year takes its
 * explicit rate when there is one (a sourced forecast, or a rate set by a scenario), otherwise the
 * medium-term rate, held constant. Immutable; the {@code withX} methods return changed copies.
 *
 * <p>Nominal GDP beyond the history grows by real growth and the assumed US$ inflation π: ln
 * GDP<sub>t</sub> = ln GDP<sub>t−1</sub> + ln(1 + g<sub>t</sub>) + ln(1 + π). This ignores changes
 * of the real exchange rate (an assumption).
 */
public final class MacroPath {
  private final Country country;
  private final AnnualSeries history;
  private final double[] historyLog;
  private final NavigableMap<Integer, GrowthYear> explicit;
  private final double mediumTermRate;
  private final String mediumTermBasis;

  /**
   * @param country the country
   * @param history GDP in current US$ million, consecutive years
   * @param explicit the rates of forward years (after the history's last year) that have one
   * @param mediumTermRate the real growth of every other forward year, a fraction &gt; −1
   * @param mediumTermBasis where the medium-term rate comes from
   * @throws IllegalArgumentException when the history has gaps, an explicit year is not after it,
   *     or a rate is not a finite fraction &gt; −1
   */
  public MacroPath(
      Country country,
      AnnualSeries history,
      List<GrowthYear> explicit,
      double mediumTermRate,
      String mediumTermBasis) {
    this(country, history, index(country, history, explicit), mediumTermRate, mediumTermBasis);
  }

  private MacroPath(
      Country country,
      AnnualSeries history,
      NavigableMap<Integer, GrowthYear> explicit,
      double mediumTermRate,
      String mediumTermBasis) {
    this.country = Objects.requireNonNull(country, "country");
    this.history = Objects.requireNonNull(history, "history");
    if (history.size() != history.lastYear() - history.firstYear() + 1) {
      throw new IllegalArgumentException(
          "GDP history of " + country + " must have consecutive years, got " + history);
    }
    if (!(mediumTermRate > -1) || !Double.isFinite(mediumTermRate)) {
      throw new IllegalArgumentException("medium-term growth of " + country + ": " + mediumTermRate
          + " is not allowed; expected a finite fraction > -1 (0.05 = 5 % a year)");
    }
    this.historyLog = history.logValues();
    this.explicit = explicit;
    this.mediumTermRate = mediumTermRate;
    this.mediumTermBasis = Objects.requireNonNull(mediumTermBasis, "mediumTermBasis");
  }

  private static NavigableMap<Integer, GrowthYear> index(
      Country country, AnnualSeries history, List<GrowthYear> rows) {
    TreeMap<Integer, GrowthYear> m = new TreeMap<>();
    for (GrowthYear g : rows) {
      if (!g.country().equals(country)) {
        throw new IllegalArgumentException(
            "growth row of " + g.country() + " given for " + country);
      }
      if (g.year() <= history.lastYear()) {
        throw new IllegalArgumentException("growth of " + country + " in " + g.year()
            + " is not a forward year; the GDP history runs to " + history.lastYear());
      }
      if (m.put(g.year(), g) != null) {
        throw new IllegalArgumentException(
            "growth of " + country + " in " + g.year() + " is given twice");
      }
    }
    return m;
  }

  /** The country. */
  public Country country() {
    return country;
  }

  /** GDP in current US$ million, the history. */
  public AnnualSeries history() {
    return history;
  }

  /** The last year of the GDP history; forward years follow it. */
  public int lastHistoryYear() {
    return history.lastYear();
  }

  /** The medium-term rate, a fraction: the real growth of forward years without an explicit rate. */
  public double mediumTermRate() {
    return mediumTermRate;
  }

  /** Where the medium-term rate comes from. */
  public String mediumTermBasis() {
    return mediumTermBasis;
  }

  /** The forward years with an explicit rate, in year order. */
  public List<GrowthYear> explicitYears() {
    return Collections.unmodifiableList(new ArrayList<>(explicit.values()));
  }

  /**
   * The real growth of a forward year, marked sourced or assumed.
   *
   * @throws IllegalArgumentException when the year is not after the GDP history
   */
  public GrowthYear growth(int year) {
    if (year <= history.lastYear()) {
      throw new IllegalArgumentException("growth of " + country + " in " + year
          + " is history, not a forward year; forward years start in " + (history.lastYear() + 1));
    }
    GrowthYear g = explicit.get(year);
    return g != null
        ? g
        : new GrowthYear(
            country,
            year,
            mediumTermRate,
            false,
            "medium-term rate held constant: " + mediumTermBasis);
  }

  /**
   * The change of ln nominal GDP (US$) in a year: from the history up to its last year, then ln(1 +
   * g) + ln(1 + π).
   *
   * @param inflation π, the assumed US$ inflation, a fraction
   * @throws IllegalArgumentException for a year whose previous year is before the history
   */
  public double logGrowth(int year, double inflation) {
    if (year <= history.lastYear()) {
      int i = year - history.firstYear();
      if (i < 1) {
        throw new IllegalArgumentException(
            "GDP of " + country + " starts in " + history.firstYear() + "; no growth for " + year);
      }
      return historyLog[i] - historyLog[i - 1];
    }
    return Math.log1p(growth(year).rate()) + Math.log1p(inflation);
  }

  /**
   * ln of nominal GDP in US$ million in a year: the history, extended by {@link #logGrowth}.
   *
   * @throws IllegalArgumentException for a year before the history
   */
  public double logGdp(int year, double inflation) {
    if (year < history.firstYear()) {
      throw new IllegalArgumentException(
          "GDP of " + country + " starts in " + history.firstYear() + "; none for " + year);
    }
    int last = history.lastYear();
    if (year <= last) {
      return historyLog[year - history.firstYear()];
    }
    double x = historyLog[historyLog.length - 1];
    for (int y = last + 1; y <= year; y++) {
      x += logGrowth(y, inflation);
    }
    return x;
  }

  /**
   * A copy with the real growth of one forward year set (an assumption of the scenario).
   *
   * @param rate a fraction &gt; −1
   */
  public MacroPath withGrowth(int year, double rate) {
    TreeMap<Integer, GrowthYear> m = new TreeMap<>(explicit);
    growth(year); // checks the year
    m.put(year, new GrowthYear(country, year, rate, false, "set by the scenario"));
    return new MacroPath(country, history, m, mediumTermRate, mediumTermBasis);
  }

  /** A copy with another medium-term rate (an assumption of the scenario). */
  public MacroPath withMediumTermRate(double rate) {
    return new MacroPath(country, history, explicit, rate, "set by the scenario");
  }

  /** A copy whose every forward year grows at {@code rate} (an assumption of the scenario). */
  public MacroPath withConstantGrowth(double rate) {
    return new MacroPath(country, history, new TreeMap<>(), rate, "set by the scenario");
  }

  /**
   * A copy with {@code delta} added to the real growth of every forward year (explicit years and
   * the medium-term rate), e.g. −0.01 for a downside one point slower. Shifted rates are
   * assumptions.
   */
  public MacroPath withGrowthShift(double delta) {
    if (!Double.isFinite(delta)) {
      throw new IllegalArgumentException("growth shift " + delta + " is not finite");
    }
    if (delta == 0) {
      return this;
    }
    String by = String.format(java.util.Locale.ROOT, "%+.4g", delta);
    TreeMap<Integer, GrowthYear> m = new TreeMap<>();
    for (Map.Entry<Integer, GrowthYear> e : explicit.entrySet()) {
      GrowthYear g = e.getValue();
      m.put(
          e.getKey(),
          new GrowthYear(
              country, g.year(), g.rate() + delta, false, g.basis() + ", shifted by " + by));
    }
    return new MacroPath(
        country, history, m, mediumTermRate + delta, mediumTermBasis + ", shifted by " + by);
  }

  @Override
  public String toString() {
    return "MacroPath[" + country + ", history " + history.firstYear() + "-" + history.lastYear()
        + ", explicit " + explicit.keySet() + ", medium term " + mediumTermRate + "]";
  }
}
