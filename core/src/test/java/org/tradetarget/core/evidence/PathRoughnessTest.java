package org.tradetarget.core.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The roughness λ read from pairs of standardised errors with a known correlation. */
class PathRoughnessTest {
  /**
   * Pairs (e_1, e_2) = (a, r·a + √(1 − r²)·b), a and b independent standard normal, have
   * correlation r; the paths' λ solves (1 − λ)/√2 = r, so λ = 1 − √2·r.
   */
  private static PathRoughness pairs(int n, double r, int c, int half, long seed) {
    PathRoughness p = new PathRoughness(1);
    SplittableRandom rng = new SplittableRandom(seed);
    for (int i = 0; i < n; i++) {
      double a = rng.nextGaussian();
      double b = rng.nextGaussian();
      p.add(0, c, half, i % 2, 3 + a, -1 + r * a + Math.sqrt(1 - r * r) * b);
    }
    return p;
  }

  @Test
  void lambdaIsOneMinusRootTwoTimesTheLagOneCorrelation() {
    // r = 0.5: λ = 1 − 0.7071 = 0.2929; 20,000 pairs estimate r within ~0.006 (se (1 − r²)/√n),
    // so λ within 0.02. The means (3 and −1) must not matter.
    assertEquals(
        1 - Math.sqrt(2) * 0.5, pairs(20_000, 0.5, 1, 0, 1).lambda(0, 1, hp -> true), 0.02);
    // a random walk's Z_1, Z_2 have r = 1/√2: λ = 0; smoother paths (r = 0.9) are clamped to 0.
    assertEquals(0, pairs(20_000, Math.sqrt(0.5), 1, 0, 2).lambda(0, 1, hp -> true), 0.02);
    assertEquals(0, pairs(20_000, 0.9, 1, 0, 3).lambda(0, 1, hp -> true));
    // independent errors: λ = 1, clamped to the largest roughness used.
    assertEquals(PathRoughness.MAX, pairs(20_000, 0, 1, 0, 4).lambda(0, 1, hp -> true));
  }

  @Test
  void aSparseClassTakesThePairsOfEveryClassAndTheOtherHalfOnly() {
    PathRoughness p = pairs(20_000, 0.5, 2, 1, 5);
    p.merge(pairs(100, 0.0, 0, 1, 6));
    // class 0 has 100 pairs (< 200): every class of half 1 pooled, dominated by r = 0.5.
    assertEquals(1 - Math.sqrt(2) * 0.5, p.lambda(0, 0, hp -> hp / 2 == 1), 0.03);
    // half 0 has no pairs at all: λ = 0 (the random-walk paths).
    assertEquals(0, p.lambda(0, 2, hp -> hp / 2 == 0));
  }

  @Test
  void partsAddToTheSameLambdaInAnyOrder() {
    PathRoughness ab = pairs(5_000, 0.3, 3, 0, 7);
    ab.merge(pairs(5_000, 0.6, 3, 0, 8));
    PathRoughness ba = pairs(5_000, 0.6, 3, 0, 8);
    ba.merge(pairs(5_000, 0.3, 3, 0, 7));
    assertEquals(ab.lambda(0, 3, hp -> true), ba.lambda(0, 3, hp -> true), 0.0);
  }
}
