package org.tradetarget.core.evidence;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The stages of {@link PanelBacktest} as separate steps, for an engine that spreads a panel over
 * many machines and must give the same files as one machine:
 *
 * <ol>
 *   <li>{@link #fit} each run ({@link PanelReader#runs}) at every origin;
 *   <li>{@link #cutYear} from the origins per year of every fitted run;
 *   <li>{@link #evidence} per part of the runs, {@link Evidence#add}ed and {@link Evidence#merge}d in
 *       any order (whole-number counts);
 *   <li>with {@code ensemble} among the kinds, a second pass: {@link Evidence#ensemblePass} of the
 *       merged evidence, every run {@link Evidence#add}ed to it by part, the parts merged in any
 *       order and the result merged into the first pass's evidence;
 *   <li>{@link #scorer} from the merged evidence; the runs in the order one machine reads them
 *       (ascending series id, then first year), cut into chunks of {@link #CHUNK} runs, each chunk
 *       {@link Scorer#score}d on its own;
 *   <li>the chunks' {@link Totals} {@link Totals#add}ed in chunk order (floating-point sums, so the
 *       order is fixed), and the {@link #result}.
 * </ol>
 *
 * <p>Every random draw is keyed by the series id, the run's first year, the origin and the seed, so
 * no stage depends on where or with what else a run is scored. Serializable, immutable.
 */
public final class PanelStages implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The runs per scoring chunk. */
  public static final int CHUNK = PanelBacktest.CHUNK;

  private final PanelSettings settings;

  /** The stages of a backtest with these settings. */
  public PanelStages(PanelSettings settings) {
    this.settings = settings;
  }

  /** The settings. */
  public PanelSettings settings() {
    return settings;
  }

  /** One run fitted at every origin in range, or empty when none is. */
  public Optional<Fitted> fit(PanelSeries run) {
    FittedRun f = new PanelFitter(settings).fit(run);
    return f == null ? Optional.empty() : Optional.of(new Fitted(f));
  }

  /**
   * The median origin year (the lower middle) that splits early from {@code later} origins.
   *
   * @param originsPerYear the origins of every fitted run counted per origin year
   */
  public static int cutYear(SortedMap<Integer, Long> originsPerYear) {
    return PanelBacktest.cutYear(originsPerYear);
  }

  /** Empty evidence for the given cut year. */
  public Evidence evidence(int cut) {
    return new Evidence(new PanelEvidence(settings, cut));
  }

  /** The scorer of the runs given the evidence of every run (fits the out-of-sample maps). */
  public Scorer scorer(Evidence all) {
    return new Scorer(new PanelScorer(all.sums.context()), settings);
  }

  /**
   * The result of the backtest: {@code panel-backtest.csv}, {@code target-odds.csv} and the
   * recalibration fitted on every series.
   *
   * @param runs the fitted runs
   * @param all the evidence of every run
   * @param totals the chunks' totals added in chunk order
   * @param provenance extra provenance lines (version, command line)
   */
  public PanelBacktestResult result(
      PanelSource source, int runs, Evidence all, Totals totals, List<String> provenance) {
    PanelEvidence e = all.sums;
    Recalibration recal =
        e.all(PanelBacktest.provenance(source, settings, runs, e.origins(), e.cut(), provenance));
    return new PanelBacktestResult(
        source, settings, e.cut(), runs, e.origins(), totals.tally, recal);
  }

  /** A run with every kind's forecasts at every origin. Serializable; not to be changed. */
  public static final class Fitted implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String id;
    private final int firstYear;
    private final double[] values;
    private final int[] points;
    private final float[][][] forecasts;
    private transient FittedRun run;

    Fitted(FittedRun r) {
      this.id = r.id;
      this.firstYear = r.firstYear;
      this.values = r.values;
      this.points = r.points;
      this.forecasts = r.forecasts;
      this.run = r;
    }

    FittedRun run() {
      if (run == null) {
        run = new FittedRun(id, firstYear, values, points, forecasts);
      }
      return run;
    }

    /** The series id. */
    public String id() {
      return id;
    }

    /** The run's first year. */
    public int firstYear() {
      return firstYear;
    }

    /** The run's last year. */
    public int lastYear() {
      return firstYear + values.length - 1;
    }

    /** The half of the held-out split (0 or 1), from a hash of the series id. */
    public int half() {
      return FittedRun.half(id);
    }

    /** The origins fitted. */
    public int origins() {
      return points.length;
    }

    /** The (origin, kind) fits made. */
    public int fits() {
      int n = 0;
      for (float[][] byKind : forecasts) {
        for (float[] f : byKind) {
          n += f == null ? 0 : 1;
        }
      }
      return n;
    }

    /** The year of each origin (the last training year). */
    public int[] originYears() {
      int[] out = new int[points.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = run().originYear(i);
      }
      return out;
    }
  }

  /** The errors and target outcomes of some runs. Serializable; mutable, one thread. */
  public static final class Evidence implements Serializable {
    private static final long serialVersionUID = 1L;

    private final PanelEvidence sums;

    Evidence(PanelEvidence sums) {
      this.sums = sums;
    }

    /** Adds a run; returns this. */
    public Evidence add(Fitted run) {
      sums.add(run.run());
      return this;
    }

    /**
     * Empty evidence for the second pass over every run, which adds the {@code ensemble}'s errors
     * and target outcomes with its members weighed by this evidence's scores (this must hold every
     * run); empty when the ensemble is not scored.
     */
    public Optional<Evidence> ensemblePass() {
      PanelEvidence e = sums.ensemblePass();
      return e == null ? Optional.empty() : Optional.of(new Evidence(e));
    }

    /** Adds another part's sums (same settings and cut year); returns this. */
    public Evidence merge(Evidence other) {
      sums.merge(other.sums);
      return this;
    }
  }

  /** Scores chunks of runs. Stateless after construction; not serializable (build it per task). */
  public static final class Scorer {
    private final PanelScorer scorer;
    private final PanelSettings settings;

    Scorer(PanelScorer scorer, PanelSettings settings) {
      this.scorer = scorer;
      this.settings = settings;
    }

    /** The totals of one chunk: its runs scored in the given order. */
    public Totals score(Iterable<Fitted> chunk) {
      Tally t = new Tally(settings.kinds().size(), settings.horizon());
      for (Fitted r : chunk) {
        scorer.score(r.run(), t);
      }
      return new Totals(t);
    }
  }

  /** The score sums of some chunks. Serializable; mutable, one thread. */
  public static final class Totals implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Tally tally;

    Totals(Tally tally) {
      this.tally = tally;
    }

    /** Empty totals for the settings. */
    public static Totals empty(PanelSettings settings) {
      return new Totals(new Tally(settings.kinds().size(), settings.horizon()));
    }

    /** Adds the next chunk's totals (chunks must be added in chunk order); returns this. */
    public Totals add(Totals next) {
      tally.add(next.tally);
      return this;
    }
  }
}
