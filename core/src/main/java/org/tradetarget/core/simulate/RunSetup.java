package org.tradetarget.core.simulate;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import org.tradetarget.core.model.StateSpace;

/**
 * The checked inputs of one run: the sizes, the constants of every series (model, σ, base, target,
 * deadline, calendar offset) and the Cholesky factor of the shocks' correlation. The constructor
 * does every check of {@link MonteCarlo#run(List, Correlation, SimulationSpec)} in a fixed order,
 * so a bad input fails before any array of the run is allocated. The arrays are shared, not copied:
 * the engine's parts read them and nothing writes them after construction.
 */
final class RunSetup {
  final SimulationSpec spec;
  /** N, the number of paths. */
  final int n;
  /** H, the number of simulated calendar years. */
  final int horizon;
  /** The number of series. */
  final int k;
  /** The number of blocks of {@value MonteCarlo#BLOCK_PATHS} paths (the last may be shorter). */
  final int blocks;

  final int samples;
  final boolean bootstrap;
  /** The lower Cholesky factor of the shocks' correlation, or null for independent shocks. */
  final double[][] chol;

  final double phi;
  /** Whether persistence φ &lt; 1 (mean reversion is on). */
  final boolean reverting;

  // Per series.
  final String[] names;
  final StateSpace[] models;
  final int[] stateSize;
  final double[] sigma;
  final double[] baseLog;
  final int[] baseYear;
  /** The series' base year minus the run's earliest base year Y0. */
  final int[] offset;
  /** The target (US$ million), or NaN without one. */
  final double[] target;
  /** ln(target), or +∞ without a target. */
  final double[] logTarget;
  /** The deadline as a step from the series' base year, or −1 without one. */
  final int[] deadlineStep;

  final double[][] residuals;
  /**
   * The standard normal draws of the model's parameter uncertainty per path ({@link
   * StateSpace#parameterDraws()}) when parameter uncertainty is on, else 0.
   */
  final int[] parameterDraws;
  /** The largest of {@link #parameterDraws}. */
  final int maxParameterDraws;
  /** Whether the series' model scales its shocks per path ({@link StateSpace#perPathSigma()}). */
  final boolean[] perPathSigma;
  /** Whether the series' model takes a per-path key for its initial state. */
  final boolean[] keyedInit;
  /** Whether any series takes a per-path key. */
  final boolean keyed;

  /**
   * Checks the inputs and computes the per-series constants.
   *
   * @throws IllegalArgumentException as documented on {@link MonteCarlo#run(List, Correlation,
   *     SimulationSpec)}, naming the series and the bad value
   */
  RunSetup(List<SimulatedSeries> series, Correlation correlation, SimulationSpec spec) {
    if (series == null || series.isEmpty()) {
      throw new IllegalArgumentException("at least one series is needed");
    }
    this.spec = spec;
    this.n = spec.paths();
    this.horizon = spec.horizon();
    this.k = series.size();
    this.blocks = (n + MonteCarlo.BLOCK_PATHS - 1) / MonteCarlo.BLOCK_PATHS;
    this.samples = spec.samplePaths();
    this.bootstrap = spec.shocks().model() == ShockModel.BOOTSTRAP;
    if (correlation != null && correlation.size() != k) {
      throw new IllegalArgumentException("correlation matrix is " + correlation.size() + " x "
          + correlation.size() + " but there are " + k + " series");
    }
    boolean correlated = correlation != null && !correlation.isIdentity();
    if (correlated && bootstrap) {
      throw new IllegalArgumentException(
          "bootstrap shocks cannot be correlated; use normal or t shocks with a"
              + " correlation matrix, or bootstrap without one");
    }
    this.chol = correlated ? correlation.cholesky() : null;
    this.phi = spec.persistence();
    this.reverting = phi < 1.0;

    names = new String[k];
    models = new StateSpace[k];
    stateSize = new int[k];
    sigma = new double[k];
    baseLog = new double[k];
    baseYear = new int[k];
    offset = new int[k];
    target = new double[k];
    logTarget = new double[k];
    deadlineStep = new int[k];
    residuals = new double[k][];
    parameterDraws = new int[k];
    perPathSigma = new boolean[k];
    int maxDraws = 0;
    keyedInit = new boolean[k];
    boolean anyKeyed = false;
    int y0 = Integer.MAX_VALUE;
    HashSet<String> seen = new HashSet<>();
    for (int c = 0; c < k; c++) {
      SimulatedSeries s = series.get(c);
      if (!seen.add(s.name())) {
        throw new IllegalArgumentException(
            "series name " + s.name() + " appears twice; names must be distinct");
      }
      names[c] = s.name();
      models[c] = s.model();
      keyedInit[c] = s.model().randomInitialState();
      perPathSigma[c] = s.model().perPathSigma();
      anyKeyed |= keyedInit[c];
      stateSize[c] = s.model().stateSize();
      sigma[c] = s.model().sigma();
      baseLog[c] = s.model().baseLog();
      baseYear[c] = s.model().baseYear();
      y0 = Math.min(y0, baseYear[c]);
      residuals[c] = s.residualsShared();
      if (bootstrap && residuals[c].length == 0) {
        throw new IllegalArgumentException(
            "series " + names[c] + ": bootstrap shocks need residuals; none given");
      }
      if (!(sigma[c] >= 0) || !Double.isFinite(sigma[c]) || !Double.isFinite(baseLog[c])) {
        throw new IllegalArgumentException("series " + names[c] + ": model sigma " + sigma[c]
            + " and base log " + baseLog[c] + " must be finite, sigma >= 0");
      }
      parameterDraws[c] = spec.parameterUncertainty() ? s.model().parameterDraws() : 0;
      maxDraws = Math.max(maxDraws, parameterDraws[c]);
      target[c] = s.target().orElse(Double.NaN);
      logTarget[c] = s.target().isPresent() ? StrictMath.log(target[c]) : Double.POSITIVE_INFINITY;
    }
    keyed = anyKeyed;
    maxParameterDraws = maxDraws;
    for (int c = 0; c < k; c++) {
      offset[c] = baseYear[c] - y0;
      if (offset[c] >= horizon) {
        throw new IllegalArgumentException("series " + names[c] + ": base year " + baseYear[c]
            + " leaves no checkpoint within the horizon " + (y0 + 1) + ".." + (y0 + horizon));
      }
      OptionalInt d = series.get(c).deadline();
      deadlineStep[c] = -1;
      if (d.isPresent()) {
        int step = d.getAsInt() - baseYear[c];
        if (step < 1 || step > horizon - offset[c]) {
          throw new IllegalArgumentException("series " + names[c] + ": deadline " + d.getAsInt()
              + " is not a checkpoint; expected a year from " + (baseYear[c] + 1) + " to "
              + (y0 + horizon)
              + " (extend the horizon for a later deadline)");
        }
        deadlineStep[c] = step;
      }
    }
  }

  /** The number of checkpoints of series c: H minus its offset. */
  int checkpoints(int c) {
    return horizon - offset[c];
  }

  /** Whether series c has a target. */
  boolean hasTarget(int c) {
    return !Double.isNaN(target[c]);
  }
}
