package org.tradetarget.core.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.model.ReferenceClassProjection;

/**
 * The reference pairs of {@code reference-class}: consecutive runs of positive annual values of many
 * series (a panel), indexed for the nearest-neighbour match of {@link ReferenceRule}. Immutable and
 * thread-safe; the index for each window, trajectory length and pair of scales is built once, on
 * first use.
 *
 * <p><b>No look-ahead.</b> {@link #match} takes a candidate start year a only when the trajectory
 * it gives ends at or before the origin (a + L ≤ origin), and never takes the series named as
 * the corridor's own.
 */
public final class ReferenceSet {
  /** Grid cell width in the scaled (size, growth) plane. */
  private static final double CELL = 0.25;

  private final String name;
  private final String[] ids;
  private final int[] runSeries;
  private final int[] runFirst;
  private final double[][] runLogs;
  private final Map<IndexKey, Index> indexes = new ConcurrentHashMap<>();

  private record IndexKey(int window, int years, double sizeScale, double growthScale) {}

  /** One run of a named series. */
  public record Run(String id, AnnualSeries values) {}

  private ReferenceSet(String name, List<Run> runs) {
    this.name = name;
    Map<String, Integer> index = new LinkedHashMap<>();
    runSeries = new int[runs.size()];
    runFirst = new int[runs.size()];
    runLogs = new double[runs.size()][];
    for (int r = 0; r < runs.size(); r++) {
      Run run = runs.get(r);
      if (!run.values().isEquallySpaced() || run.values().step() != 1) {
        throw new IllegalArgumentException("reference run " + run.id() + " is not consecutive");
      }
      runSeries[r] = index.computeIfAbsent(run.id(), k -> index.size());
      runFirst[r] = run.values().firstYear();
      runLogs[r] = run.values().logValues();
    }
    ids = index.keySet().toArray(new String[0]);
  }

  /**
   * A reference set of consecutive annual runs (several runs may share a series id).
   *
   * @param name what the set is called in messages, e.g. the panel file's name
   */
  public static ReferenceSet of(String name, List<Run> runs) {
    return new ReferenceSet(name, runs);
  }

  /** The name used in messages. */
  public String name() {
    return name;
  }

  /** The number of distinct series. */
  public int series() {
    return ids.length;
  }

  /**
   * The trajectories of the reference class of a corridor at an origin: the log growth each matched
   * pair had over the L years after its start, {@code out[j][h - 1] = ln v(a_j + h) − ln v(a_j)}.
   * At most one trajectory per reference series, nearest first (ties by the order of the set).
   *
   * @param lastLog ln of the corridor's value at the origin
   * @param growth the corridor's mean log growth per year over the {@code window} years up to the
   *     origin (ignored when the window is 0)
   * @param window the growth window used, in years (≤ the rule's)
   * @param origin the origin year: every trajectory ends at or before it
   * @param exclude a series id never taken (the corridor's own), or null
   * @param rule k, L and the scales
   * @return up to k trajectories, each of length L
   */
  public double[][] match(
      double lastLog, double growth, int window, int origin, String exclude, ReferenceRule rule) {
    Index ix = indexes.computeIfAbsent(
        new IndexKey(window, rule.years(), rule.sizeScale(), rule.growthScale()), this::build);
    int skip = -1;
    if (exclude != null) {
      for (int s = 0; s < ids.length; s++) {
        if (ids[s].equals(exclude)) {
          skip = s;
        }
      }
    }
    double qx = lastLog / rule.sizeScale();
    double qy = window > 0 ? growth / rule.growthScale() : 0;
    if (!Double.isFinite(qx) || !Double.isFinite(qy)) {
      throw new InvalidInputException("reference-class: size_scale " + rule.sizeScale()
          + " or growth_scale " + rule.growthScale() + " is too small for a value of "
          + Math.exp(lastLog)
          + "; expected scales that keep the distance finite, e.g. the defaults "
          + ReferenceRule.DEFAULT_SIZE_SCALE + " and " + ReferenceRule.DEFAULT_GROWTH_SCALE);
    }
    double rMax = Math.hypot(
        Math.max(Math.abs(qx - ix.minX), Math.abs(qx - ix.maxX)),
        Math.max(Math.abs(qy - ix.minY), Math.abs(qy - ix.maxY)));
    Map<Integer, Integer> best = new HashMap<>();
    Map<Integer, Double> bestD = new HashMap<>();
    for (double r = 2 * CELL; ; r = Math.min(2 * r, Math.max(rMax, 2 * CELL))) {
      best.clear();
      bestD.clear();
      double r2 = r * r;
      int x0 = Math.max(ix.minCx, cell(qx - r));
      int x1 = Math.min(ix.maxCx, cell(qx + r));
      int y0 = Math.max(ix.minCy, cell(qy - r));
      int y1 = Math.min(ix.maxCy, cell(qy + r));
      boolean scan = ((long) x1 - x0 + 1) * ((long) y1 - y0 + 1) > ix.cellKeys.length;
      int cells = scan ? ix.cellKeys.length : (x1 - x0 + 1) * (y1 - y0 + 1);
      for (int e = 0; e < cells; e++) {
        int[] members;
        if (scan) {
          int cx = ix.cellX[e];
          int cy = ix.cellY[e];
          members = cx < x0 || cx > x1 || cy < y0 || cy > y1 ? null : ix.cellMembers[e];
        } else {
          members = ix.cells.get(key(x0 + e / (y1 - y0 + 1), y0 + e % (y1 - y0 + 1)));
        }
        if (members == null) {
          continue;
        }
        for (int c : members) {
          if (ix.end[c] > origin) {
            break;
          }
          int s = runSeries[ix.run[c]];
          if (s == skip) {
            continue;
          }
          double dx = ix.x[c] - qx;
          double dy = ix.y[c] - qy;
          double d2 = dx * dx + dy * dy;
          if (!(d2 <= r2)) {
            continue;
          }
          Double was = bestD.get(s);
          if (was == null || d2 < was || (d2 == was && c < best.get(s))) {
            bestD.put(s, d2);
            best.put(s, c);
          }
        }
      }
      if (best.size() >= rule.neighbours() || r >= rMax) {
        break;
      }
    }
    List<Integer> chosen = new ArrayList<>(best.values());
    chosen.sort((a, b) -> {
      int cmp = Double.compare(bestD.get(runSeries[ix.run[a]]), bestD.get(runSeries[ix.run[b]]));
      return cmp != 0 ? cmp : Integer.compare(a, b);
    });
    int k = Math.min(rule.neighbours(), chosen.size());
    int years = rule.years();
    double[][] out = new double[k][years];
    for (int j = 0; j < k; j++) {
      int c = chosen.get(j);
      double[] logs = runLogs[ix.run[c]];
      int i = ix.start[c];
      for (int h = 1; h <= years; h++) {
        out[j][h - 1] = logs[i + h] - logs[i];
      }
    }
    return out;
  }

  /**
   * The reference-class projection of a series at its last year: its consecutive tail's last value
   * and its mean log growth over min(w, n − 1) years matched by {@link #match}.
   *
   * @param exclude the series id never taken (the corridor's own), or null
   * @throws InvalidInputException when the series is not annual or fewer than min(k, {@value
   *     ReferenceClassCalibrator#MIN_MATCHES}) pairs match
   */
  public ReferenceClassProjection project(AnnualSeries series, ReferenceRule rule, String exclude) {
    AnnualSeries s = series.consecutiveTail();
    if (s.size() > 1 && s.step() != 1) {
      throw new InvalidInputException("reference-class on " + series.name()
          + ": needs annual values; got a step of " + s.step() + " years");
    }
    int n = s.size();
    double[] x = s.logValues();
    int w = Math.min(rule.window(), n - 1);
    double growth = w > 0 ? (x[n - 1] - x[n - 1 - w]) / w : 0;
    double[][] t = match(x[n - 1], growth, w, s.lastYear(), exclude, rule);
    requireMatches(
        t,
        Math.min(rule.neighbours(), ReferenceClassCalibrator.MIN_MATCHES),
        "reference-class on " + series.name() + " at " + s.lastYear() + " in " + name
            + " (trajectories of " + rule.years() + " years ending by " + s.lastYear() + ")");
    return new ReferenceClassProjection(s.lastYear(), x[n - 1], t);
  }

  /** Fails with a one-line reason when fewer than {@code needed} trajectories were found. */
  static void requireMatches(double[][] found, int needed, String what) {
    if (found.length < needed) {
      throw new InvalidInputException(
          what + ": only " + found.length + " reference pairs match; expected at least " + needed);
    }
  }

  private static int cell(double v) {
    return (int) Math.floor(v / CELL);
  }

  private static long key(int cx, int cy) {
    return ((long) cx << 32) ^ (cy & 0xFFFFFFFFL);
  }

  private Index build(IndexKey k) {
    int w = k.window();
    int l = k.years();
    int n = 0;
    for (double[] logs : runLogs) {
      n += Math.max(0, logs.length - w - l);
    }
    Index ix = new Index(n);
    int c = 0;
    for (int r = 0; r < runLogs.length; r++) {
      double[] logs = runLogs[r];
      for (int i = w; i + l < logs.length; i++) {
        ix.run[c] = r;
        ix.start[c] = i;
        ix.end[c] = runFirst[r] + i + l;
        ix.x[c] = logs[i] / k.sizeScale();
        ix.y[c] = w > 0 ? (logs[i] - logs[i - w]) / w / k.growthScale() : 0;
        c++;
      }
    }
    ix.finish();
    return ix;
  }

  /** Candidates (run, start) with their scaled features, bucketed by grid cell and end year. */
  private static final class Index {
    final int[] run;
    final int[] start;
    final int[] end;
    final double[] x;
    final double[] y;
    final Map<Long, int[]> cells = new HashMap<>();
    long[] cellKeys = new long[0];
    int[] cellX = new int[0];
    int[] cellY = new int[0];
    int[][] cellMembers = new int[0][];
    double minX = 0;
    double maxX = 0;
    double minY = 0;
    double maxY = 0;
    int minCx;
    int maxCx;
    int minCy;
    int maxCy;

    Index(int n) {
      run = new int[n];
      start = new int[n];
      end = new int[n];
      x = new double[n];
      y = new double[n];
    }

    void finish() {
      int n = run.length;
      Map<Long, List<Integer>> lists = new HashMap<>();
      minX = Double.POSITIVE_INFINITY;
      maxX = Double.NEGATIVE_INFINITY;
      minY = Double.POSITIVE_INFINITY;
      maxY = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < n; c++) {
        minX = Math.min(minX, x[c]);
        maxX = Math.max(maxX, x[c]);
        minY = Math.min(minY, y[c]);
        maxY = Math.max(maxY, y[c]);
        lists
            .computeIfAbsent(key(cell(x[c]), cell(y[c])), kk -> new ArrayList<>())
            .add(c);
      }
      if (n == 0) {
        minX = maxX = minY = maxY = 0;
      }
      minCx = cell(minX);
      maxCx = cell(maxX);
      minCy = cell(minY);
      maxCy = cell(maxY);
      for (Map.Entry<Long, List<Integer>> e : lists.entrySet()) {
        Integer[] m = e.getValue().toArray(new Integer[0]);
        Arrays.sort(m, (a, b) -> end[a] != end[b] ? Integer.compare(end[a], end[b]) : a - b);
        cells.put(e.getKey(), Arrays.stream(m).mapToInt(Integer::intValue).toArray());
      }
      cellKeys = cells.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
      cellX = new int[cellKeys.length];
      cellY = new int[cellKeys.length];
      cellMembers = new int[cellKeys.length][];
      for (int i = 0; i < cellKeys.length; i++) {
        cellX[i] = (int) (cellKeys[i] >> 32);
        cellY[i] = (int) cellKeys[i];
        cellMembers[i] = cells.get(cellKeys[i]);
      }
    }
  }
}
