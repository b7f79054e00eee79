package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.model.Forecast;
import org.tradetarget.core.model.IntervalGuard;

/**
 * Every univariate kind over 1,000 varied synthetic series (ordinary walks, near-constant and
 * exactly constant, explosive, one-jump, and very short ones of 1 to 4 points) never throws: each
 * outcome is a fit or a failure with a reason naming the kind, and no failure is an unexpected
 * error of the library. Every fit's points are finite and positive, and its bounds, once {@link
 * IntervalGuard} has refused exploding ones, are finite or refused (NaN), never infinite.
 *
 * <p>arima-auto fits some 30 ARIMA models a series (about a quarter of a second of one core), so
 * the default build runs it on every 13th series (77, every type: 13 = 1 mod 6) and the {@code
 * heavy} profile ({@code mvn -Pheavy -pl core verify}) on all 1,000.
 */
final class ThousandSeriesTest {
  private static final int SERIES = 1000;

  @Test
  void everyKind_onEverySeries_fitsOrFailsWithAReason() {
    List<ModelKind> kinds = new ArrayList<>(Arrays.asList(ModelKind.values()));
    kinds.remove(ModelKind.GRAVITY); // needs a corridor and its GDP paths, not a bare series
    kinds.remove(ModelKind.ENSEMBLE); // checked on every tenth series below
    kinds.remove(ModelKind.REFERENCE_CLASS); // needs a panel of reference pairs
    kinds.remove(ModelKind.ARIMA_AUTO); // some 30 ARIMA fits a series: every 13th series below
    int fits = check(k -> {
      List<ModelKind> these = new ArrayList<>(kinds);
      if (k % 10 == 0) {
        these.add(ModelKind.ENSEMBLE);
      }
      if (k % 13 == 0) {
        these.add(ModelKind.ARIMA_AUTO); // 77 series, every type (13 = 1 mod 6)
      }
      return these;
    });
    assertTrue(fits > 5 * SERIES, fits + " fits");
  }

  /** arima-auto on all 1,000 series: the {@code heavy} profile. */
  @Test
  @Tag("heavy")
  void arimaAuto_onEverySeries_fitsOrFailsWithAReason() {
    int fits = check(k -> List.of(ModelKind.ARIMA_AUTO));
    // types 1 (constant) and 5 (1 to 4 points) are refused; the other four fit nearly always
    assertTrue(fits > SERIES / 2, fits + " fits");
  }

  /**
   * Fits the kinds {@code kindsOf(k)} on series k = 0..999 and checks each outcome.
   *
   * @return the number of fits
   */
  private static int check(IntFunction<List<ModelKind>> kindsOf) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20_261_207L);
    ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
    int fits = 0;
    List<String> unexpected = new ArrayList<>();
    for (int k = 0; k < SERIES; k++) {
      AnnualSeries s = series(k, rng, z);
      for (ModelKind kind : kindsOf.apply(k)) {
        FitOutcome o = kind.tryFit(s, params(kind), OptionalInt.empty());
        if (o.isFailed()) {
          assertTrue(o.failure().contains(kind.id()), o.failure());
          if (o.unexpected()) {
            unexpected.add(o.failure());
          }
          continue;
        }
        fits++;
        Calibration c = o.calibration().orElseThrow();
        Forecast f = IntervalGuard.check(
                c.projection().forecast(10, 80, 95),
                Arrays.stream(s.values()).max().orElseThrow(),
                kind.id())
            .forecast();
        for (int i = 0; i < f.horizon(); i++) {
          assertTrue(
              Double.isFinite(f.point()[i]) && f.point()[i] >= 0,
              kind.id() + " on " + s + ": point " + f.point()[i]);
          for (int l = 0; l < 2; l++) {
            assertTrue(
                !Double.isInfinite(f.upper()[l][i]) && !Double.isInfinite(f.lower()[l][i]),
                kind.id() + " on " + s + ": an infinite bound");
          }
        }
      }
    }
    assertTrue(unexpected.isEmpty(), unexpected.size() + " unexpected: " + unexpected);
    return fits;
  }

  private static ModelParams params(ModelKind kind) {
    return switch (kind) {
      case CONSTANT_GROWTH -> ModelParams.none().with("rate", "0.05").with("sigma", "0.1");
      case ENSEMBLE -> {
        ModelParams p = ModelParams.none();
        for (String m : EnsembleCalibrator.MEMBER_KINDS) {
          p = p.with(m, "1");
        }
        yield p;
      }
      default -> ModelParams.none();
    };
  }

  /** Series k: its type is k mod 6. */
  private static AnnualSeries series(
      int k, UniformRandomProvider rng, ZigguratSampler.NormalizedGaussian z) {
    int type = k % 6;
    int n = type == 5 ? 1 + rng.nextInt(4) : 5 + rng.nextInt(36);
    int[] years = new int[n];
    double[] values = new double[n];
    double x = Math.log(10 + 5000 * rng.nextDouble());
    double drift = 0.1 * z.sample();
    double sd = 0.01 + 0.4 * rng.nextDouble();
    for (int i = 0; i < n; i++) {
      years[i] = 2025 - n + i;
      switch (type) {
        case 1 -> x += (k % 12 == 1 ? 0.0 : 1e-9 * z.sample()); // exactly or nearly constant
        case 2 -> x += 0.4 + 0.3 * rng.nextDouble() + 0.05 * z.sample(); // explosive
        case 3 -> x += drift + sd * z.sample() + (i == n / 2 ? 4.6 : 0.0); // one jump of x100
        default -> x += drift + sd * z.sample();
      }
      values[i] = Math.exp(x);
    }
    return AnnualSeries.of("synthetic" + k + "(type " + type + ")", years, values);
  }
}
