package org.tradetarget.core.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradetarget.core.simulate.MonteCarloFeaturesTest.assertMessage;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The engine's building blocks are exact where the documentation says so: the fast exp is within
 * a few ulp of Math.exp, the selection finds true order statistics (with ties), the histogram slot
 * is monotone, and specs and shock names are checked with helpful messages.
 */
final class SmallPartsTest {
  @Test
  void fastExp_within1e15Relative_ofMathExp() {
    SplittableRandom r = new SplittableRandom(1);
    double worst = 0;
    for (int i = 0; i < 2_000_000; i++) {
      double x = i < 1_000_000 ? r.nextDouble(-700, 700) : r.nextDouble(-1, 25);
      double e = Math.exp(x);
      worst = Math.max(worst, Math.abs(FastExp.exp(x) - e) / e);
    }
    assertTrue(worst < 1e-15, "worst relative error " + worst);
    assertEquals(Math.exp(750), FastExp.exp(750));
    assertEquals(0.0, FastExp.exp(Double.NEGATIVE_INFINITY));
    assertTrue(Double.isNaN(FastExp.exp(Double.NaN)));
    assertEquals(1.0, FastExp.exp(0.0));
  }

  @Test
  void select_findsOrderStatistics_withTies() {
    SplittableRandom r = new SplittableRandom(2);
    for (int trial = 0; trial < 200; trial++) {
      int n = 1 + r.nextInt(3000);
      double[] a = new double[n];
      for (int i = 0; i < n; i++) {
        a[i] = trial % 2 == 0 ? r.nextGaussian() : r.nextInt(5);
      }
      double[] sorted = a.clone();
      Arrays.sort(sorted);
      int[] ranks = r.ints(1 + r.nextInt(8), 0, n).distinct().sorted().toArray();
      Select.select(a, n, ranks, 0, ranks.length);
      for (int k : ranks) {
        assertEquals(sorted[k], a[k], "rank " + k + " of " + n);
      }
    }
  }

  @Test
  void bin_isMonotone_andClamped() {
    double lo = 9.0;
    double scale = MonteCarlo.BINS / 2.0;
    int prev = -1;
    for (double x = 8.0; x < 12.0; x += 1e-4) {
      int b = Engine.bin(x, lo, scale);
      assertTrue(b >= prev && b >= 0 && b <= MonteCarlo.BINS + 1);
      prev = b;
    }
    assertEquals(0, Engine.bin(Double.NEGATIVE_INFINITY, lo, scale));
    assertEquals(MonteCarlo.BINS + 1, Engine.bin(Double.POSITIVE_INFINITY, lo, scale));
  }

  @Test
  void shocks_parse_andRejectBadNames() {
    assertEquals(Shocks.NORMAL, Shocks.parse("normal"));
    assertEquals(Shocks.studentT(4.5), Shocks.parse("t:4.5"));
    assertEquals(Shocks.BOOTSTRAP, Shocks.parse(" Bootstrap "));
    assertMessage(
        () -> Shocks.parse("cauchy"),
        "unknown shock model 'cauchy'; valid: normal, t:NU (NU > 2), bootstrap");
    assertMessage(
        () -> Shocks.parse("t:2"),
        "degrees of freedom 2.0 is not allowed; expected a finite value > 2");
    assertMessage(() -> Shocks.parse("t:x"), "'x' is not a number");
    assertMessage(() -> Shocks.parse("t"), "needs degrees of freedom");
  }

  @Test
  void spec_rejectsBadValues() {
    SimulationSpec s = SimulationSpec.of(10, 5);
    assertMessage(() -> s.withPaths(0), "paths 0 is not allowed");
    assertMessage(() -> s.withHorizon(0), "horizon 0 is not allowed");
    assertMessage(() -> s.withThreads(0), "threads 0 is not allowed");
    assertMessage(() -> s.withPersistence(1.5), "persistence 1.5 is not allowed");
    assertMessage(() -> s.withQuantiles(0.5, 0.4), "must strictly increase");
    assertMessage(() -> s.withQuantiles(1.5), "quantile probability 1.5");
    assertMessage(() -> s.withSamplePaths(11), "sample paths 11 is not allowed; expected 0 to 10");
    assertMessage(() -> new CrisisJumps(1.5, 0, 0), "probability 1.5 is not allowed");
    assertMessage(() -> new CrisisJumps(0.1, 0, -1), "sd -1.0 is not allowed");
    assertEquals(1L, s.seed());
    assertEquals(Runtime.getRuntime().availableProcessors(), s.threads());
  }
}
