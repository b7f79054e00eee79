package org.tradetarget.core.simulate;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The exact type-7 quantiles of every series and checkpoint, found without sorting N values a year
 * (see "Exact quantiles in parallel" in {@link MonteCarlo}). One year of series c goes through:
 *
 * <ol>
 *   <li>while the year is stepped, the stepper puts each new log value x of path p into histogram
 *       slot {@link #bin}(x, {@link #lo}(c), {@link #scale}(c)), records the slot in {@link
 *       #slots}(c)[p] and counts it in the member's {@link #histogram} (the counting is fused with
 *       the stepper's other per-path work, so it stays in the stepper's loop);
 *   <li>{@link #mark}: the members' histograms are merged, the slots holding the needed ranks are
 *       marked; when they hold too many values (a poor predicted range) the histogram is rebuilt
 *       over the exact range in two parallel passes first;
 *   <li>{@link #gather}: while the next year is stepped, each block first copies its values in
 *       marked slots (before they are overwritten); after the last year {@link #gatherAll} does it
 *       in a pass of its own;
 *   <li>{@link #finish}: a multi-quickselect over the few gathered values gives the order
 *       statistics, and type-7 interpolation the quantiles.
 * </ol>
 *
 * The range of the next year is predicted from the log mean and sd of the years so far ({@link
 * #startRange}, {@link #predict}). The quantiles are exact whatever the prediction; only the time
 * differs. Every array is allocated in the constructor; nothing here allocates per year.
 *
 * <p>One class of about 430 lines, on purpose: the four steps share the per-series marks, rank
 * slots, merged histograms and gathered values, and the stepper reads the range and writes the
 * slots; split further, these arrays would only be handed between classes.
 */
final class ExactQuantiles {
  private static final int BLOCK = MonteCarlo.BLOCK_PATHS;
  private static final int BINS = MonteCarlo.BINS;
  /** Histogram slots: slot 0 and slot BINS + 1 take everything below and above the range. */
  static final int SLOTS = BINS + 2;
  /**
   * Each member keeps this many interleaved histograms (path p counts in copy p mod LANES):
   * consecutive increments then hit different arrays, which measured about three times faster.
   */
  static final int LANES = 4;

  private final int n;
  private final int k;
  private final int blocks;
  /** Per series, the current log value of every path (written by the stepper). */
  private final double[][] obs;
  /** Per series, the histogram slot of every path's current log value. */
  private final short[][] slot;
  /** Per member and series: LANES interleaved histograms of SLOTS counts. */
  private final int[][][] hist;
  /** Per member and series: the least and greatest log value of the member's share (rebuild). */
  private final double[][] min;

  private final double[][] max;
  private final AtomicInteger nextBlock = new AtomicInteger();
  /** The series of the running parallel pass. */
  private int current;

  // The predicted range.
  private final double[] histLo;
  private final double[] histScale;
  private final double[] prevMean;
  private final double[] prevSd;
  private final double spreadFactor;

  // The ranks.
  private final double[] quantileP;
  /** The distinct 0-based ranks that the quantiles need, increasing. */
  private final int[] ranks;

  private final int[] loRank;
  private final int[] hiRank;
  private final int[] localRanks;
  private final double[] rankValue;

  /** Per series: the merged histogram, marked slots and rank slots of the year awaiting its gather. */
  private final int[][] merged;

  private final boolean[][] marked;
  private final int[][] rankBin;
  /** Per series: whether the values of the last marked year still have to be gathered. */
  private final boolean[] pending;
  /** Per series: the gathered values, block b's in [b·BLOCK, b·BLOCK + gatherCount[c][b]). */
  private final double[][] scratch;

  private final int[][] gatherCount;

  /** Per series: quantiles[c][i][t], the quantile of probability i at checkpoint index t. */
  private final double[][][] quantiles;

  /** How many times {@link #mark} rebuilt a histogram over the exact range (for tests). */
  int rebuilds;

  private final IntConsumer gatherPhase = this::gatherPhase;
  private final IntConsumer rangePhase = this::rangePhase;
  private final IntConsumer histogramPhase = this::histogramPhase;

  /**
   * Allocates the pipeline of {@code obs.length} series.
   *
   * @param quantileP the quantile probabilities, in [0, 1], strictly increasing
   * @param checkpoints per series, the number of checkpoints (the length of its quantile rows)
   * @param obs per series, the N current log values, shared with the stepper that writes them
   * @param members the size of the team that steps the paths and runs the parallel passes; {@link
   *     #histogram} has one per member
   */
  ExactQuantiles(double[] quantileP, int[] checkpoints, double[][] obs, int members) {
    this.k = obs.length;
    this.n = obs[0].length;
    this.blocks = (n + BLOCK - 1) / BLOCK;
    this.obs = obs;
    slot = new short[k][n];
    hist = new int[members][k][LANES * SLOTS];
    min = new double[members][k];
    max = new double[members][k];

    // Quantile ranks: type 7, h = (N - 1) p.
    this.quantileP = quantileP;
    int q = quantileP.length;
    loRank = new int[q];
    hiRank = new int[q];
    int[] all = new int[2 * q];
    double pMin = 0.5;
    for (int i = 0; i < q; i++) {
      double h = (n - 1) * quantileP[i];
      loRank[i] = (int) Math.floor(h);
      hiRank[i] = Math.min(loRank[i] + 1, n - 1);
      all[2 * i] = loRank[i];
      all[2 * i + 1] = hiRank[i];
      pMin = Math.min(pMin, Math.min(quantileP[i], 1 - quantileP[i]));
    }
    ranks = Arrays.stream(all).distinct().sorted().toArray();
    localRanks = new int[ranks.length];
    rankValue = new double[ranks.length];
    // Chebyshev: the p-quantile lies within mean ± sd/sqrt(min(p, 1 - p)); one sd more for the
    // prediction's error.
    spreadFactor = (pMin > 0 ? Math.min(1 / Math.sqrt(pMin), 12.0) : 12.0) + 1.0;
    merged = new int[k][SLOTS];
    marked = new boolean[k][SLOTS];
    rankBin = new int[k][ranks.length];
    pending = new boolean[k];
    scratch = new double[k][n];
    gatherCount = new int[k][blocks];
    histLo = new double[k];
    histScale = new double[k];
    prevMean = new double[k];
    prevSd = new double[k];
    quantiles = new double[k][][];
    for (int c = 0; c < k; c++) {
      quantiles[c] = new double[q][checkpoints[c]];
    }
  }

  /**
   * The histogram slot of a log value: monotone non-decreasing in x, so slots order the values;
   * slot 0 and slot BINS + 1 take everything outside [lo, lo + BINS / scale).
   */
  static int bin(double x, double lo, double scale) {
    int j = (int) ((x - lo) * scale + 1.0);
    return Math.min(Math.max(j, 0), SLOTS - 1);
  }

  // ---------------------------------------------------------------- used by the stepper, per block

  /** The lower end of series c's histogram range (log scale). */
  double lo(int c) {
    return histLo[c];
  }

  /** Slots per unit of log value of series c's histogram. */
  double scale(int c) {
    return histScale[c];
  }

  /** Per path, the slot of series c's current value; the stepper writes it with the value. */
  short[] slots(int c) {
    return slot[c];
  }

  /** The histogram (LANES × SLOTS counts, path p in lane p mod LANES) of series c on a member. */
  int[] histogram(int member, int c) {
    return hist[member][c];
  }

  /** Zeroes every histogram of a member (before it steps a year). */
  void clearHistograms(int member) {
    for (int c = 0; c < k; c++) {
      Arrays.fill(hist[member][c], 0);
    }
  }

  /**
   * Copies the values of series c on the paths [from, to) of block b that lie in marked slots, when
   * a marked year awaits its gather; call it before those values are overwritten.
   */
  void gather(int c, int b, int from, int to) {
    int pos = from;
    if (pending[c]) {
      double[] ob = obs[c];
      short[] sl = slot[c];
      boolean[] mk = marked[c];
      double[] buf = scratch[c];
      for (int p = from; p < to; p++) {
        if (mk[sl[p]]) {
          buf[pos++] = ob[p];
        }
      }
    }
    gatherCount[c][b] = pos - from;
  }

  // ---------------------------------------------------------------- serial steps

  /** Whether series c has a marked year whose values are still to be gathered and finished. */
  boolean pending(int c) {
    return pending[c];
  }

  /** The quantiles of series c: [probability index][checkpoint index], US$ million. */
  double[][] values(int c) {
    return quantiles[c];
  }

  /**
   * Merges the members' histograms of series c and marks the slots holding the needed ranks; when
   * the predicted range was poor (the marked slots hold too many values) rebuilds the histogram over
   * the exact range first. When every value is equal the quantiles of checkpoint index t are set at
   * once; otherwise they await {@link #gather} and {@link #finish}. A rebuild runs on {@code team},
   * of the size given to the constructor.
   */
  void mark(int c, int t, Team team) {
    current = c;
    mergeHistograms(c);
    long load = markSlots(c);
    if (load > n / 16 + 4 * BINS) {
      rebuilds++;
      clearMarks(c);
      team.run(rangePhase);
      double mn = Double.POSITIVE_INFINITY;
      double mx = Double.NEGATIVE_INFINITY;
      for (int w = 0; w < min.length; w++) {
        mn = Math.min(mn, min[w][c]);
        mx = Math.max(mx, max[w][c]);
      }
      if (mn == mx) {
        double v = StrictMath.exp(mn);
        for (int i = 0; i < quantileP.length; i++) {
          quantiles[c][i][t] = v;
        }
        pending[c] = false;
        return;
      }
      histLo[c] = mn;
      histScale[c] = Math.min(BINS / (mx - mn), 1e300);
      team.run(histogramPhase);
      mergeHistograms(c);
      markSlots(c);
    }
    pending[c] = true;
  }

  /** Gathers the marked values of series c without stepping (after the last year), in parallel on {@code team}. */
  void gatherAll(int c, Team team) {
    current = c;
    nextBlock.set(0);
    team.run(gatherPhase);
  }

  /** The exact type-7 quantiles of series c at checkpoint index t from its gathered values. */
  void finish(int c, int t) {
    double[] buf = scratch[c];
    int[] counts = gatherCount[c];
    int len = 0;
    for (int b = 0; b < blocks; b++) {
      int from = b * BLOCK;
      int cnt = counts[b];
      if (from != len) {
        System.arraycopy(buf, from, buf, len, cnt);
      }
      len += cnt;
    }
    // The rank among the gathered values: rank − (values in slots below) + (gathered values in
    // marked slots below).
    int[] h = merged[c];
    boolean[] mk = marked[c];
    int[] rb = rankBin[c];
    int cum = 0;
    int gatheredBelow = 0;
    int r = 0;
    for (int s = 0; s < SLOTS && r < ranks.length; s++) {
      while (r < ranks.length && rb[r] == s) {
        localRanks[r] = ranks[r] - cum + gatheredBelow;
        r++;
      }
      cum += h[s];
      if (mk[s]) {
        gatheredBelow += h[s];
      }
    }
    Select.select(buf, len, localRanks, 0, localRanks.length);
    for (int i = 0; i < ranks.length; i++) {
      rankValue[i] = buf[localRanks[i]];
    }
    clearMarks(c);
    pending[c] = false;
    for (int i = 0; i < quantileP.length; i++) {
      double vLo = StrictMath.exp(rankValue[Arrays.binarySearch(ranks, loRank[i])]);
      double vHi = StrictMath.exp(rankValue[Arrays.binarySearch(ranks, hiRank[i])]);
      double hr = (n - 1) * quantileP[i];
      double frac = hr - loRank[i];
      quantiles[c][i][t] = frac == 0 ? vLo : vLo + frac * (vHi - vLo);
    }
  }

  /**
   * The first year's range of series c: the zero-shock step {@code center} ± the spread of one
   * year's shock {@code sd}; {@code baseLog} is the log value of the base year.
   */
  void startRange(int c, double baseLog, double center, double sd) {
    prevMean[c] = baseLog;
    prevSd[c] = 0;
    setRange(c, center, sd);
  }

  /** Predicts the next year's range of series c from this year's log mean m and sd and the previous year's. */
  void predict(int c, double m, double sd) {
    double growth = prevSd[c] > 0 ? Math.min(Math.max(sd / prevSd[c], 1.0), 1.5) : 1.5;
    double mNext = m + (m - prevMean[c]);
    prevMean[c] = m;
    prevSd[c] = sd;
    setRange(c, mNext, sd * growth);
  }

  private void setRange(int c, double center, double sd) {
    double half = spreadFactor * sd;
    if (half > 0 && Double.isFinite(half) && Double.isFinite(center)) {
      histLo[c] = center - half;
      histScale[c] = BINS / (2 * half);
    } else {
      // No spread expected: one slot below, one at and one above the centre; the exact pass
      // follows if the values spread after all.
      histLo[c] = Double.isFinite(center) ? center : 0.0;
      histScale[c] = 1e300;
    }
  }

  private void mergeHistograms(int c) {
    int[] out = merged[c];
    Arrays.fill(out, 0);
    for (int[][] member : hist) {
      int[] h = member[c];
      for (int lane = 0; lane < LANES; lane++) {
        int o = lane * SLOTS;
        for (int s = 0; s < SLOTS; s++) {
          out[s] += h[o + s];
        }
      }
    }
  }

  private void clearMarks(int c) {
    for (int s : rankBin[c]) {
      marked[c][s] = false;
    }
  }

  /** Finds the slot of every needed rank, marks those slots and returns how many values they hold. */
  private long markSlots(int c) {
    int[] h = merged[c];
    int[] rb = rankBin[c];
    long cum = 0;
    int r = 0;
    long load = 0;
    for (int s = 0; s < SLOTS && r < ranks.length; s++) {
      long next = cum + h[s];
      boolean hit = false;
      while (r < ranks.length && ranks[r] < next) {
        rb[r++] = s;
        hit = true;
      }
      if (hit) {
        marked[c][s] = true;
        load += h[s];
      }
      cum = next;
    }
    return load;
  }

  // ---------------------------------------------------------------- parallel passes (every member)

  /** A static share of the paths for a member of the team. */
  private int shareFrom(int member) {
    return (int) ((long) n * member / hist.length);
  }

  /** Gathers the marked values of the current series, block by block, without stepping. */
  private void gatherPhase(int member) {
    int b;
    while ((b = nextBlock.getAndIncrement()) < blocks) {
      int from = b * BLOCK;
      gather(current, b, from, Math.min(n, from + BLOCK));
    }
  }

  private void rangePhase(int member) {
    int from = shareFrom(member);
    int to = shareFrom(member + 1);
    double[] ob = obs[current];
    double mn = Double.POSITIVE_INFINITY;
    double mx = Double.NEGATIVE_INFINITY;
    for (int p = from; p < to; p++) {
      double x = ob[p];
      mn = Math.min(mn, x);
      mx = Math.max(mx, x);
    }
    min[member][current] = mn;
    max[member][current] = mx;
  }

  private void histogramPhase(int member) {
    int from = shareFrom(member);
    int to = shareFrom(member + 1);
    double[] ob = obs[current];
    short[] sl = slot[current];
    int[] h = hist[member][current];
    Arrays.fill(h, 0);
    double lo = histLo[current];
    double scale = histScale[current];
    for (int p = from; p < to; p++) {
      int j = bin(ob[p], lo, scale);
      sl[p] = (short) j;
      h[(p & (LANES - 1)) * SLOTS + j]++;
    }
  }
}
