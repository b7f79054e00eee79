package org.tradetarget.core.model;

/**
 * The state-space simulator of a projection kind, consumed by the Monte Carlo engine. It describes
 * one path: a small state vector that starts at the base (the last observed year), a one-step update
 * driven by a fresh log-scale innovation, and the observed log value after each step.
 *
 * <p>The engine stores the states of many paths in one {@code double[]} (path p's state at {@code
 * offset = p * stateSize()}), draws a standardised shock z per path and step, scales it to the
 * innovation {@code eps = sigma() * z} (or draws from a bootstrap of residuals) and calls {@link
 * #step}. Implementations are immutable and thread-safe; {@link #step} must not allocate.
 *
 * <p>With normal shocks and no parameter uncertainty, the distribution of the observed log value h
 * steps ahead must agree with the kind's prediction intervals computed without parameter-estimation
 * terms; with parameter uncertainty ({@link #parameterDraws()}, {@link #drawParameters}), with the
 * kind's full intervals wherever the kind's parameter uncertainty has a closed form (see each
 * kind).
 *
 * <p><b>Per-path randomness of the model itself</b> (levers' completion and delay, GDP growth
 * shocks): a model that needs it returns true from {@link #randomInitialState()}; the engine then
 * gives every path a 64-bit key, drawn from the path's block stream and the same for every series
 * of the run, through {@link #initialState(double[], int, long)}. The model keeps what it needs
 * (its draws, or the key itself) in its state and derives all its randomness from the key, e.g.
 * with {@link org.tradetarget.core.levers.PathDraws}; {@link #step} stays a pure function of the
 * state and ε. Models that do not ask see no change.
 */
public interface StateSpace {
  /** Number of doubles per path. */
  int stateSize();

  /** The standard deviation of the one-step innovation on the log scale (0 for none). */
  double sigma();

  /** The observed log value at the base, before any step. */
  double baseLog();

  /** The year of the base. */
  int baseYear();

  /** Years per step (1 for annual data). */
  int step();

  /** Writes the state at the base into {@code state[offset .. offset + stateSize())}. */
  void initialState(double[] state, int offset);

  /**
   * Whether {@link #initialState(double[], int, long)} uses its path key (default false: the
   * engine then calls {@link #initialState(double[], int)} and draws no key).
   */
  default boolean randomInitialState() {
    return false;
  }

  /**
   * Writes a path's state at the base, with per-path randomness derived from {@code pathKey} (64
   * random bits per path; see the class comment). Must be a pure function of the key. The default
   * ignores the key.
   */
  default void initialState(double[] state, int offset, long pathKey) {
    initialState(state, offset);
  }

  /**
   * Advances one step with log-scale innovation {@code eps} and returns the observed log value at
   * the new step. Must not allocate.
   */
  double step(double[] state, int offset, double eps);

  /**
   * Advances the paths {@code from .. to - 1} (path p's state at {@code p * stateSize()}) one step,
   * path p with innovation {@code eps[epsOffset + p - from]}, and writes each path's observed log
   * value to {@code out[p]}. The default calls {@link #step} per path; a kind may override it with a
   * loop that gives bitwise the same values (the same arithmetic in the same order) without a call
   * per path. Must not allocate.
   */
  default void stepBlock(
      double[] state, int from, int to, double[] eps, int epsOffset, double[] out) {
    int ss = stateSize();
    for (int p = from, i = epsOffset; p < to; p++, i++) {
      out[p] = step(state, p * ss, eps[i]);
    }
  }

  /**
   * The standard error of the per-step drift (the sampling uncertainty of the estimated growth), for
   * parameter uncertainty; 0 when the kind has no estimated drift.
   */
  default double driftStandardError() {
    return 0.0;
  }

  /**
   * Adds {@code delta} to this path's drift (log growth per step), for parameter uncertainty. Kinds
   * with {@link #driftStandardError()} &gt; 0 keep the drift in the state and override this.
   */
  default void shiftDrift(double[] state, int offset, double delta) {
    if (delta != 0.0) {
      throw new UnsupportedOperationException(
          getClass().getSimpleName() + " has no drift to shift");
    }
  }

  /**
   * Whether the innovation's scale differs by path (default false): the engine then scales each
   * path's standardised shock by {@link #pathSigma}, read once after the path's initial state, and
   * adds crisis jumps unscaled, so {@link #step} receives ε = pathSigma·z (+ a jump); {@link
   * #sigma()} then serves only as a typical scale (the first year's histogram range). The ensemble
   * uses it: each path's σ is its member's.
   */
  default boolean perPathSigma() {
    return false;
  }

  /** The σ of this path's innovation (log scale, per step); the default is {@link #sigma()}. */
  default double pathSigma(double[] state, int offset) {
    return sigma();
  }

  /**
   * How many standard normal draws one path's parameter uncertainty takes (0 for none). The
   * default is 1 when the kind has a drift standard error ({@link #drawParameters} then shifts the
   * drift by se·z), else 0; a kind whose parameters' sampling distribution needs more draws (e.g. a
   * trend's level and slope, and a χ² for Student-t intervals) overrides both methods.
   */
  default int parameterDraws() {
    return driftStandardError() > 0 ? 1 : 0;
  }

  /**
   * Draws this path's parameters from their sampling distribution: applies the standard normal
   * draws {@code z[zOffset .. zOffset + parameterDraws())} to the initial state at {@code offset}
   * (called after {@link #initialState}, with the same draws on a path's zero-shock state under
   * mean reversion). Must be a pure function of the state and the draws, and must not allocate.
   * The default shifts the drift by {@link #driftStandardError()}·z[zOffset] ({@link #shiftDrift}).
   */
  default void drawParameters(double[] state, int offset, double[] z, int zOffset) {
    shiftDrift(state, offset, driftStandardError() * z[zOffset]);
  }
}
