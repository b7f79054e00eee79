package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.tradetarget.core.model.Forecast;
import org.tradetarget.core.testing.Reference;

/** Comparisons of our forecasts with the R reference values, by relative error. */
final class ForecastAssertions {
  private ForecastAssertions() {}

  /** |actual − expected| ≤ tol · |expected|, with a message naming the quantity. */
  static void assertRelative(double expected, double actual, double tol, String what) {
    double err = Math.abs(actual - expected);
    if (!(err <= tol * Math.abs(expected))) {
      fail(what + ": expected " + expected + " but got " + actual + " (relative error "
          + err / Math.abs(expected) + " > " + tol + ")");
    }
  }

  /** The largest relative error between a reference path and ours over steps 1..h. */
  static double maxRelativeError(double[] expected, double[] actual, int h) {
    double worst = 0.0;
    for (int i = 0; i < h; i++) {
      worst = Math.max(worst, Math.abs(actual[i] - expected[i]) / Math.abs(expected[i]));
    }
    return worst;
  }

  /**
   * Checks point, lo80, hi80, lo95 and hi95 of a forecast made at levels {80, 95} against a
   * reference case over its steps 1..h at relative tolerance {@code tol}.
   */
  static void assertForecast(String caseId, Forecast f, int h, double tol) {
    double[][] ours = {f.point(), f.lower()[0], f.upper()[0], f.lower()[1], f.upper()[1]};
    String[] names = {"point", "lo80", "hi80", "lo95", "hi95"};
    for (int q = 0; q < names.length; q++) {
      double[] ref = Reference.path(caseId, names[q]);
      assertEquals(
          true, ref.length >= h, caseId + " has fewer than " + h + " steps of " + names[q]);
      for (int i = 0; i < h; i++) {
        assertRelative(ref[i], ours[q][i], tol, caseId + " " + names[q] + " h=" + (i + 1));
      }
    }
  }

  /** A reference parameter that must exist. */
  static double param(String caseId, String name) {
    return Reference.param(caseId, name)
        .orElseThrow(() -> new AssertionError(caseId + " has no " + name));
  }
}
