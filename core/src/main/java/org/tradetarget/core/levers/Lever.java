package org.tradetarget.core.levers;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.tradetarget.core.data.Corridor;

/**
 * A policy lever: a named project that changes the trade of one or more corridors from a start
 * year on.
 *
 * <h2>Effect</h2>
 *
 * The project opens in year S = start year + delay. Its share of the full effect in year t is
 * s(t) = min(1, max(0, (t − S + 1)/R)) with R the ramp-up years (with R = 0: 1 from year S on), so
 * it grows linearly to full over R years. Its effect on ln trade in year t is
 *
 * <ul>
 *   <li>a trade-cost change c (a fraction of the trade-cost factor, negative for a cut): θ·ln(1 +
 *       s(t)·c), θ the gravity kind's trade-cost elasticity (≤ 0), so a cut raises trade;
 *   <li>or a direct trade effect d (a fraction, 0.05 = +5 % of trade at full effect), usable with
 *       every kind: ln(1 + s(t)·d).
 * </ul>
 *
 * Several levers on a corridor multiply: their log effects add.
 *
 * <h2>Timing risk (drawn per Monte Carlo path)</h2>
 *
 * The project is completed with the given probability (otherwise it has no effect at all), and
 * opens late by a whole number of years drawn from a Poisson distribution with the given mean.
 *
 * @param name the lever's name: letters, digits, '-', '_' or '.', starting with a letter or digit
 * @param corridors the corridors it affects, at least one, no repeats
 * @param startYear the planned first year of effect (a calendar year, 1900–2200)
 * @param rampYears R, the years over which the effect grows linearly to full (0–100)
 * @param tradeCostChange c, a fraction &gt; −1, or empty when the lever has a direct effect
 * @param directEffect d, a fraction &gt; −1, or empty when the lever has a trade-cost change
 * @param probability the probability of completion, in [0, 1]
 * @param delayMeanYears the mean of the Poisson delay in years, 0–50
 * @param basis why these values: the assumption and its cited basis (may be empty)
 */
public record Lever(
    String name,
    List<Corridor> corridors,
    int startYear,
    int rampYears,
    OptionalDouble tradeCostChange,
    OptionalDouble directEffect,
    double probability,
    double delayMeanYears,
    String basis) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  /** Validates every value; messages name the lever and the field. */
  public Lever {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "lever name '" + name + "' is not allowed; expected letters, digits,"
              + " '-', '_' or '.', starting with a letter or digit, e.g. my-bridge");
    }
    String who = "lever " + name + ": ";
    Objects.requireNonNull(corridors, who + "corridors");
    corridors = List.copyOf(corridors);
    if (corridors.isEmpty()) {
      throw new IllegalArgumentException(
          who + "corridors must list at least one corridor; valid: " + Corridor.validIds());
    }
    if (new HashSet<>(corridors).size() != corridors.size()) {
      throw new IllegalArgumentException(who + "corridors " + corridors + " repeat a corridor");
    }
    if (startYear < 1900 || startYear > 2200) {
      throw new IllegalArgumentException(
          who + "start year " + startYear + " is not allowed; expected 1900 to 2200");
    }
    if (rampYears < 0 || rampYears > 100) {
      throw new IllegalArgumentException(who + "ramp years " + rampYears
          + " is not allowed; expected a whole number from 0 to 100");
    }
    Objects.requireNonNull(tradeCostChange, who + "tradeCostChange");
    Objects.requireNonNull(directEffect, who + "directEffect");
    if (tradeCostChange.isPresent() == directEffect.isPresent()) {
      throw new IllegalArgumentException(
          who + "give exactly one of a trade-cost change and a direct effect");
    }
    double v =
        tradeCostChange.isPresent() ? tradeCostChange.getAsDouble() : directEffect.getAsDouble();
    if (!(v > -1) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(
          who + (tradeCostChange.isPresent() ? "trade-cost change " : "direct effect ") + v
              + " is not allowed; expected a finite fraction > -1 (-0.05 = 5 % lower)");
    }
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException(
          who + "probability " + probability + " is not allowed; expected a fraction from 0 to 1");
    }
    if (!(delayMeanYears >= 0 && delayMeanYears <= 50)) {
      throw new IllegalArgumentException(
          who + "mean delay " + delayMeanYears + " is not allowed; expected years from 0 to 50");
    }
    Objects.requireNonNull(basis, who + "basis");
  }

  /** A lever with a trade-cost change c (a fraction, negative for a cut). */
  public static Lever tradeCost(
      String name,
      List<Corridor> corridors,
      int startYear,
      int rampYears,
      double change,
      double probability,
      double delayMeanYears,
      String basis) {
    return new Lever(
        name,
        corridors,
        startYear,
        rampYears,
        OptionalDouble.of(change),
        OptionalDouble.empty(),
        probability,
        delayMeanYears,
        basis);
  }

  /** A lever with a direct trade effect d (a fraction, 0.05 = +5 % of trade). */
  public static Lever direct(
      String name,
      List<Corridor> corridors,
      int startYear,
      int rampYears,
      double effect,
      double probability,
      double delayMeanYears,
      String basis) {
    return new Lever(
        name,
        corridors,
        startYear,
        rampYears,
        OptionalDouble.empty(),
        OptionalDouble.of(effect),
        probability,
        delayMeanYears,
        basis);
  }

  /** Whether the lever has a trade-cost change (rather than a direct effect). */
  public boolean isTradeCost() {
    return tradeCostChange.isPresent();
  }

  /** The size of the effect: c for a trade-cost lever, d for a direct one. */
  public double size() {
    return isTradeCost() ? tradeCostChange.getAsDouble() : directEffect.getAsDouble();
  }

  /** Whether the lever affects the corridor. */
  public boolean affects(Corridor corridor) {
    return corridors.contains(corridor);
  }

  /** s(t), the share of the full effect in a year when the project opens {@code delay} years late. */
  public double share(int year, int delay) {
    long opens = (long) startYear + delay;
    if (year < opens) {
      return 0.0;
    }
    if (rampYears == 0) {
      return 1.0;
    }
    return Math.min(1.0, (double) (year - opens + 1) / rampYears);
  }

  /**
   * The effect on ln trade in a year when the project opens {@code delay} years late: θ·ln(1 +
   * s·c) or ln(1 + s·d).
   *
   * @param theta the trade-cost elasticity (≤ 0); unused for a direct effect
   */
  public double logEffect(int year, int delay, double theta) {
    double s = share(year, delay);
    if (s == 0) {
      return 0.0;
    }
    return isTradeCost() ? theta * Math.log1p(s * size()) : Math.log1p(s * size());
  }

  /** A copy with another name. */
  public Lever withName(String newName) {
    return new Lever(
        newName,
        corridors,
        startYear,
        rampYears,
        tradeCostChange,
        directEffect,
        probability,
        delayMeanYears,
        basis);
  }

  /** A copy affecting other corridors. */
  public Lever withCorridors(List<Corridor> newCorridors) {
    return new Lever(
        name,
        newCorridors,
        startYear,
        rampYears,
        tradeCostChange,
        directEffect,
        probability,
        delayMeanYears,
        basis);
  }

  /** A copy with another start year. */
  public Lever withStartYear(int year) {
    return new Lever(
        name,
        corridors,
        year,
        rampYears,
        tradeCostChange,
        directEffect,
        probability,
        delayMeanYears,
        basis);
  }

  /** A copy with other ramp-up years. */
  public Lever withRampYears(int years) {
    return new Lever(
        name,
        corridors,
        startYear,
        years,
        tradeCostChange,
        directEffect,
        probability,
        delayMeanYears,
        basis);
  }

  /** A copy with a trade-cost change instead of the current effect. */
  public Lever withTradeCostChange(double change) {
    return new Lever(
        name,
        corridors,
        startYear,
        rampYears,
        OptionalDouble.of(change),
        OptionalDouble.empty(),
        probability,
        delayMeanYears,
        basis);
  }

  /** A copy with a direct effect instead of the current effect. */
  public Lever withDirectEffect(double effect) {
    return new Lever(
        name,
        corridors,
        startYear,
        rampYears,
        OptionalDouble.empty(),
        OptionalDouble.of(effect),
        probability,
        delayMeanYears,
        basis);
  }

  /** A copy with the same kind of effect (trade-cost or direct) of another size. */
  public Lever withSize(double size) {
    return isTradeCost() ? withTradeCostChange(size) : withDirectEffect(size);
  }

  /** A copy with another completion probability. */
  public Lever withProbability(double p) {
    return new Lever(
        name,
        corridors,
        startYear,
        rampYears,
        tradeCostChange,
        directEffect,
        p,
        delayMeanYears,
        basis);
  }

  /** A copy with another mean delay (years). */
  public Lever withDelayMeanYears(double years) {
    return new Lever(
        name,
        corridors,
        startYear,
        rampYears,
        tradeCostChange,
        directEffect,
        probability,
        years,
        basis);
  }

  /** A copy with another basis text. */
  public Lever withBasis(String newBasis) {
    return new Lever(
        name,
        corridors,
        startYear,
        rampYears,
        tradeCostChange,
        directEffect,
        probability,
        delayMeanYears,
        newBasis);
  }
}
