package org.tradetarget.core.calibrate;

import java.util.Set;
import org.tradetarget.core.data.AnnualSeries;

/** Placeholder until the kind is implemented; every call fails. */
final class LogLinearCalibrator implements Calibrator {
  @Override
  public Set<String> parameterNames() {
    return Set.of();
  }

  @Override
  public Calibration fit(AnnualSeries series, ModelParams params) {
    throw new UnsupportedOperationException("not implemented");
  }
}
