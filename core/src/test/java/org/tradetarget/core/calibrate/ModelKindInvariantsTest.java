package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.model.EnsembleProjection;
import org.tradetarget.core.model.Forecast;
import org.tradetarget.core.model.Projection;
import org.tradetarget.core.model.StateSpace;
import org.tradetarget.core.testing.Reference;

/**
 * The Monte Carlo engine and the prediction intervals must tell the same story: for every kind,
 * simulating its state-space form with normal shocks and no parameter uncertainty gives quantiles
 * that match the kind's intervals computed without parameter-estimation terms ({@link
 * Projection#withoutEstimationTerms()}), and zero shocks give the point forecast.
 *
 * <p>Monte Carlo tolerance and failure budget: N = 20,000 paths; at each of 5 steps we compare 5
 * quantiles (2.5, 10, 50, 90, 97.5 %: the 95 and 80 % bounds and the median) with the interval
 * bounds. The standard error of an empirical p-quantile is sd·√(p(1 − p)/N)/φ(z_p), sd the sample
 * standard deviation at that step (of the log value for {@link ModelKind.Scale#LOG} kinds, of the
 * value for {@link ModelKind.Scale#VALUE} kinds); each comparison allows 4.5 of them. A
 * correct implementation fails one comparison with probability 6.8e-6, so the 14 kinds × 25
 * comparisons fail by chance with probability below 0.3 % (union bound) for a random seed; the seed
 * is fixed, so the test is deterministic. Every kind must have a case ({@link #everyKind_hasACase}).
 */
final class ModelKindInvariantsTest {
  private static final int PATHS = 20_000;
  private static final int STEPS = 5;
  private static final double[] LEVELS = {95, 80};
  private static final double[] PROBS = {0.025, 0.975, 0.10, 0.90, 0.5};
  private static final double Z_TOL = 4.5;
  private static final long SEED = 20_240_601L;

  /** One case per kind; {@link #everyKind_hasACase} fails when a kind has none. */
  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of(
            ModelKind.CONSTANT_GROWTH,
            Reference.series("synth_a"),
            ModelParams.none().with("rate", "0.07").with("sigma", "0.05")),
        Arguments.of(ModelKind.CAGR, Reference.series("synth_a"), ModelParams.none()),
        Arguments.of(ModelKind.LOG_LINEAR, Reference.series("airmiles"), ModelParams.none()),
        Arguments.of(ModelKind.RW_DRIFT, Reference.series("airmiles"), ModelParams.none()),
        Arguments.of(ModelKind.NAIVE, Reference.series("airmiles"), ModelParams.none()),
        Arguments.of(ModelKind.THETA, Reference.series("nile"), ModelParams.none()),
        Arguments.of(ModelKind.HOLT, Reference.series("airmiles"), ModelParams.none()),
        Arguments.of(ModelKind.HOLT_DAMPED, Reference.series("airmiles"), ModelParams.none()),
        Arguments.of(ModelKind.ARIMA, Reference.series("airmiles"), ModelParams.none()),
        Arguments.of(ModelKind.ARIMA_AUTO, Reference.series("airmiles"), ModelParams.none()),
        Arguments.of(ModelKind.ETS_AUTO, Reference.series("corridor_vn_la"), ModelParams.none()),
        Arguments.of(ModelKind.LOGISTIC, LogisticRat42Test.rat42(), ModelParams.none()),
        Arguments.of(
            ModelKind.GRAVITY, Dataset.embedded().series(Corridor.VN_LA), ModelParams.none()),
        Arguments.of(
            ModelKind.ENSEMBLE,
            Reference.series("airmiles"),
            ModelParams.none()
                .with("rw-drift", "0.5")
                .with("arima", "0.3")
                .with("holt-damped", "0.2")));
  }

  @Test
  void everyKind_hasACase() {
    Set<ModelKind> covered = kinds().map(a -> (ModelKind) a.get()[0]).collect(Collectors.toSet());
    for (ModelKind k : ModelKind.values()) {
      if (k == ModelKind.REFERENCE_CLASS) {
        continue; // draws no shocks; its paths against its intervals: ReferenceClassTest
      }
      assertTrue(covered.contains(k), k.id() + " has no invariant case: add one to kinds()");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void simulatedQuantiles_matchIntervalsWithoutEstimationTerms(
      ModelKind kind, AnnualSeries series, ModelParams params) {
    boolean valueScale = kind.scale() == ModelKind.Scale.VALUE;
    Projection p = kind.fit(series, params).projection();
    StateSpace ss = p.simulator();
    assertTrue(ss.sigma() > 0, "the case must have noise to test");
    Forecast f = p.withoutEstimationTerms().forecast(STEPS, LEVELS);

    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(SEED);
    ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
    int size = ss.stateSize();
    double[] state = new double[PATHS * size];
    // The ensemble draws its member per path from the path key (as the engine gives it); a separate
    // stream of keys leaves the shocks as they are.
    UniformRandomProvider keys = RandomSource.SPLIT_MIX_64.create(SEED + 1);
    for (int path = 0; path < PATHS; path++) {
      if (kind == ModelKind.ENSEMBLE) {
        ss.initialState(state, path * size, keys.nextLong());
      } else {
        ss.initialState(state, path * size);
      }
    }
    double[][] sim = new double[STEPS][PATHS];
    for (int h = 0; h < STEPS; h++) {
      for (int path = 0; path < PATHS; path++) {
        double logValue = ss.step(state, path * size, ss.sigma() * z.sample());
        sim[h][path] = valueScale ? Math.exp(logValue) : logValue;
      }
    }

    for (int h = 0; h < STEPS; h++) {
      double[] s = sim[h];
      double sd = Math.sqrt(Fits.sumSquaredDeviations(s, Fits.mean(s)) / (PATHS - 1));
      Arrays.sort(s);
      double[] expected = {
        f.lower()[0][h], f.upper()[0][h], f.lower()[1][h], f.upper()[1][h], f.point()[h]
      };
      for (int q = 0; q < PROBS.length; q++) {
        double prob = PROBS[q];
        double empirical = s[(int) Math.ceil(prob * PATHS) - 1];
        double zp = Forecast.normalQuantile().applyAsDouble(prob);
        double density = Math.exp(-0.5 * zp * zp) / Math.sqrt(2 * Math.PI);
        double se = sd * Math.sqrt(prob * (1 - prob) / PATHS) / density;
        double bound = valueScale ? expected[q] : Math.log(expected[q]);
        assertEquals(
            bound, empirical, Z_TOL * se, kind.id() + " step " + (h + 1) + " quantile " + prob);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void zeroShocks_giveThePointForecast(ModelKind kind, AnnualSeries series, ModelParams params) {
    Projection p = kind.fit(series, params).projection();
    StateSpace ss = p.simulator();
    // Without a path key the ensemble follows its heaviest member (here the first).
    Forecast f = kind == ModelKind.ENSEMBLE
        ? ((EnsembleProjection) p).members().get(0).forecast(STEPS, 80)
        : p.forecast(STEPS, 80);
    double[] state = new double[ss.stateSize() + 3];
    ss.initialState(state, 3);
    assertEquals(Math.log(series.lastValue()), ss.baseLog(), 1e-12, "base is the last observation");
    assertEquals(series.lastYear(), ss.baseYear(), "base year");
    for (int h = 0; h < STEPS; h++) {
      double logValue = ss.step(state, 3, 0.0);
      assertEquals(Math.log(f.point()[h]), logValue, 1e-12, kind.id() + " step " + (h + 1));
      assertEquals(
          series.lastYear() + (h + 1) * series.step(), f.years()[h], "year of step " + (h + 1));
    }
  }
}
