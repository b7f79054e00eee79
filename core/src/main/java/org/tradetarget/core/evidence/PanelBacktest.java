package org.tradetarget.core.evidence;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ReferenceSet;

/**
 * The panel backtest: every kind at every rolling origin of every series of a panel, scored and
 * recalibrated out of sample.
 *
 * <p><b>Stages.</b> (1) The panel is streamed; each run of a series is fitted at every origin on
 * a pool of threads ({@link PanelFitter}) and kept as floats in file order. (2) The cut year is the
 * median origin year; standardised errors z = (ln actual − μ)/σ are counted per kind, step, history
 * class, half and period (up to the cut, after it), and the {@link QuantileMap}s fitted: {@code
 * held-out} maps on one half of the series (split by a hash of the id) for the other, {@code later}
 * maps on the other half's origins up to the cut for this half's origins after it, and the map on
 * everything for {@code recalibration.csv}. A cell with fewer than {@value #MIN_ERRORS} errors
 * takes the kind's map for that step over every class, else the identity. (3) Fixed chunks of runs
 * are scored ({@link PanelScorer}) in parallel and their sums added in chunk order, so every
 * output is the same for any thread count.
 */
public final class PanelBacktest {
  /** The fewest standardised errors a map is fitted from. */
  static final long MIN_ERRORS = 200;

  private static final int QUEUE = 2048;
  private static final int CHUNK = 64;

  private PanelBacktest() {}

  /**
   * Runs the backtest on a panel file.
   *
   * @param provenance extra provenance lines for the recalibration (version, command line)
   */
  public static PanelBacktestResult run(
      Path panel, PanelFormat format, PanelSettings settings, List<String> provenance) {
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
      Thread t = new Thread(r, "panel-backtest");
      t.setDaemon(true);
      return t;
    });
    try {
      List<FittedRun> runs = new ArrayList<>();
      PanelFitter fitter = new PanelFitter(settings, references(panel, format, settings));
      Deque<Future<FittedRun>> queue = new ArrayDeque<>();
      PanelSource source = PanelReader.read(panel, format, s -> {
        queue.add(pool.submit(() -> fitter.fit(s)));
        while (queue.size() > QUEUE) {
          take(queue, runs);
        }
      });
      while (!queue.isEmpty()) {
        take(queue, runs);
      }
      return score(source, settings, runs, provenance, pool);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * For {@code reference-class}: the panel's runs split by half, each half the reference set of the
   * other's series; null when the kind is not scored.
   */
  private static ReferenceSet[] references(Path panel, PanelFormat format, PanelSettings settings) {
    if (!settings.kinds().contains(ModelKind.REFERENCE_CLASS)) {
      return null;
    }
    List<List<PanelSeries>> halves = List.of(new ArrayList<>(), new ArrayList<>());
    PanelSource src =
        PanelReader.read(panel, format, s -> halves.get(FittedRun.half(s.id())).add(s));
    return new ReferenceSet[] {
      PanelReferences.of(src.fileName() + " (half 0)", halves.get(0)),
      PanelReferences.of(src.fileName() + " (half 1)", halves.get(1))
    };
  }

  private static void take(Deque<Future<FittedRun>> queue, List<FittedRun> runs) {
    FittedRun r = get(queue.poll());
    if (r != null) {
      runs.add(r);
    }
  }

  private static <T> T get(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static PanelBacktestResult score(
      PanelSource source,
      PanelSettings settings,
      List<FittedRun> runs,
      List<String> provenance,
      ExecutorService pool) {
    int kinds = settings.kinds().size();
    int horizon = settings.horizon();
    int classes = HistoryClass.values().length;
    int cut = cutYear(runs);
    ErrorHistogram[] hist = new ErrorHistogram[kinds * horizon * classes * 4];
    for (int i = 0; i < hist.length; i++) {
      hist[i] = new ErrorHistogram();
    }
    double[] hits = new double[kinds * Tally.MULTIPLES.length * Tally.YEARS.length * 4];
    double[] counts = new double[hits.length];
    long origins = 0;
    for (FittedRun run : runs) {
      origins += run.points.length;
      for (int i = 0; i < run.points.length; i++) {
        int o = run.points[i];
        int c = HistoryClass.of(o).index();
        int period = run.originYear(i) > cut ? 1 : 0;
        int steps = run.steps(i, horizon);
        for (int k = 0; k < kinds; k++) {
          float[] f = run.forecasts[i][k];
          if (f == null) {
            continue;
          }
          for (int h = 1; h <= steps; h++) {
            double e = (Math.log(run.values[o + h - 1]) - f[2 * (h - 1)]) / f[2 * (h - 1) + 1];
            hist[cell(k, h, c, run.half, period, horizon, classes)].add(e);
          }
          for (int yi = 0; yi < Tally.YEARS.length; yi++) {
            int y = Tally.YEARS[yi];
            if (y > steps) {
              continue;
            }
            for (int m = 0; m < Tally.MULTIPLES.length; m++) {
              double target = run.values[o - 1] * Tally.MULTIPLES[m];
              boolean hit = false;
              for (int h = 1; h <= y; h++) {
                hit |= run.values[o + h - 1] >= target;
              }
              for (int scope = 0; scope < 2; scope++) {
                if (scope == 1 && period == 1) {
                  continue;
                }
                int at = PanelScorer.baseIndex(k, m, yi, run.half, scope);
                counts[at]++;
                hits[at] += hit ? 1 : 0;
              }
            }
          }
        }
      }
    }
    double[] rates = new double[hits.length];
    for (int i = 0; i < rates.length; i++) {
      rates[i] = counts[i] > 0 ? hits[i] / counts[i] : 0;
    }
    Recalibration[] heldOut = new Recalibration[2];
    Recalibration[] later = new Recalibration[2];
    for (int half = 0; half < 2; half++) {
      int other = 1 - half;
      heldOut[half] = Recalibration.of(maps(settings, hist, (hh) -> hh / 2 == other), List.of());
      later[half] =
          Recalibration.of(maps(settings, hist, (hh) -> hh / 2 == other && hh % 2 == 0), List.of());
    }
    List<String> lines = new ArrayList<>();
    lines.add("tradetarget recalibration: one quantile map of the standardised position"
        + " (ln value - mu)/sigma per kind, horizon and history class; see docs/RECALIBRATION.md");
    lines.add("panel: " + source.fileName() + " (" + source.format().id() + ")");
    lines.add("sha256: " + source.sha256());
    lines.add("years: " + source.firstYear() + "-" + source.lastYear());
    lines.add(String.format(
        Locale.ROOT,
        "series: %d; runs: %d; runs scored: %d; origins: %d; min-train %d; horizon %d; cut year %d",
        source.series(),
        source.runs(),
        runs.size(),
        origins,
        settings.minTrain(),
        horizon,
        cut));
    lines.addAll(provenance);
    Recalibration all = Recalibration.of(maps(settings, hist, hh -> true), lines);
    IdentityHashMap<QuantileMap, CrpsTable> crps = new IdentityHashMap<>();
    for (Recalibration r : List.of(heldOut[0], heldOut[1], later[0], later[1])) {
      for (QuantileMap m : r.cells().values()) {
        crps.computeIfAbsent(m, CrpsTable::of);
      }
    }
    PanelScorer scorer =
        new PanelScorer(new PanelScorer.Context(settings, cut, heldOut, later, crps, rates));
    List<Future<Tally>> parts = new ArrayList<>();
    for (int from = 0; from < runs.size(); from += CHUNK) {
      List<FittedRun> chunk = runs.subList(from, Math.min(runs.size(), from + CHUNK));
      parts.add(pool.submit(() -> {
        Tally t = new Tally(kinds, horizon);
        for (FittedRun r : chunk) {
          scorer.score(r, t);
        }
        return t;
      }));
    }
    Tally total = new Tally(kinds, horizon);
    for (Future<Tally> f : parts) {
      total.add(get(f));
    }
    return new PanelBacktestResult(source, settings, cut, runs.size(), origins, total, all);
  }

  private static int cell(int k, int h, int c, int half, int period, int horizon, int classes) {
    return (((k * horizon + h - 1) * classes + c) * 2 + half) * 2 + period;
  }

  /** The maps of every kind, step and class from the histograms whose half·2 + period passes. */
  private static Map<String, QuantileMap> maps(
      PanelSettings settings, ErrorHistogram[] hist, IntPredicate use) {
    int horizon = settings.horizon();
    int classes = HistoryClass.values().length;
    Map<String, QuantileMap> out = new LinkedHashMap<>();
    for (int k = 0; k < settings.kinds().size(); k++) {
      ModelKind kind = settings.kinds().get(k);
      for (int h = 1; h <= horizon; h++) {
        ErrorHistogram pooled = new ErrorHistogram();
        ErrorHistogram[] byClass = new ErrorHistogram[classes];
        for (int c = 0; c < classes; c++) {
          byClass[c] = new ErrorHistogram();
          for (int hp = 0; hp < 4; hp++) {
            if (use.test(hp)) {
              byClass[c].addAll(hist[cell(k, h, c, hp / 2, hp % 2, horizon, classes)]);
            }
          }
          pooled.addAll(byClass[c]);
        }
        QuantileMap fallback = pooled.map(MIN_ERRORS);
        for (int c = 0; c < classes; c++) {
          QuantileMap m = byClass[c].map(MIN_ERRORS);
          m = m != null ? m : fallback != null ? fallback : QuantileMap.identity();
          out.put(Recalibration.key(kind, h, HistoryClass.byIndex(c)), m);
        }
      }
    }
    return out;
  }

  /** The median origin year (the lower middle), over every origin scored. */
  static int cutYear(List<FittedRun> runs) {
    int n = 0;
    for (FittedRun r : runs) {
      n += r.points.length;
    }
    if (n == 0) {
      return 0;
    }
    int[] years = new int[n];
    int j = 0;
    for (FittedRun r : runs) {
      for (int i = 0; i < r.points.length; i++) {
        years[j++] = r.originYear(i);
      }
    }
    Arrays.sort(years);
    return years[(n - 1) / 2];
  }
}
