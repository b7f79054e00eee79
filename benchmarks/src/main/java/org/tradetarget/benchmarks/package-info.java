/**
 * JMH benchmarks: the Monte Carlo kernel ({@link org.tradetarget.benchmarks.MonteCarloBenchmark}),
 * the normal sampler that bounds it ({@link org.tradetarget.benchmarks.NormalSamplerBenchmark}) and
 * each model kind's fit and projection ({@link org.tradetarget.benchmarks.ModelKindBenchmark}), and
 * a sensitivity sweep of whole scenario runs ({@link org.tradetarget.benchmarks.SweepBenchmark}).
 * Run from the shaded jar; commands and a recorded table in {@code benchmarks/README.md}.
 *
 * <p>May import: {@code tradetarget-core}, {@code tradetarget-scenarios} (the sweep), JMH, Commons
 * RNG and Commons Math.
 */
package org.tradetarget.benchmarks;
