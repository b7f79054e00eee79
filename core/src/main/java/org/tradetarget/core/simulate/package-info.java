/**
 * The Monte Carlo engine: simulates many paths of one or more series (one per corridor) from each
 * kind's {@link org.tradetarget.core.model.StateSpace}, year by year, and keeps only per-year
 * summaries (quantiles, mean, counts at or above a target, first-passage counts, deadline shortfall)
 * and a few whole sample paths.
 *
 * <p>Entry point: {@link org.tradetarget.core.simulate.MonteCarlo#run}. Inputs: {@link
 * org.tradetarget.core.simulate.SimulatedSeries} (a model, residuals for bootstrap shocks, optional
 * target and deadline), {@link org.tradetarget.core.simulate.SimulationSpec} (paths, horizon, seed,
 * threads, {@link org.tradetarget.core.simulate.Shocks} of a {@link
 * org.tradetarget.core.simulate.ShockModel}, {@link org.tradetarget.core.simulate.CrisisJumps},
 * persistence, parameter uncertainty, quantiles, sample paths) and an optional {@link
 * org.tradetarget.core.simulate.Correlation} of the series' shocks. Output: {@link
 * org.tradetarget.core.simulate.SimulationResult}, one {@link
 * org.tradetarget.core.simulate.SeriesSummary} per series (means, quantiles and counts) and the
 * joint count of paths meeting every deadline; {@code core.analysis} turns counts into
 * probabilities with standard errors.
 *
 * <p>Inside (package-private), by job:
 *
 * <ul>
 *   <li>{@code Engine}: one run; wires the parts, runs the parallel phases and the serial steps
 *       between them, combines the blocks' sums in block order and builds the result;
 *   <li>{@code RunSetup}: the checks of the inputs and the per-series constants;
 *   <li>{@code ShockDraws}: the per-block random streams and the yearly shocks (normal, Student-t,
 *       bootstrap, Cholesky correlation, crisis jumps);
 *   <li>{@code PathStepper}: the per-path work of a block: initial states, one year's step and its
 *       sums, histogram slots and target counts;
 *   <li>{@code ExactQuantiles}: the exact type-7 quantiles: histograms over a predicted range (rebuilt
 *       when the prediction was poor), marking of the slots holding the needed ranks, the gather
 *       while the next year overwrites the values, and the selection;
 *   <li>{@code Select} (multi-quickselect), {@code FastExp} (exp for the sums) and {@code Team} (the
 *       worker threads that run one phase at a time).
 * </ul>
 *
 * The per-path loops call only the model, the samplers and static methods; the classes are final.
 *
 * <p>Reproducibility: paths are grouped in fixed blocks of {@value
 * org.tradetarget.core.simulate.MonteCarlo#BLOCK_PATHS}; block b draws from its own stream, the
 * seeded XoRoShiRo128++ generator advanced by b jumps of 2<sup>64</sup>. Threads take whole blocks,
 * floating-point sums are combined in block order and quantiles are exact order statistics, so a
 * result is bitwise identical for any thread count.
 *
 * <p>May import: {@code core.data}, {@code core.model}, Commons RNG, Commons Math (linear algebra),
 * the JDK. Never imports {@code calibrate}, {@code analysis} or {@code table}; never prints.
 */
package org.tradetarget.core.simulate;
