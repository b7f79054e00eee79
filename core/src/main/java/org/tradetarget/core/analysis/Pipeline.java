package org.tradetarget.core.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.DoubleConsumer;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.calibrate.LeverCalibration;
import org.tradetarget.core.calibrate.MacroShift;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.evidence.HistoryClass;
import org.tradetarget.core.evidence.PanelScores;
import org.tradetarget.core.evidence.Recalibration;
import org.tradetarget.core.levers.Lever;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.core.model.StateSpace;
import org.tradetarget.core.model.StepMap;
import org.tradetarget.core.simulate.Correlation;
import org.tradetarget.core.simulate.CrisisJumps;
import org.tradetarget.core.simulate.MonteCarlo;
import org.tradetarget.core.simulate.ShockModel;
import org.tradetarget.core.simulate.Shocks;
import org.tradetarget.core.simulate.SimulatedSeries;
import org.tradetarget.core.simulate.SimulationResult;
import org.tradetarget.core.simulate.SimulationSpec;

/**
 * The one pipeline from series to odds, which {@link Outlook} (one series, fluent) and the scenario
 * runner (N corridors from a scenario file) both translate into. Two stages:
 *
 * <ol>
 *   <li>{@link #fit(Fit)}: one series' kind fitted, with an ensemble's skill weights, the levers
 *       and the macro growth shift; its result, a {@link Calibration}, can be kept and simulated
 *       again with other settings without refitting;
 *   <li>{@link #simulate}: N fitted series simulated together (correlated shocks, jumps,
 *       persistence as the {@link Settings} say), one {@link OutlookResult} per series and the
 *       joint odds ({@link Result#attainment()}).
 * </ol>
 *
 * <p>Neither reads a file (except the panel-backtest.csv an ensemble's {@code evidence} parameter
 * names) nor uses reflection, so a panel backtest may call them per series and origin. Every default of a run lives here or in {@link SimulationSpec} ({@link
 * Settings#DEFAULTS}, {@link #SKILL_HORIZON}, {@link #DEFAULT_BAND}).
 */
public final class Pipeline {
  /** The steps ahead skill weights are scored over (capped by each series' length). */
  public static final int SKILL_HORIZON = 5;

  /** The default central band at the deadline, percent. */
  public static final int DEFAULT_BAND = 90;

  private Pipeline() {}

  /**
   * What to fit for one series.
   *
   * @param series annual trade, US$ million, the last observation being the base
   * @param corridor the corridor, or null when neither the kind, levers nor macro paths need one
   * @param kind the projection kind
   * @param params its parameters; an {@code ensemble}'s {@code skill} weights are scored here
   * @param from the first year to fit from, if not the first observation
   * @param levers the levers on top of the kind (each affecting the corridor)
   * @param macro the macro paths (the embedded ones when unchanged)
   * @param carryMacro whether to carry the paths' growth change into a kind not driven by them
   * @param deadline the main deadline (a note reports the macro shift there)
   * @param lastYear the last simulated year
   * @param pool the series an ensemble with {@code pooled: true} scores its skill on, this one
   *     included; empty for this series alone
   */
  public record Fit(
      AnnualSeries series,
      Corridor corridor,
      ModelKind kind,
      ModelParams params,
      OptionalInt from,
      List<Lever> levers,
      MacroPaths macro,
      boolean carryMacro,
      int deadline,
      int lastYear,
      List<AnnualSeries> pool) {
    /** Checks the required values and copies the lists. */
    public Fit {
      Objects.requireNonNull(series, "series");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(params, "params");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(macro, "macro");
      levers = List.copyOf(levers);
      pool = List.copyOf(pool);
    }
  }

  /**
   * One fitted series to simulate.
   *
   * @param name its name in the results, e.g. the corridor id; names must differ within a run
   * @param calibration the fitted kind
   * @param baseYear the base year, the last observation used
   * @param baseValue the value in the base year, US$ million
   * @param target the target, US$ million
   * @param deadline the main deadline, after the base year
   * @param deadlineAssumed whether no source and no user gave it
   * @param deadlines every deadline to report, the main one first ({@link #deadlines})
   */
  public record Series(
      String name,
      Calibration calibration,
      int baseYear,
      double baseValue,
      double target,
      int deadline,
      boolean deadlineAssumed,
      List<Integer> deadlines) {
    /** Copies the list. */
    public Series {
      deadlines = List.copyOf(deadlines);
    }
  }

  /**
   * How to simulate; {@link #DEFAULTS} are the defaults of a scenario file.
   *
   * @param paths the number of paths
   * @param seed the seed
   * @param threads worker threads, 0 = all processors (the result does not depend on it)
   * @param endYear the last simulated year, 0 = the latest deadline
   * @param shocks the shock distribution
   * @param jumps crisis jumps, if any
   * @param persistence φ of mean reversion, empty for none (φ = 1)
   * @param parameterUncertainty whether each path draws its kind's parameters
   * @param quantiles the quantile probabilities to report (the median and the band's ends are
   *     always added)
   * @param band the central band at the deadline, percent in (0, 100)
   * @param samplePaths the whole paths to keep (capped at the paths)
   * @param recalibration the recalibration of each kind's simulated paths ({@link
   *     Recalibration#none()} for the kind's own)
   */
  public record Settings(
      int paths,
      long seed,
      int threads,
      int endYear,
      Shocks shocks,
      Optional<CrisisJumps> jumps,
      OptionalDouble persistence,
      boolean parameterUncertainty,
      List<Double> quantiles,
      double band,
      int samplePaths,
      Recalibration recalibration) {
    /** The defaults of a scenario file ({@code scenarios/reference.yaml}). */
    public static final Settings DEFAULTS = new Settings(
        SimulationSpec.DEFAULT_PATHS,
        SimulationSpec.DEFAULT_SEED,
        0,
        0,
        Shocks.NORMAL,
        Optional.empty(),
        OptionalDouble.empty(),
        true,
        java.util.Arrays.stream(SimulationSpec.defaultQuantiles()).boxed().toList(),
        DEFAULT_BAND,
        SimulationSpec.DEFAULT_SAMPLE_PATHS,
        Recalibration.bundled());

    /** Copies the list. */
    public Settings {
      Objects.requireNonNull(shocks, "shocks");
      Objects.requireNonNull(jumps, "jumps");
      Objects.requireNonNull(persistence, "persistence");
      Objects.requireNonNull(recalibration, "recalibration");
      quantiles = List.copyOf(quantiles);
    }

    /** A copy with another recalibration. */
    public Settings withRecalibration(Recalibration other) {
      return new Settings(
          paths,
          seed,
          threads,
          endYear,
          shocks,
          jumps,
          persistence,
          parameterUncertainty,
          quantiles,
          band,
          samplePaths,
          other);
    }
  }

  /**
   * The outcome of one run.
   *
   * @param series one result per series, in input order
   * @param attainment the simulated attainment, with the joint odds of several series
   */
  public record Result(List<OutlookResult> series, Attainment attainment) {
    /** Copies the list. */
    public Result {
      series = List.copyOf(series);
    }
  }

  /**
   * A problem of one series of a run, so that a caller can say which of its inputs it is.
   */
  public static final class SeriesProblem extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /** The index of the series in the run's input. */
    private final int index;

    SeriesProblem(int index, String message) {
      super(message);
      this.index = index;
    }

    /** The index of the series in the run's input. */
    public int index() {
      return index;
    }
  }

  /**
   * The deadlines to report: the main one first, then the others after it in order, without
   * repeats.
   *
   * @throws InvalidInputException when another deadline is not after the base year
   */
  public static List<Integer> deadlines(int baseYear, int main, Collection<Integer> others) {
    TreeSet<Integer> rest = new TreeSet<>(others);
    rest.remove(main);
    for (int d : rest) {
      if (d <= baseYear) {
        throw new InvalidInputException(
            "deadlines: " + d + " is not after the base year " + baseYear);
      }
    }
    List<Integer> all = new ArrayList<>();
    all.add(main);
    all.addAll(rest);
    return List.copyOf(all);
  }

  /**
   * Refuses bootstrap shocks for an ensemble (its members have their own residuals and sigma).
   *
   * @param setting the name of the shocks setting, for the message
   * @throws InvalidInputException naming the setting
   */
  public static void checkShocks(ModelKind kind, Shocks shocks, String setting) {
    if (kind == ModelKind.ENSEMBLE && shocks.model() == ShockModel.BOOTSTRAP) {
      throw new InvalidInputException(setting + ": bootstrap cannot be combined with model kind"
          + " ensemble (the members have their own residuals and sigma); use normal or"
          + " Student-t shocks");
    }
  }

  /**
   * Fits one series: an ensemble's skill weights (with a note saying them), the kind with its
   * levers, and the macro growth change carried into a kind not driven by the macro paths.
   *
   * @throws InvalidInputException as the calibrators and {@link LeverCalibration} word it
   */
  public static Calibration fit(Fit f) {
    List<String> extraNotes = new ArrayList<>();
    ModelParams params = f.kind() == ModelKind.ENSEMBLE ? skillParams(f, extraNotes) : f.params();
    boolean needsCorridor = f.kind().drivenByMacro() || !f.levers().isEmpty();
    if (needsCorridor && f.corridor() == null) {
      throw new InvalidInputException(
          "corridor: not set; the " + f.kind().id() + " kind or" + " levers need the corridor");
    }
    Calibration cal = needsCorridor
        ? LeverCalibration.fit(
            f.kind(), f.series(), f.corridor(), f.macro(), f.levers(), params, f.from())
        : f.kind().fit(f.series(), params, f.from());
    if (f.carryMacro() && !f.kind().drivenByMacro()) {
      cal = MacroShift.carry(
          cal,
          f.corridor(),
          f.macro(),
          f.macro().reference(),
          f.series().lastYear(),
          f.deadline(),
          f.lastYear());
    }
    if (extraNotes.isEmpty()) {
      return cal;
    }
    List<String> notes = new ArrayList<>(cal.notes());
    notes.addAll(extraNotes);
    return cal.withNotes(notes);
  }

  /**
   * An ensemble's parameters with {@code skill} weights replaced by the weights from the members'
   * backtests ({@link SkillWeights}), on this series or, with {@code pooled}, on the pool; fixed
   * weights are returned as they are.
   */
  private static ModelParams skillParams(Fit f, List<String> notes) {
    ModelParams params = f.params();
    List<ModelKind> skill = new ArrayList<>();
    for (String name : params.names()) {
      if ("skill".equals(params.value(name))) {
        skill.add(ModelKind.of(name));
      }
    }
    if (skill.isEmpty()) {
      return params;
    }
    String evidence = params.value("evidence");
    boolean pooled = "true".equals(params.value("pooled")) && !f.pool().isEmpty();
    List<AnnualSeries> all = pooled ? f.pool() : List.of(f.series());
    SkillWeights w;
    StringBuilder sb = new StringBuilder("skill weights (");
    if (evidence != null) {
      PanelScores scores = "bundled".equals(evidence)
          ? PanelScores.bundled()
          : PanelScores.read(java.nio.file.Path.of(evidence));
      int points = evidencePoints(f);
      int h = evidenceHorizon(f.series().lastYear(), f.deadline());
      w = SkillWeights.ofEvidence(scores, skill, points, h);
      sb.append(SkillWeights.EVIDENCE_RULE)
          .append(", panel evidence ")
          .append(scores.name())
          .append(", history ")
          .append(HistoryClass.of(points).label())
          .append(" (")
          .append(points)
          .append(" points), h = ")
          .append(h)
          .append("): ");
    } else {
      w = SkillWeights.of(all, skill, SKILL_HORIZON);
      sb.append(SkillWeights.RULE)
          .append(", origins from ")
          .append(w.minTrain())
          .append(" points, h = 1-")
          .append(w.horizon())
          .append(pooled ? ", pooled over " + all.size() + " corridors" : "")
          .append("): ");
    }
    boolean first = true;
    for (ModelKind k : skill) {
      sb.append(first ? "" : ", ")
          .append(k.id())
          .append(' ')
          .append(String.format(Locale.ROOT, "%.3f", w.weights().get(k)));
      if (w.crps().containsKey(k)) {
        sb.append(" (CRPS ")
            .append(String.format(Locale.ROOT, "%.4f", w.crps().get(k)))
            .append(')');
      } else {
        sb.append(" (").append(w.notes().get(k)).append(')');
      }
      first = false;
    }
    notes.add(sb.toString());
    return w.params();
  }

  /**
   * The step the panel evidence is looked up at: the deadline's distance from the base year,
   * between 1 and {@value #EVIDENCE_MAX_HORIZON}.
   */
  public static int evidenceHorizon(int baseYear, int deadline) {
    return Math.max(1, Math.min(EVIDENCE_MAX_HORIZON, deadline - baseYear));
  }

  /** The largest step the bundled panel evidence scores. */
  public static final int EVIDENCE_MAX_HORIZON = 10;

  /** The points of the corridor's consecutive run ending at the base year, from {@code from}. */
  private static int evidencePoints(Fit f) {
    AnnualSeries run = f.series().consecutiveTail();
    int n = 0;
    for (int y : run.years()) {
      if (f.from().isEmpty() || y >= f.from().getAsInt()) {
        n++;
      }
    }
    return n;
  }

  /**
   * The fit's simulator, its paths recalibrated over the steps simulated ({@link
   * Recalibration#stepMap}; the kind's own when the recalibration changes nothing).
   */
  private static StateSpace simulator(Calibration cal, int steps, Recalibration recalibration) {
    StateSpace own = cal.projection().simulator();
    if (recalibration.isNone() || steps < 1) {
      return own;
    }
    return recalibration
        .stepMap(cal.kind(), cal.used().size(), cal.projection(), steps)
        .map(m -> StepMap.applyTo(own, m))
        .orElse(own);
  }

  /**
   * Simulates fitted series together: from the earliest base year to the settings' end year (or
   * the latest deadline), each series stepping from its own base year.
   *
   * @param series one or more series with distinct names
   * @param settings how to simulate
   * @param correlation the correlation of the series' shocks, or null for independent shocks
   * @param progress told the fraction of the simulated years done (on the calling thread)
   * @throws SeriesProblem when bootstrap shocks meet a series whose fit has no residuals or an
   *     ensemble
   */
  public static Result simulate(
      List<Series> series, Settings settings, Correlation correlation, DoubleConsumer progress) {
    int firstBase = series.stream().mapToInt(Series::baseYear).min().orElseThrow();
    int lastDeadline = series.stream()
        .flatMap(s -> s.deadlines().stream())
        .mapToInt(Integer::intValue)
        .max()
        .orElseThrow();
    int endYear = settings.endYear() == 0 ? lastDeadline : settings.endYear();
    boolean bootstrap = settings.shocks().model() == ShockModel.BOOTSTRAP;
    List<SimulatedSeries> simulated = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      Calibration cal = s.calibration();
      SimulatedSeries ss = SimulatedSeries.of(
              s.name(), simulator(cal, endYear - s.baseYear(), settings.recalibration()))
          .withTarget(s.target(), s.deadline());
      if (bootstrap) {
        try {
          checkShocks(cal.kind(), settings.shocks(), "shocks");
        } catch (InvalidInputException e) {
          throw new SeriesProblem(i, e.getMessage());
        }
        double[] r = cal.residuals();
        if (r.length < 2) {
          throw new SeriesProblem(
              i,
              "shocks: bootstrap shocks need the fit's residuals, and "
                  + cal.kind().id() + " has " + r.length + "; use normal or Student-t shocks");
        }
        ss = ss.withResiduals(r);
      }
      simulated.add(ss);
    }
    TreeSet<Double> qs = new TreeSet<>(settings.quantiles());
    qs.add(0.5);
    qs.add(OutlookResult.bandQuantile(settings.band(), false));
    qs.add(OutlookResult.bandQuantile(settings.band(), true));
    int horizon = endYear - firstBase;
    SimulationSpec sim = SimulationSpec.of(settings.paths(), horizon).toBuilder()
        .seed(settings.seed())
        .threads(
            settings.threads() > 0
                ? settings.threads()
                : Runtime.getRuntime().availableProcessors())
        .shocks(settings.shocks())
        .jumps(settings.jumps())
        .persistence(settings.persistence().orElse(1.0))
        .parameterUncertainty(settings.parameterUncertainty())
        .quantiles(qs.stream().mapToDouble(Double::doubleValue).toArray())
        .samplePaths(Math.min(settings.samplePaths(), settings.paths()))
        .build();
    SimulationResult result =
        MonteCarlo.run(simulated, correlation, sim, t -> progress.accept(t / (double) horizon));
    Attainment att = Attainment.of(result);
    List<OutlookResult> out = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      out.add(OutlookResult.of(
          att.series().get(i),
          s.baseYear(),
          s.baseValue(),
          s.target(),
          s.deadline(),
          s.deadlineAssumed(),
          s.deadlines(),
          settings.band()));
    }
    return new Result(out, att);
  }
}
