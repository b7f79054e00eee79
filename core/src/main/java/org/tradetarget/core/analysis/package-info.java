/**
 * Answers about targets: required growth, historical growth, credibility ratio, years needed
 * (later: attainment odds, first-passage years, shortfall, backtests, sensitivity). Results are
 * immutable values.
 *
 * <p>{@link org.tradetarget.core.analysis.Decomposition} attributes a gravity projection's change
 * to its drivers; {@link org.tradetarget.core.analysis.RequiredLever} solves for the lever that
 * reaches a probability.
 *
 * <p>May import: {@code core.data}, {@code core.levers}, {@code core.model}, {@code
 * core.calibrate}, {@code core.simulate}, the JDK and Commons Math. Never imports {@code core.table} or anything that prints.
 */
package org.tradetarget.core.analysis;
