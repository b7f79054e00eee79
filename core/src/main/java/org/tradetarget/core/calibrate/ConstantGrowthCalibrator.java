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
 * {@code constant-growth}: a given arithmetic growth rate per step (per year for annual data), no
 * fitting. Parameters: {@code rate} (required, a fraction &gt; −1, e.g. 0.1 for +10 %) and {@code
 * sigma} (optional, log-scale sd per step, default 0). The projection starts at the last
 * observation: x̂_h = x_n + h·ln(1 + rate), se_h = σ√h; a random walk with that drift
 * ({@link RandomWalkDrift#ofRate}). Needs one point.
 */
final class ConstantGrowthCalibrator implements Calibrator {
  static final String KIND = "constant-growth";
  static final ParameterSpec RATE = ParameterSpec.number(
          "rate", "growth rate", "fraction per step, e.g. 0.1 for +10 %", "")
      .above(-1)
      .asRequired()
      .orWord("required");
  static final ParameterSpec SIGMA = ParameterSpec.number(
          "sigma", "sd of the log change", "ln units per step", "0")
      .atLeast(0);
  static final List<ParameterSpec> PARAMETERS = List.of(RATE, SIGMA);

  @Override
  public Set<String> parameterNames() {
    return ModelKind.CONSTANT_GROWTH.parameterNames();
  }

  @Override
  public Calibration fit(AnnualSeries series, ModelParams params) {
    if (!params.has("rate")) {
      throw new InvalidInputException(KIND
          + " needs the growth rate: give " + params.words().parameter("rate")
          + " (a fraction per step, e.g. 0.1 for +10 %)"
          + (params.has("sigma") ? "; sigma alone is not allowed" : ""));
    }
    double rate = RATE.read(params).getAsDouble();
    double sigma = SIGMA.read(params).orElse(0);
    AnnualSeries base = series.slice(series.size() - 1, series.size());
    RandomWalkDrift p = RandomWalkDrift.ofRate(
        KIND, base.lastYear(), series.step(), Math.log(base.lastValue()), rate, sigma, 0);
    Map<String, Double> parameters = new LinkedHashMap<>();
    parameters.put("rate", rate);
    parameters.put("sigma", sigma);
    List<String> notes = new ArrayList<>();
    notes.add(
        "no fitting: the given rate is applied from the last observation, " + base.lastYear());
    if (series.step() != 1) {
      notes.add("rate and sigma are per step of " + series.step() + " years");
    }
    if (!params.has("sigma")) {
      notes.add("no sigma given, so the intervals collapse to the point; give "
          + params.words().parameter("sigma")
          + " (log scale, per step) for uncertainty");
    }
    return new Calibration(
        ModelKind.CONSTANT_GROWTH,
        p,
        base,
        parameters,
        new double[0],
        sigma,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        notes);
  }
}
