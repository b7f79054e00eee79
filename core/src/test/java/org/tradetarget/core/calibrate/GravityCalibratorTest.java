package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.levers.BuiltInLever;
import org.tradetarget.core.levers.LeverSchedule;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.core.model.Forecast;
import org.tradetarget.core.model.GravityProjection;

/**
 * Gravity projections of the three corridors from the embedded data, the trend and sigma
 * estimates checked by hand, and every bad parameter rejected with a message that says what is
 * allowed.
 */
final class GravityCalibratorTest {
  private static Calibration fit(Corridor c, ModelParams params) {
    return GravityCalibrator.fit(
        Dataset.embedded().series(c),
        c,
        MacroPaths.embedded(),
        LeverSchedule.affecting(BuiltInLever.all(), c),
        params,
        OptionalInt.empty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"VN-LA", "VN-KH", "KH-LA"})
  void threeCorridors_fromTheEmbeddedData(String id) {
    Corridor c = Corridor.of(id);
    AnnualSeries s = Dataset.embedded().series(c);
    Calibration cal = fit(c, ModelParams.none());
    GravityProjection p = (GravityProjection) cal.projection();
    assertEquals(ModelKind.GRAVITY, cal.kind());
    assertEquals(s.lastYear(), p.lastYear());
    assertEquals(Math.log(s.lastValue()), p.baseLog(), 1e-15);
    assertEquals(LeverSchedule.affecting(BuiltInLever.all(), c), p.levers());
    Forecast f = p.forecast(10, 80, 95);
    for (int i = 0; i < 10; i++) {
      assertTrue(
          f.point()[i] > s.lastValue(),
          id + ": GDP growth and cost-cutting levers raise trade, " + f.years()[i]);
      assertTrue(f.lower()[1][i] < f.lower()[0][i] && f.upper()[0][i] < f.upper()[1][i]);
    }
    assertTrue(
        cal.notes().stream().anyMatch(n -> n.contains("assumed")),
        "notes say which years are assumed");
  }

  /**
   * KH-LA, 2020-2022 (seeds: 104, 160, 210; WDI GDP KH 25,872.8, 26,961.1, 29,504.8; LA 18,981.8,
   * 18,827.1, 15,468.8): with β = 1, r_t = ln trade − ln GDP_KH − ln GDP_LA; τ = mean of the two
   * changes, σ = their sample sd = |d1 − d2|/√2, se(τ) = σ/√2.
   */
  @Test
  void trendAndSigma_byHand_onCambodiaLaos() {
    double[] r = {
      Math.log(104) - Math.log(25872.8) - Math.log(18981.8),
      Math.log(160) - Math.log(26961.1) - Math.log(18827.1),
      Math.log(210) - Math.log(29504.8) - Math.log(15468.8)
    };
    double d1 = r[1] - r[0];
    double d2 = r[2] - r[1];
    Calibration cal = GravityCalibrator.fit(
        Dataset.embedded().series(Corridor.KH_LA),
        Corridor.KH_LA,
        MacroPaths.embedded(),
        List.of(),
        ModelParams.none().with("calibrate_trend", "true"),
        OptionalInt.empty());
    GravityProjection p = (GravityProjection) cal.projection();
    assertEquals((d1 + d2) / 2, p.trend(), 1e-12);
    assertEquals(Math.abs(d1 - d2) / Math.sqrt(2), p.sigma(), 1e-12);
    assertEquals(p.sigma() / Math.sqrt(2), p.trendStandardError(), 1e-12);
    // Without calibration the trend is 0 but sigma is the same estimate.
    GravityProjection q =
        (GravityProjection) fit(Corridor.KH_LA, ModelParams.none()).projection();
    assertEquals(0.0, q.trend());
    assertEquals(p.sigma(), q.sigma(), 1e-15);
  }

  @Test
  void parameters_overrideTheDefaults() {
    GravityProjection p = (GravityProjection) fit(
            Corridor.VN_KH,
            ModelParams.none()
                .with("beta_vn", "1.5")
                .with("beta_kh", "0.5")
                .with("theta", "-6")
                .with("trend", "-0.01")
                .with("sigma", "0.07"))
        .projection();
    assertEquals(1.5, p.elasticities().betaI());
    assertEquals(0.5, p.elasticities().betaJ());
    assertEquals(-6, p.elasticities().theta());
    assertEquals(-0.01, p.trend());
    assertEquals(0.07, p.sigma());
  }

  @Test
  void modelKindRegistry_fitsGravityOnACorridorSeries() {
    AnnualSeries s = Dataset.embedded().series(Corridor.VN_LA);
    Calibration viaKind = ModelKind.of("gravity").fit(s, ModelParams.none());
    Calibration direct = GravityCalibrator.fit(
        s,
        Corridor.VN_LA,
        MacroPaths.embedded(),
        List.of(),
        ModelParams.none(),
        OptionalInt.empty());
    assertEquals(direct.projection().forecast(5, 80), viaKind.projection().forecast(5, 80));
  }

  @Test
  void badParametersAndData_areRejected() {
    InvalidInputException e = assertThrows(
        InvalidInputException.class,
        () -> fit(Corridor.VN_KH, ModelParams.none().with("beta_la", "1")));
    assertTrue(
        e.getMessage().contains("'beta_la' is not allowed for VN-KH")
            && e.getMessage().contains("beta_vn"),
        e.getMessage());
    e = assertThrows(
        InvalidInputException.class,
        () -> fit(Corridor.VN_KH, ModelParams.none().with("theta", "2")));
    assertTrue(e.getMessage().contains("'theta': 2"), e.getMessage());
    e = assertThrows(
        InvalidInputException.class,
        () -> fit(
            Corridor.VN_KH,
            ModelParams.none().with("trend", "0.01").with("calibrate_trend", "true")));
    assertTrue(e.getMessage().contains("cannot be combined"), e.getMessage());
    e = assertThrows(
        InvalidInputException.class,
        () -> fit(Corridor.VN_KH, ModelParams.none().with("rate", "0.1")));
    assertTrue(e.getMessage().contains("unknown parameter 'rate'"), e.getMessage());
    AnnualSeries user =
        AnnualSeries.of("my.csv", new int[] {2020, 2021, 2022}, new double[] {1, 2, 3});
    e = assertThrows(
        InvalidInputException.class, () -> ModelKind.GRAVITY.fit(user, ModelParams.none()));
    assertTrue(e.getMessage().contains("'my.csv' is not a corridor"), e.getMessage());
    AnnualSeries two = AnnualSeries.of("VN-LA", new int[] {2024, 2025}, new double[] {2250, 2980});
    e = assertThrows(
        InvalidInputException.class, () -> ModelKind.GRAVITY.fit(two, ModelParams.none()));
    assertTrue(e.getMessage().contains("sigma=VALUE"), e.getMessage());
    AnnualSeries early =
        AnnualSeries.of("VN-LA", new int[] {1998, 1999, 2000}, new double[] {1, 2, 3});
    e = assertThrows(
        InvalidInputException.class, () -> ModelKind.GRAVITY.fit(early, ModelParams.none()));
    assertTrue(e.getMessage().contains("GDP data start in 2000"), e.getMessage());
    e = assertThrows(
        InvalidInputException.class,
        () -> GravityCalibrator.fit(
            Dataset.embedded().series(Corridor.VN_LA),
            Corridor.VN_LA,
            MacroPaths.embedded(),
            List.of(BuiltInLever.VUNG_ANG_PORT_TERMINAL_3.lever().withStartYear(2025)),
            ModelParams.none(),
            OptionalInt.empty()));
    assertTrue(e.getMessage().contains("not after the base year 2025"), e.getMessage());
  }
}
