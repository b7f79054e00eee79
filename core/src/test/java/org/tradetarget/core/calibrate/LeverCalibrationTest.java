package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.levers.BuiltInLever;
import org.tradetarget.core.levers.Lever;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.core.model.LeveredProjection;

/** The one entry point a scenario runner calls: gravity with macro overrides, or any kind with levers. */
final class LeverCalibrationTest {
  private static final AnnualSeries VN_LA = Dataset.embedded().series(Corridor.VN_LA);

  @Test
  void gravity_usesTheGivenMacroPaths() {
    // Inflation 5 % instead of 2 % raises both countries' nominal GDP growth in 2026 by
    // ln(1.05/1.02); with beta = 1 each, the 2026 point rises by the factor (1.05/1.02)^2.
    Calibration base = LeverCalibration.fit(
        ModelKind.GRAVITY,
        VN_LA,
        Corridor.VN_LA,
        MacroPaths.embedded(),
        List.of(),
        ModelParams.none(),
        OptionalInt.empty());
    Calibration hot = LeverCalibration.fit(
        ModelKind.GRAVITY,
        VN_LA,
        Corridor.VN_LA,
        MacroPaths.embedded().withInflation(0.05),
        List.of(),
        ModelParams.none(),
        OptionalInt.empty());
    double ratio = hot.projection().forecast(1, 80).point()[0]
        / base.projection().forecast(1, 80).point()[0];
    assertEquals(Math.pow(1.05 / 1.02, 2), ratio, 1e-12);
  }

  @Test
  void otherKinds_getTheLeversOnTop() {
    Lever customs =
        BuiltInLever.FASTER_CUSTOMS_IMMIGRATION.lever().withProbability(1).withDelayMeanYears(0);
    Calibration plain = ModelKind.RW_DRIFT.fit(VN_LA, ModelParams.none());
    Calibration levered = LeverCalibration.fit(
        ModelKind.RW_DRIFT,
        VN_LA,
        Corridor.VN_LA,
        MacroPaths.embedded(),
        List.of(customs),
        ModelParams.none(),
        OptionalInt.empty());
    assertTrue(levered.projection() instanceof LeveredProjection);
    // Certain lever: from 2027 over 2 years, so 2028 carries the full ln(1.02).
    assertEquals(
        plain.projection().forecast(3, 80).point()[2] * 1.02,
        levered.projection().forecast(3, 80).point()[2],
        1e-9);
    assertTrue(levered.notes().stream().anyMatch(n -> n.contains("faster-customs-immigration")));
    Calibration none = LeverCalibration.fit(
        ModelKind.RW_DRIFT,
        VN_LA,
        Corridor.VN_LA,
        MacroPaths.embedded(),
        List.of(),
        ModelParams.none(),
        OptionalInt.empty());
    assertSame(none.kind(), plain.kind());
    assertEquals(plain.projection().forecast(3, 80), none.projection().forecast(3, 80));
  }

  @Test
  void aLeverOfAnotherCorridor_isRejected() {
    InvalidInputException e = assertThrows(
        InvalidInputException.class,
        () -> LeverCalibration.fit(
            ModelKind.HOLT,
            VN_LA,
            Corridor.VN_LA,
            MacroPaths.embedded(),
            List.of(BuiltInLever.PHNOM_PENH_BAVET_EXPRESSWAY.lever()),
            ModelParams.none(),
            OptionalInt.empty()));
    assertTrue(
        e.getMessage().contains("phnom-penh-bavet-expressway affects VN-KH, not VN-LA"),
        e.getMessage());
  }
}
