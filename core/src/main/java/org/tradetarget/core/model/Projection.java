package org.tradetarget.core.model;

import java.util.Map;

/**
 * A projection kind with all its parameters fixed: it projects the series forward with prediction
 * intervals and offers the state-space simulator for the Monte Carlo engine. Immutable.
 */
public interface Projection {
  /** The user-facing kind name, e.g. {@code rw-drift}. */
  String kind();

  /** The year of the last point used (the base). */
  int lastYear();

  /** Years per step (1 for annual data). */
  int step();

  /** The named parameters in a stable order, as {@code --show-params} prints them. */
  Map<String, Double> parameters();

  /**
   * The point forecast and prediction intervals for steps 1..horizon.
   *
   * @param levels interval levels in percent, e.g. 80, 95
   */
  Forecast forecast(int horizon, double... levels);

  /** The state-space simulator (without parameter-estimation terms). */
  StateSpace simulator();

  /**
   * The same projection with its intervals computed without parameter-estimation terms (and with
   * normal rather than Student-t quantiles where the full intervals use t): the intervals that the
   * {@link #simulator()} reproduces with normal shocks and no parameter uncertainty. Kinds whose
   * intervals have no estimation terms return {@code this}.
   */
  default Projection withoutEstimationTerms() {
    return this;
  }
}
