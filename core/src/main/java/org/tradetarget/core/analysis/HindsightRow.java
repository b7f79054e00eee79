package org.tradetarget.core.analysis;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Target;

/**
 * One earlier target judged by one method in hindsight ({@link Hindsight}). Immutable.
 *
 * @param target the earlier target (value in US$ million, deadline, provenance, recorded outcome)
 * @param announcedYear the year of its announcement, when the provenance gives one
 * @param kind the method
 * @param used the points the method was fitted on (data up to the year before the announcement),
 *     when the fit succeeded
 * @param pMet the probability (fraction) the method gave of reaching the target in some year up to
 *     and including the deadline; empty when it could not be computed (see {@code note})
 * @param pMetSe its Monte Carlo standard error √(p(1 − p)/N); empty with it
 * @param outcome what happened, from the series ({@link Outcome#judge})
 * @param firstReached the first observed year at or above the target, if any (also after the
 *     deadline)
 * @param note why {@code pMet} is empty, or a remark on it; empty when there is nothing to say
 */
public record HindsightRow(
    Target target,
    OptionalInt announcedYear,
    ModelKind kind,
    Optional<AnnualSeries> used,
    OptionalDouble pMet,
    OptionalDouble pMetSe,
    Outcome outcome,
    OptionalInt firstReached,
    String note) {

  /** Checks for nulls and that a probability comes with its standard error. */
  public HindsightRow {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(announcedYear, "announcedYear");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(used, "used");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(firstReached, "firstReached");
    note = note == null ? "" : note;
    if (pMet.isPresent() != pMetSe.isPresent()) {
      throw new IllegalArgumentException("pMet and pMetSe must both be present or both empty");
    }
    if (pMet.isPresent() && !(pMet.getAsDouble() >= 0 && pMet.getAsDouble() <= 1)) {
      throw new IllegalArgumentException(
          "pMet must be a fraction in [0, 1], got " + pMet.getAsDouble());
    }
  }
}
