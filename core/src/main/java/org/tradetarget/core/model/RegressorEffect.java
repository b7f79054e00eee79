package org.tradetarget.core.model;

import org.tradetarget.core.data.Regressors;

/**
 * What fitted regressor coefficients add to the log point over the horizon: Σ_j β_j x_j at each step
 * h = 1, 2, … after the base year, as far as the regressors are known ({@link
 * Regressors#futureRows}); a step beyond that is refused naming the file and the missing year.
 * Immutable.
 */
public final class RegressorEffect {
  /** The most steps computed ahead when every regressor is a dummy (known in every year). */
  public static final int MAX_STEPS = 1000;

  private static final RegressorEffect NONE =
      new RegressorEffect(new double[0], Regressors.none(), 0, 1, true);

  private final double[] byStep;
  private final Regressors regressors;
  private final int lastYear;
  private final int step;
  private final boolean unbounded;

  private RegressorEffect(
      double[] byStep, Regressors regressors, int lastYear, int step, boolean unbounded) {
    this.byStep = byStep;
    this.regressors = regressors;
    this.lastYear = lastYear;
    this.step = step;
    this.unbounded = unbounded;
  }

  /** No regressors: adds 0 at every step. */
  public static RegressorEffect none() {
    return NONE;
  }

  /**
   * The effect of regressors with coefficients {@code coef} ({@link Regressors#names()} order).
   *
   * @param lastYear the base year
   * @param step years per step
   */
  public static RegressorEffect of(Regressors regressors, double[] coef, int lastYear, int step) {
    if (regressors.isEmpty()) {
      return NONE;
    }
    if (coef.length != regressors.size()) {
      throw new IllegalArgumentException(
          coef.length + " coefficients for " + regressors.size() + " regressors");
    }
    double[][] rows = regressors.futureRows(lastYear, step, MAX_STEPS);
    double[] by = new double[rows.length];
    for (int h = 0; h < rows.length; h++) {
      for (int j = 0; j < coef.length; j++) {
        by[h] += coef[j] * rows[h][j];
      }
    }
    return new RegressorEffect(by, regressors, lastYear, step, false);
  }

  /** The steps ahead the regressors are known for. */
  public int steps() {
    return unbounded ? Integer.MAX_VALUE : byStep.length;
  }

  /** What the regressors add at step h ≥ 1; NaN beyond {@link #steps()}. */
  public double at(int h) {
    if (unbounded) {
      return 0.0;
    }
    return h >= 1 && h <= byStep.length ? byStep[h - 1] : Double.NaN;
  }

  /**
   * Fails unless the regressors are known for steps 1..horizon.
   *
   * @throws org.tradetarget.core.data.InvalidInputException naming the file and the first year it
   *     lacks
   */
  public void requireCovers(int horizon) {
    if (horizon > steps()) {
      regressors.row(lastYear + (byStep.length + 1) * step, "a horizon year");
    }
  }
}
