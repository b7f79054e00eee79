package org.tradetarget.core.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.data.Corridor;

/**
 * The schedule turns levers into the numbers the projections add: expected effects for the point,
 * per-path draws for the Monte Carlo. Both must follow the lever's probability and Poisson delay.
 */
final class LeverScheduleTest {
  private static final Lever ROAD =
      Lever.tradeCost("road", List.of(Corridor.VN_KH), 2027, 3, -0.03, 0.7, 1.5, "");
  private static final Lever ZONE =
      Lever.direct("zone", List.of(Corridor.VN_KH, Corridor.VN_LA), 2028, 2, 0.04, 1.0, 0.0, "");
  private static final LeverSchedule S =
      new LeverSchedule(Corridor.VN_KH, 2025, -4, List.of(ROAD, ZONE));

  @Test
  void expected_isProbabilityTimesThePoissonMixtureOfDelayedEffects() {
    PoissonDistribution pois = new PoissonDistribution(1.5);
    for (int h = 1; h <= 15; h++) {
      double e = 0;
      for (int k = 0; k < h; k++) {
        e += pois.probability(k) * ROAD.logEffect(2025 + h, k, -4);
      }
      assertEquals(0.7 * e, S.expected(0, h), 1e-15, "h " + h);
      assertEquals(ZONE.logEffect(2025 + h, 0, -4), S.expected(1, h), 0.0, "certain lever, h " + h);
      assertEquals(S.expected(0, h) + S.expected(1, h), S.expectedTotal(h), 1e-16);
    }
  }

  @Test
  void effect_ofADrawnPathIsThePlannedEffectShiftedByItsDelay() {
    double[] state = new double[S.slots()];
    for (int i = 0; i < 500; i++) {
      S.draw(PathDraws.mix(i), state, 0);
      int k = LeverSchedule.delay(state, 0, 0);
      boolean done = LeverSchedule.completed(state, 0, 0);
      for (int h = 0; h <= 30; h++) {
        double expected = (done && h - k > 0 ? S.planned(0, h - k) : 0.0) + S.planned(1, h);
        assertEquals(expected, S.effect(state, 0, h), "path " + i + ", h " + h);
      }
    }
  }

  /**
   * Completion frequency is p and delays are Poisson(μ). Failure budget: 4.5 standard errors for
   * the frequency; chi-square p-value above 1e-4 for the delays (k = 0..5 and 6+).
   */
  @Test
  void draws_followProbabilityAndPoissonDelay() {
    int n = 50_000;
    double[] state = new double[S.slots()];
    int done = 0;
    long[] delays = new long[7];
    for (int i = 0; i < n; i++) {
      S.draw(PathDraws.mix(12345 + i * PathDraws.GOLDEN), state, 0);
      done += LeverSchedule.completed(state, 0, 0) ? 1 : 0;
      delays[Math.min(LeverSchedule.delay(state, 0, 0), 6)]++;
      assertTrue(LeverSchedule.completed(state, 0, 1), "probability 1 always completes");
      assertEquals(0, LeverSchedule.delay(state, 0, 1), "mean 0 never delays");
    }
    assertEquals(0.7, (double) done / n, 4.5 * Math.sqrt(0.7 * 0.3 / n));
    PoissonDistribution pois = new PoissonDistribution(1.5);
    double chi2 = 0;
    for (int k = 0; k <= 6; k++) {
      double p = k < 6 ? pois.probability(k) : 1 - pois.cumulativeProbability(5);
      chi2 += (delays[k] - n * p) * (delays[k] - n * p) / (n * p);
    }
    assertTrue(
        1 - new ChiSquaredDistribution(6).cumulativeProbability(chi2) > 1e-4, "chi2 " + chi2);
  }

  @Test
  void aLeversDraws_doNotDependOnTheOtherLevers() {
    LeverSchedule alone = new LeverSchedule(Corridor.VN_KH, 2025, -4, List.of(ROAD));
    double[] a = new double[alone.slots()];
    double[] b = new double[S.slots()];
    for (int i = 0; i < 200; i++) {
      alone.draw(PathDraws.mix(i), a, 0);
      S.draw(PathDraws.mix(i), b, 0);
      assertEquals(a[0], b[0]);
      assertEquals(a[1], b[1]);
    }
  }

  @Test
  void leversThatDoNotFit_areRejected() {
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class,
        () -> new LeverSchedule(Corridor.KH_LA, 2022, -4, List.of(ROAD)));
    assertTrue(e.getMessage().contains("road affects [VN-KH], not KH-LA"), e.getMessage());
    e = assertThrows(
        IllegalArgumentException.class,
        () -> new LeverSchedule(Corridor.VN_KH, 2027, -4, List.of(ROAD)));
    assertTrue(
        e.getMessage().contains("starts in 2027, not after the base year 2027"), e.getMessage());
    e = assertThrows(
        IllegalArgumentException.class,
        () -> new LeverSchedule(Corridor.VN_KH, 2025, -4, List.of(ROAD, ROAD)));
    assertTrue(e.getMessage().contains("twice"), e.getMessage());
  }
}
