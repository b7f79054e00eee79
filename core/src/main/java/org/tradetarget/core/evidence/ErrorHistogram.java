package org.tradetarget.core.evidence;

/**
 * Counts of standardised errors z = (ln actual − μ)/σ in bins of {@value #WIDTH} from −{@value
 * #RANGE} to {@value #RANGE} (beyond it, the end bins), from which a {@link QuantileMap} is read.
 * Counts are whole numbers, so merging in any order gives the same histogram. Mutable; one thread.
 */
final class ErrorHistogram implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  static final double RANGE = 12;
  static final double WIDTH = 0.01;
  private static final int BINS = (int) Math.round(2 * RANGE / WIDTH);

  private final long[] counts = new long[BINS];
  private long total;

  void add(double z) {
    int b = (int) Math.floor((z + RANGE) / WIDTH);
    counts[Math.max(0, Math.min(BINS - 1, b))]++;
    total++;
  }

  void addAll(ErrorHistogram other) {
    for (int i = 0; i < BINS; i++) {
      counts[i] += other.counts[i];
    }
    total += other.total;
  }

  long total() {
    return total;
  }

  /** The p-quantile, linear within its bin. */
  double quantile(double p) {
    double target = p * total;
    long cum = 0;
    for (int i = 0; i < BINS; i++) {
      long next = cum + counts[i];
      if (next >= target && counts[i] > 0) {
        double within = (target - cum) / counts[i];
        return -RANGE + (i + within) * WIDTH;
      }
      cum = next;
    }
    return RANGE;
  }

  /** The quantile map of these errors, or empty (null) below {@code minimum} errors. */
  QuantileMap map(long minimum) {
    if (total < minimum) {
      return null;
    }
    double[] levels = QuantileMap.LEVELS;
    double[] zeta = new double[levels.length];
    for (int j = 0; j < levels.length; j++) {
      zeta[j] = quantile(levels[j]);
      if (j > 0 && zeta[j] <= zeta[j - 1]) {
        zeta[j] = zeta[j - 1] + 1e-6;
      }
    }
    return QuantileMap.of(zeta, total);
  }
}
