package org.tradetarget.scenarios.spec;

import java.util.List;

/**
 * What a run reports.
 *
 * @param quantiles the quantile probabilities to report per year, fractions in (0, 1)
 * @param bandLevel the central band shown in the summary, percent (default 90)
 * @param samplePaths how many whole simulated paths to keep for charts and output
 * @param logScale whether fan charts draw the value axis on a logarithmic scale (default false;
 *     a fan whose band ends over 10 times the last observation is drawn on one anyway)
 * @param oddsByModel whether {@code run} also shows the odds under each model kind side by side
 *     (one more simulation per kind)
 */
public record OutputSettings(
    List<Double> quantiles,
    double bandLevel,
    int samplePaths,
    boolean logScale,
    boolean oddsByModel) {
  /** The default quantiles: 5, 10, 25, 50, 75, 90, 95 %. */
  public static final List<Double> DEFAULT_QUANTILES =
      org.tradetarget.core.analysis.Pipeline.Settings.DEFAULTS.quantiles();

  /** Settings with linear fan charts and the odds by model on (the defaults). */
  public OutputSettings(List<Double> quantiles, double bandLevel, int samplePaths) {
    this(quantiles, bandLevel, samplePaths, false, true);
  }

  /** Validates the values. */
  public OutputSettings {
    quantiles = List.copyOf(quantiles);
    for (double q : quantiles) {
      if (!(q > 0 && q < 1)) {
        throw new IllegalArgumentException(
            "quantile " + q + " must be a fraction strictly between 0 and 1");
      }
    }
    if (!(bandLevel > 0 && bandLevel < 100)) {
      throw new IllegalArgumentException(
          "band level " + bandLevel + " must be a percent in (0, 100)");
    }
    if (samplePaths < 0) {
      throw new IllegalArgumentException("sample paths must be >= 0, got " + samplePaths);
    }
  }
}
