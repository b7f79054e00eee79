package org.tradetarget.core.analysis;

import java.util.List;

/**
 * How well probabilities foretold decided targets, beside the climatology. Immutable.
 *
 * <p>For n decided targets with probabilities p_i (of meeting) and outcomes o_i (1 met, 0 missed):
 * the Brier score (1/n)·Σ(p_i − o_i)² and the logarithmic score −(1/n)·Σ ln q_i with q_i = p_i when
 * met and 1 − p_i when missed, each p first bounded to [{@value #FLOOR}, 1 − {@value #FLOOR}] so
 * that one confident miss gives a large, finite score (lower is better for both). The climatology
 * gives target i the share of the other n − 1 decided targets that were met (left out one at a time,
 * so it never knows the outcome it forecasts), scored the same way; with n = 1 it is 1/2.
 *
 * @param n the decided targets scored
 * @param met how many of them were met
 * @param brier the Brier score of the probabilities
 * @param logScore their logarithmic score
 * @param climatologyBrier the Brier score of the climatology
 * @param climatologyLogScore its logarithmic score
 */
public record HindsightScore(
    int n,
    int met,
    double brier,
    double logScore,
    double climatologyBrier,
    double climatologyLogScore) {
  /** The bound on a probability for the logarithmic score. */
  public static final double FLOOR = 0.001;

  /** One decided target: the probability given and whether it was met. */
  public record Case(double p, boolean met) {
    /** Checks that p is a fraction. */
    public Case {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("p must be a fraction in [0, 1], got " + p);
      }
    }
  }

  /**
   * Scores the cases.
   *
   * @throws IllegalArgumentException when there are none
   */
  public static HindsightScore of(List<Case> cases) {
    int n = cases.size();
    if (n == 0) {
      throw new IllegalArgumentException("no decided targets to score");
    }
    int met = (int) cases.stream().filter(Case::met).count();
    double brier = 0;
    double log = 0;
    double cBrier = 0;
    double cLog = 0;
    for (Case c : cases) {
      double o = c.met() ? 1 : 0;
      double clim = n == 1 ? 0.5 : (met - o) / (n - 1);
      brier += (c.p() - o) * (c.p() - o);
      cBrier += (clim - o) * (clim - o);
      log += logLoss(c.p(), c.met());
      cLog += logLoss(clim, c.met());
    }
    return new HindsightScore(n, met, brier / n, log / n, cBrier / n, cLog / n);
  }

  private static double logLoss(double p, boolean met) {
    double b = Math.min(1 - FLOOR, Math.max(FLOOR, p));
    return -Math.log(met ? b : 1 - b);
  }
}
