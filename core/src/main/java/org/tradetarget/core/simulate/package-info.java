/**
 * The Monte Carlo engine: simulates many paths of one or more series (one per corridor) from each
 * kind's {@link org.tradetarget.core.model.StateSpace}, year by year, and keeps only per-year
 * summaries (quantiles, mean, counts at or above a target, first-passage counts, deadline shortfall)
 * and a few whole sample paths.
 *
 * <p>Entry point: {@link org.tradetarget.core.simulate.MonteCarlo#run}. Inputs: {@link
 * org.tradetarget.core.simulate.SimulatedSeries} (a model, optional target and deadline), {@link
 * org.tradetarget.core.simulate.SimulationSpec} (paths, horizon, seed, threads, shocks, crisis
 * jumps, persistence, parameter uncertainty, quantiles) and an optional {@link
 * org.tradetarget.core.simulate.Correlation} of the series' shocks. Output: {@link
 * org.tradetarget.core.simulate.SimulationResult} with counts; {@code core.analysis} turns them into
 * probabilities with standard errors.
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
