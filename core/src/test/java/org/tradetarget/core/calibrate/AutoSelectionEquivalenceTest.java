package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.model.Forecast;

/**
 * The chosen model's forecast is the plain kind's at the chosen form, reached by another path
 * through the registry: {@code arima-auto} equals {@code arima} with {@code p}, {@code d}, {@code
 * q}, {@code include_drift} and {@code include_mean} set to its choice; {@code ets-auto} equals
 * {@code holt-damped} or {@code holt} fitted by maximum likelihood, or for ETS(A,N,N) {@code holt}
 * with β = 0, b₀ = 0 and its α, l₀ and σ given (Holt's recursions with a zero slope are simple
 * exponential smoothing, and its variance σ²(1 + (h − 1)α²) is ETS(A,N,N)'s). Points and 80/95 %
 * bounds over 10 years, within 1e-12 relative. The series cover ARIMA with drift, with a
 * mean (d = 0), d = 2 and the (0,1,0) without drift, and all three ETS forms.
 */
final class AutoSelectionEquivalenceTest {
  private static final int H = 10;

  private static AnnualSeries series(String name) {
    return AutoSelectionReferenceTest.allSeries().get(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"airmiles", "auto_09", "auto_07", "auto_13"})
  void arimaAuto_isArimaAtTheChosenOrders(String name) {
    AnnualSeries s = series(name);
    Calibration auto = ModelKind.ARIMA_AUTO.fit(s, ModelParams.none());
    Map<String, Double> p = auto.parameters();
    int d = p.get("d").intValue();
    ModelParams orders = ModelParams.none()
        .with("p", Integer.toString(p.get("p").intValue()))
        .with("d", Integer.toString(d))
        .with("q", Integer.toString(p.get("q").intValue()))
        .with("include_drift", Boolean.toString(p.containsKey("drift")));
    if (d == 0) {
      orders = orders.with("include_mean", Boolean.toString(p.containsKey("intercept")));
    }
    Calibration plain = ModelKind.ARIMA.fit(s, orders);
    assertEquals(ModelKind.ARIMA_AUTO, auto.kind());
    assertEquals(plain.aicc().orElseThrow(), auto.aicc().orElseThrow(), 1e-9, name + " AICc");
    assertSame(plain.projection().forecast(H, 80, 95), auto.projection().forecast(H, 80, 95), name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"airmiles", "nile", "auto_07", "vn_la"})
  void etsAuto_isHoltOrHoltDampedOrSimpleSmoothing(String name) {
    AnnualSeries s = series(name);
    Calibration auto = ModelKind.ETS_AUTO.fit(s, ModelParams.none());
    Map<String, Double> p = auto.parameters();
    Calibration plain;
    if (p.containsKey("phi")) {
      plain = ModelKind.HOLT_DAMPED.fit(s, ModelParams.none());
    } else if (p.containsKey("beta")) {
      plain = ModelKind.HOLT.fit(s, ModelParams.none());
    } else {
      plain = ModelKind.HOLT.fit(
          s,
          ModelParams.none()
              .with("alpha", Double.toString(p.get("alpha")))
              .with("beta", "0")
              .with("l0", Double.toString(p.get("l0")))
              .with("b0", "0")
              .with("sigma", Double.toString(p.get("sigma"))));
    }
    assertEquals(ModelKind.ETS_AUTO, auto.kind());
    assertSame(plain.projection().forecast(H, 80, 95), auto.projection().forecast(H, 80, 95), name);
  }

  private static void assertSame(Forecast expected, Forecast actual, String what) {
    for (int i = 0; i < H; i++) {
      close(expected.point()[i], actual.point()[i], what + " point h=" + (i + 1));
      for (int l = 0; l < 2; l++) {
        close(expected.lower()[l][i], actual.lower()[l][i], what + " lower h=" + (i + 1));
        close(expected.upper()[l][i], actual.upper()[l][i], what + " upper h=" + (i + 1));
      }
    }
  }

  private static void close(double expected, double actual, String what) {
    assertTrue(
        Math.abs(expected - actual) <= 1e-12 * Math.abs(expected),
        what + ": " + actual + " vs " + expected);
  }
}
