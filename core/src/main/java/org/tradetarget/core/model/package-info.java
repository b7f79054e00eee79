/**
 * One small immutable type per projection kind: its point forecast and prediction intervals ({@link
 * org.tradetarget.core.model.Forecast}) and its state-space simulator ({@link
 * org.tradetarget.core.model.StateSpace}) with allocation-free updates on {@code double[]}.
 *
 * <p>May import: {@code core.data}, Commons Math (distributions), the JDK. Never imports {@code
 * calibrate}, {@code simulate}, {@code analysis} or {@code table}.
 */
package org.tradetarget.core.model;
