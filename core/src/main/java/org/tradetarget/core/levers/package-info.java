/**
 * Policy levers and macro paths: what moves a corridor's trade besides its own history.
 *
 * <ul>
 *   <li>{@link org.tradetarget.core.levers.MacroPaths}: per country, the GDP history (World Bank
 *       WDI, current US$ million) and a forward path of real GDP growth, each year marked sourced
 *       or assumed ({@link org.tradetarget.core.levers.GrowthYear}); the assumed US$ inflation
 *       that turns real growth into nominal growth; the uncertainty of growth that the Monte Carlo
 *       draws; {@link org.tradetarget.core.levers.MacroFilePaths} makes them from a macro file for
 *       any country.
 *   <li>{@link org.tradetarget.core.levers.Lever}: a named project (corridors, start year, ramp,
 *       trade-cost change or direct trade effect, completion probability, Poisson delay); {@link
 *       org.tradetarget.core.levers.BuiltInLever} is the registry of the projects named in the
 *       source reports; {@link org.tradetarget.core.levers.LeverSchedule} turns a corridor's levers
 *       into log effects per year and draws each path's completion and delay.
 *   <li>{@link org.tradetarget.core.levers.Elasticities}: the gravity elasticities with their
 *       sources.
 *   <li>{@link org.tradetarget.core.levers.PathDraws}: counter-based random draws keyed by a path's
 *       key, so that a lever's draws do not depend on which other levers are present and are the
 *       same for every corridor of a run.
 * </ul>
 *
 * <p>May import: {@code core.data}, the JDK. Never imports {@code model}, {@code calibrate},
 * {@code simulate}, {@code analysis} or {@code table}; {@code core.model} builds on this package.
 */
package org.tradetarget.core.levers;
