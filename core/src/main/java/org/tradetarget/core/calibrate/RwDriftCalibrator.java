package org.tradetarget.core.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.model.RandomWalkDrift;

/**
 * {@code rw-drift}: a random walk with drift on x = ln(value), exactly as R's {@code
 * forecast::rwf(x, drift = TRUE)}: drift μ = the mean of the m = n − 1 differences, σ = their sample
 * sd (denominator m − 1), se_h = σ√(h + h²/(n − 1)), normal quantiles. {@code
 * include_drift_uncertainty=false} gives se_h = σ√h. Needs 3 consecutive points.
 *
 * <p>The log-likelihood and AICc are those of the same model as ARIMA(0,1,0) with drift, as R's
 * {@code forecast::Arima(x, order = c(0, 1, 0), include.drift = TRUE)} reports them: loglik =
 * −m/2·(ln(2π·σ̂²) + 1) with σ̂² = Σe²/m, and k = 2 (drift and variance) in AICc; comparable with
 * {@code arima} fits on the same points.
 */
final class RwDriftCalibrator implements Calibrator {
  static final String KIND = "rw-drift";
  static final ParameterSpec DRIFT_UNCERTAINTY = ParameterSpec.bool(
      "include_drift_uncertainty",
      "intervals and simulations include the drift's sampling uncertainty",
      true);
  static final List<ParameterSpec> PARAMETERS = List.of(DRIFT_UNCERTAINTY);

  @Override
  public Set<String> parameterNames() {
    return ModelKind.RW_DRIFT.parameterNames();
  }

  @Override
  public Calibration fit(AnnualSeries series, ModelParams params) {
    boolean driftUncertainty = DRIFT_UNCERTAINTY.readBool(params, true);
    Fits.requirePoints(
        KIND,
        series,
        ModelKind.RW_DRIFT.minPoints(),
        "2 differences for the standard deviation",
        "only the consecutive run ending at the last observation counts");
    double[] x = series.logValues();
    double[] d = Fits.diff(x);
    int m = d.length;
    double drift = Fits.mean(d);
    double[] e = Fits.minus(d, drift);
    double rss = Fits.sumSquaredDeviations(d, drift);
    double sigma = Math.sqrt(rss / (m - 1));
    RandomWalkDrift p = new RandomWalkDrift(
        KIND,
        series.lastYear(),
        series.step(),
        x[x.length - 1],
        drift,
        sigma,
        series.size(),
        driftUncertainty);
    OptionalDouble logLik = Fits.gaussianLogLik(rss, m);
    List<String> notes = new ArrayList<>();
    notes.add(
        driftUncertainty
            ? "intervals include the drift's sampling uncertainty, se_h = sigma*sqrt(h + h^2/(n-1)), as forecast::rwf"
            : "intervals without drift uncertainty, se_h = sigma*sqrt(h)");
    if (series.step() != 1) {
      notes.add("drift and sigma are per step of " + series.step() + " years");
    }
    return new Calibration(
        ModelKind.RW_DRIFT,
        p,
        series,
        p.parameters(),
        e,
        sigma,
        logLik,
        Fits.aicc(logLik, 2, m),
        notes,
        FitSummary.Deferred.later(
            () -> FitSummaries.randomWalk(ModelKind.RW_DRIFT, series, true, drift)));
  }
}
