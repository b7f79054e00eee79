package org.tradetarget.scenarios.cli;

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
import org.tradetarget.core.levers.BuiltInLever;
import org.tradetarget.core.levers.Lever;
import org.tradetarget.core.levers.MacroPaths;

/**
 * The {@code --lever NAME} option shared by {@code project}, {@code decompose} and {@code solve}:
 * built-in levers by name, fitted with the gravity kind or put on top of any other kind.
 */
final class LeverOptions {
  private LeverOptions() {}

  /**
   * The built-in levers named, in order.
   *
   * @throws InvalidInputException for an unknown or repeated name
   */
  static List<Lever> builtIns(List<String> names) {
    List<Lever> out = new ArrayList<>();
    HashSet<String> seen = new HashSet<>();
    for (String n : names) {
      Lever v;
      try {
        v = BuiltInLever.of(n).lever();
      } catch (InvalidInputException e) {
        throw new InvalidInputException(
            "option '--lever': " + e.getMessage() + " (see 'tradetarget levers')");
      }
      if (!seen.add(v.name())) {
        throw new InvalidInputException("option '--lever': " + v.name() + " is given twice");
      }
      out.add(v);
    }
    return out;
  }

  /**
   * Fits the kind with the built-in levers named ({@link LeverCalibration}), on the embedded macro
   * paths. Core's messages and notes name parameters ({@code parameter 'rate'}, {@code from 2012});
   * here they get their options ({@link FlagWords}).
   *
   * @param corridor the corridor, or null when the series is a user file
   */
  static Calibration fit(
      ModelKind kind,
      AnnualSeries series,
      Corridor corridor,
      ModelParams params,
      OptionalInt from,
      List<String> leverNames) {
    try {
      return FlagWords.of(fitLevers(kind, series, corridor, params, from, leverNames));
    } catch (InvalidInputException e) {
      throw FlagWords.of(e);
    }
  }

  private static Calibration fitLevers(
      ModelKind kind,
      AnnualSeries series,
      Corridor corridor,
      ModelParams params,
      OptionalInt from,
      List<String> leverNames) {
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
        throw new InvalidInputException("option '--lever': " + v.name() + " affects "
            + String.join(", ", v.corridors().stream().map(Corridor::id).toList()) + ", not "
            + corridor.id());
      }
    }
    return LeverCalibration.fit(
        kind, series, corridor, MacroPaths.embedded(), levers, params, from);
  }
}
