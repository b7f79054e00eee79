package org.tradetarget.core.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tradetarget.core.levers.PathDraws;

/**
 * {@code reference-class}: the corridor's last value carried forward along the log growth that k
 * matched reference pairs actually had ({@code docs/REFERENCE-CLASS.md}). Trajectory j gives the
 * log growth g_j(h) = ln v_j(a_j + h) − ln v_j(a_j) for h = 1..L.
 *
 * <p><b>Simulation.</b> Each path draws one trajectory from its path key ({@link
 * PathDraws#uniform}, stream {@code reference-class:pair}, counter 0): trajectory ⌊u·k⌋, so each
 * is followed by 1/k of the paths; its log value h steps ahead is x₀ + g_j(h). A path longer than L
 * follows a further trajectory, drawn the same way with counter s for its segment s, from its own
 * start, continuing from where the path is. The paths draw no shocks of their own (their per-path
 * σ is 0); crisis jumps, when the run has them, are added on top. P(met by year) and the first
 * passage are therefore read off real trajectories.
 *
 * <p><b>Point and intervals</b> are the empirical quantiles (R's type 7) of x₀ + g_j(h) over the k
 * trajectories (beyond L over {@value #CHAINED} chained draws by the simulation's rule with keys
 * 0, 1, ..); the point is the median, the mean the average value, {@code logPoint} ln of the
 * median and {@code logSe} the standard deviation of the log values.
 *
 * <p>State per path: [x, steps taken, key high, key low, trajectory].
 */
public final class ReferenceClassProjection implements Projection {
  /** Chained draws for the intervals beyond the trajectories' length. */
  static final int CHAINED = 4000;

  private static final long STREAM = PathDraws.streamId("reference-class:pair");

  private final int lastYear;
  private final double lastLog;
  private final double[][] growth;
  private final double[][] increments;
  private final int years;

  /**
   * @param lastYear the origin year
   * @param lastLog ln of the corridor's value at the origin
   * @param growth per matched pair, its log growth over 1..L years (all of length L ≥ 1), k ≥ 1
   */
  public ReferenceClassProjection(int lastYear, double lastLog, double[][] growth) {
    if (growth.length == 0 || growth[0].length == 0 || !Double.isFinite(lastLog)) {
      throw new IllegalArgumentException("reference-class needs at least one trajectory");
    }
    this.lastYear = lastYear;
    this.lastLog = lastLog;
    this.years = growth[0].length;
    this.growth = new double[growth.length][];
    this.increments = new double[growth.length][years];
    for (int j = 0; j < growth.length; j++) {
      if (growth[j].length != years) {
        throw new IllegalArgumentException("reference trajectories must share their length");
      }
      this.growth[j] = growth[j].clone();
      for (int h = 0; h < years; h++) {
        increments[j][h] = growth[j][h] - (h == 0 ? 0 : growth[j][h - 1]);
      }
    }
  }

  @Override
  public String kind() {
    return "reference-class";
  }

  @Override
  public int lastYear() {
    return lastYear;
  }

  @Override
  public int step() {
    return 1;
  }

  /** k, the number of trajectories. */
  public int trajectories() {
    return growth.length;
  }

  /** L, the years of each trajectory. */
  public int years() {
    return years;
  }

  /**
   * {@code pairs} (k), {@code years} (L), and the median and the 10 % and 90 % quantiles of the
   * pairs' mean log growth per year over L years.
   */
  @Override
  public Map<String, Double> parameters() {
    double[] g = new double[growth.length];
    for (int j = 0; j < g.length; j++) {
      g[j] = growth[j][years - 1] / years;
    }
    Arrays.sort(g);
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("pairs", (double) growth.length);
    m.put("years", (double) years);
    m.put("growth_p10", quantile(g, 0.1));
    m.put("growth_median", quantile(g, 0.5));
    m.put("growth_p90", quantile(g, 0.9));
    return m;
  }

  /** The sorted log growths h steps ahead that the intervals are read from. */
  double[] growthAt(int h) {
    double[] g;
    if (h <= years) {
      g = new double[growth.length];
      for (int j = 0; j < g.length; j++) {
        g[j] = growth[j][h - 1];
      }
    } else {
      g = new double[CHAINED];
      for (int m = 0; m < CHAINED; m++) {
        g[m] = chained(m, h);
      }
    }
    Arrays.sort(g);
    return g;
  }

  /** A path's log growth h steps ahead under the simulation's rule, for path key {@code key}. */
  double chained(long key, int h) {
    double total = 0;
    int left = h;
    int seg = 0;
    while (left > years) {
      total += growth[pick(key, seg)][years - 1];
      left -= years;
      seg++;
    }
    return total + growth[pick(key, seg)][left - 1];
  }

  private int pick(long key, int segment) {
    int k = growth.length;
    return Math.min(k - 1, (int) (PathDraws.uniform(key, STREAM, segment) * k));
  }

  @Override
  public Forecast forecast(int horizon, double... levels) {
    int[] ys = Forecast.stepYears(lastYear, 1, horizon);
    double[] point = new double[horizon];
    double[] mean = new double[horizon];
    double[] logPoint = new double[horizon];
    double[] logSe = new double[horizon];
    double[][] lo = new double[levels.length][horizon];
    double[][] hi = new double[levels.length][horizon];
    for (double l : levels) {
      Forecast.checkLevel(l);
    }
    for (int h = 1; h <= horizon; h++) {
      double[] g = growthAt(h);
      double s = 0;
      double s2 = 0;
      double m = 0;
      for (double v : g) {
        s += v;
        m += Math.exp(lastLog + v);
      }
      double avg = s / g.length;
      for (double v : g) {
        s2 += (v - avg) * (v - avg);
      }
      double median = quantile(g, 0.5);
      logPoint[h - 1] = lastLog + median;
      point[h - 1] = Math.exp(logPoint[h - 1]);
      mean[h - 1] = m / g.length;
      logSe[h - 1] = g.length > 1 ? Math.sqrt(s2 / (g.length - 1)) : 0;
      for (int l = 0; l < levels.length; l++) {
        double tail = 0.5 - levels[l] / 200.0;
        lo[l][h - 1] = Math.exp(lastLog + quantile(g, tail));
        hi[l][h - 1] = Math.exp(lastLog + quantile(g, 1 - tail));
      }
    }
    return new Forecast(ys, point, mean, logPoint, logSe, levels.clone(), lo, hi);
  }

  /** R's type 7 quantile of sorted values. */
  static double quantile(double[] sorted, double p) {
    double pos = p * (sorted.length - 1);
    int i = (int) Math.floor(pos);
    if (i >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    return sorted[i] + (pos - i) * (sorted[i + 1] - sorted[i]);
  }

  @Override
  public StateSpace simulator() {
    double s = 0;
    double s2 = 0;
    for (double[] inc : increments) {
      s += inc[0];
      s2 += inc[0] * inc[0];
    }
    int k = increments.length;
    double var = k > 1 ? (s2 - s * s / k) / (k - 1) : 0;
    return new Sim(var > 0 ? Math.sqrt(var) : 0.0);
  }

  private final class Sim extends SimulatorBase {
    Sim(double typicalSigma) {
      super(5, typicalSigma, lastLog, lastYear, 1);
    }

    @Override
    public boolean randomInitialState() {
      return true;
    }

    @Override
    public void initialState(double[] state, int offset) {
      initialState(state, offset, 0L);
    }

    @Override
    public void initialState(double[] state, int offset, long pathKey) {
      state[offset] = lastLog;
      state[offset + 1] = 0;
      PathDraws.store(pathKey, state, offset + 2);
      state[offset + 4] = pick(pathKey, 0);
    }

    @Override
    public boolean perPathSigma() {
      return true;
    }

    @Override
    public double pathSigma(double[] state, int offset) {
      return 0.0;
    }

    @Override
    public double step(double[] state, int offset, double eps) {
      int i = (int) state[offset + 1];
      int pos = i % years;
      if (pos == 0 && i > 0) {
        state[offset + 4] = pick(PathDraws.load(state, offset + 2), i / years);
      }
      double x = state[offset] + increments[(int) state[offset + 4]][pos] + eps;
      state[offset] = x;
      state[offset + 1] = i + 1;
      return x;
    }
  }
}
