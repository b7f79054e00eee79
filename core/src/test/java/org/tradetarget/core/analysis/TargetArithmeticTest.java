package org.tradetarget.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.Target;
import org.tradetarget.core.testing.Reference;

/** The growth arithmetic every later answer is compared with must be exactly right. */
final class TargetArithmeticTest {
  @Test
  void requiredCagrByHand() {
    // 1,000 -> 2,000 over 10 years: 2^(1/10) - 1 = 0.0717734625362931...
    assertEquals(0.07177346253629313, TargetArithmetic.requiredCagr(1000, 2020, 2000, 2030), 1e-15);
    // 100 -> 121 over 2 years is exactly 10 % a year
    assertEquals(0.10, TargetArithmetic.requiredCagr(100, 2024, 121, 2026), 1e-15);
    // below the base: plain arithmetic gives a negative rate, 81/100 over 2 years = -10 %
    assertEquals(-0.10, TargetArithmetic.requiredCagr(100, 2024, 81, 2026), 1e-15);
  }

  @Test
  void cagrMatchesReferenceCases() {
    for (String c : new String[] {"cagr_01__cagr_arith", "cagr_02__cagr_arith"}) {
      double v0 = Reference.param(c, "V0").getAsDouble();
      double v1 = Reference.param(c, "V1").getAsDouble();
      int y0 = (int) Reference.param(c, "Y0").getAsDouble();
      int y1 = (int) Reference.param(c, "Y1").getAsDouble();
      double expected = Reference.param(c, "cagr").getAsDouble();
      assertEquals(expected, TargetArithmetic.cagr(y0, v0, y1, v1), Math.abs(expected) * 1e-9, c);
      assertEquals(
          expected, TargetArithmetic.requiredCagr(v0, y0, v1, y1), Math.abs(expected) * 1e-9, c);
    }
  }

  @Test
  void yearsNeededInvertsGrowth() {
    // 1.1^n = 2 -> n = ln 2 / ln 1.1 = 7.272540897341713
    assertEquals(
        7.272540897341713, TargetArithmetic.yearsNeeded(100, 200, 0.10).getAsDouble(), 1e-12);
    assertEquals(0.0, TargetArithmetic.yearsNeeded(100, 90, 0.10).getAsDouble());
    assertTrue(TargetArithmetic.yearsNeeded(100, 200, 0.0).isEmpty());
    assertTrue(TargetArithmetic.yearsNeeded(100, 200, -0.05).isEmpty());
  }

  @Test
  void historicalCagrStartsAtMostFiveYearsBack() {
    AnnualSeries s = AnnualSeries.of(
        "s", new int[] {2015, 2019, 2020, 2022, 2025}, new double[] {50, 100, 110, 130, 200});
    TargetArithmetic.Historical h = TargetArithmetic.historicalCagr(s, 2025);
    // earliest observation in 2020..2024 is 2020 (110): (200/110)^(1/5) - 1
    assertEquals(2020, h.fromYear().getAsInt());
    assertEquals(Math.pow(200.0 / 110.0, 0.2) - 1, h.cagr().getAsDouble(), 1e-15);
    AnnualSeries lonely = AnnualSeries.of("l", new int[] {2010, 2025}, new double[] {1, 2});
    assertTrue(TargetArithmetic.historicalCagr(lonely, 2025).cagr().isEmpty());
  }

  @Test
  void longerWindowsAndSinceAYear() {
    AnnualSeries s = AnnualSeries.of(
        "s", new int[] {2012, 2015, 2019, 2020, 2025}, new double[] {40, 50, 100, 110, 200});
    // ten years back: 2015 (50) is in 2015..2024: (200/50)^(1/10) - 1
    TargetArithmetic.Historical ten = TargetArithmetic.historicalCagr(s, 2025, 10);
    assertEquals(2015, ten.fromYear().getAsInt());
    assertEquals(Math.pow(4, 0.1) - 1, ten.cagr().getAsDouble(), 1e-15);
    // twenty years back reaches the first observation, 2012: the longest run available
    TargetArithmetic.Historical all = TargetArithmetic.historicalCagr(s, 2025, 20);
    assertEquals(2012, all.fromYear().getAsInt());
    assertEquals(Math.pow(5, 1.0 / 13) - 1, all.cagr().getAsDouble(), 1e-15);
    // since 2016: no 2016..2018 figure, so from 2019 (100): 2^(1/6) - 1
    TargetArithmetic.Historical since = TargetArithmetic.historicalSince(s, 2025, 2016);
    assertEquals(2019, since.fromYear().getAsInt());
    assertEquals(Math.pow(2, 1.0 / 6) - 1, since.cagr().getAsDouble(), 1e-15);
    assertTrue(TargetArithmetic.historicalSince(s, 2025, 2025).cagr().isEmpty());
    assertThrows(InvalidInputException.class, () -> TargetArithmetic.historicalCagr(s, 2025, 0));
  }

  @Test
  void assessMarksAssumedDeadlinesAndRatio() {
    AnnualSeries s = AnnualSeries.of("VN-KH", new int[] {2020, 2025}, new double[] {5000, 10000});
    Target noDeadline = Target.of(Corridor.VN_KH, 20000, OptionalInt.empty());
    TargetAssessment a = TargetArithmetic.assess(noDeadline, s, 2030);
    assertTrue(a.deadlineAssumed());
    assertEquals(2030, a.deadline());
    // required: 2^(1/5) - 1; historical: 2^(1/5) - 1 as well, so the ratio is 1
    assertEquals(Math.pow(2, 0.2) - 1, a.requiredCagr().getAsDouble(), 1e-15);
    assertEquals(1.0, a.credibilityRatio().getAsDouble(), 1e-12);
    assertEquals(TargetAssessment.Status.OPEN, a.status());

    Target sourced = Target.of(Corridor.VN_KH, 20000, OptionalInt.of(2035));
    TargetAssessment b = TargetArithmetic.assess(sourced, s, 2030);
    assertFalse(b.deadlineAssumed());
    assertEquals(2035, b.deadline());
  }

  @Test
  void targetAtOrBelowBaseIsMet() {
    AnnualSeries s = AnnualSeries.of("x", new int[] {2024, 2025}, new double[] {900, 1000});
    TargetAssessment a =
        TargetArithmetic.assess(Target.of(Corridor.VN_LA, 1000, OptionalInt.of(2030)), s, 2030);
    assertEquals(TargetAssessment.Status.MET, a.status());
    assertTrue(a.requiredCagr().isEmpty());
    assertTrue(a.credibilityRatio().isEmpty());
  }

  @Test
  void ratioEmptyWhenHistoryShrank() {
    AnnualSeries s = AnnualSeries.of("x", new int[] {2020, 2025}, new double[] {2000, 1000});
    TargetAssessment a =
        TargetArithmetic.assess(Target.of(Corridor.VN_LA, 5000, OptionalInt.empty()), s, 2030);
    assertTrue(a.historicalCagr().getAsDouble() < 0);
    assertTrue(a.credibilityRatio().isEmpty());
  }

  @Test
  void deadlineNotAfterBaseIsAnError() {
    AnnualSeries s = AnnualSeries.of("x", new int[] {2024, 2025}, new double[] {900, 1000});
    InvalidInputException e = assertThrows(
        InvalidInputException.class,
        () ->
            TargetArithmetic.assess(Target.of(Corridor.VN_LA, 5000, OptionalInt.empty()), s, 2025));
    assertTrue(e.getMessage().contains("2025"), e.getMessage());
    assertThrows(
        InvalidInputException.class, () -> TargetArithmetic.requiredCagr(100, 2025, 200, 2024));
    assertThrows(
        InvalidInputException.class, () -> TargetArithmetic.requiredCagr(0, 2025, 200, 2030));
    assertThrows(
        InvalidInputException.class, () -> TargetArithmetic.requiredCagr(100, 2025, -1, 2030));
  }

  @Test
  void requiredByDeadlineFallsWithLaterDeadlines() {
    double[] g = TargetArithmetic.requiredByDeadline(1000, 2025, 2000, 2026, 2035);
    assertEquals(10, g.length);
    assertEquals(1.0, g[0], 1e-15); // doubling in one year is +100 %
    for (int i = 1; i < g.length; i++) {
      assertTrue(g[i] < g[i - 1]);
    }
  }
}
