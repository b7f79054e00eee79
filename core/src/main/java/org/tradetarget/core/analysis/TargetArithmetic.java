package org.tradetarget.core.analysis;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.Target;

/**
 * Plain growth arithmetic between a base and a target. Rates are fractions per year (0.12 is 12 %
 * a year), compound: value(Y) = base · (1 + g)^(Y − base year). Money is US$ million.
 */
public final class TargetArithmetic {
  /** The deadline assumed for a target whose source gives none, unless the user sets another. */
  public static final int DEFAULT_ASSUMED_DEADLINE = 2030;

  /** How many years back the historical CAGR may reach from the base year. */
  public static final int HISTORY_WINDOW_YEARS = 5;

  /** The longer window that {@code targets} shows beside the five-year one, in years. */
  public static final int LONG_HISTORY_WINDOW_YEARS = 10;

  private TargetArithmetic() {}

  /**
   * The compound annual growth that takes {@code base} in {@code baseYear} to {@code target} in
   * {@code deadline}: (target / base)^(1 / (deadline − baseYear)) − 1. A target below the base gives
   * a negative rate.
   *
   * @throws InvalidInputException if a value is not finite and positive or the deadline is not
   *     after the base year
   */
  public static double requiredCagr(double base, int baseYear, double target, int deadline) {
    requirePositive("base", base);
    requirePositive("target", target);
    if (deadline <= baseYear) {
      throw new InvalidInputException("deadline " + deadline + " is not after the base year "
          + baseYear + "; the deadline must be a later year");
    }
    return Math.pow(target / base, 1.0 / (deadline - baseYear)) - 1.0;
  }

  /**
   * The compound annual growth between two observations: (v1 / v0)^(1 / (y1 − y0)) − 1.
   *
   * @throws InvalidInputException if a value is not positive or y1 is not after y0
   */
  public static double cagr(int y0, double v0, int y1, double v1) {
    requirePositive("start value", v0);
    requirePositive("end value", v1);
    if (y1 <= y0) {
      throw new InvalidInputException("end year " + y1 + " must be after start year " + y0);
    }
    return Math.pow(v1 / v0, 1.0 / (y1 - y0)) - 1.0;
  }

  /**
   * Years needed to go from {@code base} to {@code target} at growth {@code g} a year:
   * ln(target / base) / ln(1 + g). Zero when the target is at or below the base; empty when the
   * target is above the base and the growth is not positive (never reached).
   */
  public static OptionalDouble yearsNeeded(double base, double target, double growth) {
    requirePositive("base", base);
    requirePositive("target", target);
    if (!(growth > -1.0) || !Double.isFinite(growth)) {
      throw new InvalidInputException(
          "growth " + growth + " is not allowed; expected a finite fraction > -1");
    }
    if (target <= base) {
      return OptionalDouble.of(0.0);
    }
    if (growth <= 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.log(target / base) / Math.log1p(growth));
  }

  /**
   * The historical CAGR of a series up to {@code baseYear}: from the earliest observation at most
   * {@link #HISTORY_WINDOW_YEARS} years before the base year to the base year's value. Empty when
   * no earlier observation lies in that window or the base year is not observed.
   */
  public static Historical historicalCagr(AnnualSeries series, int baseYear) {
    return historicalCagr(series, baseYear, HISTORY_WINDOW_YEARS);
  }

  /**
   * The historical CAGR over a window of {@code windowYears} years to {@code baseYear}: from the
   * earliest observation at most {@code windowYears} years before the base year to the base year's
   * value. When the series starts inside the window this is the longest run available, and {@link
   * Historical#fromYear()} says where it starts. Empty when no earlier observation lies in the
   * window or the base year is not observed.
   *
   * @throws InvalidInputException if {@code windowYears} is not positive
   */
  public static Historical historicalCagr(AnnualSeries series, int baseYear, int windowYears) {
    if (windowYears < 1) {
      throw new InvalidInputException(
          "window " + windowYears + " is not allowed; expected at least 1 year");
    }
    return historicalSince(series, baseYear, baseYear - windowYears);
  }

  /**
   * The historical CAGR from {@code sinceYear} to {@code baseYear}: from the first observation in
   * or after {@code sinceYear} (and before the base year) to the base year's value. Empty when
   * there is none or the base year is not observed.
   */
  public static Historical historicalSince(AnnualSeries series, int baseYear, int sinceYear) {
    if (!series.has(baseYear)) {
      return Historical.NONE;
    }
    for (int y = Math.max(sinceYear, series.firstYear()); y < baseYear; y++) {
      if (series.has(y)) {
        return new Historical(
            OptionalDouble.of(cagr(y, series.valueIn(y), baseYear, series.valueIn(baseYear))),
            OptionalInt.of(y));
      }
    }
    return Historical.NONE;
  }

  /**
   * A historical growth rate and the year it is measured from.
   *
   * @param cagr the rate, a fraction a year; empty when undefined
   * @param fromYear the start year; empty when undefined
   */
  public record Historical(OptionalDouble cagr, OptionalInt fromYear) {
    static final Historical NONE = new Historical(OptionalDouble.empty(), OptionalInt.empty());
  }

  /**
   * Assesses a target against a series' last observation.
   *
   * @param assumedDeadline the deadline for a target whose source gives none
   * @throws InvalidInputException if the (sourced or assumed) deadline is not after the base year
   */
  public static TargetAssessment assess(Target target, AnnualSeries series, int assumedDeadline) {
    int baseYear = series.lastYear();
    double base = series.lastValue();
    int deadline = target.deadlineOr(assumedDeadline);
    if (deadline <= baseYear) {
      throw new InvalidInputException(target.corridor() + ": deadline " + deadline
          + (target.deadlineAssumed() ? " (assumed)" : "") + " is not after the base year "
          + baseYear + "; choose a deadline after " + baseYear);
    }
    boolean met = target.valueUsdMillion() <= base;
    OptionalDouble required = met
        ? OptionalDouble.empty()
        : OptionalDouble.of(requiredCagr(base, baseYear, target.valueUsdMillion(), deadline));
    Historical hist = historicalCagr(series, baseYear);
    OptionalDouble ratio = OptionalDouble.empty();
    if (required.isPresent() && hist.cagr().isPresent() && hist.cagr().getAsDouble() > 0) {
      ratio = OptionalDouble.of(required.getAsDouble() / hist.cagr().getAsDouble());
    }
    return new TargetAssessment(
        target,
        deadline,
        target.deadlineAssumed(),
        baseYear,
        base,
        required,
        hist.cagr(),
        hist.fromYear(),
        ratio,
        met ? TargetAssessment.Status.MET : TargetAssessment.Status.OPEN);
  }

  /**
   * The required growth for each deadline in [{@code firstDeadline}, {@code lastDeadline}], for a
   * target with no deadline: element i is the rate for deadline firstDeadline + i.
   */
  public static double[] requiredByDeadline(
      double base, int baseYear, double target, int firstDeadline, int lastDeadline) {
    if (lastDeadline < firstDeadline) {
      throw new InvalidInputException(
          "last deadline " + lastDeadline + " is before first deadline " + firstDeadline);
    }
    double[] out = new double[lastDeadline - firstDeadline + 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = requiredCagr(base, baseYear, target, firstDeadline + i);
    }
    return out;
  }

  private static void requirePositive(String what, double v) {
    if (!Double.isFinite(v) || v <= 0) {
      throw new InvalidInputException(
          what + " " + v + " is not allowed; expected a finite value > 0 (US$ million)");
    }
  }
}
