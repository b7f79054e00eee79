package org.tradetarget.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.AnnualSeries;

/**
 * The paired test is what tells a reader whether "kind A ranks first" means anything, so its
 * statistic and p-value are checked against R's forecast::dm.test (8.20), a hand computation and
 * Commons Math's paired t-test.
 */
final class PairedTestTest {
  private static final ModelKind A = ModelKind.RW_DRIFT;
  private static final ModelKind B = ModelKind.ARIMA;

  @Test
  void lagOne_matchesForecastDmTest_andTheHandArithmetic() {
    // d = 1, 2, 4, 3 (losses 3,4,6,5 against 2,2,2,2), H = 2: n = 4, mean 2.5,
    // deviations -1.5, -0.5, 1.5, 0.5;
    // gamma0 = (2.25 + 0.25 + 2.25 + 0.25) / 4 = 1.25,
    // gamma1 = ((-1.5)(-0.5) + (-0.5)(1.5) + (1.5)(0.5)) / 4 = 0.1875,
    // V = (1.25 + 2 * 0.1875) / 4 = 0.40625, DM = 2.5 / sqrt(0.40625) = 3.92232,
    // HLN factor sqrt((4 + 1 - 4 + 2/4) / 4) = sqrt(0.375) → 2.40192.
    // R: dm.test(c(3,4,6,5), c(2,2,2,2), h = 2, power = 1) gives DM = 2.401922307076307,
    // p-value = 0.095708924634029663.
    PairedTest t = PairedTest.test(A, B, List.of(new double[] {1, 2, 4, 3}), 2);
    assertEquals(4, t.origins());
    assertEquals(2.5, t.meanDifference(), 1e-15);
    assertEquals(1, t.lag());
    assertEquals(2.5 / Math.sqrt(0.40625) * Math.sqrt(0.375), t.statistic().getAsDouble(), 1e-12);
    assertEquals(2.401922307076307, t.statistic().getAsDouble(), 1e-12);
    assertEquals(0.09570892463402966, t.pValue().getAsDouble(), 1e-12);
    assertFalse(t.distinguishable());
    assertTrue(t.sentence().contains("not distinguishable"), t.sentence());
  }

  @Test
  void horizonOne_isThePairedTTest_ofCommonsMath() {
    double[] a = {0.3, 0.15, 0.4, 0.35};
    double[] b = {0.2, 0.2, 0.2, 0.2};
    double[] d = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = a[i] - b[i];
    }
    PairedTest t = PairedTest.test(A, B, List.of(d), 1);
    TTest commons = new TTest();
    assertEquals(commons.pairedT(a, b), t.statistic().getAsDouble(), 1e-12);
    assertEquals(commons.pairedTTest(a, b), t.pValue().getAsDouble(), 1e-12);
    // R: dm.test(c(0.3,0.15,0.4,0.35), c(0.2,0.2,0.2,0.2), h = 1, power = 1): p =
    // 0.16116184721351953
    assertEquals(0.16116184721351953, t.pValue().getAsDouble(), 1e-12);
  }

  @Test
  void negativeVariance_fallsBackToLagZero_asDmTestDoes() {
    // d = 1, 5, 1, 5, H = 2: gamma0 = 4, gamma1 = 3 * (-2)(2) / 4 = -3, V = (4 - 6) / 4 < 0.
    // R warns "Variance is negative ... Proceeding with horizon h=1" and gives
    // DM = 2.598076211353316, p = 0.080509573298498546.
    PairedTest t = PairedTest.test(A, B, List.of(new double[] {1, 5, 1, 5}), 2);
    assertEquals(0, t.lag());
    assertEquals(2.598076211353316, t.statistic().getAsDouble(), 1e-12);
    assertEquals(0.08050957329849855, t.pValue().getAsDouble(), 1e-12);
    assertTrue(t.note().contains("lag 0 used"), t.note());
  }

  @Test
  void pooledSeries_pairLagsOnlyWithinASeries() {
    // groups {1, 2} and {4, 3}, H = 2: mean 2.5, deviations -1.5, -0.5 | 1.5, 0.5;
    // gamma0 = 1.25; gamma1 only within groups: ((-1.5)(-0.5) + (1.5)(0.5)) / 4 = 0.375
    // (the cross pair (-0.5)(1.5) of the concatenation is not counted);
    // V = (1.25 + 0.75) / 4 = 0.5, DM = 2.5 / sqrt(0.5) * sqrt(0.375) = 2.1650635094610964,
    // p = 2 * T_3(-2.1650635) = 0.11900719462223505 (scipy.stats.t.cdf).
    PairedTest t = PairedTest.test(A, B, List.of(new double[] {1, 2}, new double[] {4, 3}), 2);
    assertEquals(2.1650635094610964, t.statistic().getAsDouble(), 1e-12);
    assertEquals(0.11900719462223505, t.pValue().getAsDouble(), 1e-12);
  }

  @Test
  void clearDifference_isDistinguishable_andTooFewOriginsHaveNoTest() {
    PairedTest t =
        PairedTest.test(A, B, List.of(new double[] {-0.11, -0.1, -0.12, -0.09, -0.1, -0.11}), 1);
    assertTrue(t.pValue().getAsDouble() < 0.001, t.toString());
    assertTrue(t.distinguishable());
    assertTrue(t.sentence().contains("is distinguishable"), t.sentence());
    PairedTest one = PairedTest.test(A, B, List.of(new double[] {0.1}), 1);
    assertTrue(one.pValue().isEmpty());
    assertTrue(one.sentence().startsWith("No test"), one.sentence());
  }

  @Test
  void perOriginDifferences_areMeansOverEachOriginsSteps() {
    AnnualSeries s = AnnualSeries.of(
        "eight",
        new int[] {2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008},
        new double[] {100, 110, 125, 130, 150, 160, 170, 190});
    BacktestResult ra = Backtest.run(
        s, ModelKind.RW_DRIFT, org.tradetarget.core.calibrate.ModelParams.none(), 2, 5);
    BacktestResult rb = Backtest.run(
        s, ModelKind.LOG_LINEAR, org.tradetarget.core.calibrate.ModelParams.none(), 2, 5);
    double[] d = PairedTest.differences(ra, rb);
    // origins 5, 6 (h = 1, 2) and 7 (h = 1 only)
    assertEquals(3, d.length);
    double[][] expected = new double[3][];
    for (int o = 5; o <= 7; o++) {
      double sa = 0;
      double sb = 0;
      int k = 0;
      for (int i = 0; i < ra.forecasts().size(); i++) {
        if (ra.forecasts().get(i).trainPoints() == o) {
          sa += ra.forecasts().get(i).crpsLog();
          sb += rb.forecasts().get(i).crpsLog();
          k++;
        }
      }
      expected[o - 5] = new double[] {(sa - sb) / k, k};
    }
    assertEquals(2, expected[0][1]);
    assertEquals(1, expected[2][1]);
    for (int i = 0; i < 3; i++) {
      assertEquals(expected[i][0], d[i], 1e-15);
    }
  }
}
