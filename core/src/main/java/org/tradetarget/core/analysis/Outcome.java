package org.tradetarget.core.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.tradetarget.core.data.AnnualSeries;

/**
 * What happened to a target with a deadline, judged from a series of observed values.
 *
 * <ul>
 *   <li>{@code met}: an observed value reached the target (value ≥ target) in some year up to and
 *       including the deadline;
 *   <li>{@code open}: not met yet and the deadline is after the last observed year;
 *   <li>{@code missed}: otherwise (the deadline is within the data and no observed value up to it
 *       reached the target; a year missing from the data counts as not reached).
 * </ul>
 */
public enum Outcome {
  /** Reached by the deadline. */
  MET,
  /** Not reached by the deadline. */
  MISSED,
  /** Not reached yet; the deadline is after the data. */
  OPEN;

  /** The lower-case name used in files and output: {@code met}, {@code missed}, {@code open}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code met}, {@code missed} or {@code open} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the bad value and the valid ones
   */
  public static Outcome of(String id) {
    for (Outcome o : values()) {
      if (o.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
        return o;
      }
    }
    throw new IllegalArgumentException("unknown outcome '" + id + "'; valid: "
        + Arrays.stream(values()).map(Outcome::id).collect(Collectors.joining(", ")));
  }

  /**
   * Judges a target of {@code target} (the series' unit) by {@code deadline} on the observed
   * values.
   */
  public static Outcome judge(AnnualSeries series, double target, int deadline) {
    OptionalInt reached = firstReached(series, target);
    if (reached.isPresent() && reached.getAsInt() <= deadline) {
      return MET;
    }
    return deadline > series.lastYear() ? OPEN : MISSED;
  }

  /** The first observed year whose value is at or above {@code target}, if any. */
  public static OptionalInt firstReached(AnnualSeries series, double target) {
    for (int i = 0; i < series.size(); i++) {
      if (series.value(i) >= target) {
        return OptionalInt.of(series.year(i));
      }
    }
    return OptionalInt.empty();
  }
}
