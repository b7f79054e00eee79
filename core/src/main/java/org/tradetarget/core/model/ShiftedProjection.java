package org.tradetarget.core.model;

import java.util.Map;

/**
 * Any kind with a deterministic shift of its log path: the inner projection's log value h steps
 * ahead plus {@code shift(h)}. Used to carry a change of GDP growth into kinds that extrapolate the
 * trade trend (which already contains past GDP growth): shift(h) = Σ_c β_c·[Δ ln GDP_c over the h
 * years under the changed path − the same under the unchanged path], β_c the income elasticities.
 *
 * <p>Point and interval bounds are the inner kind's times exp(shift(h)); the spread is unchanged.
 * Beyond the given shifts, the last year's change continues linearly. State per path: the inner
 * state, then h.
 */
public final class ShiftedProjection implements Projection {
  private final Projection inner;
  private final double[] shift;
  private final String description;

  /**
   * @param inner the projection to shift
   * @param shift shift[h − 1] is the log shift h steps ahead, at least one step, finite
   * @param description what the shift stands for, for notes
   */
  public ShiftedProjection(Projection inner, double[] shift, String description) {
    if (shift.length == 0) {
      throw new IllegalArgumentException("a shifted projection needs at least one step of shift");
    }
    for (double s : shift) {
      if (!Double.isFinite(s)) {
        throw new IllegalArgumentException("log shift " + s + " is not finite");
      }
    }
    this.inner = inner;
    this.shift = shift.clone();
    this.description = description;
  }

  /** The log shift h steps ahead (h ≥ 0; 0 at the base). */
  public double shift(int h) {
    if (h <= 0) {
      return 0;
    }
    if (h <= shift.length) {
      return shift[h - 1];
    }
    double last = shift[shift.length - 1];
    double slope = shift.length > 1 ? last - shift[shift.length - 2] : last;
    return last + slope * (h - shift.length);
  }

  /** The projection shifted. */
  public Projection inner() {
    return inner;
  }

  /** What the shift stands for. */
  public String description() {
    return description;
  }

  @Override
  public String kind() {
    return inner.kind();
  }

  @Override
  public int lastYear() {
    return inner.lastYear();
  }

  @Override
  public int step() {
    return inner.step();
  }

  @Override
  public Map<String, Double> parameters() {
    return inner.parameters();
  }

  @Override
  public Forecast forecast(int horizon, double... levels) {
    Forecast f = inner.forecast(horizon, levels);
    double[] e = new double[f.horizon()];
    for (int t = 0; t < e.length; t++) {
      e[t] = shift(t + 1);
    }
    return f.withLogShift(e);
  }

  @Override
  public Projection withoutEstimationTerms() {
    Projection w = inner.withoutEstimationTerms();
    return w == inner ? this : new ShiftedProjection(w, shift, description);
  }

  @Override
  public StateSpace simulator() {
    return StepMap.applyTo(inner.simulator(), (h, x) -> x + shift(h));
  }
}
