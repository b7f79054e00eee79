package org.tradetarget.core.model;

/**
 * A simulator that maps each step's log value of another one ({@link StepMap#applyTo}): the inner
 * state comes first, then one slot counting the steps taken.
 */
final class MappedSimulator extends DelegatingSimulator {
  private final StepMap map;

  MappedSimulator(StateSpace in, StepMap map) {
    super(in);
    this.map = map;
  }

  @Override
  public int stateSize() {
    return n + 1;
  }

  @Override
  public boolean randomInitialState() {
    return in.randomInitialState();
  }

  @Override
  public void initialState(double[] state, int offset) {
    in.initialState(state, offset);
    state[offset + n] = 0;
  }

  @Override
  public void initialState(double[] state, int offset, long pathKey) {
    in.initialState(state, offset, pathKey);
    state[offset + n] = 0;
  }

  @Override
  public double step(double[] state, int offset, double eps) {
    double x = in.step(state, offset, eps);
    double h = state[offset + n] + 1;
    state[offset + n] = h;
    return map.apply((int) h, x);
  }
}
