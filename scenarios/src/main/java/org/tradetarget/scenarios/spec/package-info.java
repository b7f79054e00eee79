/**
 * The scenario language as values: records for a resolved scenario, its corridors, simulation,
 * macro and output settings, each checking its own values. The records hold core types, not text:
 * a corridor's kind is a {@code core.calibrate.ModelKind} with its {@code ModelParams}, the shocks are
 * {@code core.simulate.Shocks} (a {@code ShockModel} and its degrees of freedom), crisis jumps an
 * optional {@code core.simulate.CrisisJumps}, levers {@code core.levers.Lever}; the corridors' shock
 * correlations are stated pairs ({@link org.tradetarget.scenarios.spec.CorridorCorrelation}) from
 * which {@link org.tradetarget.scenarios.spec.ScenarioSpec#shockCorrelation()} builds the core
 * correlation matrix.
 *
 * <p>May import: {@code core} (data, calibrate, levers, simulate values), the JDK. Never imports
 * {@code io}, {@code run}, {@code report} or {@code cli}.
 */
package org.tradetarget.scenarios.spec;
