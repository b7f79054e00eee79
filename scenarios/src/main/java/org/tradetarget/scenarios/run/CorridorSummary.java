package org.tradetarget.scenarios.run;

import java.util.List;
import java.util.OptionalInt;

/**
 * The headline numbers of one corridor in one scenario, at its main deadline.
 *
 * @param corridor the corridor id
 * @param target the target, US$ million
 * @param deadline the deadline year
 * @param deadlineAssumed whether no source and no scenario value gave it
 * @param baseYear the last observed year used
 * @param baseValue the value in the base year, US$ million
 * @param median the simulated median at the deadline, US$ million
 * @param bandLow the lower end of the central band at the deadline
 * @param bandHigh the upper end
 * @param bandLevel the band's level, percent
 * @param pMet P(met by the deadline): at or above the target in some year up to the deadline
 * @param pMetSe its Monte Carlo standard error
 * @param pAtDeadline P(at or above the target in the deadline year)
 * @param medianFirstYear the median first-passage year, or empty when fewer than half the paths
 *     reach the target by the last simulated year
 * @param requiredCagr the compound annual growth that takes the base to the target by the deadline
 * @param assumedCagr the growth the scenario's median implies: (median / base)^(1/(deadline − base)) − 1
 * @param byDeadline P(met by) for every compared deadline, the main one first
 */
public record CorridorSummary(
    String corridor,
    double target,
    int deadline,
    boolean deadlineAssumed,
    int baseYear,
    double baseValue,
    double median,
    double bandLow,
    double bandHigh,
    double bandLevel,
    double pMet,
    double pMetSe,
    double pAtDeadline,
    OptionalInt medianFirstYear,
    double requiredCagr,
    double assumedCagr,
    List<DeadlineOdds> byDeadline) {
  /** Copies the list. */
  public CorridorSummary {
    byDeadline = List.copyOf(byDeadline);
  }

  /**
   * P(met by) for one deadline.
   *
   * @param deadline the year
   * @param requiredCagr the growth it requires
   * @param pMet P(met by that year)
   * @param pMetSe its standard error
   */
  public record DeadlineOdds(int deadline, double requiredCagr, double pMet, double pMetSe) {}
}
