package org.tradetarget.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The damped-trend forecast formulas, checked by hand, because R's references are all undamped at φ = 1 or fitted. */
final class HoltTrendTest {
  private static HoltTrend damped() {
    return HoltTrend.builder("holt-damped", true)
        .base(2020, 1, Math.log(100))
        .smoothing(0.5, 0.4, 0.9)
        .initial(4.5, 0.1)
        .last(4.6, 0.05)
        .sigma(0.1)
        .build();
  }

  @Test
  void dampedPointAndSe_byHand() {
    HoltTrend m = damped();
    // point h=3: 4.6 + (0.9 + 0.81 + 0.729) · 0.05 = 4.6 + 2.439 · 0.05.
    assertEquals(4.6 + 2.439 * 0.05, m.logPoint(3), 1e-14);
    // se h=3: c_1 = α + αβ φ = 0.5 + 0.2 · 0.9 = 0.68, c_2 = 0.5 + 0.2 · 1.71 = 0.842;
    // var = σ² (1 + 0.68² + 0.842²).
    assertEquals(0.1 * Math.sqrt(1 + 0.68 * 0.68 + 0.842 * 0.842), m.logSe(3), 1e-14);
  }

  @Test
  void parameters_listTheHoltAndEtsFormsOfBeta() {
    var p = damped().parameters();
    assertEquals(
        java.util.List.of("alpha", "beta", "beta_ets", "phi", "l0", "b0", "sigma"),
        java.util.List.copyOf(p.keySet()));
    assertEquals(0.2, p.get("beta_ets"), 1e-15);
  }

  @Test
  void undampedWithPhiBelowOne_isRejected() {
    HoltTrend.Builder b = HoltTrend.builder("holt", false)
        .base(2020, 1, 1)
        .smoothing(0.5, 0.5, 0.9)
        .initial(1, 0)
        .last(1, 0)
        .sigma(0.1);
    assertThrows(IllegalArgumentException.class, b::build);
  }
}
