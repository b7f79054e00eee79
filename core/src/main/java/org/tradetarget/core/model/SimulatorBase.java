package org.tradetarget.core.model;

/**
 * What every kind's simulator holds the same way: the state size, the innovation σ, the base (log
 * value and year) and the step. Subclasses give the initial state and the one-step update.
 */
abstract class SimulatorBase implements StateSpace {
  private final int stateSize;
  private final double sigma;
  private final double baseLog;
  private final int baseYear;
  private final int step;

  SimulatorBase(int stateSize, double sigma, double baseLog, int baseYear, int step) {
    this.stateSize = stateSize;
    this.sigma = sigma;
    this.baseLog = baseLog;
    this.baseYear = baseYear;
    this.step = step;
  }

  @Override
  public final int stateSize() {
    return stateSize;
  }

  @Override
  public final double sigma() {
    return sigma;
  }

  @Override
  public final double baseLog() {
    return baseLog;
  }

  @Override
  public final int baseYear() {
    return baseYear;
  }

  @Override
  public final int step() {
    return step;
  }
}
