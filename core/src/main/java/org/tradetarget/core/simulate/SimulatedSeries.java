package org.tradetarget.core.simulate;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tradetarget.core.model.StateSpace;

/**
 * One series to simulate (one corridor): its model, the residuals for bootstrap shocks, and an
 * optional target with an optional deadline.
 *
 * @param name a label for results, e.g. the corridor id {@code VN-LA}
 * @param model the kind's state-space simulator; it must step one year at a time
 * @param residuals the one-step log-scale residuals drawn from by bootstrap shocks (may be empty
 *     when shocks are not bootstrap)
 * @param target the target value, US$ million (finite, &gt; 0), or empty
 * @param deadline the deadline year of the target, or empty; it must be one of the checkpoints.
 *     Only a target with a deadline has a deadline shortfall and takes part in the joint
 *     probability
 */
@SuppressWarnings("ArrayRecordComponent") // Arrays for the numeric code; they compare by identity.
public record SimulatedSeries(
    String name,
    StateSpace model,
    double[] residuals,
    OptionalDouble target,
    OptionalInt deadline) {

  /** Validates the values and copies the residuals. */
  public SimulatedSeries {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(deadline, "deadline");
    residuals = residuals == null ? new double[0] : residuals.clone();
    for (double r : residuals) {
      if (!Double.isFinite(r)) {
        throw new IllegalArgumentException("series " + name + ": residual " + r + " is not finite");
      }
    }
    if (target.isPresent()
        && !(target.getAsDouble() > 0 && Double.isFinite(target.getAsDouble()))) {
      throw new IllegalArgumentException("series " + name + ": target " + target.getAsDouble()
          + " is not allowed; expected a finite value > 0 (US$ million)");
    }
    if (deadline.isPresent() && target.isEmpty()) {
      throw new IllegalArgumentException("series " + name + ": a deadline needs a target");
    }
    if (model.step() != 1) {
      throw new IllegalArgumentException("series " + name + ": the model steps " + model.step()
          + " years at a time; the engine simulates annual steps (step 1)");
    }
  }

  /** A series without target. */
  public static SimulatedSeries of(String name, StateSpace model) {
    return new SimulatedSeries(
        name, model, new double[0], OptionalDouble.empty(), OptionalInt.empty());
  }

  /** A copy with a target (US$ million) and no deadline. */
  public SimulatedSeries withTarget(double value) {
    return new SimulatedSeries(
        name, model, residuals, OptionalDouble.of(value), OptionalInt.empty());
  }

  /** A copy with a target (US$ million) and its deadline year. */
  public SimulatedSeries withTarget(double value, int deadlineYear) {
    return new SimulatedSeries(
        name, model, residuals, OptionalDouble.of(value), OptionalInt.of(deadlineYear));
  }

  /** A copy with residuals for bootstrap shocks. */
  public SimulatedSeries withResiduals(double... newResiduals) {
    return new SimulatedSeries(name, model, newResiduals, target, deadline);
  }

  /** The residuals (a copy). */
  @Override
  public double[] residuals() {
    return residuals.clone();
  }

  /** Residuals without copying, for the engine. */
  double[] residualsShared() {
    return residuals;
  }
}
