/**
 * One small immutable type per projection kind: its point forecast and prediction intervals ({@link
 * org.tradetarget.core.model.Forecast}) and its state-space simulator ({@link
 * org.tradetarget.core.model.StateSpace}) with allocation-free updates on {@code double[]}.
 *
 * <p>{@link org.tradetarget.core.model.RandomWalkDrift} serves {@code rw-drift}, {@code naive}, {@code
 * cagr} and {@code constant-growth}; {@link org.tradetarget.core.model.ThetaMethod} serves {@code
 * theta}; {@link org.tradetarget.core.model.LogLinearTrend} serves {@code
 * log-linear} (a trend with independent deviations, not a random walk); {@link
 * org.tradetarget.core.model.LogisticCurve} serves {@code logistic} (on the values, not logs);
 * {@link org.tradetarget.core.model.HoltTrend} serves the ETS kinds and {@link
 * org.tradetarget.core.model.ArimaDrift} the ARIMA orders. Each type's {@code
 * withoutEstimationTerms()} gives the intervals its simulator reproduces.
 *
 * <p>{@link org.tradetarget.core.model.GravityProjection} serves {@code gravity} (GDP paths,
 * levers and a residual trend); {@link org.tradetarget.core.model.LeveredProjection} puts levers on
 * top of any kind and {@link org.tradetarget.core.model.ShiftedProjection} shifts any kind's log
 * path (a change of GDP growth carried into a trend kind).
 *
 * <p>{@link org.tradetarget.core.model.IntervalGuard} refuses prediction bounds that explode beyond a
 * documented multiple of the history's largest value.
 *
 * <p>May import: {@code core.data}, {@code core.levers}, Commons Math (distributions), the JDK.
 * Never imports {@code calibrate}, {@code simulate}, {@code analysis} or {@code table}.
 */
package org.tradetarget.core.model;
