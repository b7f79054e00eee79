package org.tradetarget.core.evidence;

import java.util.List;
import org.tradetarget.core.calibrate.ModelKind;

/**
 * The {@code ensemble}'s weights in a panel backtest, from the members' raw scores on the other
 * half of the series (no nested backtest at each origin).
 *
 * <p>The evidence stage adds every member's raw CRPS (log scale, σ·CRPS_N(0,1)((ln y − μ)/σ)) per
 * step, history class and half. At an origin of a series in half s, for a fit on o points (class
 * c), the ensemble's weight of member k at step h is the product's skill rule ({@code weights:
 * skill}, {@code SkillWeights}) with the panel's scores: w_k ∝ 1 / (mean CRPS of k at step h and
 * class c over the origins of half 1 − s), over the members fitted at that origin with such a score;
 * the others get 0. The members are the scored kinds an ensemble may hold: rw-drift, log-linear,
 * cagr, holt, holt-damped and arima.
 *
 * <p>The sums are fixed-point whole numbers (units of 2⁻²⁴ log units, each term capped at {@value
 * #CAP}), so parts merged in any order give the same weights. Mutable while evidence is added; one
 * thread.
 */
final class EnsembleWeights implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private static final double SCALE = 0x1p24;
  private static final double CAP = 1e6;

  private final boolean[] member;
  private final int horizon;
  private final int classes = HistoryClass.values().length;
  private final long[] sums;
  private final long[] counts;

  EnsembleWeights(List<ModelKind> kinds, int horizon) {
    this.horizon = horizon;
    member = new boolean[kinds.size()];
    for (int k = 0; k < member.length; k++) {
      member[k] = kinds.get(k).ensembleMember();
    }
    sums = new long[kinds.size() * horizon * classes * 2];
    counts = new long[sums.length];
  }

  /** Whether kind index k is a member. */
  boolean member(int k) {
    return member[k];
  }

  private int cell(int k, int h, int c, int half) {
    return ((k * horizon + h - 1) * classes + c) * 2 + half;
  }

  /** Adds member k's raw CRPS (log units) at step h for class c in a half. */
  void add(int k, int h, int c, int half, double crps) {
    int at = cell(k, h, c, half);
    sums[at] += Math.round(Math.min(CAP, crps) * SCALE);
    counts[at]++;
  }

  /** Adds another part's sums. */
  void merge(EnsembleWeights o) {
    for (int i = 0; i < sums.length; i++) {
      sums[i] += o.sums[i];
      counts[i] += o.counts[i];
    }
  }

  /** Member k's mean raw CRPS at step h for class c over a half's origins, or NaN when unscored. */
  double meanCrps(int k, int h, int c, int half) {
    int at = cell(k, h, c, half);
    return counts[at] == 0 ? Double.NaN : sums[at] / SCALE / counts[at];
  }

  /**
   * The weights at one origin and step: per kind index, 0 for a kind that is not a member, not
   * fitted at the origin or not scored on the other half.
   *
   * @param fitted the forecasts at the origin per kind index (null where the kind was not fitted)
   * @param half the half of the series scored (the weights come from the other)
   * @return the weights summing to 1, or null when no member has a weight
   */
  double[] at(float[][] fitted, int h, int c, int half) {
    double[] w = new double[member.length];
    double sum = 0;
    for (int k = 0; k < w.length; k++) {
      if (member[k] && fitted[k] != null) {
        double m = meanCrps(k, h, c, 1 - half);
        if (m > 0) {
          w[k] = 1 / m;
          sum += w[k];
        }
      }
    }
    if (sum == 0) {
      return null;
    }
    for (int k = 0; k < w.length; k++) {
      w[k] /= sum;
    }
    return w;
  }

  /** The mixture of the members at origin i and step h with weights w (per kind index). */
  static Mixture mixture(FittedRun run, int i, int h, double[] w) {
    int n = 0;
    for (double x : w) {
      n += x > 0 ? 1 : 0;
    }
    double[] mu = new double[n];
    double[] sd = new double[n];
    double[] ww = new double[n];
    int j = 0;
    for (int k = 0; k < w.length; k++) {
      if (w[k] > 0) {
        float[] f = run.forecasts[i][k];
        mu[j] = f[2 * (h - 1)];
        sd[j] = f[2 * (h - 1) + 1];
        ww[j++] = w[k];
      }
    }
    return new Mixture(mu, sd, ww);
  }

  /**
   * The weights at origin i for steps 1..steps (index h; null where no member has a weight), for a
   * series in the given half and a fit of class c.
   */
  double[][] byStep(FittedRun run, int i, int steps, int c) {
    double[][] out = new double[steps + 1][];
    for (int h = 1; h <= steps; h++) {
      out[h] = at(run.forecasts[i], h, c, run.half);
    }
    return out;
  }
}
