package org.tradetarget.core.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;

/**
 * A lever's timing is the heart of the question economists ask ("if the expressway opens in 2027
 * ..."): the ramp, the delay and the size must do exactly what the documentation says.
 */
final class LeverTest {
  private static final Lever ROAD =
      Lever.tradeCost("road", List.of(Corridor.VN_KH), 2027, 3, -0.03, 0.8, 1.0, "test");

  @Test
  void share_rampsLinearlyToFull() {
    // Opens 2027, ramp 3: 1/3 in 2027, 2/3 in 2028, full from 2029.
    assertEquals(0.0, ROAD.share(2026, 0));
    assertEquals(1.0 / 3, ROAD.share(2027, 0), 1e-15);
    assertEquals(2.0 / 3, ROAD.share(2028, 0), 1e-15);
    assertEquals(1.0, ROAD.share(2029, 0));
    assertEquals(1.0, ROAD.share(2040, 0));
    Lever now = ROAD.withRampYears(0);
    assertEquals(0.0, now.share(2026, 0));
    assertEquals(1.0, now.share(2027, 0));
  }

  @Test
  void logEffect_tradeCostAndDirect_byHand() {
    // Full effect of a 3 % cut with theta = -4: -4 * ln(0.97) = 0.121836...
    assertEquals(-4 * Math.log(0.97), ROAD.logEffect(2030, 0, -4), 1e-15);
    // Ramp year 1 of 3: -4 * ln(1 - 0.01).
    assertEquals(-4 * Math.log(0.99), ROAD.logEffect(2027, 0, -4), 1e-15);
    Lever customs = ROAD.withDirectEffect(0.02);
    assertEquals(Math.log(1.02), customs.logEffect(2030, 0, -4), 1e-15);
    assertEquals(
        Math.log(1.02),
        customs.logEffect(2030, 0, -7),
        1e-15,
        "theta does not touch a direct effect");
  }

  @Test
  void delayOfKYears_shiftsTheEffectByExactlyKYears() {
    for (int k = 0; k <= 6; k++) {
      for (int t = 2020; t <= 2045; t++) {
        assertEquals(ROAD.logEffect(t - k, 0, -4), ROAD.logEffect(t, k, -4), "t " + t + ", k " + k);
      }
    }
  }

  @Test
  void badValues_areRejectedNamingTheField() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ROAD.withProbability(1.5));
    assertTrue(
        e.getMessage().contains("road") && e.getMessage().contains("probability 1.5"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ROAD.withName("bad name"));
    assertTrue(e.getMessage().contains("'bad name'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ROAD.withCorridors(List.of()));
    assertTrue(e.getMessage().contains("at least one corridor"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ROAD.withTradeCostChange(-1.0));
    assertTrue(e.getMessage().contains("trade-cost change -1.0"), e.getMessage());
    e = assertThrows(
        IllegalArgumentException.class,
        () -> new Lever(
            "x",
            List.of(Corridor.VN_LA),
            2027,
            0,
            java.util.OptionalDouble.of(-0.1),
            java.util.OptionalDouble.of(0.1),
            1,
            0,
            ""));
    assertTrue(e.getMessage().contains("exactly one"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ROAD.withDelayMeanYears(-1));
    assertTrue(e.getMessage().contains("mean delay -1.0"), e.getMessage());
  }

  @Test
  void builtIns_areNamedWithBasesAndStartAfterEveryCorridorsLastData() {
    assertEquals(6, BuiltInLever.values().length);
    for (BuiltInLever b : BuiltInLever.values()) {
      Lever v = b.lever();
      assertFalse(v.basis().isBlank(), v.name());
      assertTrue(
          v.basis().contains("ssumption") || v.basis().contains("assumed"),
          v.name() + " marks its assumption");
      for (Corridor c : v.corridors()) {
        assertTrue(v.startYear() > Dataset.embedded().series(c).lastYear(), v.name() + " on " + c);
      }
      assertEquals(b, BuiltInLever.of(v.name().toUpperCase(java.util.Locale.ROOT)));
    }
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> BuiltInLever.of("bridge"));
    assertTrue(
        e.getMessage().contains("'bridge'")
            && e.getMessage().contains("phnom-penh-bavet-expressway"),
        e.getMessage());
  }

  @Test
  void affecting_picksTheCorridorsLevers() {
    List<Lever> kl = LeverSchedule.affecting(BuiltInLever.all(), Corridor.KH_LA);
    assertEquals(
        List.of(
            "cambodia-laos-rail-to-china",
            "lao-use-of-cambodian-seaports",
            "cross-border-economic-zones",
            "faster-customs-immigration"),
        kl.stream().map(Lever::name).toList());
  }
}
