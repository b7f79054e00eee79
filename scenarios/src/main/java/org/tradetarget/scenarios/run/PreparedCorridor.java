package org.tradetarget.scenarios.run;

import java.util.List;
import org.tradetarget.core.analysis.Pipeline;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Target;
import org.tradetarget.scenarios.spec.CorridorSpec;

/**
 * A scenario corridor ready to simulate: its data, the fitted kind, its target and deadlines.
 *
 * @param spec the corridor as the scenario states it
 * @param series the trade series used (US$ million), up to the base year
 * @param dataLabel where the series came from: {@code embedded (seeds/trade-history.csv, VN-reported)} or a file
 * @param basis whose declarations the series uses: {@code reporter:VN}, {@code average}, {@code
 *     reconciled}, or for a {@code year,value} file {@code as given (year,value file)}
 * @param calibration the fitted (or specified) kind
 * @param target the target (value in US$ million; the sourced deadline if any)
 * @param deadline the deadline used (sourced, set in the scenario, or assumed)
 * @param deadlineAssumed whether no source and no scenario value gave the deadline
 * @param deadlines every deadline to report, the main one first
 */
public record PreparedCorridor(
    CorridorSpec spec,
    AnnualSeries series,
    String dataLabel,
    String basis,
    Calibration calibration,
    Target target,
    int deadline,
    boolean deadlineAssumed,
    List<Integer> deadlines) {
  /** Copies the list. */
  public PreparedCorridor {
    deadlines = List.copyOf(deadlines);
  }

  /** The base year: the last observation used. */
  public int baseYear() {
    return series.lastYear();
  }

  /** The base value, US$ million. */
  public double baseValue() {
    return series.lastValue();
  }

  /** The corridor as the pipeline simulates it, named by its id. */
  public Pipeline.Series toSeries() {
    return new Pipeline.Series(
        spec.corridor().id(),
        calibration,
        baseYear(),
        baseValue(),
        target.valueUsdMillion(),
        deadline,
        deadlineAssumed,
        deadlines);
  }
}
