package org.tradetarget.core.simulate;

import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.tradetarget.core.model.StateSpace;

/**
 * The per-path work of the engine, one block of paths at a time: the paths' initial states, and
 * one year's step of one series with everything the year's summary needs from each path (the sums
 * for the mean and the predicted range, the histogram slots, the target and first-passage counts,
 * the deadline shortfall). It owns the per-path state (model states, first-passage years, the
 * mean-reversion bookkeeping) and writes the shared current log values; per block it leaves sums
 * and counts that {@link Engine} combines in block order. The inner loops call only the model, the
 * static {@link ExactQuantiles#bin} and {@link FastExp#exp}; this class and its collaborators are
 * final, so no new virtual call enters them.
 */
final class PathStepper {
  private static final int BLOCK = MonteCarlo.BLOCK_PATHS;
  private static final int SLOTS = ExactQuantiles.SLOTS;
  private static final int LANES = ExactQuantiles.LANES;
  /** Per block: Σ exp(x), Σ d, Σ d² (d = x − base log), Σ shortfall, Σ shortfall². */
  static final int D_FIELDS = 5;
  /** Per block: paths at or above the target, paths there for the first time, paths short at the deadline. */
  static final int I_FIELDS = 3;

  /** SplitMix64's increment. */
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  /** Separates the path-key sequence from other uses of the seed. */
  private static final long KEY_SALT = 0x3C6EF372FE94F82BL;

  private final RunSetup s;
  private final ShockDraws shocks;
  private final ExactQuantiles quantiles;
  private final int k;
  private final boolean reverting;
  private final double phi;

  // Per path.
  private final double[][] state;
  private final double[][] obs;
  private final short[][] first;
  private final double[][] zeroState;
  private final double[][] devPrev;
  private final double[][] reverted;

  // Per block.
  private final double[][] blockD;
  private final int[][] blockI;

  /**
   * Allocates the per-path state of a run.
   *
   * @param obs per series, the N current log values, shared with the quantile pipeline
   */
  PathStepper(RunSetup setup, ShockDraws shocks, ExactQuantiles quantiles, double[][] obs) {
    this.s = setup;
    this.shocks = shocks;
    this.quantiles = quantiles;
    this.k = setup.k;
    this.reverting = setup.reverting;
    this.phi = setup.phi;
    this.obs = obs;
    int n = setup.n;
    state = new double[k][];
    first = new short[k][];
    zeroState = new double[k][];
    devPrev = new double[k][];
    reverted = new double[k][];
    for (int c = 0; c < k; c++) {
      state[c] = new double[Math.multiplyExact(n, setup.stateSize[c])];
      first[c] = new short[n];
      if (reverting) {
        zeroState[c] = new double[n * setup.stateSize[c]];
        devPrev[c] = new double[n];
        reverted[c] = new double[n];
      }
    }
    blockD = new double[k][setup.blocks * D_FIELDS];
    blockI = new int[k][setup.blocks * I_FIELDS];
  }

  /** Per block b, the sums of series c's last step at [b · D_FIELDS, (b + 1) · D_FIELDS). */
  double[] blockSums(int c) {
    return blockD[c];
  }

  /** Per block b, the counts of series c's last step at [b · I_FIELDS, (b + 1) · I_FIELDS). */
  int[] blockCounts(int c) {
    return blockI[c];
  }

  /** Per path, the step at which series c was first at or above its target, or 0. */
  short[] firstPassage(int c) {
    return first[c];
  }

  /**
   * Sets the initial states of every series on the paths [from, to) of block b and, when parameter
   * uncertainty is on, draws each path's parameters ({@link StateSpace#drawParameters}) from the
   * block's normal stream: per path, per series in order, that series' {@link
   * StateSpace#parameterDraws()} standard normals.
   */
  void init(int b, int from, int to) {
    ContinuousSampler g = shocks.normal(b);
    boolean keyed = s.keyed;
    StateSpace[] models = s.models;
    int[] stateSize = s.stateSize;
    boolean[] keyedInit = s.keyedInit;
    int[] draws = s.parameterDraws;
    double[] z = new double[s.maxParameterDraws]; // per call: blocks run on several threads
    // Path keys for models with per-path randomness: a SplitMix64 sequence seeded by a hash of the
    // seed and the block number. It takes nothing from the block's shock stream, so adding or
    // removing a lever or a macro path leaves every shock as it was (common random numbers).
    long blockKey = keyed ? mix(mix(s.spec.seed() ^ KEY_SALT) + (b + 1) * GOLDEN) : 0L;
    for (int p = from; p < to; p++) {
      long pathKey = keyed ? mix(blockKey + (p - from + 1) * GOLDEN) : 0L;
      for (int c = 0; c < k; c++) {
        StateSpace m = models[c];
        int off = p * stateSize[c];
        if (keyedInit[c]) {
          m.initialState(state[c], off, pathKey);
          if (reverting) {
            m.initialState(zeroState[c], off, pathKey);
          }
        } else {
          m.initialState(state[c], off);
          if (reverting) {
            m.initialState(zeroState[c], off);
          }
        }
        double[] ps = shocks.pathSigma(c);
        if (ps != null) {
          ps[p] = m.pathSigma(state[c], off);
        }
        int nd = draws[c];
        if (nd > 0) {
          for (int j = 0; j < nd; j++) {
            z[j] = g.sample();
          }
          m.drawParameters(state[c], off, z, 0);
          if (reverting) {
            m.drawParameters(zeroState[c], off, z, 0);
          }
        }
      }
    }
  }

  /** SplitMix64's output function. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * One year of series c on the paths [from, to) of block b, as a few tight loops over the block
   * (measured 10-15 % faster than one loop doing everything): gather the previous year's values
   * whose histogram slot holds a needed rank (before they are overwritten; {@link
   * ExactQuantiles#gather}); step the model with the shocks e[c · BLOCK ..] ({@link
   * StateSpace#stepBlock}, or step by step with persistence); in one loop, add the values to the
   * sums and fill the slots, the member's histogram and the target counts (the sums are a
   * latency-bound chain of additions that the histogram work overlaps: about 5 % faster than two
   * loops); in the deadline year, the shortfall sums.
   *
   * @param e the block's shocks from {@link ShockDraws#draw}
   * @param member the team member running it (whose histogram counts the values)
   * @param step the series' step, 1 = the year after its base year
   */
  void advance(int c, int b, int from, int to, double[] e, int member, int step) {
    StateSpace m = s.models[c];
    int ss = s.stateSize[c];
    double[] st = state[c];
    double[] ob = obs[c];
    ExactQuantiles q = quantiles;
    short[] sl = q.slots(c);
    short[] fp = first[c];
    int[] hist = q.histogram(member, c);
    int eOff = c * BLOCK;
    boolean rev = reverting;
    double ph = phi;
    double[] zs = zeroState[c];
    double[] dp = devPrev[c];
    double[] rv = reverted[c];
    double lo = q.lo(c);
    double scale = q.scale(c);
    double shift = s.baseLog[c];
    double lnT = s.logTarget[c];
    double tv = s.target[c];
    short mark = (short) step;
    boolean atDeadline = step == s.deadlineStep[c];
    double sumV = 0;
    double sumD = 0;
    double sumD2 = 0;
    double sf = 0;
    double sf2 = 0;
    int above = 0;
    int newly = 0;
    int below = 0;
    q.gather(c, b, from, to);
    if (rev) {
      for (int p = from, i = eOff; p < to; p++, i++) {
        double x = m.step(st, p * ss, e[i]);
        double zp = m.step(zs, p * ss, 0.0);
        double dev = x - zp;
        double r = ph * rv[p] + (dev - dp[p]);
        dp[p] = dev;
        rv[p] = r;
        ob[p] = zp + r;
      }
    } else {
      m.stepBlock(st, from, to, e, eOff, ob);
    }
    for (int p = from; p < to; p++) {
      double x = ob[p];
      sumV += FastExp.exp(x);
      double d = x - shift;
      sumD += d;
      sumD2 += d * d;
      int j = ExactQuantiles.bin(x, lo, scale);
      sl[p] = (short) j;
      hist[(p & (LANES - 1)) * SLOTS + j]++;
      // Branch-free (the comparison is unpredictable while the paths cross the target): h = 1 when
      // x >= lnT, from the sign of x − lnT (for finite x, x − lnT is +0.0 when equal and negative
      // only when x < lnT; a non-finite x fails the summary of the year); nw = 1 when the path is
      // at
      // or above for the first time (its first-passage mark is still 0).
      int h = 1 - (int) (Double.doubleToRawLongBits(x - lnT) >>> 63);
      above += h;
      int f = fp[p];
      int nw = h & ((f - 1) >>> 31);
      fp[p] = (short) (f | (-nw & mark));
      newly += nw;
    }
    if (atDeadline) {
      for (int p = from; p < to; p++) {
        double x = ob[p];
        if (x < lnT) {
          double sh = Math.max(tv - FastExp.exp(x), 0.0);
          below++;
          sf += sh;
          sf2 += sh * sh;
        }
      }
    }
    double[] bd = blockD[c];
    int o = b * D_FIELDS;
    bd[o] = sumV;
    bd[o + 1] = sumD;
    bd[o + 2] = sumD2;
    bd[o + 3] = sf;
    bd[o + 4] = sf2;
    int[] bi = blockI[c];
    int oi = b * I_FIELDS;
    bi[oi] = above;
    bi[oi + 1] = newly;
    bi[oi + 2] = below;
  }
}
