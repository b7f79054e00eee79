package org.tradetarget.core.evidence;

import java.io.Serializable;
import java.util.function.IntPredicate;

/**
 * How much rougher than a random walk the panel's forecast paths are: per kind, history class,
 * half and period, for every pair of steps h &lt; k ≤ {@value #STEPS} of an origin, the sums of its
 * standardised errors e_h and e_k (and their squares and product), from which the roughness λ of
 * the target odds' paths is read.
 *
 * <p>The target odds draw a path's standardised positions as Z_h = √(1 − λ)·W_h/√h + √λ·ε_h (W a
 * Gaussian random walk, ε independent standard normal): N(0, 1) at every step, with corr(Z_h, Z_k)
 * = (1 − λ)·√(h/k) for h &lt; k. λ is fitted to the correlations r_hk of the errors seen in the
 * panel over every pair of steps by least squares weighted by each pair's count n_hk: 1 − λ = Σ
 * n_hk·r_hk·√(h/k) / Σ n_hk·h/k. So the whole path's dependence up to {@value #STEPS} years
 * counts, which is what first passage over 3, 5 and 10 years depends on, not only the first two
 * steps'. λ is the share of each year's error that does not carry over (a spike or dip of one
 * year); a panel as smooth as a random walk or smoother gives λ = 0, the random-walk paths.
 * Clamped to [0, {@value #MAX}]; a cell with fewer than {@value #MIN_PAIRS} origins with two steps
 * takes the kind's pairs over every class, else λ = 0.
 *
 * <p>Each error is clipped to ±{@value #CLIP} and the sums are kept as whole numbers of 10⁻⁶, so
 * parts add in any order to the same totals (the same λ for any thread count or Spark partition).
 * Mutable; one thread.
 */
final class PathRoughness implements Serializable {
  private static final long serialVersionUID = 2L;

  /** The largest roughness used. */
  static final double MAX = 0.9;

  /** Fewest origins with errors at steps 1 and 2 for a cell's own λ. */
  static final int MIN_PAIRS = 200;

  /** Errors are clipped to ± this before they are summed. */
  static final double CLIP = 10;

  /** The steps whose pairs are summed: the longest synthetic target's years. */
  static final int STEPS = 10;

  private static final int PAIRS = STEPS * (STEPS - 1) / 2;
  private static final double UNIT = 1e6;
  private static final int FIELDS = 6;

  private final int classes;
  private final long[] sums;

  PathRoughness(int kinds) {
    classes = HistoryClass.values().length;
    sums = new long[kinds * classes * 4 * PAIRS * FIELDS];
  }

  private int cell(int k, int c, int hp) {
    return ((k * classes + c) * 4 + hp) * PAIRS * FIELDS;
  }

  /** The index of the pair of steps h &lt; k (1-based) within a cell. */
  static int pair(int h, int k) {
    return (h - 1) * STEPS - (h - 1) * h / 2 + (k - h - 1);
  }

  /**
   * Adds the standardised errors of one origin (half·2 + period = hp).
   *
   * @param e the errors at steps 1, 2, … (index 0 is step 1); NaN where a step has none; steps
   *     beyond {@value #STEPS} are not used
   */
  void add(int k, int c, int half, int period, double[] e) {
    int at = cell(k, c, half * 2 + period);
    int n = Math.min(STEPS, e.length);
    for (int h = 1; h < n; h++) {
      if (Double.isNaN(e[h - 1])) {
        continue;
      }
      double a = Math.max(-CLIP, Math.min(CLIP, e[h - 1]));
      for (int j = h + 1; j <= n; j++) {
        if (Double.isNaN(e[j - 1])) {
          continue;
        }
        double b = Math.max(-CLIP, Math.min(CLIP, e[j - 1]));
        int p = at + pair(h, j) * FIELDS;
        sums[p]++;
        sums[p + 1] += Math.round(a * UNIT);
        sums[p + 2] += Math.round(b * UNIT);
        sums[p + 3] += Math.round(a * a * UNIT);
        sums[p + 4] += Math.round(b * b * UNIT);
        sums[p + 5] += Math.round(a * b * UNIT);
      }
    }
  }

  /** Adds another part's sums (same kinds). */
  void merge(PathRoughness o) {
    for (int i = 0; i < sums.length; i++) {
      sums[i] += o.sums[i];
    }
  }

  /**
   * λ of kind k and class c from the cells whose half·2 + period passes {@code use}.
   *
   * @return a roughness in [0, {@value #MAX}]
   */
  double lambda(int k, int c, IntPredicate use) {
    long[] own = pooled(k, c, c, use);
    if (own[0] >= MIN_PAIRS) {
      return of(own);
    }
    long[] all = pooled(k, 0, classes - 1, use);
    return all[0] >= MIN_PAIRS ? of(all) : 0;
  }

  private long[] pooled(int k, int fromClass, int toClass, IntPredicate use) {
    long[] s = new long[PAIRS * FIELDS];
    for (int c = fromClass; c <= toClass; c++) {
      for (int hp = 0; hp < 4; hp++) {
        if (use.test(hp)) {
          int at = cell(k, c, hp);
          for (int f = 0; f < s.length; f++) {
            s[f] += sums[at + f];
          }
        }
      }
    }
    return s;
  }

  /** The weighted least-squares λ over every pair with errors (s[0] is pair (1, 2)'s count). */
  private static double of(long[] s) {
    double num = 0;
    double den = 0;
    for (int h = 1; h < STEPS; h++) {
      for (int k = h + 1; k <= STEPS; k++) {
        int p = pair(h, k) * FIELDS;
        double n = s[p];
        if (n < 2) {
          continue;
        }
        double m1 = s[p + 1] / UNIT / n;
        double m2 = s[p + 2] / UNIT / n;
        double v1 = s[p + 3] / UNIT / n - m1 * m1;
        double v2 = s[p + 4] / UNIT / n - m2 * m2;
        double cov = s[p + 5] / UNIT / n - m1 * m2;
        if (!(v1 > 0 && v2 > 0)) {
          continue;
        }
        double r = cov / Math.sqrt(v1 * v2);
        double b2 = h / (double) k;
        num += n * r * Math.sqrt(b2);
        den += n * b2;
      }
    }
    if (!(den > 0)) {
      return 0;
    }
    return Math.max(0, Math.min(MAX, 1 - num / den));
  }
}
