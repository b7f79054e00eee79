package org.tradetarget.core.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.function.DoubleBinaryOperator;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The shock draws alone: their moments must match the closed forms documented in {@link MonteCarlo}
 * (normal, Student-t scaled to variance σ² with one χ² shared by every series, bootstrap, Cholesky
 * correlation, crisis jumps shared across series with sizes drawn per series), and block b must draw
 * from the seeded generator after b jumps.
 *
 * <p>Failure budget: every statistical check is a sample mean of M = 409,600 draws of some summand
 * (ε, ε², ε⁴, ε₁ε₂, an indicator), compared with its closed-form expectation within 4 standard
 * errors, the standard error being the summand's sample sd / √M. Each check fails by chance with
 * probability about 6.3e-5 (normal approximation); the 19 checks together with less than 0.12 %.
 * The seeds are fixed, so a pass is repeatable.
 */
final class ShockDrawsTest {
  private static final int BLOCK = MonteCarlo.BLOCK_PATHS;
  private static final int CALLS = 100;
  private static final int M = CALLS * BLOCK;

  @Test
  void normal_oneSeries_hasMeanZero_varianceSigma2_kurtosis3() {
    double s = 0.1;
    double[][] e = draw(new ShockDraws(
        5, 1, Shocks.NORMAL, null, Optional.empty(), new double[] {s}, new double[][] {{}}));
    check("mean", e, (a, b) -> a, 0.0);
    check("variance", e, (a, b) -> a * a, s * s);
    // E[z⁴] = 3 for a standard normal.
    check("fourth moment", e, (a, b) -> a * a * a * a, 3 * Math.pow(s, 4));
  }

  @Test
  void normal_correlated_hasCovarianceRhoSigma1Sigma2() {
    double s1 = 0.1;
    double s2 = 0.3;
    double rho = 0.6;
    // The Cholesky factor of [[1, ρ], [ρ, 1]]: [[1, 0], [ρ, √(1 − ρ²)]] = [[1, 0], [0.6, 0.8]].
    double[][] chol = {{1, 0}, {rho, 0.8}};
    double[][] e = draw(new ShockDraws(
        6, 1, Shocks.NORMAL, chol, Optional.empty(), new double[] {s1, s2}, new double[][] {{}, {}
        }));
    check("variance 1", e, (a, b) -> a * a, s1 * s1);
    check("variance 2", e, (a, b) -> b * b, s2 * s2);
    check("covariance", e, (a, b) -> a * b, rho * s1 * s2);
  }

  @Test
  void studentT_hasVarianceSigma2_itsTails_andOneChiSquareForAllSeries() {
    double nu = 10;
    double s1 = 0.1;
    double s2 = 0.2;
    double[][] e = draw(new ShockDraws(
        7, 1, Shocks.studentT(nu), null, Optional.empty(), new double[] {s1, s2}, new double[][] {
          {}, {}
        }));
    // ε = σ·z·√((ν − 2)/W), W ~ χ²(ν), E[1/W] = 1/(ν − 2): variance σ².
    check("variance 1", e, (a, b) -> a * a, s1 * s1);
    check("variance 2", e, (a, b) -> b * b, s2 * s2);
    // ε/σ = t·√((ν − 2)/ν), so P(|ε| > 3σ) = P(|t| > 3·√(ν/(ν − 2))) = 2·(1 − F_t(3·√1.25)).
    double tail =
        2 * (1 - new TDistribution(nu).cumulativeProbability(3 * Math.sqrt(nu / (nu - 2))));
    check("P(|e1| > 3 sigma)", e, (a, b) -> Math.abs(a) > 3 * s1 ? 1 : 0, tail);
    // The same W scales both series: E[ε₁²ε₂²] = σ₁²σ₂²(ν − 2)²·E[1/W²] = σ₁²σ₂²(ν − 2)/(ν − 4)
    // (4/3 here,
    // against 1 for independent t shocks).
    check("E[e1^2 e2^2]", e, (a, b) -> a * a * b * b, s1 * s1 * s2 * s2 * (nu - 2) / (nu - 4));
    check("covariance", e, (a, b) -> a * b, 0.0);
  }

  @Test
  void bootstrap_drawsEachResidualWithEqualProbability() {
    double[] res = {-0.3, 0.1, 0.2, 0.5};
    double[][] e = draw(new ShockDraws(
        8, 1, Shocks.BOOTSTRAP, null, Optional.empty(), new double[] {0.0}, new double[][] {res}));
    for (double v : e[0]) {
      assertTrue(v == -0.3 || v == 0.1 || v == 0.2 || v == 0.5, "not a residual: " + v);
    }
    for (double r : res) {
      check("share of " + r, e, (a, b) -> a == r ? 1 : 0, 0.25);
    }
  }

  @Test
  void crisisJumps_addPm_toTheMean_andShareTheCrisisAcrossSeries() {
    double s = 0.1;
    double p = 0.1;
    double m = -0.2;
    double sd = 0.05;
    double[][] e = draw(new ShockDraws(
        9,
        1,
        Shocks.NORMAL,
        null,
        Optional.of(new CrisisJumps(p, m, sd)),
        new double[] {s, s},
        new double[][] {{}, {}}));
    // ε = σz + I·J, I ~ Bernoulli(p), J ~ N(m, sd²): E = pm, Var = σ² + p(m² + sd²) − (pm)².
    check("mean 1", e, (a, b) -> a, p * m);
    check("mean 2", e, (a, b) -> b, p * m);
    check("second moment", e, (a, b) -> a * a, s * s + p * (m * m + sd * sd));
    // One crisis for both series, sizes drawn per series: Cov = E[I·J₁·J₂] − E[IJ₁]E[IJ₂] = pm² −
    // p²m²,
    // so E[ε₁ε₂] = pm² = 0.004; independent crises per series would give E[ε₁]E[ε₂] = p²m² =
    // 0.0004.
    check("E[e1 e2]", e, (a, b) -> a * b, p * m * m);
  }

  @Test
  void meanSquare_isTheClosedForm() {
    ShockDraws normal = new ShockDraws(
        1, 1, Shocks.NORMAL, null, Optional.empty(), new double[] {0.2}, new double[][] {{}});
    assertEquals(0.04, normal.meanSquare(0), 1e-15);
    ShockDraws boot = new ShockDraws(
        1,
        1,
        Shocks.BOOTSTRAP,
        null,
        Optional.of(new CrisisJumps(0.5, -0.1, 0.2)),
        new double[] {0.2},
        new double[][] {{-0.3, 0.1}});
    // (0.09 + 0.01)/2 + 0.5·(0.01 + 0.04) = 0.05 + 0.025.
    assertEquals(0.075, boot.meanSquare(0), 1e-15);
  }

  @Test
  void blockB_drawsFromTheSeededGeneratorAfterBJumps() {
    long seed = 42;
    ShockDraws d = new ShockDraws(
        seed, 3, Shocks.NORMAL, null, Optional.empty(), new double[] {1.0}, new double[][] {{}});
    JumpableUniformRandomProvider master =
        (JumpableUniformRandomProvider) RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    master.jump();
    master.jump();
    ContinuousSampler ref = ZigguratSampler.NormalizedGaussian.of(master);
    double[] expected = new double[BLOCK];
    for (int i = 0; i < BLOCK; i++) {
      expected[i] = ref.sample();
    }
    double[] e = new double[BLOCK];
    d.draw(2, e, new double[1], BLOCK);
    assertArrayEquals(expected, e, 0.0);
  }

  // ---------------------------------------------------------------- helpers

  /** M draws of every series from block 0: [series][draw]. */
  private static double[][] draw(ShockDraws d) {
    int k = 2;
    double[][] out = new double[k][M];
    double[] e = new double[k * BLOCK];
    double[] z = new double[k];
    for (int call = 0; call < CALLS; call++) {
      d.draw(0, e, z, BLOCK);
      for (int c = 0; c < k; c++) {
        System.arraycopy(e, c * BLOCK, out[c], call * BLOCK, BLOCK);
      }
    }
    return out;
  }

  /** The mean of f(ε₁, ε₂) over the draws is {@code expected} within 4 standard errors. */
  private static void check(String what, double[][] e, DoubleBinaryOperator f, double expected) {
    double sum = 0;
    double sum2 = 0;
    for (int i = 0; i < M; i++) {
      double v = f.applyAsDouble(e[0][i], e[1][i]);
      sum += v;
      sum2 += v * v;
    }
    double mean = sum / M;
    double se = Math.sqrt(Math.max(sum2 / M - mean * mean, 0) / M);
    assertTrue(
        Math.abs(mean - expected) <= 4 * se + 1e-15,
        what + ": " + mean + " expected " + expected + " ± 4 × " + se);
  }
}
