package org.tradetarget.scenarios.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The logarithmic value axis of a fan chart: from the 1-2-5 value at or below the lowest value
 * drawn (history, the band's low edge, the target) to the one at or above the highest, with
 * ticks at 1, 2 and 5 times powers of ten (only the powers of ten when that gives more than
 * eight).
 */
final class LogScale {
  private static final double[] MANTISSAS = {1, 2, 5};

  private LogScale() {}

  static Frame frame(int x0, int x1, double linearMax, Svg.Fan f) {
    double lo = f.target();
    double hi = f.target();
    for (double[] a : new double[][] {f.history(), f.q05(), f.q95(), f.q50()}) {
      for (double v : a) {
        if (v > 0 && Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    double ymin = floor125(lo / 1.05);
    double ymax = ceil125(Math.min(hi, linearMax) * 1.05);
    return new Frame(Svg.WIDE, x0, x1, ymin, ymax, ticks(ymin, ymax));
  }

  /** The largest 1, 2 or 5 × 10^k at or below v (v > 0). */
  static double floor125(double v) {
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    double best = p;
    for (double m : MANTISSAS) {
      if (m * p <= v * (1 + 1e-12)) {
        best = m * p;
      }
    }
    return best;
  }

  /** The smallest 1, 2 or 5 × 10^k at or above v (v > 0). */
  static double ceil125(double v) {
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : MANTISSAS) {
      if (m * p >= v * (1 - 1e-12)) {
        return m * p;
      }
    }
    return 10 * p;
  }

  /** The ticks from lo to hi, both 1-2-5 values. */
  static List<Double> ticks(double lo, double hi) {
    List<Double> all = new ArrayList<>();
    List<Double> powers = new ArrayList<>();
    for (int k = (int) Math.floor(Math.log10(lo)) - 1; k <= (int) Math.ceil(Math.log10(hi)); k++) {
      double p = Math.pow(10, k);
      for (double m : MANTISSAS) {
        double v = m * p;
        if (v >= lo * (1 - 1e-12) && v <= hi * (1 + 1e-12)) {
          all.add(v);
          if (m == 1) {
            powers.add(v);
          }
        }
      }
    }
    if (all.size() <= 8) {
      return all;
    }
    List<Double> fewer = new ArrayList<>(powers);
    if (!fewer.contains(all.get(0))) {
      fewer.add(0, all.get(0));
    }
    if (!fewer.contains(all.get(all.size() - 1))) {
      fewer.add(all.get(all.size() - 1));
    }
    return fewer;
  }
}
