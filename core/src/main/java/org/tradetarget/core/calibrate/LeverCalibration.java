package org.tradetarget.core.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.levers.Elasticities;
import org.tradetarget.core.levers.Lever;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.core.model.LeveredProjection;

/**
 * Fits any kind of a corridor together with its levers: the entry point for scenario runners and
 * commands. {@code gravity} takes the macro paths and the levers into its own projection ({@link
 * GravityCalibrator}); every other kind is fitted as usual and gets the levers on top ({@link
 * LeveredProjection}: direct effects as given, trade-cost changes with the default θ = {@value
 * Elasticities#DEFAULT_THETA}); the macro paths do not enter other kinds.
 */
public final class LeverCalibration {
  private LeverCalibration() {}

  /**
   * Fits the kind with the levers.
   *
   * @param kind the kind
   * @param series the corridor's trade history, US$ million
   * @param corridor the corridor (needed for gravity and for levers)
   * @param macro the macro paths for gravity (e.g. {@link MacroPaths#embedded()} with overrides)
   * @param levers the corridor's levers, possibly empty; each must affect the corridor and start
   *     after the base year (pick them from a longer list with {@link
   *     org.tradetarget.core.levers.LeverSchedule#affecting})
   * @param params the kind's parameters
   * @param from the first year to fit on, or empty
   * @throws InvalidInputException for bad parameters, too short a history, or a lever that does not
   *     fit the corridor (the message names the lever)
   */
  public static Calibration fit(
      ModelKind kind,
      AnnualSeries series,
      Corridor corridor,
      MacroPaths macro,
      List<Lever> levers,
      ModelParams params,
      OptionalInt from) {
    for (Lever v : levers) {
      if (!v.affects(corridor)) {
        throw new InvalidInputException("lever " + v.name() + " affects "
            + String.join(", ", v.corridors().stream().map(Corridor::id).toList()) + ", not "
            + corridor.id());
      }
    }
    if (kind.drivenByMacro()) {
      return GravityCalibrator.fit(series, corridor, macro, levers, params, from);
    }
    Calibration cal = kind.fit(series, params, from);
    if (levers.isEmpty()) {
      return cal;
    }
    LeveredProjection p;
    try {
      p = new LeveredProjection(cal.projection(), corridor, levers, Elasticities.DEFAULT_THETA);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage(), e);
    }
    List<String> notes = new ArrayList<>(cal.notes());
    for (Lever v : levers) {
      notes.add(String.format(
          Locale.ROOT,
          "lever %s on top of %s: %s from %d, probability %s, mean delay %s years;"
              + " point and intervals at its expected effect",
          v.name(),
          kind.id(),
          v.isTradeCost()
              ? "trade-cost change " + v.size() + " with theta " + Elasticities.DEFAULT_THETA
                  + " (the gravity default)"
              : "direct effect " + v.size(),
          v.startYear(),
          v.probability(),
          v.delayMeanYears()));
    }
    return cal.withProjection(p).withNotes(notes);
  }
}
