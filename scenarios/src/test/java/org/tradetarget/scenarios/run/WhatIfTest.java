package org.tradetarget.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.analysis.Checkpoint;
import org.tradetarget.core.data.InvalidSetting;

/**
 * The what-if and required growth an embedder calls without the command line, against hand
 * calculations; a bad setting comes back as its name and what is wrong.
 */
final class WhatIfTest {
  private static WhatIf.Settings settings(double start, double sigma) {
    // drift ln(1.1): +10 % a year; target 1,200 US$ million
    return new WhatIf.Settings(
        start, 2024, Math.log(1.1), sigma, 3, 1000, 1200.0, "normal", null, null, null, 7L, 1);
  }

  @Test
  void withoutShocks_everyPathIsTheDriftLine() {
    // sigma 0: every path is 1000 * 1.1^h, so 1100, 1210, 1331 in 2025..2027, the quantiles equal
    // the mean, and the target 1200 is first met in 2026 by every path
    List<Checkpoint> cs = WhatIf.run(settings(1000, 0)).series().checkpoints();
    double[] expected = {1100, 1210, 1331};
    double[] metBy = {0, 1, 1};
    for (int i = 0; i < 3; i++) {
      Checkpoint c = cs.get(i);
      assertEquals(2025 + i, c.year());
      assertEquals(expected[i], c.mean(), 1e-9 * expected[i]);
      for (double q : c.quantiles()) {
        assertEquals(expected[i], q, 1e-9 * expected[i]);
      }
      assertEquals(metBy[i], c.metBy(), 0.0);
    }
  }

  @Test
  void badSetting_isNamedWithWhatIsWrong() {
    InvalidSetting e = assertThrows(InvalidSetting.class, () -> WhatIf.run(settings(-1, 0.1)));
    assertEquals("start", e.setting());
    assertEquals("-1.0 is not allowed; expected a finite value > 0 (US$ million)", e.detail());
    assertEquals("start: " + e.detail(), e.getMessage());
  }

  @Test
  void requiredGrowth_doublingInTenYears() {
    // (2000 / 1000)^(1/10) - 1 = 2^0.1 - 1 = 0.0717734625...
    assertEquals(0.0717734625, TargetReview.requiredGrowth(1000, 2024, 2000, 2034), 1e-10);
    InvalidSetting e = assertThrows(
        InvalidSetting.class, () -> TargetReview.requiredGrowth(1000, 2024, 2000, 2024));
    assertEquals("deadline", e.setting());
  }
}
