package org.tradetarget.core.analysis;

import java.util.OptionalDouble;

/**
 * How far below its target a series ends at the deadline, over all simulated paths. US$ million.
 *
 * @param deadline the deadline year
 * @param expected E[max(T − V_D, 0)], the expected shortfall over all paths (0 for a path at or
 *     above the target)
 * @param expectedSe its Monte Carlo standard error (sample sd / √N)
 * @param belowAtDeadline P(V_D &lt; T), the probability that the target is not met at the deadline
 * @param belowAtDeadlineSe its standard error √(p(1 − p)/N)
 * @param meanGivenBelow E[T − V_D | V_D &lt; T], the mean shortfall given that the target is not met
 *     at the deadline; empty when no path is below
 */
public record Shortfall(
    int deadline,
    double expected,
    double expectedSe,
    double belowAtDeadline,
    double belowAtDeadlineSe,
    OptionalDouble meanGivenBelow) {}
