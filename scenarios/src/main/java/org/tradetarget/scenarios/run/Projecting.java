package org.tradetarget.scenarios.run;

import java.util.Arrays;
import java.util.Optional;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.evidence.Recalibration;
import org.tradetarget.core.model.Forecast;
import org.tradetarget.core.model.IntervalGuard;

/**
 * What {@code project} computes from a fit: the kind's forecast at the levels asked for,
 * recalibrated when a recalibration is given, with a band that explodes refused ({@link
 * IntervalGuard}); each change noted on the fit.
 *
 * @param calibration the fit with the notes of what was done
 * @param forecast the forecast to print
 */
public record Projecting(Calibration calibration, Forecast forecast) {

  /**
   * Fails unless the horizon is given (or only the parameters are asked for) and lies in 1..max.
   *
   * @param horizon the {@code --horizon} given, or null
   */
  public static void checkHorizon(Integer horizon, boolean paramsOnly, int max) {
    if (horizon == null && !paramsOnly) {
      throw new InvalidInputException("option '--horizon' is required: the number of steps to"
          + " project (years for annual data), e.g. --horizon 10");
    }
    if (horizon != null && (horizon < 1 || horizon > max)) {
      throw new InvalidInputException("option '--horizon': " + horizon
          + " is not allowed; expected a whole number of steps from 1 to " + max);
    }
  }

  /** The forecast of the fit over {@code horizon} steps at {@code levels} (percent). */
  public static Projecting of(
      Calibration fit, int horizon, double[] levels, Recalibration recalibration) {
    Calibration cal = fit;
    Forecast own = cal.projection().forecast(horizon, levels);
    Optional<Forecast> recalibrated =
        recalibration.forecast(cal.kind(), cal.used().size(), cal.projection(), own);
    if (recalibrated.isPresent()) {
      cal = cal.withNote(
          "intervals recalibrated by " + recalibration.name() + " (docs/RECALIBRATION.md)");
    }
    // a band that explodes (an upper bound over 1,000 times the history's largest value) is refused
    IntervalGuard.Checked checked = IntervalGuard.check(
        recalibrated.orElse(own),
        Arrays.stream(cal.used().values()).max().orElse(Double.NaN),
        cal.kind().id());
    if (checked.note().isPresent()) {
      cal = cal.withNote(checked.note().get());
    }
    return new Projecting(cal, checked.forecast());
  }
}
