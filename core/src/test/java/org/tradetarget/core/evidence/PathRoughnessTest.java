package org.tradetarget.core.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The roughness λ read from standardised error paths with a known dependence. */
class PathRoughnessTest {
  /**
   * Paths of the target odds' own law over {@code steps} steps: Z_h = √(1 − λ)·W_h/√h + √λ·ε_h,
   * with corr(Z_h, Z_k) = (1 − λ)·√(h/k); each step shifted and scaled (e_h = 3 − h + (1 +
   * h/10)·Z_h), which a correlation must not see.
   */
  private static PathRoughness paths(int n, int steps, double lambda, int c, int half, long seed) {
    PathRoughness p = new PathRoughness(1);
    SplittableRandom rng = new SplittableRandom(seed);
    for (int i = 0; i < n; i++) {
      double[] e = new double[steps];
      double w = 0;
      for (int h = 1; h <= steps; h++) {
        w += rng.nextGaussian();
        double z =
            Math.sqrt(1 - lambda) * w / Math.sqrt(h) + Math.sqrt(lambda) * rng.nextGaussian();
        e[h - 1] = 3 - h + (1 + h / 10.0) * z;
      }
      p.add(0, c, half, i % 2, e);
    }
    return p;
  }

  @Test
  void theOddsOwnPathsGiveBackTheirLambda() {
    // 20,000 paths of 10 steps: every r_hk within ~0.007 (se (1 − r²)/√n), so λ within 0.02.
    assertEquals(0.3, paths(20_000, 10, 0.3, 1, 0, 1).lambda(0, 1, hp -> true), 0.02);
    assertEquals(0.6, paths(20_000, 5, 0.6, 1, 0, 2).lambda(0, 1, hp -> true), 0.02);
    // a random walk: λ = 0.
    assertEquals(0, paths(20_000, 10, 0, 1, 0, 3).lambda(0, 1, hp -> true), 0.02);
    // independent errors: λ = 1, clamped to the largest roughness used.
    assertEquals(PathRoughness.MAX, paths(20_000, 10, 1, 1, 0, 4).lambda(0, 1, hp -> true));
  }

  @Test
  void smootherThanARandomWalkIsClampedToZero() {
    // one error repeated at every step: r_hk = 1 > √(h/k), so 1 − λ > 1.
    PathRoughness p = new PathRoughness(1);
    SplittableRandom rng = new SplittableRandom(5);
    for (int i = 0; i < 5_000; i++) {
      double a = rng.nextGaussian();
      p.add(0, 2, 0, 0, new double[] {a, a, a, a});
    }
    assertEquals(0, p.lambda(0, 2, hp -> true));
  }

  /**
   * Three steps with correlations r_12 = 0.5, r_13 = 0.3, r_23 = 0.6 (e = L·u, L the Cholesky
   * factor of that matrix, u independent standard normal), every pair counted n times: by hand,
   * Σ r·√(h/k) = 0.5·√(1/2) + 0.3·√(1/3) + 0.6·√(2/3) = 0.35355 + 0.17321 + 0.48990 = 1.01666 and
   * Σ h/k = 1/2 + 1/3 + 2/3 = 1.5, so 1 − λ = 0.67777 and λ = 0.32223 — where the first pair alone
   * would give 1 − √2·0.5 = 0.29289.
   */
  @Test
  void lambdaIsTheLeastSquaresFitOverEveryPairOfSteps() {
    double l21 = 0.5;
    double l22 = Math.sqrt(1 - 0.25);
    double l31 = 0.3;
    double l32 = (0.6 - 0.3 * 0.5) / l22;
    double l33 = Math.sqrt(1 - l31 * l31 - l32 * l32);
    PathRoughness p = new PathRoughness(1);
    SplittableRandom rng = new SplittableRandom(6);
    for (int i = 0; i < 200_000; i++) {
      double u1 = rng.nextGaussian();
      double u2 = rng.nextGaussian();
      double u3 = rng.nextGaussian();
      p.add(0, 3, 1, 0, new double[] {u1, l21 * u1 + l22 * u2, l31 * u1 + l32 * u2 + l33 * u3});
    }
    // 200,000 paths: each r within ~0.003, λ within 0.005.
    assertEquals(0.32223, p.lambda(0, 3, hp -> true), 0.005);
  }

  @Test
  void aStepWithoutAnErrorLeavesItsPairsOut() {
    // a random walk's standardised positions at steps 1..4, step 3 missing in every other path:
    // λ = 0 from the pairs that have both errors. Were a missing error counted as 0, half of the
    // pairs with step 3 would hold a 0 and their correlations would fall by about 1/√2, giving
    // λ near 0.17.
    PathRoughness p = new PathRoughness(1);
    SplittableRandom rng = new SplittableRandom(7);
    for (int i = 0; i < 20_000; i++) {
      double w1 = rng.nextGaussian();
      double w2 = w1 + rng.nextGaussian();
      double w3 = w2 + rng.nextGaussian();
      double w4 = w3 + rng.nextGaussian();
      double z3 = i % 2 == 0 ? Double.NaN : w3 / Math.sqrt(3);
      p.add(0, 0, 0, 0, new double[] {w1, w2 / Math.sqrt(2), z3, w4 / 2});
    }
    assertEquals(0, p.lambda(0, 0, hp -> true), 0.02);
  }

  @Test
  void aSparseClassTakesThePathsOfEveryClassAndTheOtherHalfOnly() {
    PathRoughness p = paths(20_000, 10, 0.3, 2, 1, 8);
    p.merge(paths(100, 10, 1, 0, 1, 9));
    // class 0 has 100 paths (< 200): every class of half 1 pooled, dominated by λ = 0.3.
    assertEquals(0.3, p.lambda(0, 0, hp -> hp / 2 == 1), 0.03);
    // half 0 has no paths at all: λ = 0 (the random-walk paths).
    assertEquals(0, p.lambda(0, 2, hp -> hp / 2 == 0));
  }

  @Test
  void partsAddToTheSameLambdaInAnyOrder() {
    PathRoughness ab = paths(5_000, 10, 0.2, 3, 0, 10);
    ab.merge(paths(5_000, 6, 0.5, 3, 0, 11));
    PathRoughness ba = paths(5_000, 6, 0.5, 3, 0, 11);
    ba.merge(paths(5_000, 10, 0.2, 3, 0, 10));
    assertEquals(ab.lambda(0, 3, hp -> true), ba.lambda(0, 3, hp -> true), 0.0);
  }
}
