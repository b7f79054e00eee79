/**
 * The front door for embedders is {@link org.tradetarget.core.analysis.Outlook}: one series, one
 * target, a kind and the simulation settings in, an {@link
 * org.tradetarget.core.analysis.OutlookResult} out (P(met by year) with its standard error, the
 * quantiles, the median first-passage year, the required and assumed growth); the scenario runner
 * builds its corridor summaries with the same {@code OutlookResult.of}.
 *
 * <p>Answers about targets: required growth, historical growth, credibility ratio, years needed
 * ({@link org.tradetarget.core.analysis.TargetArithmetic}); target attainment from a Monte Carlo
 * run ({@link org.tradetarget.core.analysis.Attainment}: per checkpoint quantiles, mean, P(at or
 * above), P(met by year), the first-passage-year distribution, the deadline shortfall and the joint
 * odds, each probability with its standard error); how far a corridor is from its target ({@link
 * org.tradetarget.core.analysis.TargetAssessment}). Results are immutable values.
 *
 * <p>{@link org.tradetarget.core.analysis.Backtest} runs rolling-origin backtests of the projection
 * kinds, scored by {@link org.tradetarget.core.analysis.Scores} and ranked by {@link
 * org.tradetarget.core.analysis.BacktestRanking} (per series, overall or pooled over every origin of
 * several series), whose best two kinds {@link org.tradetarget.core.analysis.PairedTest} tells
 * apart or not (Diebold–Mariano); {@link org.tradetarget.core.analysis.Hindsight}
 * judges past targets by the odds each method gave when they were announced.
 *
 * <p>{@link org.tradetarget.core.analysis.Decomposition} attributes a gravity projection's change
 * to its drivers; {@link org.tradetarget.core.analysis.RequiredLever} solves for the lever that
 * reaches a probability.
 *
 * <p>A run's simulated paths can be recalibrated by the panel evidence ({@code
 * core.evidence.Recalibration}, {@link org.tradetarget.core.analysis.Outlook#recalibration}).
 *
 * <p>May import: {@code core.data}, {@code core.levers}, {@code core.model}, {@code
 * core.calibrate}, {@code core.simulate}, {@code core.evidence}, the JDK and Commons Math. Never
 * imports {@code core.table} or anything that prints.
 */
package org.tradetarget.core.analysis;
