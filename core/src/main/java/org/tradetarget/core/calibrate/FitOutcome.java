package org.tradetarget.core.calibrate;

import java.util.Optional;

/**
 * A fit that may have failed ({@link ModelKind#tryFit}): the calibration, or the reason the kind
 * could not be fitted. Panels, ensembles and backtests use it so that one series or one member that
 * cannot be fitted is listed with its reason instead of stopping the run.
 *
 * @param kind the kind that was fitted
 * @param calibration the fit, empty when it failed
 * @param failure why the fit failed (one line, naming the kind and the series); empty on success
 * @param unexpected whether the failure was an unexpected error of the library rather than a
 *     property of the data or the parameters (too few points, an optimiser that cannot converge, a
 *     forbidden parameter value)
 */
public record FitOutcome(
    ModelKind kind, Optional<Calibration> calibration, String failure, boolean unexpected) {

  /** Checks that exactly one of calibration and failure is given. */
  public FitOutcome {
    if (calibration.isPresent() == !failure.isEmpty()) {
      throw new IllegalArgumentException(
          "a fit outcome has either a calibration or a failure reason, not both or neither");
    }
  }

  /** A successful fit. */
  public static FitOutcome of(Calibration calibration) {
    return new FitOutcome(calibration.kind(), Optional.of(calibration), "", false);
  }

  /** A fit that failed for {@code reason}. */
  public static FitOutcome failed(ModelKind kind, String reason, boolean unexpected) {
    return new FitOutcome(
        kind, Optional.empty(), reason.isEmpty() ? kind.id() + " failed" : reason, unexpected);
  }

  /** Whether the fit failed. */
  public boolean isFailed() {
    return calibration.isEmpty();
  }
}
