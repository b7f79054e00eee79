package org.tradetarget.core.evidence;

/**
 * Sums behind the outputs of a panel backtest, for one chunk of runs; chunks are merged in a fixed
 * order, so the totals do not depend on the thread count. Mutable; one thread.
 */
final class Tally implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** none, held-out, later. */
  static final String[] RECALIBRATIONS = {"none", "held-out", "later"};

  static final double[] MULTIPLES = {1.25, 1.5, 2, 3};
  static final int[] YEARS = {3, 5, 10};
  static final int PIT_BINS = 20;
  static final int DECILES = 10;

  /**
   * Score sums: n, crps, covered 50, 80, 95, |log error| of the median, in-sample naive scale (mase
   * is the ratio of the last two sums).
   */
  static final int SCORE_FIELDS = 7;

  /** Odds sums: n, p, met, brier, brier of the climatology. */
  static final int ODDS_FIELDS = 5;

  final int kinds;
  final int horizon;
  final int classes = HistoryClass.values().length;
  final double[] scores;
  final double[] odds;
  final long[] pit;
  final double[] reliability;

  Tally(int kinds, int horizon) {
    this.kinds = kinds;
    this.horizon = horizon;
    scores = new double[kinds * horizon * classes * 3 * SCORE_FIELDS];
    odds = new double[kinds * MULTIPLES.length * YEARS.length * 3 * ODDS_FIELDS];
    pit = new long[kinds * horizon * 2 * PIT_BINS];
    reliability = new double[kinds * 2 * DECILES * 3];
  }

  int score(int k, int h, int c, int r) {
    return (((k * horizon + h - 1) * classes + c) * 3 + r) * SCORE_FIELDS;
  }

  int odds(int k, int m, int y, int r) {
    return (((k * MULTIPLES.length + m) * YEARS.length + y) * 3 + r) * ODDS_FIELDS;
  }

  int pit(int k, int h, int r) {
    return ((k * horizon + h - 1) * 2 + r) * PIT_BINS;
  }

  int reliability(int k, int r, int decile) {
    return ((k * 2 + r) * DECILES + decile) * 3;
  }

  void add(Tally o) {
    for (int i = 0; i < scores.length; i++) {
      scores[i] += o.scores[i];
    }
    for (int i = 0; i < odds.length; i++) {
      odds[i] += o.odds[i];
    }
    for (int i = 0; i < pit.length; i++) {
      pit[i] += o.pit[i];
    }
    for (int i = 0; i < reliability.length; i++) {
      reliability[i] += o.reliability[i];
    }
  }

  /**
   * Adds one synthetic target at one origin to cell (kind k, multiple m, years y, recalibration r):
   * the predicted P(met), the outcome (0 or 1) and the climatology's prediction, with the decile of
   * P for the reliability diagram (raw and held-out only).
   */
  void addOdds(int k, int m, int y, int r, double p, double outcome, double clim) {
    int at = odds(k, m, y, r);
    odds[at]++;
    odds[at + 1] += p;
    odds[at + 2] += outcome;
    odds[at + 3] += (p - outcome) * (p - outcome);
    odds[at + 4] += (clim - outcome) * (clim - outcome);
    if (r < 2) {
      int d = reliability(k, r, Math.min(DECILES - 1, (int) (p * DECILES)));
      reliability[d]++;
      reliability[d + 1] += p;
      reliability[d + 2] += outcome;
    }
  }
}
