package org.tradetarget.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Exploding intervals are refused from the first step whose upper bound passes the limit. */
final class IntervalGuardTest {

  /**
   * A walk without drift from 100 with σ = 2: the 95 % upper bound h steps ahead is
   * 100·exp(1.959964·2·√h). It passes 1000 × 100 when 3.919928·√h &gt; ln 1000 = 6.907755, i.e.
   * √h &gt; 1.762220, h &gt; 3.105: steps 1–3 keep their bounds, steps 4 on are refused.
   */
  @Test
  void boundsFromTheFirstExplodingStepAreRefused() {
    RandomWalkDrift w = new RandomWalkDrift("naive", 2024, 1, Math.log(100), 0.0, 2.0, 10, false);
    Forecast f = w.forecast(6, 80, 95);
    IntervalGuard.Checked c = IntervalGuard.check(f, 100.0, "naive");
    assertTrue(c.note().isPresent());
    assertTrue(
        c.note().get().startsWith("naive intervals refused from 2028 on: the 95 % upper"),
        c.note().get());
    for (int i = 0; i < 6; i++) {
      assertEquals(f.point()[i], c.forecast().point()[i]);
      for (int k = 0; k < 2; k++) {
        if (i < 3) {
          assertEquals(f.upper()[k][i], c.forecast().upper()[k][i]);
          assertEquals(f.lower()[k][i], c.forecast().lower()[k][i]);
        } else {
          assertTrue(Double.isNaN(c.forecast().upper()[k][i]));
          assertTrue(Double.isNaN(c.forecast().lower()[k][i]));
        }
      }
    }
    // The third step's bound, 100·exp(3.919928·√3) ≈ 88,800, is below the limit of 100,000.
    assertEquals(100 * Math.exp(2 * 1.959963984540054 * Math.sqrt(3)), f.upper()[1][2], 1e-6);
  }

  @Test
  void tameBoundsAreKept() {
    RandomWalkDrift w = new RandomWalkDrift("naive", 2024, 1, Math.log(100), 0.0, 0.1, 10, false);
    Forecast f = w.forecast(10, 80, 95);
    IntervalGuard.Checked c = IntervalGuard.check(f, 100.0, "naive");
    assertTrue(c.note().isEmpty());
    assertSame(f, c.forecast());
  }
}
