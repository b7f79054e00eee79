package org.tradetarget.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.calibrate.GravityCalibrator;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Country;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.levers.BuiltInLever;
import org.tradetarget.core.levers.Elasticities;
import org.tradetarget.core.levers.LeverSchedule;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.core.model.GravityProjection;

/** The decomposition is log-additive: its parts sum to ln(point ÷ base) for every corridor and year. */
final class DecompositionTest {
  @Test
  void partsSumToTheTotal_threeCorridorsTenYears() {
    for (Corridor c : Corridor.all()) {
      GravityProjection p = (GravityProjection) GravityCalibrator.fit(
              Dataset.embedded().series(c),
              c,
              MacroPaths.embedded(),
              LeverSchedule.affecting(BuiltInLever.all(), c),
              ModelParams.none().with("calibrate_trend", "true"),
              OptionalInt.empty())
          .projection();
      for (int y = p.lastYear() + 1; y <= p.lastYear() + 10; y++) {
        Decomposition d = Decomposition.of(p, y);
        assertEquals(d.total(), d.sum(), 1e-12, c + " " + y);
        double point = p.forecast(y - p.lastYear(), 80).point()[y - p.lastYear() - 1];
        assertEquals(Math.log(point / Dataset.embedded().series(c).lastValue()), d.total(), 1e-12);
        double shares = 0;
        for (Decomposition.Contribution k : d.contributions()) {
          shares += k.share().getAsDouble();
        }
        assertEquals(1.0, shares, 1e-9);
      }
      Decomposition d = Decomposition.of(p, p.lastYear() + 5);
      List<String> drivers =
          d.contributions().stream().map(Decomposition.Contribution::driver).toList();
      assertEquals("gdp:" + c.first().id(), drivers.get(0));
      assertEquals("gdp:" + c.second().id(), drivers.get(1));
      assertEquals("trend", drivers.get(2));
      assertTrue(drivers.contains("lever:faster-customs-immigration"));
    }
  }

  @Test
  void zeroTotal_hasNoShares() {
    MacroPaths m = MacroPaths.embedded().withInflation(0);
    for (Country c : MacroPaths.embedded().countries()) {
      m = m.withConstantGrowth(c, 0.0);
    }
    GravityProjection p = new GravityProjection(
        Corridor.VN_LA, 2025, 2980, Elasticities.DEFAULT, 0, 0.1, 0, m, List.of());
    Decomposition d = Decomposition.of(p, 2030);
    assertEquals(0.0, d.total());
    assertTrue(d.contributions().stream().allMatch(k -> k.share().isEmpty()));
  }
}
