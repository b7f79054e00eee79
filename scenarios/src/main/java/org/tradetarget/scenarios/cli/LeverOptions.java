package org.tradetarget.scenarios.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.calibrate.GravityCalibrator;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.levers.BuiltInLever;
import org.tradetarget.core.levers.Elasticities;
import org.tradetarget.core.levers.Lever;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.core.model.LeveredProjection;

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
        throw new InvalidInputException("option '--lever': " + e.getMessage() + " (see 'tradetarget levers')");
      }
      if (!seen.add(v.name())) {
        throw new InvalidInputException("option '--lever': " + v.name() + " is given twice");
      }
      out.add(v);
    }
    return out;
  }

  /**
   * Fits the kind with the levers: gravity takes them into its own projection; any other kind gets
   * them on top ({@link LeveredProjection}, trade-cost levers with the default θ).
   *
   * @param corridor the corridor, or null when the series is a user file
   */
  static Calibration fit(ModelKind kind, AnnualSeries series, Corridor corridor, ModelParams params,
      OptionalInt from, List<String> leverNames) {
    List<Lever> levers = builtIns(leverNames);
    if (!levers.isEmpty() && corridor == null) {
      throw new InvalidInputException("option '--lever' needs --corridor: a lever acts on named corridors");
    }
    for (Lever v : levers) {
      if (!v.affects(corridor)) {
        throw new InvalidInputException("option '--lever': " + v.name() + " affects "
            + String.join(", ", v.corridors().stream().map(Corridor::id).toList()) + ", not " + corridor.id());
      }
    }
    try {
      if (kind == ModelKind.GRAVITY && corridor != null) {
        return GravityCalibrator.fit(series, corridor, MacroPaths.embedded(), levers, params, from);
      }
      Calibration cal = kind.fit(series, params, from);
      if (levers.isEmpty()) {
        return cal;
      }
      LeveredProjection p = new LeveredProjection(cal.projection(), corridor, levers, Elasticities.DEFAULT_THETA);
      List<String> notes = new ArrayList<>(cal.notes());
      for (Lever v : levers) {
        notes.add("lever " + v.name() + " on top of " + kind.id() + ": " + (v.isTradeCost()
            ? "trade-cost change " + v.size() + " with theta " + Elasticities.DEFAULT_THETA + " (the gravity default)"
            : "direct effect " + v.size()) + " from " + v.startYear() + ", probability " + v.probability()
            + ", mean delay " + v.delayMeanYears() + " years; point and intervals at its expected effect");
      }
      return new Calibration(cal.kind(), p, cal.used(), cal.parameters(), cal.residuals(), cal.sigma(), cal.logLik(),
          cal.aicc(), notes);
    } catch (IllegalArgumentException e) {
      if (e instanceof InvalidInputException) {
        throw e;
      }
      throw new InvalidInputException("option '--lever': " + e.getMessage(), e);
    }
  }
}
