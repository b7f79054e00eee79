package org.tradetarget.core.evidence;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * takes the kind's map for that step over every class, else the identity. With {@code ensemble}
 * among the kinds, a second pass over the runs adds its errors, its members weighed by their scores
 * on the other half ({@link EnsembleWeights}). (3) Fixed chunks of runs
 * are scored ({@link PanelScorer}) in parallel and their sums added in chunk order, so every
 * output is the same for any thread count.
 */
public final class PanelBacktest {
  /** The fewest standardised errors a map is fitted from. */
  static final long MIN_ERRORS = 200;

  private static final int QUEUE = 2048;
  static final int CHUNK = 64;

  private PanelBacktest() {}

  /**
   * Runs the backtest on a panel file.
   *
   * @param provenance extra provenance lines for the recalibration (version, command line)
   */
  public static PanelBacktestResult run(
      Path panel, PanelFormat format, PanelSettings settings, List<String> provenance) {
    return run(panel, format, PanelLevel.TOTAL, settings, provenance);
  }

  /**
   * Runs the backtest on a panel file whose series are built at a product level (a BACI release).
   *
   * @param provenance extra provenance lines for the recalibration (version, command line)
   */
  public static PanelBacktestResult run(
      Path panel,
      PanelFormat format,
      PanelLevel level,
      PanelSettings settings,
      List<String> provenance) {
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
      Thread t = new Thread(r, "panel-backtest");
      t.setDaemon(true);
      return t;
    });
    try {
      List<FittedRun> runs = new ArrayList<>();
      PanelFitter fitter = new PanelFitter(settings, references(panel, format, level, settings));
      Deque<Future<FittedRun>> queue = new ArrayDeque<>();
      PanelSource source = PanelReader.read(panel, format, level, s -> {
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
  private static ReferenceSet[] references(
      Path panel, PanelFormat format, PanelLevel level, PanelSettings settings) {
    if (!settings.kinds().contains(ModelKind.REFERENCE_CLASS)) {
      return null;
    }
    List<List<PanelSeries>> halves = List.of(new ArrayList<>(), new ArrayList<>());
    PanelSource src = PanelReader.read(
        panel, format, level, s -> halves.get(FittedRun.half(s.id())).add(s));
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
    int cut = cutYear(runs);
    PanelEvidence evidence = new PanelEvidence(settings, cut);
    for (FittedRun run : runs) {
      evidence.add(run);
    }
    PanelEvidence second = evidence.ensemblePass();
    if (second != null) {
      for (FittedRun run : runs) {
        second.add(run);
      }
      evidence.merge(second);
    }
    long origins = evidence.origins();
    Recalibration all =
        evidence.all(provenance(source, settings, runs.size(), origins, cut, provenance));
    PanelScorer scorer = new PanelScorer(evidence.context());
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

  /** The provenance lines of the recalibration fitted on every series. */
  static List<String> provenance(
      PanelSource source,
      PanelSettings settings,
      int runs,
      long origins,
      int cut,
      List<String> provenance) {
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
        runs,
        origins,
        settings.minTrain(),
        settings.horizon(),
        cut));
    lines.addAll(provenance);
    if (settings.kinds().contains(ModelKind.ENSEMBLE)) {
      lines.add("ensemble: the position is Phi^-1(F(ln value)) of the mixture F of its members"
          + " weighed by 1/CRPS on the other half of the series");
    }
    return lines;
  }

  /** The median origin year (the lower middle), over every origin scored. */
  static int cutYear(List<FittedRun> runs) {
    SortedMap<Integer, Long> counts = new TreeMap<>();
    for (FittedRun r : runs) {
      for (int i = 0; i < r.points.length; i++) {
        counts.merge(r.originYear(i), 1L, Long::sum);
      }
    }
    return cutYear(counts);
  }

  /**
   * The median origin year (the lower middle) from the number of origins in each year.
   *
   * @param counts origins per origin year
   */
  static int cutYear(SortedMap<Integer, Long> counts) {
    long n = 0;
    for (long c : counts.values()) {
      n += c;
    }
    if (n == 0) {
      return 0;
    }
    long rank = (n - 1) / 2;
    long seen = 0;
    for (Map.Entry<Integer, Long> e : counts.entrySet()) {
      seen += e.getValue();
      if (seen > rank) {
        return e.getKey();
      }
    }
    throw new IllegalStateException("unreachable");
  }
}
