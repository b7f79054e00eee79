package org.tradetarget.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.tradetarget.core.model.GravityProjection;

/**
 * The change of a gravity projection's point from the base year to a chosen year, attributed to its
 * drivers: each country's GDP growth ({@code gdp:VN}, ..), the residual trend ({@code trend}) and
 * each lever at its expected effect ({@code lever:<name>}). Log-additive: the contributions sum to
 * the total ln(point ÷ base value) up to rounding (the point is exp of the log point, and the total
 * is the log point minus ln base value, so it is exactly 0 when nothing moves). Immutable.
 *
 * @param corridor the corridor id, e.g. {@code VN-KH}
 * @param baseYear the base year
 * @param baseValue the base value, US$ million
 * @param year the year decomposed
 * @param point the point forecast in that year, US$ million
 * @param contributions the drivers in order: GDP of the corridor's two countries, trend, levers
 * @param total ln(point ÷ base value)
 */
public record Decomposition(
    String corridor,
    int baseYear,
    double baseValue,
    int year,
    double point,
    List<Contribution> contributions,
    double total) {

  /**
   * One driver's part.
   *
   * @param driver {@code gdp:<country>}, {@code trend} or {@code lever:<name>}
   * @param logContribution its part of the change of ln point
   * @param share logContribution ÷ total, empty when the total is 0
   */
  public record Contribution(String driver, double logContribution, OptionalDouble share) {
    /** Validates the values. */
    public Contribution {
      Objects.requireNonNull(driver, "driver");
      Objects.requireNonNull(share, "share");
    }
  }

  /** Copies the list. */
  public Decomposition {
    contributions = List.copyOf(contributions);
  }

  /**
   * Decomposes a gravity projection's point in {@code year}.
   *
   * @throws IllegalArgumentException for a year not after the base year, or more than 1000 years
   *     after it
   */
  public static Decomposition of(GravityProjection p, int year) {
    Map<String, Double> parts = p.logContributions(year);
    double baseValue = p.baseValue();
    double logPoint = p.logPoint(year - p.lastYear());
    double point = Math.exp(logPoint);
    // ln(point ÷ base), computed without the exp/log round trip so that it is exactly 0 when
    // nothing moves.
    double total = logPoint - p.baseLog();
    List<Contribution> out = new ArrayList<>();
    for (Map.Entry<String, Double> e : parts.entrySet()) {
      double v = e.getValue();
      out.add(new Contribution(
          e.getKey(), v, total == 0 ? OptionalDouble.empty() : OptionalDouble.of(v / total)));
    }
    return new Decomposition(p.corridor().id(), p.lastYear(), baseValue, year, point, out, total);
  }

  /** The sum of the contributions (equal to {@link #total()} up to rounding). */
  public double sum() {
    double s = 0;
    for (Contribution c : contributions) {
      s += c.logContribution();
    }
    return s;
  }
}
