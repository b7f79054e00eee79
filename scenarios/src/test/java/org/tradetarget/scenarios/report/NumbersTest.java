package org.tradetarget.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Changes for people: signed, in the same shape as the amounts and rates they change. */
final class NumbersTest {
  @Test
  void signedMoneyHasThousandsSeparatorsAndASign() {
    assertEquals("+2,040", Numbers.signedMoney(2040.3342051592153));
    assertEquals("-1,643", Numbers.signedMoney(-1643.3));
    assertEquals("+15.4", Numbers.signedMoney(15.4));
    assertEquals("-3.6", Numbers.signedMoney(-3.6));
    // beside the amount it changes, as money() prints it
    assertEquals("18,121", Numbers.money(18121.2));
    // rounds to nothing: no sign
    assertEquals("0", Numbers.signedMoney(0.02));
    assertEquals("0", Numbers.signedMoney(-0.02));
    assertEquals("-", Numbers.signedMoney(Double.NaN));
  }

  @Test
  void pointsArePercentagePointsWithASign() {
    // 0.4613 - 0.3716 = 0.0897 of probability is 8.97 percentage points
    assertEquals("+9.0 pts", Numbers.points(0.0897));
    assertEquals("-1.4 pts", Numbers.points(-0.014));
    assertEquals("0.0 pts", Numbers.points(-0.0004));
    assertEquals("-", Numbers.points(Double.NaN));
  }
}
