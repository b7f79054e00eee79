package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Checks;
import org.tradetarget.core.model.RandomWalkDrift;

/**
 * A calibration's copies change only what they name; the one finite-number check names the
 * argument and its value. Expected values are the inputs themselves, written out.
 */
final class CalibrationCopyTest {
  private static final AnnualSeries USED =
      AnnualSeries.of("x", new int[] {2020, 2021, 2022}, new double[] {100, 110, 121});

  private static Calibration calibration() {
    return new Calibration(
        ModelKind.RW_DRIFT,
        new RandomWalkDrift("rw-drift", 2022, 1, Math.log(121), 0.1, 0.02, 2, false),
        USED,
        Map.of("drift", 0.1),
        new double[] {0.01, -0.01},
        0.02,
        OptionalDouble.of(3.5),
        OptionalDouble.empty(),
        List.of("first note"));
  }

  @Test
  void withNotes_replacesTheNotesOnly() {
    Calibration c = calibration();
    Calibration d = c.withNotes(List.of("a", "b"));
    assertEquals(List.of("a", "b"), d.notes());
    assertEquals(List.of("first note"), c.notes(), "the original is unchanged");
    assertSame(c.projection(), d.projection());
    assertSame(USED, d.used());
    assertEquals(ModelKind.RW_DRIFT, d.kind());
    assertEquals(Map.of("drift", 0.1), d.parameters());
    assertArrayEquals(new double[] {0.01, -0.01}, d.residuals());
    assertEquals(0.02, d.sigma());
    assertEquals(OptionalDouble.of(3.5), d.logLik());
    assertEquals(OptionalDouble.empty(), d.aicc());
  }

  @Test
  void withProjection_replacesTheProjectionOnly() {
    Calibration c = calibration();
    RandomWalkDrift other =
        new RandomWalkDrift("rw-drift", 2022, 1, Math.log(121), 0.2, 0.02, 2, false);
    Calibration d = c.withProjection(other);
    assertSame(other, d.projection());
    assertEquals(List.of("first note"), d.notes());
    assertEquals(0.02, d.sigma());
  }

  @Test
  void requireFinite_namesTheArgumentAndValue() {
    Checks.requireFinite(1.5, "slope");
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class, () -> Checks.requireFinite(Double.NaN, "slope"));
    assertEquals("slope is not finite: NaN", e.getMessage());
    e = assertThrows(
        IllegalArgumentException.class, () -> Checks.requireFinite(Double.NEGATIVE_INFINITY, "l0"));
    assertEquals("l0 is not finite: -Infinity", e.getMessage());
  }
}
