package org.tradetarget.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.levers.Elasticities;
import org.tradetarget.core.levers.Lever;
import org.tradetarget.core.levers.LeverSchedule;

/**
 * Levers on top of any kind: the inner projection's log value plus the levers' log effects, a
 * permanent shift of the level from each lever's opening on. Direct effects apply as they are; a
 * trade-cost change c applies as θ·ln(1 + s·c) with the default trade-cost elasticity θ = {@value
 * Elasticities#DEFAULT_THETA} unless another is given ({@link Elasticities}).
 *
 * <p>Point and interval bounds are the inner kind's times exp(Σ E[l](h)), each lever at its
 * expected effect ({@link LeverSchedule}); the intervals leave out the levers' timing risk, which
 * the simulator draws per path from the engine's path key. State per path: the inner state, then h
 * and the lever slots.
 */
public final class LeveredProjection implements Projection {
  private final Projection inner;
  private final LeverSchedule schedule;

  /**
   * @param inner the projection of the corridor's trade without the levers
   * @param corridor the corridor
   * @param levers its levers (each must affect it and start after the inner base year)
   * @param theta the trade-cost elasticity θ ≤ 0 for trade-cost levers
   */
  public LeveredProjection(Projection inner, Corridor corridor, List<Lever> levers, double theta) {
    this.inner = Objects.requireNonNull(inner, "inner");
    this.schedule = new LeverSchedule(corridor, inner.lastYear(), theta, levers);
  }

  /** The projection without levers. */
  public Projection inner() {
    return inner;
  }

  /** The levers with their effects per year. */
  public LeverSchedule schedule() {
    return schedule;
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
    return shift(inner.forecast(horizon, levels));
  }

  private Forecast shift(Forecast f) {
    double[] e = new double[f.horizon()];
    for (int t = 0; t < e.length; t++) {
      e[t] = schedule.expectedTotal(f.years()[t] - inner.lastYear());
    }
    return f.withLogShift(e);
  }

  @Override
  public LeveredProjection withoutEstimationTerms() {
    Projection w = inner.withoutEstimationTerms();
    return w == inner
        ? this
        : new LeveredProjection(w, schedule.corridor(), schedule.levers(), schedule.theta());
  }

  @Override
  public StateSpace simulator() {
    return new Sim(inner.simulator());
  }

  private final class Sim extends DelegatingSimulator {
    Sim(StateSpace in) {
      super(in);
    }

    @Override
    public int stateSize() {
      return n + 1 + schedule.slots();
    }

    @Override
    public boolean randomInitialState() {
      return true;
    }

    @Override
    public void initialState(double[] state, int offset) {
      in.initialState(state, offset);
      state[offset + n] = 0;
      schedule.plannedState(state, offset + n + 1);
    }

    @Override
    public void initialState(double[] state, int offset, long pathKey) {
      in.initialState(state, offset, pathKey);
      state[offset + n] = 0;
      schedule.draw(pathKey, state, offset + n + 1);
    }

    @Override
    public double step(double[] state, int offset, double eps) {
      double x = in.step(state, offset, eps);
      double h = state[offset + n] + in.step();
      state[offset + n] = h;
      return x + schedule.effect(state, offset + n + 1, (int) h);
    }
  }
}
