/**
 * Evidence from a panel of many annual series: odds that history has checked.
 *
 * <p>{@link org.tradetarget.core.evidence.PanelReader} streams a panel file ({@link
 * org.tradetarget.core.evidence.PanelFormat}: the Correlates of War dyadic trade release or a long
 * {@code series,year,value} file) one series at a time, as consecutive runs of positive values
 * ({@link org.tradetarget.core.evidence.PanelSeries}), with the file's provenance ({@link
 * org.tradetarget.core.evidence.PanelSource}); a COW pair is named by its ISO codes through {@link
 * org.tradetarget.core.evidence.CowCodes}, and {@link org.tradetarget.core.evidence.PanelHistories}
 * holds a panel to look up a pair's history. {@link org.tradetarget.core.evidence.PanelBacktest}
 * fits every kind at every rolling origin of every series, scores the analytic log-normal
 * predictive distributions by history class ({@link org.tradetarget.core.evidence.HistoryClass})
 * and horizon, checks the odds of synthetic targets against what happened, and fits a
 * path-coherent {@link org.tradetarget.core.evidence.Recalibration} (one monotone {@link
 * org.tradetarget.core.evidence.QuantileMap} of the standardised position per kind, horizon and
 * history class) out of sample: on one half of the series for the other, and on early origins for
 * later ones. An ensemble's maps act on its members' mixture ({@code EnsembleMaps}, as the panel
 * backtest's {@code Mixture} scores it).
 *
 * <p>May import: {@code core.data}, {@code core.model}, {@code core.calibrate}, the JDK and Commons
 * Math. Never imports {@code core.simulate}, {@code core.analysis}, {@code core.table} or anything
 * that prints.
 */
package org.tradetarget.core.evidence;
