/**
 * The panel backtest on Apache Spark, for panels beyond one machine (product-level CEPII BACI).
 *
 * <p>{@link org.tradetarget.spark.SparkPanelBacktest} is the {@code spark-submit} entry point; it
 * reads its options ({@link org.tradetarget.spark.JobOptions}), builds the series of the panel with
 * Spark's readers ({@link org.tradetarget.spark.SparkPanels}, a BACI release's rows summed per
 * series and year in one shuffle by {@code YearSums}, sorted into id ranges of about equal work by
 * {@code WorkRanges}) and runs the core's own panel backtest
 * stages ({@link org.tradetarget.core.evidence.PanelStages}) over them, so the files are the same
 * as {@code tradetarget backtest --panel} writes.
 *
 * <p>May import: {@code core.evidence}, {@code core.data}, {@code core.calibrate}, Apache Spark
 * (provided by the cluster), Hadoop's file system API and the JDK. Holds no scoring logic of its
 * own.
 */
package org.tradetarget.spark;
