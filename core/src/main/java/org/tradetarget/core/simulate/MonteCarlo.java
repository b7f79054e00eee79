package org.tradetarget.core.simulate;

import java.util.List;

/**
 * The Monte Carlo engine: simulates {@link SimulationSpec#paths()} paths of every series for {@link
 * SimulationSpec#horizon()} years and summarises each simulated year before the next.
 *
 * <h2>One year of one path</h2>
 *
 * For each path and year the engine draws one standardised shock per series and turns it into a
 * log-scale innovation ε:
 *
 * <ul>
 *   <li>normal: ε = σ·z, z ~ N(0, 1) from a ziggurat sampler; σ = the model's {@code sigma()}, or
 *       for a model that scales its shocks per path ({@code perPathSigma()}, the ensemble) the
 *       path's {@code pathSigma}, read after its initial state (also for Student-t shocks);
 *   <li>Student-t with ν &gt; 2: ε = σ·z·√((ν − 2)/W), W ~ χ²(ν) (so ε is σ·√((ν − 2)/ν)·t(ν), of
 *       variance σ²);
 *   <li>bootstrap: ε = a residual of the series drawn uniformly with replacement (σ is not used);
 *   <li>correlated series (normal or t): z' = L·z with L the Cholesky factor of the {@link
 *       Correlation}; under t the same W scales every series (a multivariate t). Bootstrap shocks
 *       cannot be correlated;
 *   <li>crisis jumps: with probability p a crisis year; every series then adds J ~ N(m, s²),
 *       drawn per series ({@link CrisisJumps}).
 * </ul>
 *
 * The model then steps: x_t = {@code model.step(state, ε)}, its log value.
 *
 * <p><b>Persistence (mean reversion).</b> Let z_t be the log value of the same path's zero-shock
 * path (the model stepped with ε = 0 from the base, with the path's own drift), D_t = x_t − z_t the
 * deviation the model accumulates, and ΔD_t = D_t − D_{t−1}. With persistence φ ∈ [0, 1] the
 * simulated log value is y_t = z_t + R_t with R_t = φ·R_{t−1} + ΔD_t, R_0 = 0. For a random walk
 * with drift ΔD_t = ε_t, so R is an AR(1) around the drift line: shocks (including crisis jumps)
 * fade by the factor φ a year. φ = 1 (the default) is the model unchanged; φ = 0 keeps only the
 * current year's deviation.
 *
 * <p><b>Parameter uncertainty.</b> When on (the default of a scenario and of {@code Outlook}), each
 * path first draws its model's parameters from their sampling distribution: per path and series, in
 * series order, the model's {@code parameterDraws()} standard normals from the block's normal stream,
 * passed to {@code drawParameters} before the first year's shocks. For a kind with an estimated
 * drift that is one draw, δ = se·z added to the drift, se = the model's {@code
 * driftStandardError()}; each kind documents its own rule. When off, nothing is drawn and every
 * shock is as without it.
 *
 * <p><b>Per-path randomness of a model.</b> When a series' model asks ({@code
 * StateSpace.randomInitialState()}), block b gets the number B = SplitMix64(SplitMix64(seed ⊕ salt)
 * + (b + 1)·γ), γ = 0x9E3779B97F4A7C15, taking nothing from the block's shock stream, and path i
 * of the block (i = 1, 2, ..) gets the key SplitMix64(B + i·γ),
 * passed to {@code initialState(state, offset, key)}. Every series of the run gets the same key
 * for the same path, so a lever shared by two corridors completes on the same paths for both. The
 * model derives its own draws from the key (lever completion and delay, GDP growth shocks); runs
 * without such models draw exactly as before.
 *
 * <h2>Summaries (per series and checkpoint)</h2>
 *
 * Checkpoints are the years Y0 + 1 .. Y0 + H (not the base year). At each: the mean value; type-7
 * quantiles (R's default, numpy's "linear": with the values sorted v_(0) ≤ .. ≤ v_(N−1), h = (N −
 * 1)p, Q(p) = v_(⌊h⌋) + (h − ⌊h⌋)(v_(⌊h⌋+1) − v_(⌊h⌋))), computed <em>exactly</em>, not approximated;
 * the number of paths at or above the target (x_t ≥ ln T); the number of paths whose first
 * checkpoint at or above the target is this one ("met by year Y" is first passage over the
 * checkpoints); at the deadline, the shortfall sums Σ max(T − V_D, 0). The mean and shortfall use
 * an exp accurate to a few ulp. After the last year: the number of paths meeting every deadline
 * target by its deadline.
 *
 * <p>Series with different base years share one calendar: the run starts at the earliest base year
 * Y0 and a series whose base is later starts stepping in its own base year (its checkpoints are its
 * base year + 1 .. Y0 + H); the shocks of one path-year are then those of the same calendar year.
 *
 * <h2>How (performance and reproducibility)</h2>
 *
 * Year-major streaming: all paths advance one year, the year is summarised, and the next follows;
 * memory is proportional to N (the states, the current log values, the first-passage years and one
 * scratch array), allocated once. Paths are grouped in blocks of {@value #BLOCK_PATHS}; block b
 * draws from its own stream (the seeded XoRoShiRo128++ generator advanced by b jumps of
 * 2<sup>64</sup>), so the draws of a path never depend on the thread count. Threads take whole
 * blocks; floating-point sums are combined in block order and counts are integers, so every result
 * is bitwise identical for any number of threads. The engine's own exp and log are {@link
 * StrictMath}'s (or the table-driven exp built from it), so they agree on every JVM; the ziggurat
 * sampler's rare edge test and a model's own step may use {@link Math}, whose last bit may differ
 * between JVMs or processors, so equality across machines is expected but not guaranteed.
 *
 * <p>Exact quantiles in parallel: while stepping, each thread adds every log value to a histogram
 * of {@value #BINS} bins over a range predicted from the previous years' log mean and sd. The merged
 * histogram tells which bins hold the needed order statistics; while the next year is stepped, each
 * block first gathers only the values of those bins (a few thousand in all; after the last year in a
 * parallel pass of its own) and a multi-quickselect finds them exactly. When the
 * prediction was poor (the bins hold too many values), one extra parallel pass rebuilds the
 * histogram over the exact range. The result is the same either way; only the time differs.
 */
public final class MonteCarlo {
  /** Paths per random stream block: part of the definition of a result for a given seed. */
  public static final int BLOCK_PATHS = 4096;

  /** Histogram bins of the quantile pass. */
  public static final int BINS = 4096;

  private MonteCarlo() {}

  /**
   * Runs independent series (or one).
   *
   * @throws IllegalArgumentException for inputs that do not fit together (see {@link #run(List,
   *     Correlation, SimulationSpec)})
   */
  public static SimulationResult run(List<SimulatedSeries> series, SimulationSpec spec) {
    return run(series, null, spec);
  }

  /**
   * Runs the series with correlated shocks.
   *
   * @param series one or more series with distinct names
   * @param correlation the correlation of the series' shocks (in input order), or null for
   *     independent shocks
   * @param spec what to simulate
   * @throws IllegalArgumentException when there is no series, names repeat, the correlation's size
   *     is not the number of series, a correlation is combined with bootstrap shocks, bootstrap
   *     shocks meet a series without residuals, a series' base year is not within the horizon, or
   *     a deadline is not one of its series' checkpoints
   * @throws IllegalStateException when a model produces a non-finite log value
   */
  public static SimulationResult run(
      List<SimulatedSeries> series, Correlation correlation, SimulationSpec spec) {
    return run(series, correlation, spec, t -> {});
  }

  /**
   * Runs the series with correlated shocks, telling {@code yearDone} the number t = 1..H of each
   * simulated year as soon as it is summarised (for progress displays; called on the calling
   * thread; it must not block). The results do not depend on it.
   */
  public static SimulationResult run(
      List<SimulatedSeries> series,
      Correlation correlation,
      SimulationSpec spec,
      java.util.function.IntConsumer yearDone) {
    java.util.Objects.requireNonNull(yearDone, "yearDone");
    try (Engine e = new Engine(series, correlation, spec)) {
      return e.run(yearDone);
    }
  }

  /** The simulation of one series, for convenience. */
  public static SeriesSummary run(SimulatedSeries series, SimulationSpec spec) {
    return run(List.of(series), null, spec).series().get(0);
  }
}
