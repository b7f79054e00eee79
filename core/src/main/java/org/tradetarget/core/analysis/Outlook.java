package org.tradetarget.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.calibrate.MacroShift;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.Target;
import org.tradetarget.core.evidence.Recalibration;
import org.tradetarget.core.levers.Lever;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.core.simulate.CrisisJumps;
import org.tradetarget.core.simulate.Shocks;
import org.tradetarget.core.simulate.SimulationSpec;

/**
 * The library's front door: how likely, and when, one series meets one target. It fits a
 * projection kind to the series, simulates it by Monte Carlo and returns an {@link OutlookResult}
 * with the numbers {@code tradetarget run} prints for a corridor:
 *
 * <pre>{@code
 * OutlookResult o = Outlook.of(series)       // US$ million, annual
 *     .target(20_000, 2030)                  // US$ million, deadline year
 *     .model("rw-drift")
 *     .paths(100_000).seed(42)
 *     .run();
 * double p = o.metBy(2030), se = o.metBySe(2030);
 * }</pre>
 *
 * <p>Every setting not given takes the default of a scenario file ({@code scenarios/reference.yaml}):
 * kind {@code rw-drift} with no parameters, {@value SimulationSpec#DEFAULT_PATHS} paths, seed {@value
 * SimulationSpec#DEFAULT_SEED}, all processors (the result does not depend on the thread count),
 * normal shocks, no crisis jumps, no persistence (φ = 1), parameter uncertainty on, quantiles 5, 10,
 * 25, 50, 75, 90 and 95 %, a {@value Pipeline#DEFAULT_BAND} % band, the end year the latest deadline, the
 * assumed deadline {@value TargetArithmetic#DEFAULT_ASSUMED_DEADLINE} for a target without one, and
 * {@value SimulationSpec#DEFAULT_SAMPLE_PATHS} sample paths. The same settings and seed give bitwise the numbers
 * of the equivalent one-corridor scenario.
 *
 * <p>Immutable: each method returns a changed copy, so one outlook can be the start of several
 * variants. A bad value fails at once, and a combination that does not fit the series fails in
 * {@link #run()}, with an {@link InvalidInputException} that names the parameter, the bad value and
 * what is allowed.
 *
 */
public final class Outlook {
  private final AnnualSeries series;
  private Corridor corridor;
  private double targetValue = Double.NaN;
  private OptionalInt targetDeadline = OptionalInt.empty();
  private Target target;
  private int assumedDeadline = TargetArithmetic.DEFAULT_ASSUMED_DEADLINE;
  private List<Integer> deadlines = List.of();
  private ModelKind kind = ModelKind.RW_DRIFT;
  private ModelParams params = ModelParams.none();
  private OptionalInt from = OptionalInt.empty();
  private List<Lever> levers = List.of();
  private MacroPaths macro;
  private int paths = SimulationSpec.DEFAULT_PATHS;
  private long seed = SimulationSpec.DEFAULT_SEED;
  private int threads;
  private int endYear;
  private Shocks shocks = Shocks.NORMAL;
  private CrisisJumps jumps;
  private OptionalDouble persistence = OptionalDouble.empty();
  private boolean parameterUncertainty = true;
  private double[] quantiles = SimulationSpec.defaultQuantiles();
  private double band = Pipeline.DEFAULT_BAND;
  private int samplePaths = SimulationSpec.DEFAULT_SAMPLE_PATHS;
  private Recalibration recalibration = Pipeline.Settings.DEFAULTS.recalibration();

  private Outlook(AnnualSeries series) {
    this.series = series;
  }

  /** A copy with one change. */
  private Outlook with(java.util.function.Consumer<Outlook> change) {
    Outlook o = new Outlook(series);
    o.corridor = corridor;
    o.targetValue = targetValue;
    o.targetDeadline = targetDeadline;
    o.target = target;
    o.assumedDeadline = assumedDeadline;
    o.deadlines = deadlines;
    o.kind = kind;
    o.params = params;
    o.from = from;
    o.levers = levers;
    o.macro = macro;
    o.paths = paths;
    o.seed = seed;
    o.threads = threads;
    o.endYear = endYear;
    o.shocks = shocks;
    o.jumps = jumps;
    o.persistence = persistence;
    o.parameterUncertainty = parameterUncertainty;
    o.quantiles = quantiles;
    o.band = band;
    o.samplePaths = samplePaths;
    o.recalibration = recalibration;
    change.accept(o);
    return o;
  }

  /**
   * The outlook of a series: annual trade in US$ million, the last observation being the base.
   *
   * @throws InvalidInputException when the series is null
   */
  public static Outlook of(AnnualSeries series) {
    if (series == null) {
      throw new InvalidInputException(
          "series: null is not allowed; expected an AnnualSeries (US$ million)");
    }
    return new Outlook(series);
  }

  /**
   * A copy with this target and deadline (a given deadline, not an assumed one).
   *
   * @param valueUsdMillion the target, US$ million, finite and &gt; 0
   * @param deadline the deadline year; it must be after the series' last observation
   */
  public Outlook target(double valueUsdMillion, int deadline) {
    if (!(valueUsdMillion > 0) || !Double.isFinite(valueUsdMillion)) {
      throw new InvalidInputException("target: " + valueUsdMillion
          + " is not allowed; expected a finite value > 0 (US$ million)");
    }
    return with(o -> {
      o.target = null;
      o.targetValue = valueUsdMillion;
      o.targetDeadline = OptionalInt.of(deadline);
    });
  }

  /**
   * A copy with this target: its value, and its sourced deadline or, when it has none, the assumed
   * deadline ({@link #assumedDeadline(int)}, default {@value TargetArithmetic#DEFAULT_ASSUMED_DEADLINE}),
   * marked as assumed. Its corridor is the outlook's corridor unless {@link #corridor} says
   * otherwise.
   */
  public Outlook target(Target target) {
    if (target == null) {
      throw new InvalidInputException("target: null is not allowed; expected a Target");
    }
    return with(o -> {
      o.target = target;
      o.targetValue = target.valueUsdMillion();
      o.targetDeadline = target.deadline();
    });
  }

  /** A copy whose target, when it has no sourced deadline, is assumed to be due in this year. */
  public Outlook assumedDeadline(int year) {
    return with(o -> o.assumedDeadline = year);
  }

  /**
   * A copy that also reports P(met by) and the required growth for these deadlines (years after the
   * base year; the main deadline is always reported first).
   */
  public Outlook deadlines(int... years) {
    Objects.requireNonNull(years, "years");
    List<Integer> d = new ArrayList<>();
    for (int y : years) {
      d.add(y);
    }
    return with(o -> o.deadlines = List.copyOf(d));
  }

  /**
   * A copy with another projection kind, without parameters.
   *
   * @param kindId a kind id ({@code constant-growth}, {@code cagr}, {@code log-linear}, {@code
   *     rw-drift}, {@code holt}, {@code holt-damped}, {@code arima}, {@code logistic}, {@code gravity};
   *     {@code ensemble} needs its weights: use {@link #ensemble} or {@link #model(ModelKind,
   *     ModelParams)})
   * @throws InvalidInputException naming the bad id and listing the valid ones
   */
  public Outlook model(String kindId) {
    ModelKind k;
    try {
      k = ModelKind.of(kindId);
    } catch (InvalidInputException e) {
      throw new InvalidInputException("model: " + e.getMessage(), e);
    }
    return model(k, ModelParams.none());
  }

  /** A copy with another projection kind, without parameters. */
  public Outlook model(ModelKind newKind) {
    return model(newKind, ModelParams.none());
  }

  /**
   * A copy with another projection kind and its parameters (as a scenario's {@code model.params}
   * or the command line's {@code --param}), e.g. {@code model(ModelKind.CONSTANT_GROWTH,
   * ModelParams.none().with("rate", "0.1").with("sigma", "0.2"))}.
   */
  public Outlook model(ModelKind newKind, ModelParams newParams) {
    if (newKind == null) {
      throw new InvalidInputException(
          "model: null is not allowed; valid: " + ModelKind.validNames());
    }
    if (newParams == null) {
      throw new InvalidInputException(
          "model parameters: null is not allowed; use ModelParams.none()");
    }
    newParams.requireKnown(newKind.id(), newKind.calibrator().parameterNames());
    return with(o -> {
      o.kind = newKind;
      o.params = newParams;
    });
  }

  /**
   * A copy whose model is the {@code ensemble} of these kinds with fixed weights (as a scenario's
   * {@code model: {kind: ensemble, members: {rw-drift: 0.4, arima: 0.3, holt-damped: 0.3}}}): each
   * path follows one member drawn by weight, with common random numbers, so P(met) is the weighted
   * mix of the members' up to Monte Carlo error. Weights need not sum to 1 (they are normalised).
   * The same as {@code model(ModelKind.ENSEMBLE, params)} with one weight parameter per member.
   *
   * @param weights member kind → weight ≥ 0 (members: rw-drift, log-linear, cagr, holt,
   *     holt-damped, arima, logistic), iterated in the map's order
   * @throws InvalidInputException naming a kind that cannot be a member or a bad weight
   */
  public Outlook ensemble(Map<ModelKind, Double> weights) {
    return model(ModelKind.ENSEMBLE, OutlookChecks.ensembleWeights(weights));
  }

  /**
   * A copy whose model is the {@code ensemble} of these kinds with skill weights (a scenario's
   * {@code weights: skill}): each member's weight is proportional to 1/CRPS of its rolling-origin
   * backtest on this series ({@link SkillWeights}, h = 1 to {@value Pipeline#SKILL_HORIZON}), as a scenario
   * run computes them for one corridor.
   *
   * @throws InvalidInputException naming a kind that cannot be a member
   */
  public Outlook ensembleBySkill(List<ModelKind> members) {
    return model(ModelKind.ENSEMBLE, OutlookChecks.skillMembers(members));
  }

  /** A copy that fits from this year on (within the consecutive run for kinds that need one). */
  public Outlook from(int year) {
    return with(o -> o.from = OptionalInt.of(year));
  }

  /** A copy for this corridor: needed for levers, macro paths and the gravity kind. */
  public Outlook corridor(Corridor newCorridor) {
    if (newCorridor == null) {
      throw new InvalidInputException(
          "corridor: null is not allowed; expected e.g. Corridor.of(\"VN-KH\")");
    }
    return with(o -> o.corridor = newCorridor);
  }

  /**
   * A copy with these policy levers on top of the kind (each must affect the corridor and start
   * after the base year); needs the corridor.
   */
  public Outlook levers(List<Lever> newLevers) {
    if (newLevers == null || newLevers.stream().anyMatch(Objects::isNull)) {
      throw new InvalidInputException(
          "levers: null is not allowed; expected a list of levers, possibly empty");
    }
    return with(o -> o.levers = List.copyOf(newLevers));
  }

  /**
   * A copy with these macro paths (default {@link MacroPaths#embedded()}): gravity takes them
   * directly; any other kind carries their change of the corridor's GDP growth against the
   * embedded paths through the income elasticity ({@link MacroShift}). Needs the corridor.
   */
  public Outlook macro(MacroPaths newMacro) {
    if (newMacro == null) {
      throw new InvalidInputException(
          "macro: null is not allowed; expected MacroPaths, e.g. MacroPaths.embedded()");
    }
    return with(o -> o.macro = newMacro);
  }

  /** A copy with N paths, 1 to {@value SimulationSpec#MAX_PATHS}. */
  public Outlook paths(int n) {
    if (n < 1 || n > SimulationSpec.MAX_PATHS) {
      throw new InvalidInputException(
          "paths: " + n + " is not allowed; expected 1 to " + SimulationSpec.MAX_PATHS);
    }
    return with(o -> o.paths = n);
  }

  /** A copy with another random seed. */
  public Outlook seed(long newSeed) {
    return with(o -> o.seed = newSeed);
  }

  /** A copy with k worker threads (0 = all processors); the result does not depend on it. */
  public Outlook threads(int k) {
    if (k < 0) {
      throw new InvalidInputException(
          "threads: " + k + " is not allowed; expected 0 (all processors) or more");
    }
    return with(o -> o.threads = k);
  }

  /** A copy that simulates to this year (default: the latest deadline). */
  public Outlook endYear(int year) {
    return with(o -> o.endYear = year);
  }

  /**
   * A copy with other shocks: {@link Shocks#NORMAL}, {@link Shocks#studentT(double)} or {@link
   * Shocks#BOOTSTRAP} (draws from the fit's residuals; the kind must have at least two).
   */
  public Outlook shocks(Shocks newShocks) {
    if (newShocks == null) {
      throw new InvalidInputException(
          "shocks: null is not allowed; expected Shocks.NORMAL, Shocks.studentT(df)"
              + " or Shocks.BOOTSTRAP");
    }
    return with(o -> o.shocks = newShocks);
  }

  /** A copy with crisis jumps (probability 0 means none); not with the logistic kind. */
  public Outlook jumps(CrisisJumps newJumps) {
    if (newJumps == null) {
      throw new InvalidInputException(
          "jumps: null is not allowed; expected CrisisJumps (probability 0 for none)");
    }
    return with(o -> o.jumps = newJumps);
  }

  /**
   * A copy with mean reversion: φ in [0, 1], the AR(1) coefficient of the log deviation from the
   * kind's zero-shock path (shocks fade by φ a year; 1 = none).
   */
  public Outlook persistence(double phi) {
    OutlookChecks.persistence(phi);
    return with(o -> o.persistence = OptionalDouble.of(phi));
  }

  /**
   * A copy in which each path does (or does not) draw the kind's parameters from their sampling
   * distribution (default on: the simulated band then equals the kind's prediction interval where
   * the kind has one, e.g. rw-drift's σ√(h + h²/(n − 1)); see each kind's rule in the README).
   */
  public Outlook parameterUncertainty(boolean on) {
    return with(o -> o.parameterUncertainty = on);
  }

  /**
   * A copy that reports these quantile probabilities per year (fractions strictly between 0 and
   * 1); the median and the band's ends are always added.
   */
  public Outlook quantiles(double... probabilities) {
    OutlookChecks.quantiles(probabilities);
    return with(o -> o.quantiles = probabilities.clone());
  }

  /** A copy with another central band at the deadline, percent in (0, 100). */
  public Outlook band(double percent) {
    OutlookChecks.band(percent);
    return with(o -> o.band = percent);
  }

  /** A copy that keeps this many whole sample paths (0 to {@value SimulationSpec#MAX_SAMPLE_PATHS}). */
  public Outlook samplePaths(int count) {
    OutlookChecks.samplePaths(count);
    return with(o -> o.samplePaths = count);
  }

  /**
   * A copy whose simulated paths the panel evidence recalibrates: {@link Recalibration#bundled()}
   * by default, as in a scenario file; {@link Recalibration#none()} keeps the kind's own law.
   */
  public Outlook recalibration(Recalibration evidence) {
    Recalibration r = java.util.Objects.requireNonNull(evidence, "recalibration");
    return with(o -> o.recalibration = r);
  }

  /**
   * Fits the kind and runs the simulation.
   *
   * @throws InvalidInputException naming the parameter when the target is not set, a deadline or
   *     the end year does not fit the series, the kind cannot be fitted, levers, macro paths or
   *     gravity lack the corridor, bootstrap shocks lack residuals, or jumps meet the logistic kind
   */
  public OutlookResult run() {
    OutlookChecks.Plan p = plan();
    return simulate(fit(p), p);
  }

  /**
   * Fits the kind as {@link #run()} does (with levers and the macro growth shift) without
   * simulating: the fitted parameters, residuals and notes.
   *
   * @throws InvalidInputException as {@link #run()} for everything but the simulation
   */
  public Calibration calibrate() {
    return fit(plan());
  }

  private OutlookChecks.Plan plan() {
    return OutlookChecks.plan(
        series, targetValue, targetDeadline, assumedDeadline, deadlines, endYear, jumps, kind);
  }

  private Corridor requireCorridor(String why) {
    Optional<Corridor> c =
        Optional.ofNullable(corridor).or(() -> Optional.ofNullable(target).map(Target::corridor));
    if (corridor != null && target != null && !target.corridor().equals(corridor)) {
      throw new InvalidInputException("corridor: " + corridor.id()
          + " differs from the target's corridor " + target.corridor().id());
    }
    return c.orElseThrow(() -> new InvalidInputException("corridor: not set; " + why
        + " needs it: call corridor(Corridor.of(\"VN-KH\")) or give a Target"));
  }

  private Calibration fit(OutlookChecks.Plan plan) {
    OutlookChecks.checkFit(series, kind, params, from);
    Corridor c = kind.drivenByMacro() || !levers.isEmpty()
        ? requireCorridor(kind.drivenByMacro() ? "the " + kind.id() + " kind" : "levers")
        : corridor;
    MacroPaths paths = macro == null ? MacroPaths.embedded() : macro;
    boolean carry = false;
    if (macro != null && !kind.drivenByMacro()) {
      c = requireCorridor("macro");
      carry = MacroShift.changesGrowth(c, macro, macro.reference(), plan.baseYear(), plan.end());
    }
    Pipeline.Fit fit = new Pipeline.Fit(
        series,
        c,
        kind,
        params,
        from,
        levers,
        paths,
        carry,
        plan.deadline(),
        plan.end(),
        List.of());
    try {
      return Pipeline.fit(fit);
    } catch (InvalidInputException e) {
      throw OutlookChecks.placedAt(kind, e);
    }
  }

  private OutlookResult simulate(Calibration cal, OutlookChecks.Plan plan) {
    String name =
        corridor != null ? corridor.id() : target != null ? target.corridor().id() : series.name();
    Pipeline.Series one = new Pipeline.Series(
        name,
        cal,
        plan.baseYear(),
        series.lastValue(),
        targetValue,
        plan.deadline(),
        plan.assumed(),
        plan.deadlines());
    Pipeline.Settings settings = new Pipeline.Settings(
        paths,
        seed,
        threads,
        plan.end(),
        shocks,
        Optional.ofNullable(jumps).filter(j -> j.probability() > 0),
        persistence,
        parameterUncertainty,
        Arrays.stream(quantiles).boxed().toList(),
        band,
        samplePaths,
        recalibration);
    return Pipeline.simulate(List.of(one), settings, null, t -> {}).series().get(0);
  }

  @Override
  public String toString() {
    return "Outlook[" + series.name() + ", target "
        + (Double.isNaN(targetValue) ? "not set" : targetValue) + ", model " + kind.id() + " "
        + params + ", paths " + paths + ", seed " + seed + "]";
  }
}
