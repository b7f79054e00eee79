package org.tradetarget.core.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The quantile pipeline alone, driven the way the engine drives it (count every value in a member's
 * histogram, mark, gather each block before its values are overwritten, finish): its quantiles must
 * equal the type-7 formula applied to a full sort of the same values, bit for bit, whether the
 * predicted histogram range was good or so poor that the histogram had to be rebuilt over the exact
 * range (the test checks which branch ran), with ties, heavy tails and a last partial block.
 */
final class ExactQuantilesTest {
  private static final int BLOCK = MonteCarlo.BLOCK_PATHS;
  private static final int SLOTS = ExactQuantiles.SLOTS;
  private static final int MEMBERS = 2;
  /** 12 full blocks and a partial one; above the rebuild threshold N/16 + 4·BINS when one slot holds all. */
  private static final int N = 12 * BLOCK + 1_234;

  private static final double[] P = {0.0, 0.001, 0.05, 0.25, 0.5, 0.75, 0.95, 0.999, 1.0};

  private Team team;

  @BeforeEach
  void startTeam() {
    team = new Team(MEMBERS);
  }

  @AfterEach
  void stopTeam() {
    team.close();
  }

  @Test
  void goodRange_noRebuild_equalsFullSort() {
    SplittableRandom r = new SplittableRandom(11);
    double[][] obs = new double[1][N];
    fill(obs[0], () -> 9.0 + 0.2 * r.nextGaussian());
    ExactQuantiles q = new ExactQuantiles(P, new int[] {3}, obs, MEMBERS);
    q.startRange(0, 9.0, 9.0, 0.2);
    double[] expected = type7(obs[0]);
    yearThenOverwrite(q, obs, 0, () -> 50.0 + r.nextGaussian());
    assertEquals(0, q.rebuilds, "the predicted range fitted the values: no rebuild");
    assertColumn(expected, q.values(0), 0);
  }

  @Test
  void poorRange_rebuilds_andStillEqualsFullSort() {
    SplittableRandom r = new SplittableRandom(12);
    double[][] obs = new double[1][N];
    // Heavy tails (a ratio of normals, |value − 9| < 6/0.05 = 120) around 9, predicted as a narrow
    // range around 1000: every value falls in slot 0, so the marked slots hold all N values, more
    // than N/16 + 4·BINS.
    fill(obs[0], () -> 9.0 + r.nextGaussian() / Math.max(Math.abs(r.nextGaussian()), 0.05));
    ExactQuantiles q = new ExactQuantiles(P, new int[] {3}, obs, MEMBERS);
    q.startRange(0, 1000.0, 1000.0, 0.001);
    double[] expected = type7(obs[0]);
    yearThenOverwrite(q, obs, 1, () -> -3.0);
    assertEquals(1, q.rebuilds, "the predicted range missed every value: one rebuild");
    assertColumn(expected, q.values(0), 1);
  }

  @Test
  void ties_inFewSlots_thenGatherAllAfterTheLastYear() {
    SplittableRandom r = new SplittableRandom(13);
    double[][] obs = new double[1][N];
    // Four atoms (a bootstrap of four residuals): the needed ranks sit in the four slots of the
    // atoms,
    // which hold all N values; the rebuild cannot separate ties, so the gather takes all N values.
    double[] atoms = {8.7, 9.05, 9.1, 9.6};
    fill(obs[0], () -> atoms[r.nextInt(atoms.length)]);
    ExactQuantiles q = new ExactQuantiles(P, new int[] {3}, obs, MEMBERS);
    q.startRange(0, 9.0, 9.0, 0.4);
    double[] expected = type7(obs[0]);
    count(q, obs);
    q.mark(0, 2, team);
    assertEquals(1, q.rebuilds);
    assertTrue(q.pending(0));
    q.gatherAll(0, team);
    q.finish(0, 2);
    assertFalse(q.pending(0));
    assertColumn(expected, q.values(0), 2);
  }

  @Test
  void allValuesEqual_poorRange_setAtOnceWithoutGather() {
    double[][] obs = new double[1][N];
    Arrays.fill(obs[0], 2.0);
    ExactQuantiles q = new ExactQuantiles(P, new int[] {3}, obs, MEMBERS);
    q.startRange(0, 5.0, 5.0, 0.0);
    count(q, obs);
    q.mark(0, 0, team);
    assertEquals(1, q.rebuilds);
    assertFalse(q.pending(0), "nothing left to gather");
    for (int i = 0; i < P.length; i++) {
      assertEquals(StrictMath.exp(2.0), q.values(0)[i][0], 0.0);
    }
  }

  @Test
  void twoYears_rangePredictedFromTheFirst_eachEqualsItsFullSort() {
    SplittableRandom r = new SplittableRandom(14);
    double[][] obs = new double[1][N];
    fill(obs[0], () -> 9.1 + 0.1 * r.nextGaussian());
    ExactQuantiles q = new ExactQuantiles(P, new int[] {2}, obs, MEMBERS);
    q.startRange(0, 9.0, 9.1, 0.1);
    double[] first = type7(obs[0]);
    count(q, obs);
    q.mark(0, 0, team);
    q.predict(0, 9.1, 0.1);
    // Year 2 as the engine does it: gather block by block, overwrite the block, count the new
    // value.
    double[] second = new double[N];
    for (int p = 0; p < N; p++) {
      second[p] = 9.2 + 0.14 * r.nextGaussian();
    }
    q.clearHistograms(0);
    q.clearHistograms(1);
    for (int b = 0, from = 0; from < N; b++, from += BLOCK) {
      int to = Math.min(N, from + BLOCK);
      q.gather(0, b, from, to);
      System.arraycopy(second, from, obs[0], from, to - from);
      countBlock(q, obs, b, from, to);
    }
    q.finish(0, 0);
    q.mark(0, 1, team);
    q.gatherAll(0, team);
    q.finish(0, 1);
    assertEquals(0, q.rebuilds);
    assertColumn(first, q.values(0), 0);
    assertColumn(type7(second), q.values(0), 1);
  }

  @Test
  void bin_ordersValues_andClampsOutsideTheRange() {
    double lo = 1.0;
    double scale = MonteCarlo.BINS / 4.0;
    assertEquals(0, ExactQuantiles.bin(0.999, lo, scale));
    assertEquals(1, ExactQuantiles.bin(1.0, lo, scale));
    // 2.0 is a quarter of the way: 1 + 4096/4 = 1025.
    assertEquals(1 + MonteCarlo.BINS / 4, ExactQuantiles.bin(2.0, lo, scale));
    assertEquals(SLOTS - 1, ExactQuantiles.bin(5.0, lo, scale));
    assertEquals(SLOTS - 1, ExactQuantiles.bin(Double.MAX_VALUE, lo, scale));
  }

  // ---------------------------------------------------------------- helpers

  private static void fill(double[] a, DoubleSupplier f) {
    for (int i = 0; i < a.length; i++) {
      a[i] = f.getAsDouble();
    }
  }

  /** Counts every value as the stepper does, block b on member b mod MEMBERS. */
  private static void count(ExactQuantiles q, double[][] obs) {
    for (int m = 0; m < MEMBERS; m++) {
      q.clearHistograms(m);
    }
    for (int b = 0, from = 0; from < N; b++, from += BLOCK) {
      countBlock(q, obs, b, from, Math.min(N, from + BLOCK));
    }
  }

  private static void countBlock(ExactQuantiles q, double[][] obs, int b, int from, int to) {
    short[] sl = q.slots(0);
    int[] hist = q.histogram(b % MEMBERS, 0);
    for (int p = from; p < to; p++) {
      int j = ExactQuantiles.bin(obs[0][p], q.lo(0), q.scale(0));
      sl[p] = (short) j;
      hist[(p & (ExactQuantiles.LANES - 1)) * SLOTS + j]++;
    }
  }

  /** One year at checkpoint t: count, mark, then the next year gathers each block and overwrites it. */
  private void yearThenOverwrite(ExactQuantiles q, double[][] obs, int t, DoubleSupplier next) {
    count(q, obs);
    q.mark(0, t, team);
    assertTrue(q.pending(0));
    for (int b = 0, from = 0; from < N; b++, from += BLOCK) {
      int to = Math.min(N, from + BLOCK);
      q.gather(0, b, from, to);
      for (int p = from; p < to; p++) {
        obs[0][p] = next.getAsDouble();
      }
    }
    q.finish(0, t);
    assertFalse(q.pending(0));
  }

  /** R type 7 of exp(values) from a full sort: h = (n − 1)p, Q = v[⌊h⌋] + (h − ⌊h⌋)(v[⌊h⌋ + 1] − v[⌊h⌋]). */
  private static double[] type7(double[] logValues) {
    double[] v = logValues.clone();
    Arrays.sort(v);
    int n = v.length;
    double[] out = new double[P.length];
    for (int i = 0; i < P.length; i++) {
      double h = (n - 1) * P[i];
      int lo = (int) Math.floor(h);
      int hi = Math.min(lo + 1, n - 1);
      double vLo = StrictMath.exp(v[lo]);
      double vHi = StrictMath.exp(v[hi]);
      out[i] = h == lo ? vLo : vLo + (h - lo) * (vHi - vLo);
    }
    return out;
  }

  private static void assertColumn(double[] expected, double[][] actual, int t) {
    for (int i = 0; i < P.length; i++) {
      assertEquals(expected[i], actual[i][t], 0.0, "q" + P[i] + " at checkpoint index " + t);
    }
  }
}
