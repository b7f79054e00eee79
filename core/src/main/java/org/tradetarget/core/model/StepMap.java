package org.tradetarget.core.model;

/**
 * A strictly increasing map of a simulated path's log value at each step, applied where the path
 * is observed ({@link #applyTo}): every path keeps its rank among the paths at every step, so the
 * band, P(met by year) and the first-passage year all come from the same mapped paths. A
 * recalibration of a kind's predictive distribution is one.
 */
@FunctionalInterface
public interface StepMap {
  /**
   * The mapped log value.
   *
   * @param step the step after the base year, 1 for the first simulated year
   * @param logValue the path's log value at that step
   * @return the mapped log value, increasing in {@code logValue}
   */
  double apply(int step, double logValue);

  /**
   * A simulator whose paths are {@code in}'s, each step's log value mapped by {@code map}; the
   * state, shocks, parameter draws and per-path randomness are {@code in}'s.
   */
  static StateSpace applyTo(StateSpace in, StepMap map) {
    return new MappedSimulator(in, map);
  }
}
