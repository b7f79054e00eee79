package org.tradetarget.core.simulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.tradetarget.core.model.StateSpace;

/**
 * One run of the Monte Carlo engine; see {@link MonteCarlo} for what it computes. Every array is
 * allocated in the constructor; the year loop allocates nothing.
 */
final class Engine implements AutoCloseable {
  private static final int BLOCK = MonteCarlo.BLOCK_PATHS;
  private static final int BINS = MonteCarlo.BINS;
  /** Histogram slots: bin 0 and bin BINS + 1 take everything below and above the range. */
  private static final int SLOTS = BINS + 2;
  /**
   * Each thread keeps this many interleaved histograms (path p counts in copy p mod LANES):
   * consecutive increments then hit different arrays, which measured about three times faster.
   */
  private static final int LANES = 4;
  private static final int D_FIELDS = 5;
  private static final int I_FIELDS = 3;

  private final SimulationSpec spec;
  private final int n;
  private final int horizon;
  private final int k;
  private final int blocks;
  private final int samples;

  // Per series.
  private final String[] names;
  private final StateSpace[] models;
  private final int[] stateSize;
  private final double[] sigma;
  private final double[] baseLog;
  private final int[] baseYear;
  private final int[] offset;
  private final double[] target;
  private final double[] logTarget;
  private final int[] deadlineStep;
  private final double[][] residuals;
  private final double[] driftSe;
  private final boolean[] keyedInit;
  private final boolean keyed;

  // Shock settings.
  private final boolean bootstrap;
  private final boolean studentT;
  private final double nu;
  private final double[][] chol;
  private final boolean jumps;
  private final double jumpProb;
  private final double jumpMean;
  private final double jumpSd;
  private final boolean reverting;
  private final double phi;
  private final boolean simpleNormal;

  // Per path.
  private final double[][] state;
  private final double[][] obs;
  private final short[][] first;
  private final short[][] slot;
  private final double[][] zeroState;
  private final double[][] devPrev;
  private final double[][] reverted;

  // Per block.
  private final UniformRandomProvider[] rngs;
  private final ContinuousSampler[] normals;
  private final ContinuousSampler[] chiSquares;
  private final double[][] blockD;
  private final int[][] blockI;
  private final int[] jointPerBlock;

  // Threads.
  private final Team team;
  private final Worker[] workers;
  private final AtomicInteger nextBlock = new AtomicInteger();
  private int year;
  private int current;

  // Quantile pass.
  private final double[] histLo;
  private final double[] histScale;
  private final double[] prevMean;
  private final double[] prevSd;
  private final double spreadFactor;
  private final int[] ranks;
  private final int[] loRank;
  private final int[] hiRank;
  private final double[] quantileP;
  /** Per series: the merged histogram, marked slots and rank slots of the year awaiting its gather. */
  private final int[][] merged;
  private final boolean[][] marked;
  private final int[][] rankBin;
  /** Per series: whether the values of the last summarised year still have to be gathered. */
  private final boolean[] pending;
  /** Per series: the gathered values, block b's in [b·BLOCK, b·BLOCK + gatherCount[c][b]). */
  private final double[][] scratch;
  private final int[][] gatherCount;
  private final int[] localRanks;
  private final double[] rankValue;

  // Results.
  private final double[][] mean;
  private final double[][][] quantiles;
  private final int[][] atOrAbove;
  private final int[][] firstPassage;
  private final SeriesSummary.DeadlineTally[] tallies;
  private final double[][][] samplePaths;

  private final IntConsumer initPhase = this::initPhase;
  private final IntConsumer advancePhase = this::advancePhase;
  private final IntConsumer gatherPhase = this::gatherPhase;
  private final IntConsumer rangePhase = this::rangePhase;
  private final IntConsumer histogramPhase = this::histogramPhase;
  private final IntConsumer jointPhase = this::jointPhase;

  Engine(List<SimulatedSeries> series, Correlation correlation, SimulationSpec spec) {
    if (series == null || series.isEmpty()) {
      throw new IllegalArgumentException("at least one series is needed");
    }
    this.spec = spec;
    this.n = spec.paths();
    this.horizon = spec.horizon();
    this.k = series.size();
    this.blocks = (n + BLOCK - 1) / BLOCK;
    this.samples = spec.samplePaths();
    Shocks shocks = spec.shocks();
    this.bootstrap = shocks.model() == ShockModel.BOOTSTRAP;
    this.studentT = shocks.model() == ShockModel.STUDENT_T;
    this.nu = shocks.degreesOfFreedom();
    if (correlation != null && correlation.size() != k) {
      throw new IllegalArgumentException("correlation matrix is " + correlation.size() + " x " + correlation.size()
          + " but there are " + k + " series");
    }
    boolean correlated = correlation != null && !correlation.isIdentity();
    if (correlated && bootstrap) {
      throw new IllegalArgumentException("bootstrap shocks cannot be correlated; use normal or t shocks with a"
          + " correlation matrix, or bootstrap without one");
    }
    this.chol = correlated ? correlation.cholesky() : null;
    Optional<CrisisJumps> j = spec.jumps();
    this.jumps = j.isPresent() && j.get().probability() > 0;
    this.jumpProb = j.map(CrisisJumps::probability).orElse(0.0);
    this.jumpMean = j.map(CrisisJumps::meanLogSize).orElse(0.0);
    this.jumpSd = j.map(CrisisJumps::sdLogSize).orElse(0.0);
    this.phi = spec.persistence();
    this.reverting = phi < 1.0;
    this.simpleNormal = k == 1 && shocks.model() == ShockModel.NORMAL && !jumps;

    names = new String[k];
    models = new StateSpace[k];
    stateSize = new int[k];
    sigma = new double[k];
    baseLog = new double[k];
    baseYear = new int[k];
    offset = new int[k];
    target = new double[k];
    logTarget = new double[k];
    deadlineStep = new int[k];
    residuals = new double[k][];
    driftSe = new double[k];
    keyedInit = new boolean[k];
    boolean anyKeyed = false;
    int y0 = Integer.MAX_VALUE;
    HashSet<String> seen = new HashSet<>();
    for (int c = 0; c < k; c++) {
      SimulatedSeries s = series.get(c);
      if (!seen.add(s.name())) {
        throw new IllegalArgumentException("series name " + s.name() + " appears twice; names must be distinct");
      }
      names[c] = s.name();
      models[c] = s.model();
      keyedInit[c] = s.model().randomInitialState();
      anyKeyed |= keyedInit[c];
      stateSize[c] = s.model().stateSize();
      sigma[c] = s.model().sigma();
      baseLog[c] = s.model().baseLog();
      baseYear[c] = s.model().baseYear();
      y0 = Math.min(y0, baseYear[c]);
      residuals[c] = s.residualsShared();
      if (bootstrap && residuals[c].length == 0) {
        throw new IllegalArgumentException("series " + names[c] + ": bootstrap shocks need residuals; none given");
      }
      if (!(sigma[c] >= 0) || !Double.isFinite(sigma[c]) || !Double.isFinite(baseLog[c])) {
        throw new IllegalArgumentException("series " + names[c] + ": model sigma " + sigma[c] + " and base log "
            + baseLog[c] + " must be finite, sigma >= 0");
      }
      driftSe[c] = spec.parameterUncertainty() ? s.model().driftStandardError() : 0.0;
      target[c] = s.target().orElse(Double.NaN);
      logTarget[c] = s.target().isPresent() ? StrictMath.log(target[c]) : Double.POSITIVE_INFINITY;
    }
    keyed = anyKeyed;
    for (int c = 0; c < k; c++) {
      offset[c] = baseYear[c] - y0;
      if (offset[c] >= horizon) {
        throw new IllegalArgumentException("series " + names[c] + ": base year " + baseYear[c]
            + " leaves no checkpoint within the horizon " + (y0 + 1) + ".." + (y0 + horizon));
      }
      OptionalInt d = series.get(c).deadline();
      deadlineStep[c] = -1;
      if (d.isPresent()) {
        int step = d.getAsInt() - baseYear[c];
        if (step < 1 || step > horizon - offset[c]) {
          throw new IllegalArgumentException("series " + names[c] + ": deadline " + d.getAsInt()
              + " is not a checkpoint; expected a year from " + (baseYear[c] + 1) + " to " + (y0 + horizon)
              + " (extend the horizon for a later deadline)");
        }
        deadlineStep[c] = step;
      }
    }

    // Per-path arrays.
    state = new double[k][];
    obs = new double[k][n];
    first = new short[k][];
    slot = new short[k][n];
    zeroState = new double[k][];
    devPrev = new double[k][];
    reverted = new double[k][];
    for (int c = 0; c < k; c++) {
      state[c] = new double[Math.multiplyExact(n, stateSize[c])];
      first[c] = new short[n];
      if (reverting) {
        zeroState[c] = new double[n * stateSize[c]];
        devPrev[c] = new double[n];
        reverted[c] = new double[n];
      }
    }

    // Per-block streams: block b uses the seeded generator after b jumps of 2^64 draws.
    rngs = new UniformRandomProvider[blocks];
    normals = new ContinuousSampler[blocks];
    chiSquares = studentT ? new ContinuousSampler[blocks] : null;
    JumpableUniformRandomProvider master =
        (JumpableUniformRandomProvider) RandomSource.XO_RO_SHI_RO_128_PP.create(spec.seed());
    for (int b = 0; b < blocks; b++) {
      UniformRandomProvider r = master.jump();
      rngs[b] = r;
      normals[b] = ZigguratSampler.NormalizedGaussian.of(r);
      if (studentT) {
        chiSquares[b] = AhrensDieterMarsagliaTsangGammaSampler.of(r, nu / 2, 2.0);
      }
    }
    blockD = new double[k][blocks * D_FIELDS];
    blockI = new int[k][blocks * I_FIELDS];
    jointPerBlock = new int[blocks];

    int size = Math.max(1, Math.min(spec.threads(), blocks));
    workers = new Worker[size];
    for (int w = 0; w < size; w++) {
      workers[w] = new Worker(k);
    }

    // Quantile ranks: type 7, h = (N - 1) p.
    quantileP = spec.quantiles();
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

    mean = new double[k][];
    quantiles = new double[k][][];
    atOrAbove = new int[k][];
    firstPassage = new int[k][];
    tallies = new SeriesSummary.DeadlineTally[k];
    samplePaths = new double[k][][];
    for (int c = 0; c < k; c++) {
      int h = horizon - offset[c];
      mean[c] = new double[h];
      quantiles[c] = new double[q][h];
      boolean hasTarget = !Double.isNaN(target[c]);
      atOrAbove[c] = new int[hasTarget ? h : 0];
      firstPassage[c] = new int[hasTarget ? h : 0];
      samplePaths[c] = new double[samples][h];
    }
    team = new Team(size);
  }

  /** Per-thread scratch: shocks of one block, a histogram per series, min and max per series. */
  private static final class Worker {
    final double[] eps;
    final double[] z;
    final int[][] hist;
    final double[] min;
    final double[] max;

    Worker(int k) {
      eps = new double[k * BLOCK];
      z = new double[k];
      hist = new int[k][LANES * SLOTS];
      min = new double[k];
      max = new double[k];
    }
  }

  SimulationResult run() {
    return run(t -> { });
  }

  /** Runs, telling {@code yearDone} the number of each simulated year as soon as it is summarised. */
  SimulationResult run(java.util.function.IntConsumer yearDone) {
    nextBlock.set(0);
    team.run(initPhase);
    for (int c = 0; c < k; c++) {
      predictFirstYear(c);
    }
    for (int t = 1; t <= horizon; t++) {
      year = t;
      nextBlock.set(0);
      team.run(advancePhase);
      for (int c = 0; c < k; c++) {
        int step = t - offset[c];
        if (step >= 1) {
          if (pending[c]) {
            finishQuantiles(c, step - 2);
          }
          summarise(c, step);
        }
      }
      yearDone.accept(t);
    }
    // The last year's values were not overwritten by a next year: gather them in a pass of their own.
    for (int c = 0; c < k; c++) {
      if (pending[c]) {
        current = c;
        nextBlock.set(0);
        team.run(gatherPhase);
        finishQuantiles(c, horizon - offset[c] - 1);
      }
    }
    OptionalInt joint = OptionalInt.empty();
    boolean anyDeadline = Arrays.stream(deadlineStep).anyMatch(d -> d > 0);
    if (anyDeadline) {
      nextBlock.set(0);
      team.run(jointPhase);
      int sum = 0;
      for (int b = 0; b < blocks; b++) {
        sum += jointPerBlock[b];
      }
      joint = OptionalInt.of(sum);
    }
    List<SeriesSummary> out = new ArrayList<>(k);
    for (int c = 0; c < k; c++) {
      int h = horizon - offset[c];
      int[] years = new int[h];
      for (int s = 1; s <= h; s++) {
        years[s - 1] = baseYear[c] + s;
      }
      out.add(new SeriesSummary(names[c], baseYear[c], StrictMath.exp(baseLog[c]), years, mean[c], quantileP,
          quantiles[c], Double.isNaN(target[c]) ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(target[c]),
          deadlineStep[c] > 0 ? OptionalInt.of(baseYear[c] + deadlineStep[c]) : OptionalInt.empty(),
          atOrAbove[c], firstPassage[c], Optional.ofNullable(tallies[c]), samplePaths[c]));
    }
    return new SimulationResult(spec, out, joint);
  }

  // ---------------------------------------------------------------- phases (run on every member)

  private void initPhase(int member) {
    int b;
    while ((b = nextBlock.getAndIncrement()) < blocks) {
      int from = b * BLOCK;
      int to = Math.min(n, from + BLOCK);
      ContinuousSampler g = normals[b];
      // Path keys for models with per-path randomness: a SplitMix64 sequence seeded by a hash of the
      // seed and the block number. It takes nothing from the block's shock stream, so adding or
      // removing a lever or a macro path leaves every shock as it was (common random numbers).
      long blockKey = keyed ? mix(mix(spec.seed() ^ KEY_SALT) + (b + 1) * GOLDEN) : 0L;
      for (int p = from; p < to; p++) {
        long pathKey = keyed ? mix(blockKey + (p - from + 1) * GOLDEN) : 0L;
        for (int c = 0; c < k; c++) {
          int off = p * stateSize[c];
          if (keyedInit[c]) {
            models[c].initialState(state[c], off, pathKey);
            if (reverting) {
              models[c].initialState(zeroState[c], off, pathKey);
            }
          } else {
            models[c].initialState(state[c], off);
            if (reverting) {
              models[c].initialState(zeroState[c], off);
            }
          }
          if (driftSe[c] > 0) {
            double delta = driftSe[c] * g.sample();
            models[c].shiftDrift(state[c], off, delta);
            if (reverting) {
              models[c].shiftDrift(zeroState[c], off, delta);
            }
          }
        }
      }
    }
  }

  private void advancePhase(int member) {
    Worker wk = workers[member];
    for (int c = 0; c < k; c++) {
      Arrays.fill(wk.hist[c], 0);
    }
    int t = year;
    int b;
    while ((b = nextBlock.getAndIncrement()) < blocks) {
      int from = b * BLOCK;
      int to = Math.min(n, from + BLOCK);
      drawShocks(b, wk, to - from);
      for (int c = 0; c < k; c++) {
        int step = t - offset[c];
        if (step >= 1) {
          advance(c, b, from, to, wk, step);
        }
      }
    }
  }

  /** SplitMix64's increment. */
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  /** Separates the path-key sequence from other uses of the seed. */
  private static final long KEY_SALT = 0x3C6EF372FE94F82BL;

  /** SplitMix64's output function. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Fills eps[c * BLOCK + i] with the log-scale shock of series c on path from + i (all series,
   * started or not, so that a path's draws never depend on the base years). Per path the draws
   * come in a fixed order: one normal per series (or one residual index per series), the χ² of t
   * shocks, the crisis uniform, then one normal per series for the jump sizes.
   */
  private void drawShocks(int b, Worker wk, int len) {
    double[] e = wk.eps;
    ContinuousSampler g = normals[b];
    if (simpleNormal) {
      double s = sigma[0];
      for (int i = 0; i < len; i++) {
        e[i] = s * g.sample();
      }
      return;
    }
    UniformRandomProvider r = rngs[b];
    double[] z = wk.z;
    for (int i = 0; i < len; i++) {
      if (bootstrap) {
        for (int c = 0; c < k; c++) {
          double[] res = residuals[c];
          e[c * BLOCK + i] = res[r.nextInt(res.length)];
        }
      } else {
        for (int c = 0; c < k; c++) {
          z[c] = g.sample();
        }
        double f = studentT ? Math.sqrt((nu - 2) / chiSquares[b].sample()) : 1.0;
        if (chol != null) {
          for (int c = k - 1; c >= 0; c--) {
            double[] row = chol[c];
            double acc = 0;
            for (int j = 0; j <= c; j++) {
              acc += row[j] * z[j];
            }
            z[c] = acc;
          }
        }
        for (int c = 0; c < k; c++) {
          e[c * BLOCK + i] = sigma[c] * f * z[c];
        }
      }
      if (jumps && r.nextDouble() < jumpProb) {
        for (int c = 0; c < k; c++) {
          e[c * BLOCK + i] += jumpMean + jumpSd * g.sample();
        }
      }
    }
  }

  /**
   * One year of series c on the paths [from, to) of block b, as a few tight loops over the block
   * (measured 10-15 % faster than one loop doing everything): gather the previous year's values
   * whose histogram slot holds a needed rank (before they are overwritten); step the model with the
   * shocks of the worker's buffer ({@link StateSpace#stepBlock}, or step by step with persistence);
   * in one loop, add the values to the sums and fill the slots, the histogram and the target counts
   * (the sums are a latency-bound chain of additions that the histogram work overlaps: about 5 %
   * faster than two loops); in the deadline year, the shortfall sums.
   */
  private void advance(int c, int b, int from, int to, Worker wk, int step) {
    StateSpace m = models[c];
    int ss = stateSize[c];
    double[] st = state[c];
    double[] ob = obs[c];
    short[] sl = slot[c];
    short[] fp = first[c];
    int[] hist = wk.hist[c];
    double[] e = wk.eps;
    int eOff = c * BLOCK;
    boolean rev = reverting;
    double ph = phi;
    double[] zs = zeroState[c];
    double[] dp = devPrev[c];
    double[] rv = reverted[c];
    boolean gather = pending[c];
    boolean[] mk = marked[c];
    double[] buf = scratch[c];
    int pos = from;
    double lo = histLo[c];
    double scale = histScale[c];
    double shift = baseLog[c];
    double lnT = logTarget[c];
    double tv = target[c];
    short mark = (short) step;
    boolean atDeadline = step == deadlineStep[c];
    double sumV = 0;
    double sumD = 0;
    double sumD2 = 0;
    double sf = 0;
    double sf2 = 0;
    int above = 0;
    int newly = 0;
    int below = 0;
    if (gather) {
      for (int p = from; p < to; p++) {
        if (mk[sl[p]]) {
          buf[pos++] = ob[p];
        }
      }
    }
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
      int j = bin(x, lo, scale);
      sl[p] = (short) j;
      hist[(p & (LANES - 1)) * SLOTS + j]++;
      // Branch-free (the comparison is unpredictable while the paths cross the target): h = 1 when
      // x >= lnT, from the sign of x − lnT (for finite x, x − lnT is +0.0 when equal and negative
      // only when x < lnT; a non-finite x fails the summary of the year); nw = 1 when the path is at
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
          double s = Math.max(tv - FastExp.exp(x), 0.0);
          below++;
          sf += s;
          sf2 += s * s;
        }
      }
    }
    gatherCount[c][b] = pos - from;
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

  /**
   * The histogram slot of a log value: monotone non-decreasing in x, so slots order the values;
   * slot 0 and slot BINS + 1 take everything outside [lo, lo + BINS / scale).
   */
  static int bin(double x, double lo, double scale) {
    int j = (int) ((x - lo) * scale + 1.0);
    return Math.min(Math.max(j, 0), SLOTS - 1);
  }

  /** A static share of the paths for member w of the team. */
  private int shareFrom(int member) {
    return (int) ((long) n * member / workers.length);
  }

  /** Gathers the marked values of the current series without stepping (after the last year). */
  private void gatherPhase(int member) {
    double[] ob = obs[current];
    short[] sl = slot[current];
    boolean[] mk = marked[current];
    double[] buf = scratch[current];
    int b;
    while ((b = nextBlock.getAndIncrement()) < blocks) {
      int from = b * BLOCK;
      int to = Math.min(n, from + BLOCK);
      int pos = from;
      for (int p = from; p < to; p++) {
        if (mk[sl[p]]) {
          buf[pos++] = ob[p];
        }
      }
      gatherCount[current][b] = pos - from;
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
    workers[member].min[current] = mn;
    workers[member].max[current] = mx;
  }

  private void histogramPhase(int member) {
    int from = shareFrom(member);
    int to = shareFrom(member + 1);
    double[] ob = obs[current];
    short[] sl = slot[current];
    int[] hist = workers[member].hist[current];
    Arrays.fill(hist, 0);
    double lo = histLo[current];
    double scale = histScale[current];
    for (int p = from; p < to; p++) {
      int j = bin(ob[p], lo, scale);
      sl[p] = (short) j;
      hist[(p & (LANES - 1)) * SLOTS + j]++;
    }
  }

  private void jointPhase(int member) {
    int b;
    while ((b = nextBlock.getAndIncrement()) < blocks) {
      int from = b * BLOCK;
      int to = Math.min(n, from + BLOCK);
      int count = 0;
      for (int p = from; p < to; p++) {
        boolean all = true;
        for (int c = 0; c < k && all; c++) {
          int d = deadlineStep[c];
          if (d > 0) {
            int f = first[c][p];
            all = f != 0 && f <= d;
          }
        }
        if (all) {
          count++;
        }
      }
      jointPerBlock[b] = count;
    }
  }

  // ---------------------------------------------------------------- serial steps

  /**
   * Combines the blocks of series c at a step in block order, records the year's sums and counts,
   * marks the histogram slots that hold the needed ranks (the values are gathered while the next
   * year overwrites them) and predicts the next year's histogram range.
   */
  private void summarise(int c, int step) {
    double sumV = 0;
    double sumD = 0;
    double sumD2 = 0;
    double sf = 0;
    double sf2 = 0;
    int above = 0;
    int newly = 0;
    int below = 0;
    double[] bd = blockD[c];
    int[] bi = blockI[c];
    for (int b = 0; b < blocks; b++) {
      int o = b * D_FIELDS;
      sumV += bd[o];
      sumD += bd[o + 1];
      sumD2 += bd[o + 2];
      sf += bd[o + 3];
      sf2 += bd[o + 4];
      int oi = b * I_FIELDS;
      above += bi[oi];
      newly += bi[oi + 1];
      below += bi[oi + 2];
    }
    if (!Double.isFinite(sumD) || !Double.isFinite(sumD2)) {
      throw new IllegalStateException("series " + names[c] + ": the model produced a non-finite log value in "
          + (baseYear[c] + step) + "; check its parameters (sigma " + sigma[c] + ")");
    }
    int t = step - 1;
    mean[c][t] = sumV / n;
    if (atOrAbove[c].length > 0) {
      atOrAbove[c][t] = above;
      firstPassage[c][t] = newly;
    }
    if (step == deadlineStep[c]) {
      tallies[c] = new SeriesSummary.DeadlineTally(below, sf, sf2);
    }
    double[] ob = obs[c];
    for (int j = 0; j < samples; j++) {
      samplePaths[c][j][t] = StrictMath.exp(ob[j]);
    }
    markQuantileSlots(c, t);
    double m = baseLog[c] + sumD / n;
    double sd = Math.sqrt(Math.max(sumD2 / n - (sumD / n) * (sumD / n), 0.0));
    predict(c, m, sd);
  }

  /**
   * Merges the threads' histograms of series c and marks the slots holding the needed ranks; when
   * the predicted range was poor (the marked slots hold too many values) rebuilds the histogram over
   * the exact range first. When every value is equal the quantiles are set at once.
   */
  private void markQuantileSlots(int c, int t) {
    current = c;
    mergeHistograms(c);
    long load = markSlots(c);
    if (load > n / 16 + 4 * BINS) {
      clearMarks(c);
      team.run(rangePhase);
      double mn = Double.POSITIVE_INFINITY;
      double mx = Double.NEGATIVE_INFINITY;
      for (Worker w : workers) {
        mn = Math.min(mn, w.min[c]);
        mx = Math.max(mx, w.max[c]);
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

  /** The exact type-7 quantiles of series c at checkpoint index t from its gathered values. */
  private void finishQuantiles(int c, int t) {
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
    int[] hist = merged[c];
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
      cum += hist[s];
      if (mk[s]) {
        gatheredBelow += hist[s];
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
      double h = (n - 1) * quantileP[i];
      double frac = h - loRank[i];
      quantiles[c][i][t] = frac == 0 ? vLo : vLo + frac * (vHi - vLo);
    }
  }

  private void mergeHistograms(int c) {
    int[] out = merged[c];
    Arrays.fill(out, 0);
    for (Worker w : workers) {
      int[] h = w.hist[c];
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
    int[] hist = merged[c];
    int[] rb = rankBin[c];
    long cum = 0;
    int r = 0;
    long load = 0;
    for (int s = 0; s < SLOTS && r < ranks.length; s++) {
      long next = cum + hist[s];
      boolean hit = false;
      while (r < ranks.length && ranks[r] < next) {
        rb[r++] = s;
        hit = true;
      }
      if (hit) {
        marked[c][s] = true;
        load += hist[s];
      }
      cum = next;
    }
    return load;
  }

  /** The first year's range: the zero-shock step ± the spread of one year's shock. */
  private void predictFirstYear(int c) {
    double[] tmp = new double[stateSize[c]];
    models[c].initialState(tmp, 0);
    double m1 = models[c].step(tmp, 0, 0.0);
    double var;
    if (bootstrap) {
      double s2 = 0;
      for (double r : residuals[c]) {
        s2 += r * r;
      }
      var = s2 / residuals[c].length;
    } else {
      var = sigma[c] * sigma[c];
    }
    if (jumps) {
      var += jumpProb * (jumpMean * jumpMean + jumpSd * jumpSd);
    }
    var += driftSe[c] * driftSe[c];
    prevMean[c] = baseLog[c];
    prevSd[c] = 0;
    setRange(c, m1, Math.sqrt(var));
  }

  /** Predicts the next year's log mean and sd from this year's and the previous year's. */
  private void predict(int c, double m, double sd) {
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

  @Override
  public void close() {
    team.close();
  }
}
