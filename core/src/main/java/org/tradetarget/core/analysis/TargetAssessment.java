package org.tradetarget.core.analysis;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tradetarget.core.data.Target;

/**
 * How far a corridor is from its target: the base (the default series' last observation), the
 * growth the target requires, the recent historical growth and their ratio.
 *
 * @param target the target
 * @param deadline the deadline used: the sourced one, or the assumed one
 * @param deadlineAssumed whether the deadline was assumed because the source gives none
 * @param baseYear the base year (last observation)
 * @param baseUsdMillion the base value, US$ million
 * @param requiredCagr the required compound annual growth (fraction); empty when already met
 * @param historicalCagr the CAGR over up to five years to the base; empty when undefined
 * @param historicalFromYear the start year of the historical CAGR
 * @param credibilityRatio required ÷ historical; empty when the historical rate is not positive
 * @param status open or met
 */
public record TargetAssessment(
    Target target,
    int deadline,
    boolean deadlineAssumed,
    int baseYear,
    double baseUsdMillion,
    OptionalDouble requiredCagr,
    OptionalDouble historicalCagr,
    OptionalInt historicalFromYear,
    OptionalDouble credibilityRatio,
    Status status) {

  /** Whether the target is already met at the base. */
  public enum Status {
    /** Above the base: growth is required. */
    OPEN,
    /** At or below the base value. */
    MET;

    /** The lower-case name used in outputs. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
