/**
 * Fitting: each kind's calibrator (OLS, maximum likelihood, Levenberg–Marquardt from Commons Math)
 * and {@link org.tradetarget.core.calibrate.ModelKind}, the registry that maps a user-facing name to
 * its calibrator and lists the valid names. {@link org.tradetarget.core.calibrate.ModelSelection}
 * chooses by AICc within one family (the ETS kinds, or the ARIMA orders).
 *
 * <p>May import: {@code core.data}, {@code core.model}, Commons Math, the JDK. Builds {@code model}
 * objects; {@code model} never imports this package.
 */
package org.tradetarget.core.calibrate;
