/**
 * Fitting: each kind's calibrator (OLS, maximum likelihood, Levenberg–Marquardt from Commons Math)
 * and {@link org.tradetarget.core.calibrate.ModelKind}, the registry that maps a user-facing name to
 * its calibrator, lists the valid names and describes each kind (scale, minimum points, a one-line
 * description and its parameters as {@link org.tradetarget.core.calibrate.ParameterSpec}s, which the
 * calibrators read their bounds from and {@code ModelKind#checkParameters} checks without a fit). {@link org.tradetarget.core.calibrate.ModelSelection}
 * chooses by AICc within one family (the ETS kinds, or the ARIMA orders). {@link
 * org.tradetarget.core.calibrate.ModelKind#tryFit} gives a {@link
 * org.tradetarget.core.calibrate.FitOutcome} (a fit or its reason) for panels and ensembles; {@code
 * RobustSearch} restarts a likelihood search that runs out of evaluations.
 *
 * <p>{@link org.tradetarget.core.calibrate.GravityCalibrator} builds the {@code gravity} kind from
 * macro paths and levers; {@link org.tradetarget.core.calibrate.LeverCalibration} fits any kind
 * with levers (the entry point for scenario runners).
 *
 * <p>May import: {@code core.data}, {@code core.levers}, {@code core.model}, Commons Math, the JDK.
 * Builds {@code model} objects; {@code model} never imports this package.
 */
package org.tradetarget.core.calibrate;
