/**
 * JMH benchmarks: the Monte Carlo kernel ({@link org.tradetarget.benchmarks.MonteCarloBenchmark}),
 * the normal sampler that bounds it ({@link org.tradetarget.benchmarks.NormalSamplerBenchmark}) and
 * each model kind's fit and projection ({@link org.tradetarget.benchmarks.ModelKindBenchmark}), and
 * a sensitivity sweep of whole scenario runs ({@link org.tradetarget.benchmarks.SweepBenchmark}), and
 * the aggregation of a BACI year file ({@link org.tradetarget.benchmarks.BaciBenchmark}), and the
 * panel backtest of a synthetic HS6-shaped BACI release ({@link
 * org.tradetarget.benchmarks.HsPanel}) on Spark in local mode and on one machine ({@link
 * org.tradetarget.benchmarks.SparkPanelBenchmark}). Run from the shaded jar (with Spark's class
 * path in front for the Spark benchmark); commands and a recorded table in {@code
 * benchmarks/README.md}.
 *
 * <p>May import: {@code tradetarget-core}, {@code tradetarget-scenarios} (the sweep), {@code
 * tradetarget-spark} and Apache Spark (provided), JMH, Commons RNG and Commons Math.
 */
package org.tradetarget.benchmarks;
