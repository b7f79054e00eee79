package org.tradetarget.scenarios.run;

import org.tradetarget.core.analysis.Decomposition;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.InvalidSetting;
import org.tradetarget.core.levers.LeverSchedule;
import org.tradetarget.core.model.GravityProjection;

/**
 * A gravity projection's change from its base year to a year, split into its drivers ({@code
 * tradetarget decompose}, {@link Decomposition}).
 */
public final class Decomposing {
  private Decomposing() {}

  /** A decomposition from the base year (the projection's last observed year). */
  public record Result(int baseYear, Decomposition decomposition) {}

  /**
   * Checks that the kind has drivers.
   *
   * @throws InvalidSetting naming {@code model} for a kind without drivers
   */
  public static void requireDrivers(ModelKind kind) {
    if (!kind.drivenByMacro()) {
      throw new InvalidSetting(
          "model",
          kind.id() + " is not allowed; decompose needs gravity,"
              + " the kind with drivers (GDP, trend, levers)");
    }
  }

  /**
   * Decomposes the fitted gravity projection of the corridor up to {@code to}.
   *
   * @throws InvalidSetting naming {@code to} for a year outside the projection's reach
   */
  public static Result of(Calibration gravity, Corridor c, int to) {
    GravityProjection p = (GravityProjection) gravity.projection();
    int base = p.lastYear();
    if (to <= base || to > base + LeverSchedule.MAX_STEPS) {
      throw new InvalidSetting(
          "to",
          to + " is not allowed; expected a year from " + (base + 1) + " to "
              + (base + LeverSchedule.MAX_STEPS) + " (after the base year " + base + " of " + c.id()
              + ")");
    }
    return new Result(base, Decomposition.of(p, to));
  }
}
