package org.tradetarget.scenarios.io;

import java.util.List;
import java.util.Set;
import org.tradetarget.core.analysis.Pipeline;
import org.tradetarget.core.simulate.SimulationSpec;
import org.tradetarget.scenarios.spec.OutputSettings;

/**
 * Binds the {@code outputs} section: quantiles, the summary band, the sample paths kept, whether
 * fan charts use a log scale and the odds by model.
 */
final class OutputsBinder {
  static final Set<String> OUTPUTS =
      Set.of("quantiles", "band", "sample_paths", "log_scale", "odds_by_model");

  private static final Pipeline.Settings DEFAULTS = Pipeline.Settings.DEFAULTS;

  private OutputsBinder() {}

  /** Binds the section of {@code root}, defaults when absent. */
  static OutputSettings bind(YNode.Map root, Scalars s) {
    YNode.Map o = s.map(root, "outputs", "");
    if (o == null) {
      return new OutputSettings(
          OutputSettings.DEFAULT_QUANTILES, DEFAULTS.band(), DEFAULTS.samplePaths());
    }
    String p = "outputs.";
    s.checkKeys(o, p, OUTPUTS);
    List<Double> qs =
        s.numbers(o, "quantiles", p, 1e-9, 1 - 1e-9, "a list of fractions, e.g. [0.05, 0.5, 0.95]");
    double band = s.number(o, "band", p, 1, 99.999).orElse(DEFAULTS.band());
    int samples =
        s.integer(o, "sample_paths", p, DEFAULTS.samplePaths(), 0, SimulationSpec.MAX_SAMPLE_PATHS);
    boolean logScale = s.bool(o, "log_scale", p, false);
    boolean odds = s.bool(o, "odds_by_model", p, true);
    return new OutputSettings(
        qs == null ? OutputSettings.DEFAULT_QUANTILES : qs, band, samples, logScale, odds);
  }
}
