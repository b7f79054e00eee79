package org.tradetarget.core.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quantiles are documented as exact type-7 quantiles (R's default), not an approximation:
 * with every path returned whole, sorting them and applying the type-7 formula must give the
 * engine's numbers exactly, whatever the shape of the distribution (heavy tails, atoms, jumps)
 * and whether the histogram range was predicted well or had to be rebuilt.
 */
final class QuantileExactnessTest {
  static Stream<Arguments> cases() {
    SimulationSpec base = SimulationSpec.of(9_999, 6)
        .withSamplePaths(9_999)
        .withThreads(2)
        .withQuantiles(0.0, 0.001, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.999, 1.0);
    SimulatedSeries rw = SimulatedSeries.of("rw", Walks.rw(10_500, 2024, 0.08, 0.1));
    return Stream.of(
        Arguments.of("normal", base, rw),
        Arguments.of("t:2.2", base.withShocks(Shocks.studentT(2.2)), rw),
        Arguments.of("jumps", base.withJumps(new CrisisJumps(0.3, -0.5, 0.0)), rw),
        Arguments.of(
            "bootstrap atoms", base.withShocks(Shocks.BOOTSTRAP), rw.withResiduals(-0.1, 0.0, 0.2)),
        Arguments.of("no spread", base, SimulatedSeries.of("flat", Walks.rw(100, 2024, 0.01, 0.0))),
        Arguments.of("mean reversion", base.withPersistence(0.3), rw),
        Arguments.of("one path", base.withPaths(1), rw));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void quantiles_equalType7OfTheSortedPaths(
      String name, SimulationSpec spec, SimulatedSeries series) {
    SeriesSummary s = MonteCarlo.run(List.of(series), spec).series().get(0);
    double[][] paths = s.samplePaths();
    int n = spec.paths();
    double[] probs = spec.quantiles();
    for (int t = 0; t < s.checkpoints(); t++) {
      double[] v = new double[n];
      double sum = 0;
      for (int j = 0; j < n; j++) {
        v[j] = paths[j][t];
        sum += v[j];
      }
      Arrays.sort(v);
      for (int i = 0; i < probs.length; i++) {
        // R type 7: h = (n − 1)p, Q = v[⌊h⌋] + (h − ⌊h⌋)(v[⌊h⌋ + 1] − v[⌊h⌋]).
        double h = (n - 1) * probs[i];
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        double expected = h == lo ? v[lo] : v[lo] + (h - lo) * (v[hi] - v[lo]);
        assertEquals(
            expected, s.quantiles()[i][t], 0.0, name + ": q" + probs[i] + " at checkpoint " + t);
      }
      assertEquals(sum / n, s.mean()[t], 1e-12 * sum / n, name + ": mean at checkpoint " + t);
    }
  }
}
