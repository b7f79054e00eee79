package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.model.Forecast;
import org.tradetarget.core.testing.Reference;

/**
 * On short and awkward series a fit either succeeds with finite numbers everywhere or fails with a
 * clear {@link InvalidInputException}: never NaN, never another exception.
 */
final class EtsArimaRobustnessTest {
  private static final List<ModelParams> ARIMA_ORDERS = List.of(
      ModelParams.none().with("p", "0"),
      ModelParams.none().with("p", "1"),
      ModelParams.none().with("p", "2"));

  @Test
  void everyWindowOfTheReferenceAndRandomSeries_fitsFinitelyOrFailsClearly() {
    List<AnnualSeries> all = new ArrayList<>();
    for (String name : List.of("airmiles", "synth_a")) {
      AnnualSeries s = Reference.series(name);
      for (int len = 4; len <= 12; len++) {
        for (int start = 0; start + len <= s.size(); start += 3) {
          all.add(s.slice(start, start + len));
        }
      }
    }
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
    ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
    for (int k = 0; k < 30; k++) {
      int n = 5 + k % 15;
      int[] years = new int[n];
      double[] values = new double[n];
      double x = Math.log(100);
      for (int i = 0; i < n; i++) {
        years[i] = 2000 + i;
        x += 0.05 + 0.1 * z.sample();
        values[i] = Math.exp(x);
      }
      all.add(AnnualSeries.of("random" + k, years, values));
    }
    int fitted = 0;
    for (AnnualSeries s : all) {
      fitted += check(s, ModelKind.HOLT, ModelParams.none());
      fitted += check(s, ModelKind.HOLT_DAMPED, ModelParams.none());
      for (ModelParams p : ARIMA_ORDERS) {
        fitted += check(s, ModelKind.ARIMA, p);
      }
    }
    assertTrue(fitted > all.size(), "most windows should fit: " + fitted);
  }

  private static int check(AnnualSeries s, ModelKind kind, ModelParams params) {
    Calibration c;
    try {
      c = kind.fit(s, params);
    } catch (InvalidInputException e) {
      assertTrue(
          e.getMessage().contains(kind.id()) && !e.getMessage().contains("NaN"), e.getMessage());
      return 0;
    } catch (RuntimeException e) {
      throw new AssertionError(kind.id() + " " + params + " on " + s + " threw " + e, e);
    }
    c.parameters().forEach((name, v) -> {
      if (!Double.isFinite(v)) {
        fail(kind.id() + " " + params + " on " + s + ": " + name + " = " + v);
      }
    });
    Forecast f = c.projection().forecast(10, 80, 95);
    for (double[] row : new double[][] {f.point(), f.lower()[0], f.upper()[1]}) {
      for (double v : row) {
        if (!Double.isFinite(v) || v <= 0) {
          fail(kind.id() + " " + params + " on " + s + ": forecast value " + v);
        }
      }
    }
    return 1;
  }
}
