package org.tradetarget.core.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

/**
 * Lever timing and GDP shocks are drawn from counter-based uniforms and normals; if those were
 * biased or correlated across streams, every probability the product prints would be off.
 *
 * <p>Statistical checks use fixed keys (deterministic). Failure budget: each check allows 4.5
 * standard errors or a chi-square p-value of 1e-4, so a correct generator fails one by chance with
 * probability below 1e-4; the 6 checks fail together with probability below 0.1 % for a random key
 * set.
 */
final class PathDrawsTest {
  private static final int N = 200_000;

  private static long key(int i) {
    return PathDraws.mix(0x1234_5678L + i * PathDraws.GOLDEN);
  }

  @Test
  void uniform_isUniformOnHundredBins() {
    int bins = 100;
    long[] count = new long[bins];
    long stream = PathDraws.streamId("lever:test");
    for (int i = 0; i < N; i++) {
      double u = PathDraws.uniform(key(i), stream, 1);
      assertTrue(u >= 0 && u < 1, "uniform in [0, 1): " + u);
      count[(int) (u * bins)]++;
    }
    double expected = (double) N / bins;
    double chi2 = 0;
    for (long c : count) {
      chi2 += (c - expected) * (c - expected) / expected;
    }
    double p = 1 - new ChiSquaredDistribution(bins - 1).cumulativeProbability(chi2);
    assertTrue(p > 1e-4, "chi-square p-value " + p);
  }

  @Test
  void differentStreamsAndCounters_areUncorrelated() {
    long a = PathDraws.streamId("lever:a");
    long b = PathDraws.streamId("lever:b");
    double sab = 0;
    double s01 = 0;
    for (int i = 0; i < N; i++) {
      double ua = PathDraws.uniform(key(i), a, 0) - 0.5;
      double ub = PathDraws.uniform(key(i), b, 0) - 0.5;
      double ua1 = PathDraws.uniform(key(i), a, 1) - 0.5;
      sab += ua * ub;
      s01 += ua * ua1;
    }
    // Var(U) = 1/12, so the sample correlation has sd about 1/sqrt(N).
    double corrAb = sab / N * 12;
    double corr01 = s01 / N * 12;
    assertEquals(0, corrAb, 4.5 / Math.sqrt(N), "streams a and b");
    assertEquals(0, corr01, 4.5 / Math.sqrt(N), "counters 0 and 1");
  }

  @Test
  void normal_hasMeanZeroAndVarianceOne() {
    long s = PathDraws.streamId("gdp:VN");
    double sum = 0;
    double sum2 = 0;
    for (int i = 0; i < N; i++) {
      double z = PathDraws.normal(key(i), s, 2030);
      sum += z;
      sum2 += z * z;
    }
    double mean = sum / N;
    double var = sum2 / N - mean * mean;
    assertEquals(0, mean, 4.5 / Math.sqrt(N), "mean");
    // Var of the sample variance of N(0,1) is 2/N.
    assertEquals(1, var, 4.5 * Math.sqrt(2.0 / N), "variance");
  }

  /**
   * Inversion on an even grid of u reproduces the Poisson probabilities: the share of grid points
   * mapped to k is P(K = k) to within one grid step (hand rule: k is chosen when F(k − 1) ≤ u &lt;
   * F(k)).
   */
  @Test
  void poisson_inversionOnAGrid_matchesThePmf() {
    int m = 100_000;
    for (double mean : new double[] {0.5, 1.0, 2.0, 4.5}) {
      PoissonDistribution pois = new PoissonDistribution(mean);
      int[] count = new int[60];
      for (int i = 0; i < m; i++) {
        count[PathDraws.poisson((i + 0.5) / m, mean)]++;
      }
      for (int k = 0; k < 20; k++) {
        assertEquals(
            pois.probability(k),
            (double) count[k] / m,
            1.0 / m + 1e-12,
            "mean " + mean + ", k " + k);
      }
    }
    assertEquals(0, PathDraws.poisson(0.999, 0.0), "mean 0 gives no delay");
  }

  @Test
  void keys_roundTripThroughTwoDoubles() {
    double[] state = new double[3];
    for (long k :
        new long[] {0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0x8000_0000L, key(7), key(8)}) {
      PathDraws.store(k, state, 1);
      assertEquals(k, PathDraws.load(state, 1), Long.toHexString(k));
    }
  }
}
