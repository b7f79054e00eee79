package org.tradetarget.core.evidence;

import java.io.Serializable;
import java.util.function.IntPredicate;

/**
 * How much rougher than a random walk the panel's forecast paths are: per kind, history class,
 * half and period, the sums of the standardised errors e_1 and e_2 of the first two steps of each
 * origin (and their squares and product), from which the roughness λ of the target odds' paths is
 * read.
 *
 * <p>The target odds draw a path's standardised positions as Z_h = √(1 − λ)·W_h/√h + √λ·ε_h (W a
 * Gaussian random walk, ε independent standard normal): N(0, 1) at every step, with corr(Z_1, Z_2)
 * = (1 − λ)/√2. λ = 1 − √2·r, with r the correlation of e_1 and e_2 seen in the panel, is the
 * share of each year's error that does not carry over to the next (a spike or dip of one year); a
 * panel as smooth as a random walk or smoother gives λ = 0, the random-walk paths. Clamped to [0,
 * {@value #MAX}]; a cell with fewer than {@value #MIN_PAIRS} pairs takes the kind's pairs over every
 * class, else λ = 0.
 *
 * <p>Each error is clipped to ±{@value #CLIP} and the sums are kept as whole numbers of 10⁻⁶, so
 * parts add in any order to the same totals (the same λ for any thread count or Spark partition).
 * Mutable; one thread.
 */
final class PathRoughness implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The largest roughness used. */
  static final double MAX = 0.9;

  /** Fewest pairs of errors for a cell's own λ. */
  static final int MIN_PAIRS = 200;

  /** Errors are clipped to ± this before they are summed. */
  static final double CLIP = 10;

  private static final double UNIT = 1e6;
  private static final int FIELDS = 6;

  private final int classes;
  private final long[] sums;

  PathRoughness(int kinds) {
    classes = HistoryClass.values().length;
    sums = new long[kinds * classes * 4 * FIELDS];
  }

  private int cell(int k, int c, int hp) {
    return ((k * classes + c) * 4 + hp) * FIELDS;
  }

  /** Adds the standardised errors of steps 1 and 2 of one origin (half·2 + period = hp). */
  void add(int k, int c, int half, int period, double e1, double e2) {
    double a = Math.max(-CLIP, Math.min(CLIP, e1));
    double b = Math.max(-CLIP, Math.min(CLIP, e2));
    int at = cell(k, c, half * 2 + period);
    sums[at]++;
    sums[at + 1] += Math.round(a * UNIT);
    sums[at + 2] += Math.round(b * UNIT);
    sums[at + 3] += Math.round(a * a * UNIT);
    sums[at + 4] += Math.round(b * b * UNIT);
    sums[at + 5] += Math.round(a * b * UNIT);
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
    long[] s = new long[FIELDS];
    for (int c = fromClass; c <= toClass; c++) {
      for (int hp = 0; hp < 4; hp++) {
        if (use.test(hp)) {
          int at = cell(k, c, hp);
          for (int f = 0; f < FIELDS; f++) {
            s[f] += sums[at + f];
          }
        }
      }
    }
    return s;
  }

  private static double of(long[] s) {
    double n = s[0];
    double m1 = s[1] / UNIT / n;
    double m2 = s[2] / UNIT / n;
    double v1 = s[3] / UNIT / n - m1 * m1;
    double v2 = s[4] / UNIT / n - m2 * m2;
    double cov = s[5] / UNIT / n - m1 * m2;
    if (!(v1 > 0 && v2 > 0)) {
      return 0;
    }
    double r = cov / Math.sqrt(v1 * v2);
    return Math.max(0, Math.min(MAX, 1 - Math.sqrt(2) * r));
  }
}
