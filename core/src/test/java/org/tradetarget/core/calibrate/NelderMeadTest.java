package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The minimiser behind the ETS and ARIMA fits must find known minima and respect bounds. */
final class NelderMeadTest {
  @Test
  void rosenbrock_fromTheClassicStart_reachesOneOne() {
    // f(x, y) = 100 (y − x²)² + (1 − x)² has its minimum 0 at (1, 1).
    NelderMead.Result r = NelderMead.minimize(
        p -> 100 * Math.pow(p[1] - p[0] * p[0], 2) + Math.pow(1 - p[0], 2),
        new double[] {-1.2, 1},
        1e-12,
        5000);
    assertEquals(NelderMead.Status.CONVERGED, r.status());
    assertEquals(1.0, r.point()[0], 1e-4);
    assertEquals(1.0, r.point()[1], 1e-4);
  }

  @Test
  void infiniteOutsideABound_staysInside() {
    // (x − 2)² restricted to x ≤ 1 has its constrained minimum at the bound x = 1.
    NelderMead.Result r = NelderMead.minimize(
        p -> p[0] > 1 ? Double.POSITIVE_INFINITY : Math.pow(p[0] - 2, 2),
        new double[] {0.5},
        1e-12,
        2000);
    assertEquals(1.0, r.point()[0], 1e-6);
  }

  @Test
  void nonFiniteStart_isRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> NelderMead.minimize(p -> Double.NaN, new double[] {1}, 1e-8, 100));
  }

  @Test
  void tinyBudget_reportsMaxEvaluations() {
    NelderMead.Result r = NelderMead.minimize(
        p -> Math.pow(p[0] - 3, 2) + Math.pow(p[1] + 1, 2), new double[] {0, 0}, 1e-12, 5);
    assertEquals(NelderMead.Status.MAX_EVALUATIONS, r.status());
  }
}
