package org.tradetarget.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.tradetarget.core.data.InvalidInputException;

/**
 * The outlook of one series toward one target: the headline numbers {@code tradetarget run}
 * prints per corridor (at the deadline: the median, the central band, P(met by), P(at or above);
 * the median first-passage year, the required and the assumed growth, the odds by every compared
 * deadline), and per simulated year the distribution and the probabilities, each with its Monte
 * Carlo standard error. Values are US$ million, probabilities and growth rates are fractions, years
 * are calendar years. Immutable.
 *
 * <p>Made by {@link Outlook#run()}, or from any simulated attainment with {@link #of}: the scenario
 * runner builds its corridor summaries from the same computation, so both print the same numbers.
 */
public final class OutlookResult {
  private final SeriesAttainment attainment;
  private final int baseYear;
  private final double baseValue;
  private final double target;
  private final int deadline;
  private final boolean deadlineAssumed;
  private final double bandLevel;
  private final double median;
  private final double bandLow;
  private final double bandHigh;
  private final OptionalInt medianFirstYear;
  private final double requiredCagr;
  private final double assumedCagr;
  private final List<DeadlineOdds> byDeadline;

  /**
   * P(met by) for one deadline.
   *
   * @param deadline the year
   * @param requiredCagr the compound annual growth that takes the base to the target by that year
   * @param pMet P(met by that year)
   * @param pMetSe its Monte Carlo standard error
   */
  public record DeadlineOdds(int deadline, double requiredCagr, double pMet, double pMetSe) {}

  private OutlookResult(
      SeriesAttainment attainment,
      int baseYear,
      double baseValue,
      double target,
      int deadline,
      boolean deadlineAssumed,
      List<Integer> deadlines,
      double bandLevel) {
    this.attainment = attainment;
    this.baseYear = baseYear;
    this.baseValue = baseValue;
    this.target = target;
    this.deadline = deadline;
    this.deadlineAssumed = deadlineAssumed;
    this.bandLevel = bandLevel;
    Checkpoint atDeadline = attainment.checkpoint(deadline);
    this.bandLow = atDeadline.quantile(bandQuantile(bandLevel, false));
    this.bandHigh = atDeadline.quantile(bandQuantile(bandLevel, true));
    this.median = atDeadline.quantile(0.5);
    OptionalInt first = OptionalInt.empty();
    for (Checkpoint cp : attainment.checkpoints()) {
      if (cp.metBy() >= 0.5) {
        first = OptionalInt.of(cp.year());
        break;
      }
    }
    this.medianFirstYear = first;
    this.requiredCagr = TargetArithmetic.requiredCagr(baseValue, baseYear, target, deadline);
    this.assumedCagr = Math.pow(median / baseValue, 1.0 / (deadline - baseYear)) - 1;
    List<DeadlineOdds> odds = new ArrayList<>();
    for (int d : deadlines) {
      Checkpoint cp = attainment.checkpoint(d);
      odds.add(new DeadlineOdds(
          d,
          TargetArithmetic.requiredCagr(baseValue, baseYear, target, d),
          cp.metBy(),
          cp.metBySe()));
    }
    this.byDeadline = List.copyOf(odds);
  }

  /**
   * The outlook from a simulated attainment.
   *
   * @param attainment the simulation of the series with this target (and its deadline); it must
   *     simulate the 50 % quantile and both ends of the band
   * @param baseYear the base year, the series' last observation used
   * @param baseValue the value in the base year, US$ million (the observation itself)
   * @param target the target, US$ million
   * @param deadline the main deadline, a checkpoint
   * @param deadlineAssumed whether no source and no user gave the deadline
   * @param deadlines every deadline to compare, the main one first, each a checkpoint
   * @param bandPercent the central band's level, percent in (0, 100), e.g. 90
   * @throws IllegalArgumentException when the attainment has no or another target, a deadline is
   *     not a checkpoint, the deadlines do not start with the main one, or a needed quantile was not
   *     simulated
   */
  public static OutlookResult of(
      SeriesAttainment attainment,
      int baseYear,
      double baseValue,
      double target,
      int deadline,
      boolean deadlineAssumed,
      List<Integer> deadlines,
      double bandPercent) {
    Objects.requireNonNull(attainment, "attainment");
    if (attainment.target().isEmpty()
        || Double.compare(attainment.target().getAsDouble(), target) != 0) {
      throw new IllegalArgumentException(
          "the attainment of " + attainment.name() + " was simulated with target "
              + (attainment.target().isPresent() ? attainment.target().getAsDouble() : "none")
              + ", not " + target);
    }
    if (deadlines.isEmpty() || deadlines.get(0) != deadline) {
      throw new IllegalArgumentException(
          "deadlines " + deadlines + " must start with the main deadline " + deadline);
    }
    if (!(bandPercent > 0 && bandPercent < 100)) {
      throw new IllegalArgumentException(
          "band " + bandPercent + " is not allowed; expected a percent in (0, 100)");
    }
    return new OutlookResult(
        attainment, baseYear, baseValue, target, deadline, deadlineAssumed, deadlines, bandPercent);
  }

  /**
   * The quantile probability of a central band's end, rounded to 12 decimals so that e.g. the 90 %
   * band's 0.05 is the same double as a listed 0.05 quantile.
   *
   * @param bandPercent the band's level, percent
   * @param upper the upper end (else the lower)
   */
  public static double bandQuantile(double bandPercent, boolean upper) {
    double q = upper ? (1 + bandPercent / 100) / 2 : (1 - bandPercent / 100) / 2;
    return Math.round(q * 1e12) / 1e12;
  }

  /** The series' name, e.g. the corridor id {@code VN-KH}. */
  public String name() {
    return attainment.name();
  }

  /** The target, US$ million. */
  public double target() {
    return target;
  }

  /** The main deadline year. */
  public int deadline() {
    return deadline;
  }

  /** Whether the deadline was assumed because neither the source nor the user gave one. */
  public boolean deadlineAssumed() {
    return deadlineAssumed;
  }

  /** The base year: the last observation used (not a checkpoint). */
  public int baseYear() {
    return baseYear;
  }

  /** The value in the base year, US$ million. */
  public double baseValue() {
    return baseValue;
  }

  /** The simulated median at the deadline, US$ million. */
  public double median() {
    return median;
  }

  /** The lower end of the central band at the deadline, US$ million. */
  public double bandLow() {
    return bandLow;
  }

  /** The upper end of the central band at the deadline, US$ million. */
  public double bandHigh() {
    return bandHigh;
  }

  /** The central band's level, percent (default 90). */
  public double bandLevel() {
    return bandLevel;
  }

  /** P(met by the deadline): at or above the target in some checkpoint up to the deadline. */
  public double pMet() {
    return checkpoint(deadline).metBy();
  }

  /** The Monte Carlo standard error of {@link #pMet()}. */
  public double pMetSe() {
    return checkpoint(deadline).metBySe();
  }

  /** P(at or above the target in the deadline year). */
  public double pAtDeadline() {
    return checkpoint(deadline).atOrAbove();
  }

  /**
   * The median first-passage year: the first checkpoint by which at least half the paths have met
   * the target; empty when fewer than half the paths reach it by the last simulated year.
   */
  public OptionalInt medianFirstYear() {
    return medianFirstYear;
  }

  /** The compound annual growth that takes the base to the target by the deadline, a fraction. */
  public double requiredCagr() {
    return requiredCagr;
  }

  /** The growth the median implies: (median / base)^(1 / (deadline − base year)) − 1. */
  public double assumedCagr() {
    return assumedCagr;
  }

  /** P(met by) for every compared deadline, the main one first. */
  public List<DeadlineOdds> byDeadline() {
    return byDeadline;
  }

  /** P(met by the year): at or above the target in at least one checkpoint up to and including it. */
  public double metBy(int year) {
    return checkpoint(year).metBy();
  }

  /** The Monte Carlo standard error of {@link #metBy(int)}: √(p(1 − p)/N). */
  public double metBySe(int year) {
    return checkpoint(year).metBySe();
  }

  /** P(at or above the target in the year). */
  public double atOrAbove(int year) {
    return checkpoint(year).atOrAbove();
  }

  /** The Monte Carlo standard error of {@link #atOrAbove(int)}. */
  public double atOrAboveSe(int year) {
    return checkpoint(year).atOrAboveSe();
  }

  /** The mean simulated value in the year, US$ million. */
  public double mean(int year) {
    return checkpoint(year).mean();
  }

  /**
   * The type-7 quantile of probability p of the simulated values in the year, US$ million.
   *
   * @throws InvalidInputException naming p and the simulated probabilities when p was not simulated
   */
  public double quantile(int year, double p) {
    Checkpoint c = checkpoint(year);
    try {
      return c.quantile(p);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "p: quantile " + p + " was not simulated; simulated: "
              + Arrays.toString(c.quantileProbabilities()) + " (add it with Outlook.quantiles)",
          e);
    }
  }

  /** The simulated quantile probabilities, increasing. */
  public double[] quantileProbabilities() {
    return attainment.checkpoints().get(0).quantileProbabilities();
  }

  /** The checkpoint years: base year + 1 .. the end year. */
  public int[] years() {
    return attainment.checkpoints().stream().mapToInt(Checkpoint::year).toArray();
  }

  /** Every checkpoint, in year order. */
  public List<Checkpoint> checkpoints() {
    return attainment.checkpoints();
  }

  /**
   * The checkpoint of a year.
   *
   * @throws InvalidInputException naming the year and the simulated years when it is not one
   */
  public Checkpoint checkpoint(int year) {
    List<Checkpoint> cps = attainment.checkpoints();
    int i = year - cps.get(0).year();
    if (i >= 0 && i < cps.size() && cps.get(i).year() == year) {
      return cps.get(i);
    }
    for (Checkpoint c : cps) {
      if (c.year() == year) {
        return c;
      }
    }
    throw new InvalidInputException("year " + year + " is not simulated; simulated: "
        + cps.get(0).year() + ".." + cps.get(cps.size() - 1).year());
  }

  /** The distribution of the first year at or above the target, including "not by the end year". */
  public FirstPassage firstPassage() {
    return attainment.firstPassage().orElseThrow();
  }

  /** The shortfall at the deadline, when the simulation had the deadline. */
  public Optional<Shortfall> shortfall() {
    return attainment.shortfall();
  }

  /** The simulated attainment itself, with the sample paths. */
  public SeriesAttainment attainment() {
    return attainment;
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "OutlookResult[%s: target %s by %d%s, P(met by) %s ± %s, median %s, first year %s]",
        name(),
        target,
        deadline,
        deadlineAssumed ? " (assumed)" : "",
        pMet(),
        pMetSe(),
        median,
        medianFirstYear.isPresent() ? Integer.toString(medianFirstYear.getAsInt()) : "none");
  }

  /** The name of a quantile probability in the tables and {@code results.csv}: 0.05 → q05, 0.5 → q50, 0.025 → q02.5. */
  public static String quantileName(double p) {
    double pct = p * 100;
    if (Math.abs(pct - Math.rint(pct)) < 1e-9) {
      return String.format(Locale.ROOT, "q%02d", (int) Math.rint(pct));
    }
    String s = String.format(Locale.ROOT, "%.6f", pct).replaceAll("0+$", "");
    return "q" + (pct < 10 ? "0" : "") + s;
  }
}
