package org.tradetarget.core.calibrate;

import java.util.Set;
import org.tradetarget.core.data.AnnualSeries;

/** Fits one kind to a series. Implementations are stateless. */
public interface Calibrator {
  /** The parameter names this kind accepts. */
  Set<String> parameterNames();

  /**
   * Fits (or specifies) the kind.
   *
   * @param series the whole series; recursive kinds take its consecutive tail
   * @param params the user's parameters (already checked against {@link #parameterNames()})
   * @throws org.tradetarget.core.data.InvalidInputException for too few points, bad values, a
   *     forbidden parameter combination or an optimiser that does not converge
   */
  Calibration fit(AnnualSeries series, ModelParams params);
}
