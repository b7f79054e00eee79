package org.tradetarget.core.simulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * One run of the Monte Carlo engine; see {@link MonteCarlo} for what it computes. This class
 * orchestrates: it wires the parts together, runs the parallel phases on its {@link Team} and the
 * serial steps between them, combines the blocks' sums in block order and builds the result. The
 * parts: {@link RunSetup} (checked inputs), {@link ShockDraws} (random streams and shocks), {@link
 * PathStepper} (per-path work) and {@link ExactQuantiles} (the quantile pipeline). Every array is
 * allocated in the constructor; the year loop allocates nothing.
 */
final class Engine implements AutoCloseable {
  private static final int BLOCK = MonteCarlo.BLOCK_PATHS;
  private static final int D_FIELDS = PathStepper.D_FIELDS;
  private static final int I_FIELDS = PathStepper.I_FIELDS;

  private final RunSetup s;
  private final int n;
  private final int k;
  private final int blocks;
  private final ShockDraws shocks;
  private final ExactQuantiles quantiles;
  private final PathStepper stepper;
  private final double[] quantileP;
  private final double[][] obs;
  private final int[] jointPerBlock;

  // Threads.
  private final Team team;
  private final Worker[] workers;
  private final AtomicInteger nextBlock = new AtomicInteger();
  private int year;

  // Results.
  private final double[][] mean;
  private final int[][] atOrAbove;
  private final int[][] firstPassage;
  private final SeriesSummary.DeadlineTally[] tallies;
  private final double[][][] samplePaths;

  private final IntConsumer initPhase = this::initPhase;
  private final IntConsumer advancePhase = this::advancePhase;
  private final IntConsumer jointPhase = this::jointPhase;

  /**
   * Checks the inputs ({@link RunSetup}), allocates every array of the run and starts the team.
   *
   * @throws IllegalArgumentException for inputs that do not fit together, as {@link RunSetup}
   */
  Engine(List<SimulatedSeries> series, Correlation correlation, SimulationSpec spec) {
    s = new RunSetup(series, correlation, spec);
    n = s.n;
    k = s.k;
    blocks = s.blocks;
    obs = new double[k][n];
    quantileP = spec.quantiles();
    double[][] pathSigma = new double[k][];
    for (int c = 0; c < k; c++) {
      pathSigma[c] = s.perPathSigma[c] ? new double[n] : null;
    }
    shocks = new ShockDraws(
        spec.seed(), blocks, spec.shocks(), s.chol, spec.jumps(), s.sigma, s.residuals, pathSigma);
    int size = Math.max(1, Math.min(spec.threads(), blocks));
    workers = new Worker[size];
    for (int w = 0; w < size; w++) {
      workers[w] = new Worker(k);
    }
    jointPerBlock = new int[blocks];
    int[] checkpoints = new int[k];
    for (int c = 0; c < k; c++) {
      checkpoints[c] = s.checkpoints(c);
    }
    quantiles = new ExactQuantiles(quantileP, checkpoints, obs, size);
    stepper = new PathStepper(s, shocks, quantiles, obs);

    mean = new double[k][];
    atOrAbove = new int[k][];
    firstPassage = new int[k][];
    tallies = new SeriesSummary.DeadlineTally[k];
    samplePaths = new double[k][][];
    for (int c = 0; c < k; c++) {
      int h = checkpoints[c];
      mean[c] = new double[h];
      atOrAbove[c] = new int[s.hasTarget(c) ? h : 0];
      firstPassage[c] = new int[s.hasTarget(c) ? h : 0];
      samplePaths[c] = new double[s.samples][h];
    }
    // Last, so that a failed allocation leaves no thread behind.
    team = new Team(size);
  }

  /**
   * Per-member scratch: the shocks of one block (k · BLOCK) and one path's normals (k). Each
   * member's arrays are allocated together, so no two members write to one cache line per path.
   */
  private static final class Worker {
    final double[] eps;
    final double[] z;

    Worker(int k) {
      eps = new double[k * BLOCK];
      z = new double[k];
    }
  }

  SimulationResult run() {
    return run(t -> {});
  }

  /** Runs, telling {@code yearDone} the number of each simulated year as soon as it is summarised. */
  SimulationResult run(IntConsumer yearDone) {
    nextBlock.set(0);
    team.run(initPhase);
    for (int c = 0; c < k; c++) {
      predictFirstYear(c);
    }
    for (int t = 1; t <= s.horizon; t++) {
      year = t;
      nextBlock.set(0);
      team.run(advancePhase);
      for (int c = 0; c < k; c++) {
        int step = t - s.offset[c];
        if (step >= 1) {
          if (quantiles.pending(c)) {
            quantiles.finish(c, step - 2);
          }
          summarise(c, step);
        }
      }
      yearDone.accept(t);
    }
    // The last year's values were not overwritten by a next year: gather them in a pass of their
    // own.
    for (int c = 0; c < k; c++) {
      if (quantiles.pending(c)) {
        quantiles.gatherAll(c, team);
        quantiles.finish(c, s.checkpoints(c) - 1);
      }
    }
    OptionalInt joint = OptionalInt.empty();
    boolean anyDeadline = Arrays.stream(s.deadlineStep).anyMatch(d -> d > 0);
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
      int h = s.checkpoints(c);
      int[] years = new int[h];
      for (int step = 1; step <= h; step++) {
        years[step - 1] = s.baseYear[c] + step;
      }
      int d = s.deadlineStep[c];
      out.add(new SeriesSummary(
          s.names[c],
          s.baseYear[c],
          StrictMath.exp(s.baseLog[c]),
          years,
          mean[c],
          quantileP,
          quantiles.values(c),
          s.hasTarget(c) ? OptionalDouble.of(s.target[c]) : OptionalDouble.empty(),
          d > 0 ? OptionalInt.of(s.baseYear[c] + d) : OptionalInt.empty(),
          atOrAbove[c],
          firstPassage[c],
          Optional.ofNullable(tallies[c]),
          samplePaths[c]));
    }
    return new SimulationResult(s.spec, out, joint);
  }

  // ---------------------------------------------------------------- phases (run on every member)

  private void initPhase(int member) {
    int b;
    while ((b = nextBlock.getAndIncrement()) < blocks) {
      int from = b * BLOCK;
      stepper.init(b, from, Math.min(n, from + BLOCK));
    }
  }

  private void advancePhase(int member) {
    quantiles.clearHistograms(member);
    Worker wk = workers[member];
    double[] e = wk.eps;
    double[] zs = wk.z;
    int t = year;
    int b;
    while ((b = nextBlock.getAndIncrement()) < blocks) {
      int from = b * BLOCK;
      int to = Math.min(n, from + BLOCK);
      shocks.draw(b, from, e, zs, to - from);
      for (int c = 0; c < k; c++) {
        int step = t - s.offset[c];
        if (step >= 1) {
          stepper.advance(c, b, from, to, e, member, step);
        }
      }
    }
  }

  private void jointPhase(int member) {
    int[] deadlineStep = s.deadlineStep;
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
            int f = stepper.firstPassage(c)[p];
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
    double[] bd = stepper.blockSums(c);
    int[] bi = stepper.blockCounts(c);
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
      throw new IllegalStateException(
          "series " + s.names[c] + ": the model produced a non-finite log value in "
              + (s.baseYear[c] + step) + "; check its parameters (sigma " + s.sigma[c] + ")");
    }
    int t = step - 1;
    mean[c][t] = sumV / n;
    if (atOrAbove[c].length > 0) {
      atOrAbove[c][t] = above;
      firstPassage[c][t] = newly;
    }
    if (step == s.deadlineStep[c]) {
      tallies[c] = new SeriesSummary.DeadlineTally(below, sf, sf2);
    }
    double[] ob = obs[c];
    for (int j = 0; j < s.samples; j++) {
      samplePaths[c][j][t] = StrictMath.exp(ob[j]);
    }
    quantiles.mark(c, t, team);
    double m = s.baseLog[c] + sumD / n;
    double sd = Math.sqrt(Math.max(sumD2 / n - (sumD / n) * (sumD / n), 0.0));
    quantiles.predict(c, m, sd);
  }

  /**
   * The first year's histogram range of series c: the zero-shock step ± the spread of one year's
   * shock (and of the drift's draw under parameter uncertainty).
   */
  private void predictFirstYear(int c) {
    double[] tmp = new double[s.stateSize[c]];
    s.models[c].initialState(tmp, 0);
    double m1 = s.models[c].step(tmp, 0, 0.0);
    double var = shocks.meanSquare(c);
    if (s.parameterDraws[c] > 0) {
      double se = s.models[c].driftStandardError();
      var += se * se;
    }
    quantiles.startRange(c, s.baseLog[c], m1, Math.sqrt(var));
  }

  /**
   * The histogram slot of a log value, as {@link ExactQuantiles#bin} (kept here for the callers that
   * knew it as the engine's).
   */
  static int bin(double x, double lo, double scale) {
    return ExactQuantiles.bin(x, lo, scale);
  }

  @Override
  public void close() {
    team.close();
  }
}
