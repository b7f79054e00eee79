package org.tradetarget.core.calibrate;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.model.RandomWalkDrift;

/**
 * {@code naive}: a random walk without drift on x = ln(value), as R's {@code forecast::naive(x)} =
 * {@code rwf(x, drift = FALSE)}: the point is the last value, σ² = the mean of the squared
 * differences Σ(x_t − x_{t−1})²/(n − 1) (no mean is removed), se_h = σ√h, normal quantiles. Needs
 * 2 consecutive points.
 *
 * <p>The log-likelihood and AICc are those of ARIMA(0,1,0) without drift, as {@code
 * forecast::Arima(x, order = c(0, 1, 0))} reports them: loglik = −m/2·(ln(2π·σ²) + 1) over the m = n
 * − 1 differences, and k = 1 (the variance) in AICc; comparable with {@code rw-drift} and {@code
 * arima} on the same points.
 */
final class NaiveCalibrator implements Calibrator {
  static final String KIND = "naive";
  static final int MIN_POINTS = 2;

  @Override
  public Set<String> parameterNames() {
    return ModelKind.NAIVE.parameterNames();
  }

  @Override
  public Calibration fit(AnnualSeries series, ModelParams params) {
    Fits.requirePoints(
        KIND,
        series,
        MIN_POINTS,
        "1 difference for the spread",
        "only the consecutive run ending at the last observation counts");
    double[] x = series.logValues();
    double[] d = Fits.diff(x);
    int m = d.length;
    double rss = Fits.sumSquaredDeviations(d, 0.0);
    double sigma = Math.sqrt(rss / m);
    RandomWalkDrift p = new RandomWalkDrift(
        KIND, series.lastYear(), series.step(), x[x.length - 1], 0.0, sigma, series.size(), false);
    OptionalDouble logLik = Fits.gaussianLogLik(rss, m);
    List<String> notes = series.step() == 1
        ? List.of()
        : List.of("sigma is per step of " + series.step() + " years");
    return new Calibration(
        ModelKind.NAIVE,
        p,
        series,
        p.parameters(),
        d,
        sigma,
        logLik,
        Fits.aicc(logLik, 1, m),
        notes,
        FitSummary.Deferred.later(
            () -> FitSummaries.randomWalk(ModelKind.NAIVE, series, false, 0.0)));
  }
}
