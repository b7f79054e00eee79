package org.tradetarget.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test class's failure budget made checkable: every Monte Carlo comparison goes through {@link
 * #within}, which counts it, and the class's {@code @AfterAll} calls {@link #assertAtMost} with the
 * number of comparisons its documentation states. A test that makes more comparisons than its
 * budget says fails, so the budget's union bound (comparisons × chance per comparison) stays true.
 */
public final class Budget {
  private final AtomicInteger count = new AtomicInteger();

  /** Asserts |expected − actual| ≤ tolerance, as {@code assertEquals}, and counts it. */
  public void within(double expected, double actual, double tolerance, String what) {
    count.incrementAndGet();
    assertEquals(expected, actual, tolerance, what);
  }

  /** As {@link #within(double, double, double, String)} without a message. */
  public void within(double expected, double actual, double tolerance) {
    within(expected, actual, tolerance, "");
  }

  /** The comparisons counted so far. */
  public int count() {
    return count.get();
  }

  /** Fails when more comparisons were made than the stated budget. */
  public void assertAtMost(int stated) {
    assertTrue(
        count.get() <= stated,
        count.get() + " Monte Carlo comparisons, more than the " + stated
            + " the failure budget counts");
  }
}
