package org.tradetarget.core.model;

/**
 * A simulator that wraps another kind's: the inner state comes first and the wrapper's own slots
 * follow; σ, the base, the step, per-path randomness and the drift are the inner simulator's.
 * Subclasses give the state size, the initial states and the step.
 */
abstract class DelegatingSimulator implements StateSpace {
  /** The wrapped simulator. */
  final StateSpace in;
  /** The inner state size: the wrapper's own slots start at offset + n. */
  final int n;

  DelegatingSimulator(StateSpace in) {
    this.in = in;
    this.n = in.stateSize();
  }

  @Override
  public final double sigma() {
    return in.sigma();
  }

  @Override
  public final double baseLog() {
    return in.baseLog();
  }

  @Override
  public final int baseYear() {
    return in.baseYear();
  }

  @Override
  public final int step() {
    return in.step();
  }

  @Override
  public double driftStandardError() {
    return in.driftStandardError();
  }

  @Override
  public void shiftDrift(double[] state, int offset, double delta) {
    in.shiftDrift(state, offset, delta);
  }

  @Override
  public boolean perPathSigma() {
    return in.perPathSigma();
  }

  @Override
  public double pathSigma(double[] state, int offset) {
    return in.pathSigma(state, offset);
  }

  @Override
  public int parameterDraws() {
    return in.parameterDraws();
  }

  @Override
  public void drawParameters(double[] state, int offset, double[] z, int zOffset) {
    in.drawParameters(state, offset, z, zOffset);
  }
}
