package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.data.AnnualSeries;

/**
 * The rules of the automatic kinds, each against an independent value: the KPSS statistic and
 * ndiffs as R's urca::ur.kpss and forecast::ndiffs give them, polynomial roots as R's polyroot and
 * by hand, and the soft failures.
 */
final class AutoSelectionRulesTest {
  /** A series of 20 digits (of π and more), for the KPSS test. */
  private static final double[] Y = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4};

  @Test
  void kpss_byHand_onALine() {
    // y = 1..10, L = trunc(3√10/13) = 0: e = -4.5..4.5, partial sums -4.5, -8, -10.5, -12, -12.5,
    // -12, -10.5, -8, -4.5, 0 with squares summing to 833.25; η = (833.25/100)/(82.5/10) = 1.01
    double[] y = IntStream.rangeClosed(1, 10).asDoubleStream().toArray();
    assertEquals(1.01, Kpss.statistic(y), 1e-14);
    // rejects (η > 0.463); the differences are constant, so ndiffs stops at 1
    assertEquals(1, Kpss.ndiffs(y, 2));
  }

  @Test
  void kpss_asR() {
    // R 4.2.2: urca::ur.kpss(y, type = "mu", use.lag = trunc(3 * sqrt(20) / 13))@teststat
    assertEquals(0.23967482426050965, Kpss.statistic(Y), 1e-12);
    assertEquals(0, Kpss.ndiffs(Y, 2)); // forecast::ndiffs(y) = 0
    double[] z = new double[Y.length];
    double level = 0;
    double sum = 0;
    for (int i = 0; i < Y.length; i++) {
      level += Y[i];
      sum += level;
      z[i] = sum;
    }
    // z = cumsum(cumsum(y)): ur.kpss 1.0197258855587359, on diff(z) (lag trunc(3√19/13) = 1)
    // 1.0300035962830587; forecast::ndiffs(z) = 2
    assertEquals(1.019725885558736, Kpss.statistic(z), 1e-12);
    assertEquals(1.0300035962830587, Kpss.statistic(Fits.diff(z)), 1e-12);
    assertEquals(2, Kpss.ndiffs(z, 2));
    assertEquals(1, Kpss.ndiffs(z, 1));
  }

  @Test
  void minimumRoot_asPolyroot() {
    // R: polyroot(c(1, -0.5, 0.3, 0.2)) = 0.716677 ± 1.091287i, -2.933354; |0.716677 + 1.091287i|
    assertEquals(
        Math.hypot(0.716677, 1.091287),
        ArimaAutoCalibrator.minimumRoot(new double[] {-0.5, 0.3, 0.2}),
        1e-5);
    // 1 + 0.995 z has its root at -1/0.995, inside auto.arima's 1.01 margin; 1 - 0.9 z at 1.111
    assertEquals(1 / 0.995, ArimaAutoCalibrator.minimumRoot(new double[] {0.995}), 1e-12);
    assertEquals(1 / 0.9, ArimaAutoCalibrator.minimumRoot(new double[] {-0.9}), 1e-12);
    // trailing coefficients below 1e-8 are dropped; none left counts as 2, as in myarima
    assertEquals(1 / 0.9, ArimaAutoCalibrator.minimumRoot(new double[] {-0.9, 1e-9}), 1e-12);
    assertEquals(2.0, ArimaAutoCalibrator.minimumRoot(new double[] {0, 0}), 0);
  }

  @Test
  void label_asArimaString() {
    assertEquals(
        "ARIMA(0,1,1) with drift",
        ArimaAutoCalibrator.label(new ArimaMle.Spec(0, 1, 1, false, true)));
    assertEquals(
        "ARIMA(2,0,3) with non-zero mean",
        ArimaAutoCalibrator.label(new ArimaMle.Spec(2, 0, 3, true, false)));
    assertEquals(
        "ARIMA(0,2,1)", ArimaAutoCalibrator.label(new ArimaMle.Spec(0, 2, 1, false, false)));
  }

  private static AnnualSeries series(double... values) {
    return AnnualSeries.of(
        "s", IntStream.range(0, values.length).map(i -> 2000 + i).toArray(), values);
  }

  @Test
  void tooShortOrConstant_failsSoftlyWithTheReason() {
    FitOutcome shortArima =
        ModelKind.ARIMA_AUTO.tryFit(series(1, 2, 3, 5), ModelParams.none(), OptionalInt.empty());
    assertTrue(shortArima.isFailed() && !shortArima.unexpected(), shortArima.toString());
    assertTrue(shortArima.failure().contains("arima-auto"), shortArima.failure());
    FitOutcome constant = ModelKind.ARIMA_AUTO.tryFit(
        series(7, 7, 7, 7, 7, 7, 7, 7), ModelParams.none(), OptionalInt.empty());
    assertTrue(constant.isFailed() && !constant.unexpected(), constant.toString());
    assertTrue(constant.failure().contains("constant"), constant.failure());
    FitOutcome shortEts = ModelKind.ETS_AUTO.tryFit(
        series(1, 2, 3, 5, 4, 6), ModelParams.none(), OptionalInt.empty());
    assertTrue(shortEts.isFailed() && !shortEts.unexpected(), shortEts.toString());
    assertTrue(shortEts.failure().contains("ets-auto"), shortEts.failure());
  }

  @Test
  void notes_nameTheChosenModelAndItsAicc() {
    AnnualSeries s = AutoSelectionReferenceTest.allSeries().get("airmiles");
    // R: auto.arima picks ARIMA(0,1,1) with drift, AICc -20.885; ets(model = "AZN") ETS(A,Ad,N),
    // AICc -4.474 (expected-arima.csv)
    Calibration a = ModelKind.ARIMA_AUTO.fit(s, ModelParams.none());
    assertTrue(
        a.notes().stream()
            .anyMatch(n -> n.startsWith("chose ARIMA(0,1,1) with drift, AICc -20.89")),
        a.notes().toString());
    Calibration e = ModelKind.ETS_AUTO.fit(s, ModelParams.none());
    assertTrue(
        e.notes().stream().anyMatch(n -> n.startsWith("chose ETS(A,Ad,N), AICc -4.47")),
        e.notes().toString());
  }
}
