package org.tradetarget.scenarios.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.calibrate.LeverCalibration;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.InvalidSetting;
import org.tradetarget.core.levers.BuiltInLever;
import org.tradetarget.core.levers.Lever;
import org.tradetarget.core.levers.MacroPaths;

/**
 * A kind fitted with built-in levers named ({@code project}, {@code decompose}, {@code solve}):
 * fitted with the gravity kind, or put on top of any other kind ({@link LeverCalibration}), on the
 * embedded macro paths or a macro file's.
 */
public final class LeverFit {
  private LeverFit() {}

  /**
   * The built-in levers named, in order.
   *
   * @throws InvalidSetting for an unknown or repeated name
   */
  public static List<Lever> builtIns(List<String> names) {
    List<Lever> out = new ArrayList<>();
    HashSet<String> seen = new HashSet<>();
    for (String n : names) {
      Lever v;
      try {
        v = BuiltInLever.of(n).lever();
      } catch (InvalidInputException e) {
        throw new InvalidSetting("lever", e.getMessage() + " (see 'tradetarget levers')");
      }
      if (!seen.add(v.name())) {
        throw new InvalidSetting("lever", v.name() + " is given twice");
      }
      out.add(v);
    }
    return out;
  }

  /**
   * Fits the kind with the built-in levers named.
   *
   * @param corridor the corridor, or null when the series is a user file
   * @throws InvalidInputException for a lever without a corridor, or one that does not affect it
   */
  public static Calibration fit(
      ModelKind kind,
      AnnualSeries series,
      Corridor corridor,
      ModelParams params,
      OptionalInt from,
      List<String> leverNames) {
    return fit(kind, series, corridor, params, from, leverNames, MacroPaths.embedded());
  }

  /**
   * Fits the kind with the built-in levers named, on these GDP paths (e.g. a macro file's).
   *
   * @param corridor the corridor, or null when the series is a user file
   * @throws InvalidInputException for a lever without a corridor, or one that does not affect it
   */
  public static Calibration fit(
      ModelKind kind,
      AnnualSeries series,
      Corridor corridor,
      ModelParams params,
      OptionalInt from,
      List<String> leverNames,
      MacroPaths macro) {
    List<Lever> levers = builtIns(leverNames);
    if (corridor == null) {
      if (!levers.isEmpty()) {
        throw new InvalidInputException(
            "option '--lever' needs --corridor: a lever acts on named corridors");
      }
      return kind.fit(series, params, from);
    }
    for (Lever v : levers) {
      if (!v.affects(corridor)) {
        throw new InvalidSetting(
            "lever",
            v.name() + " affects "
                + String.join(", ", v.corridors().stream().map(Corridor::id).toList()) + ", not "
                + corridor.id());
      }
    }
    return LeverCalibration.fit(kind, series, corridor, macro, levers, params, from);
  }
}
