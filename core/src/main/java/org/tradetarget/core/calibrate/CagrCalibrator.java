package org.tradetarget.core.calibrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.model.RandomWalkDrift;

/**
 * {@code cagr}: growth at the compound rate of the last {@code window} steps (default 5) of the
 * consecutive run: rate = (V_n / V_{n−w})^(1/w) − 1 per step; σ = the sample sd of the w log
 * differences in that window (denominator w − 1). Projection: a random walk on ln(value) with drift
 * ln(1 + rate) from the last observation. The log rate is the mean of the w log differences, so
 * under the walk its sampling variance is σ²/w, and the intervals include it as rw-drift's do: se_h
 * = σ√(h + h²/w), normal quantiles ({@link RandomWalkDrift#ofRate}); with parameter uncertainty the
 * engine draws each path's drift from N(ln(1 + rate), σ²/w), which reproduces them. Needs w + 1 ≥ 3
 * consecutive points.
 */
final class CagrCalibrator implements Calibrator {
  static final String KIND = "cagr";
  static final int DEFAULT_WINDOW = 5;
  static final ParameterSpec WINDOW = ParameterSpec.integer(
      "window", "span of the compound rate", "steps", 2, 1000, DEFAULT_WINDOW);
  static final List<ParameterSpec> PARAMETERS = List.of(WINDOW);

  @Override
  public Set<String> parameterNames() {
    return ModelKind.CAGR.parameterNames();
  }

  @Override
  public Calibration fit(AnnualSeries series, ModelParams params) {
    int window = WINDOW.readInt(params, DEFAULT_WINDOW);
    int n = series.size();
    if (n < window + 1) {
      String remedy = n >= 3
          ? params.words().setParameter("window", (n - 1) + " or less")
          : "cagr needs a run of at least 3 consecutive points";
      throw new InvalidInputException(KIND + " with window " + window + " needs " + (window + 1)
          + " consecutive points (" + window
          + " steps, and at least 2 log differences for sigma); " + series.name() + " has " + n
          + " (" + Fits.years(series) + ")" + "; " + remedy);
    }
    AnnualSeries used = series.slice(n - window - 1, n);
    double v0 = used.value(0);
    double v1 = used.lastValue();
    double rate = Math.pow(v1 / v0, 1.0 / window) - 1;
    double[] d = Fits.diff(used.logValues());
    double mean = Fits.mean(d);
    double sigma = Math.sqrt(Fits.sumSquaredDeviations(d, mean) / (window - 1));
    RandomWalkDrift p = RandomWalkDrift.ofRate(
        KIND, used.lastYear(), series.step(), Math.log(v1), rate, sigma, window + 1);
    Map<String, Double> parameters = new LinkedHashMap<>();
    parameters.put("rate", rate);
    parameters.put("sigma", sigma);
    List<String> notes = new ArrayList<>();
    notes.add("compound growth over the last " + window + " steps, " + used.firstYear() + " to "
        + used.lastYear() + "; sigma from the " + window + " log differences in that window");
    notes.add("intervals include the rate's sampling uncertainty, se_h = sigma*sqrt(h + h^2/"
        + window + ")");
    if (series.step() != 1) {
      notes.add("rate and sigma are per step of " + series.step() + " years");
    }
    return new Calibration(
        ModelKind.CAGR,
        p,
        used,
        parameters,
        Fits.minus(d, mean),
        sigma,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        notes);
  }
}
