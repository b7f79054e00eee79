package org.tradetarget.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.calibrate.LeverCalibration;
import org.tradetarget.core.calibrate.MacroShift;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.calibrate.ParameterSpec;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.Target;
import org.tradetarget.core.levers.Lever;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.core.simulate.CrisisJumps;
import org.tradetarget.core.simulate.MonteCarlo;
import org.tradetarget.core.simulate.ShockModel;
import org.tradetarget.core.simulate.Shocks;
import org.tradetarget.core.simulate.SimulatedSeries;
import org.tradetarget.core.simulate.SimulationResult;
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
 * kind {@code rw-drift} with no parameters, {@value #DEFAULT_PATHS} paths, seed {@value
 * SimulationSpec#DEFAULT_SEED}, all processors (the result does not depend on the thread count),
 * normal shocks, no crisis jumps, no persistence (φ = 1), no parameter uncertainty, quantiles 5, 10,
 * 25, 50, 75, 90 and 95 %, a {@value #DEFAULT_BAND} % band, the end year the latest deadline, the
 * assumed deadline {@value TargetArithmetic#DEFAULT_ASSUMED_DEADLINE} for a target without one, and
 * {@value #DEFAULT_SAMPLE_PATHS} sample paths. The same settings and seed give bitwise the numbers
 * of the equivalent one-corridor scenario.
 *
 * <p>Immutable: each method returns a changed copy, so one outlook can be the start of several
 * variants. A bad value fails at once, and a combination that does not fit the series fails in
 * {@link #run()}, with an {@link InvalidInputException} that names the parameter, the bad value and
 * what is allowed.
 *
 * <p>Why one class of this size: it is a builder whose every setting is a field, a documented
 * method and its check, and an embedder reads them in one place; the fitting and the simulation
 * it calls live in {@code core.calibrate} and {@code core.simulate}, the headline numbers in
 * {@link OutlookResult}.
 */
public final class Outlook {
  /** The default number of paths, as in scenario files. */
  public static final int DEFAULT_PATHS = 100_000;

  /** The most paths one run takes, as in scenario files. */
  public static final int MAX_PATHS = 100_000_000;

  /** The default central band, percent. */
  public static final int DEFAULT_BAND = 90;

  /** The default number of whole sample paths kept. */
  public static final int DEFAULT_SAMPLE_PATHS = 20;

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
  private int paths = DEFAULT_PATHS;
  private long seed = SimulationSpec.DEFAULT_SEED;
  private int threads;
  private int endYear;
  private Shocks shocks = Shocks.NORMAL;
  private CrisisJumps jumps;
  private OptionalDouble persistence = OptionalDouble.empty();
  private boolean parameterUncertainty = true;
  private double[] quantiles = SimulationSpec.defaultQuantiles();
  private double band = DEFAULT_BAND;
  private int samplePaths = DEFAULT_SAMPLE_PATHS;

  private Outlook(AnnualSeries series) {
    this.series = series;
  }

  private Outlook copy() {
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
    Outlook o = copy();
    o.target = null;
    o.targetValue = valueUsdMillion;
    o.targetDeadline = OptionalInt.of(deadline);
    return o;
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
    Outlook o = copy();
    o.target = target;
    o.targetValue = target.valueUsdMillion();
    o.targetDeadline = target.deadline();
    return o;
  }

  /** A copy whose target, when it has no sourced deadline, is assumed to be due in this year. */
  public Outlook assumedDeadline(int year) {
    Outlook o = copy();
    o.assumedDeadline = year;
    return o;
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
    Outlook o = copy();
    o.deadlines = List.copyOf(d);
    return o;
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
    Outlook o = copy();
    o.kind = newKind;
    o.params = newParams;
    return o;
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
    if (weights == null || weights.isEmpty()) {
      throw new InvalidInputException(
          "ensemble: no members; give a weight per member kind, e.g. Map.of(ModelKind.RW_DRIFT,"
              + " 0.5, ModelKind.ARIMA, 0.5)");
    }
    ModelParams p = ModelParams.none();
    for (Map.Entry<ModelKind, Double> e : weights.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        throw new InvalidInputException("ensemble: null member or weight is not allowed");
      }
      if (!ModelKind.ENSEMBLE.parameterNames().contains(e.getKey().id())
          || "pooled".equals(e.getKey().id())) {
        throw new InvalidInputException("ensemble: " + e.getKey().id()
            + " cannot be a member; members allowed: rw-drift, log-linear, cagr, holt,"
            + " holt-damped, arima, logistic");
      }
      double w = e.getValue();
      if (!(w >= 0) || !Double.isFinite(w)) {
        throw new InvalidInputException("ensemble: weight " + w + " of "
            + e.getKey().id() + " is not allowed; expected a number >= 0");
      }
      p = p.with(e.getKey().id(), Double.toString(w));
    }
    return model(ModelKind.ENSEMBLE, p);
  }

  /**
   * A copy whose model is the {@code ensemble} of these kinds with skill weights (a scenario's
   * {@code weights: skill}): each member's weight is proportional to 1/CRPS of its rolling-origin
   * backtest on this series ({@link SkillWeights}, h = 1 to {@value #SKILL_HORIZON}), as a scenario
   * run computes them for one corridor.
   *
   * @throws InvalidInputException naming a kind that cannot be a member
   */
  public Outlook ensembleBySkill(List<ModelKind> members) {
    if (members == null || members.isEmpty()) {
      throw new InvalidInputException("ensembleBySkill: no members; list at least one kind");
    }
    Map<ModelKind, Double> check = new java.util.LinkedHashMap<>();
    for (ModelKind k : members) {
      check.put(k, 1.0);
    }
    ensemble(check); // the member checks
    ModelParams p = ModelParams.none();
    for (ModelKind k : members) {
      p = p.with(k.id(), "skill");
    }
    Outlook o = copy();
    o.kind = ModelKind.ENSEMBLE;
    o.params = p;
    return o;
  }

  /** The steps ahead skill weights are scored over, as in a scenario run. */
  public static final int SKILL_HORIZON = 5;

  /** A copy that fits from this year on (within the consecutive run for kinds that need one). */
  public Outlook from(int year) {
    Outlook o = copy();
    o.from = OptionalInt.of(year);
    return o;
  }

  /** A copy for this corridor: needed for levers, macro paths and the gravity kind. */
  public Outlook corridor(Corridor newCorridor) {
    if (newCorridor == null) {
      throw new InvalidInputException(
          "corridor: null is not allowed; expected e.g. Corridor.of(\"VN-KH\")");
    }
    Outlook o = copy();
    o.corridor = newCorridor;
    return o;
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
    Outlook o = copy();
    o.levers = List.copyOf(newLevers);
    return o;
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
    Outlook o = copy();
    o.macro = newMacro;
    return o;
  }

  /** A copy with N paths, 1 to {@value #MAX_PATHS}. */
  public Outlook paths(int n) {
    if (n < 1 || n > MAX_PATHS) {
      throw new InvalidInputException(
          "paths: " + n + " is not allowed; expected 1 to " + MAX_PATHS);
    }
    Outlook o = copy();
    o.paths = n;
    return o;
  }

  /** A copy with another random seed. */
  public Outlook seed(long newSeed) {
    Outlook o = copy();
    o.seed = newSeed;
    return o;
  }

  /** A copy with k worker threads (0 = all processors); the result does not depend on it. */
  public Outlook threads(int k) {
    if (k < 0) {
      throw new InvalidInputException(
          "threads: " + k + " is not allowed; expected 0 (all processors) or more");
    }
    Outlook o = copy();
    o.threads = k;
    return o;
  }

  /** A copy that simulates to this year (default: the latest deadline). */
  public Outlook endYear(int year) {
    Outlook o = copy();
    o.endYear = year;
    return o;
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
    Outlook o = copy();
    o.shocks = newShocks;
    return o;
  }

  /** A copy with crisis jumps (probability 0 means none); not with the logistic kind. */
  public Outlook jumps(CrisisJumps newJumps) {
    if (newJumps == null) {
      throw new InvalidInputException(
          "jumps: null is not allowed; expected CrisisJumps (probability 0 for none)");
    }
    Outlook o = copy();
    o.jumps = newJumps;
    return o;
  }

  /**
   * A copy with mean reversion: φ in [0, 1], the AR(1) coefficient of the log deviation from the
   * kind's zero-shock path (shocks fade by φ a year; 1 = none).
   */
  public Outlook persistence(double phi) {
    if (!(phi >= 0 && phi <= 1)) {
      throw new InvalidInputException("persistence: " + phi
          + " is not allowed; expected a value in [0, 1] (1 = no mean reversion)");
    }
    Outlook o = copy();
    o.persistence = OptionalDouble.of(phi);
    return o;
  }

  /**
   * A copy in which each path does (or does not) draw the kind's parameters from their sampling
   * distribution (default on: the simulated band then equals the kind's prediction interval where
   * the kind has one, e.g. rw-drift's σ√(h + h²/(n − 1)); see each kind's rule in the README).
   */
  public Outlook parameterUncertainty(boolean on) {
    Outlook o = copy();
    o.parameterUncertainty = on;
    return o;
  }

  /**
   * A copy that reports these quantile probabilities per year (fractions strictly between 0 and
   * 1); the median and the band's ends are always added.
   */
  public Outlook quantiles(double... probabilities) {
    Objects.requireNonNull(probabilities, "probabilities");
    for (double p : probabilities) {
      if (!(p > 0 && p < 1)) {
        throw new InvalidInputException("quantiles: " + p
            + " is not allowed; expected fractions strictly between 0 and 1, e.g. 0.05, 0.5, 0.95");
      }
    }
    Outlook o = copy();
    o.quantiles = probabilities.clone();
    return o;
  }

  /** A copy with another central band at the deadline, percent in (0, 100). */
  public Outlook band(double percent) {
    if (!(percent > 0 && percent < 100)) {
      throw new InvalidInputException(
          "band: " + percent + " is not allowed; expected a percent in (0, 100), e.g. 90");
    }
    Outlook o = copy();
    o.band = percent;
    return o;
  }

  /** A copy that keeps this many whole sample paths (0 to {@value SimulationSpec#MAX_SAMPLE_PATHS}). */
  public Outlook samplePaths(int count) {
    if (count < 0 || count > SimulationSpec.MAX_SAMPLE_PATHS) {
      throw new InvalidInputException("samplePaths: " + count + " is not allowed; expected 0 to "
          + SimulationSpec.MAX_SAMPLE_PATHS);
    }
    Outlook o = copy();
    o.samplePaths = count;
    return o;
  }

  /**
   * Fits the kind and runs the simulation.
   *
   * @throws InvalidInputException naming the parameter when the target is not set, a deadline or
   *     the end year does not fit the series, the kind cannot be fitted, levers, macro paths or
   *     gravity lack the corridor, bootstrap shocks lack residuals, or jumps meet the logistic kind
   */
  public OutlookResult run() {
    Plan p = plan();
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

  /** The years of a run: base, main deadline, every compared deadline, end. */
  private record Plan(
      int baseYear, int deadline, boolean assumed, List<Integer> deadlines, int end) {}

  private Plan plan() {
    if (Double.isNaN(targetValue)) {
      throw new InvalidInputException(
          "target: not set; call target(valueUsdMillion, deadline) or target(Target)");
    }
    int baseYear = series.lastYear();
    boolean assumed = targetDeadline.isEmpty();
    int deadline = targetDeadline.orElse(assumedDeadline);
    if (deadline <= baseYear) {
      throw new InvalidInputException((assumed ? "assumedDeadline: " : "target deadline: ")
          + deadline
          + " is not after the base year " + baseYear + " (the last observation of " + series.name()
          + "); choose a later year");
    }
    TreeSet<Integer> others = new TreeSet<>(deadlines);
    others.remove(deadline);
    for (int d : others) {
      if (d <= baseYear) {
        throw new InvalidInputException(
            "deadlines: " + d + " is not after the base year " + baseYear);
      }
    }
    List<Integer> all = new ArrayList<>();
    all.add(deadline);
    all.addAll(others);
    int latest = Math.max(deadline, others.isEmpty() ? deadline : others.last());
    int end = endYear == 0 ? latest : endYear;
    if (end < latest) {
      throw new InvalidInputException("endYear: " + end + " is before the deadline " + latest
          + "; set it to " + latest + " or later");
    }
    if (end - baseYear > SimulationSpec.MAX_HORIZON) {
      throw new InvalidInputException("endYear: " + end + " is more than "
          + SimulationSpec.MAX_HORIZON + " years after the base year " + baseYear);
    }
    if (jumps != null && jumps.probability() > 0 && kind.scale() == ModelKind.Scale.VALUE) {
      throw new InvalidInputException("jumps: crisis jumps are log-scale falls and the " + kind.id()
          + " kind works on values;"
          + " use another kind or no jumps");
    }
    return new Plan(baseYear, deadline, assumed, List.copyOf(all), end);
  }

  private Corridor requireCorridor(String why) {
    Optional<Corridor> c =
        Optional.ofNullable(corridor).or(() -> Optional.ofNullable(target).map(Target::corridor));
    if (c.isPresent()
        && corridor != null
        && target != null
        && !target.corridor().equals(corridor)) {
      throw new InvalidInputException("corridor: " + corridor.id()
          + " differs from the target's corridor " + target.corridor().id());
    }
    return c.orElseThrow(() -> new InvalidInputException("corridor: not set; " + why
        + " needs it: call corridor(Corridor.of(\"VN-KH\")) or give a Target"));
  }

  private Calibration fit(Plan plan) {
    if (from.isPresent()) {
      AnnualSeries base = kind.pointsUsed(series, OptionalInt.empty());
      int y = from.getAsInt();
      if (y < base.firstYear() || y > base.lastYear()) {
        throw new InvalidInputException("from: " + y + " is not allowed for " + kind.id() + " on "
            + series.name()
            + "; expected a year from " + base.firstYear() + " to " + base.lastYear()
            + (kind.recursive() ? " (the consecutive run ending at the last observation)" : ""));
      }
    }
    for (ParameterSpec p : kind.parameters()) {
      if (p.required() && !params.has(p.name())) {
        throw new InvalidInputException(
            "model: " + kind.id() + " needs the parameter " + p.name() + " ("
                + p.meaning() + ", " + p.unit() + "); use model(ModelKind." + kind.name()
                + ", ModelParams.none().with(\""
                + p.name() + "\", VALUE))");
      }
    }
    ModelParams params = this.params;
    if (kind == ModelKind.ENSEMBLE) {
      if (shocks.model() == ShockModel.BOOTSTRAP) {
        throw new InvalidInputException("shocks: bootstrap cannot be combined with the ensemble"
            + " kind (the members have their own residuals and sigma); use normal or Student-t"
            + " shocks");
      }
      List<ModelKind> skill = new ArrayList<>();
      for (String name : params.names()) {
        if ("skill".equals(params.value(name))) {
          skill.add(ModelKind.of(name));
        }
      }
      if (!skill.isEmpty()) {
        params = SkillWeights.of(series, skill, SKILL_HORIZON).params();
      }
    }
    Calibration cal;
    Corridor c = kind.drivenByMacro() || !levers.isEmpty()
        ? requireCorridor(kind.drivenByMacro() ? "the " + kind.id() + " kind" : "levers")
        : null;
    try {
      cal = c != null
          ? LeverCalibration.fit(
              kind, series, c, macro == null ? MacroPaths.embedded() : macro, levers, params, from)
          : kind.fit(series, params, from);
    } catch (InvalidInputException e) {
      String m = e.getMessage();
      throw new InvalidInputException(
          (m.startsWith("lever ") ? "levers: " : "model " + kind.id() + ": ") + inApiWords(m), e);
    }
    if (macro != null && !kind.drivenByMacro()) {
      Corridor m = requireCorridor("macro");
      MacroPaths embedded = MacroPaths.embedded();
      if (MacroShift.changesGrowth(m, macro, embedded, plan.baseYear(), plan.end())) {
        cal =
            MacroShift.carry(cal, m, macro, embedded, plan.baseYear(), plan.deadline(), plan.end());
      }
    }
    return cal;
  }

  /** A fitting message as the calibrators word it for the command line, in this class's words. */
  private static String inApiWords(String message) {
    return message
        .replace("--param ", "model parameter ")
        .replace("(--corridor ID)", "(set corridor(..))")
        .replace("--from ", "from ");
  }

  private OutlookResult simulate(Calibration cal, Plan plan) {
    int baseYear = plan.baseYear();
    int deadline = plan.deadline();
    boolean jumpsOn = jumps != null && jumps.probability() > 0;
    String name =
        corridor != null ? corridor.id() : target != null ? target.corridor().id() : series.name();
    SimulatedSeries ss =
        SimulatedSeries.of(name, cal.projection().simulator()).withTarget(targetValue, deadline);
    if (shocks.model() == ShockModel.BOOTSTRAP) {
      double[] r = cal.residuals();
      if (r.length < 2) {
        throw new InvalidInputException("shocks: bootstrap shocks need the fit's residuals, and "
            + cal.kind().id() + " has " + r.length + "; use normal or Student-t shocks");
      }
      ss = ss.withResiduals(r);
    }
    TreeSet<Double> qs = new TreeSet<>();
    for (double q : quantiles) {
      qs.add(q);
    }
    qs.add(0.5);
    qs.add(OutlookResult.bandQuantile(band, false));
    qs.add(OutlookResult.bandQuantile(band, true));
    SimulationSpec sim = SimulationSpec.of(paths, plan.end() - baseYear)
        .withSeed(seed)
        .withThreads(threads > 0 ? threads : Runtime.getRuntime().availableProcessors())
        .withShocks(shocks)
        .withParameterUncertainty(parameterUncertainty)
        .withQuantiles(qs.stream().mapToDouble(Double::doubleValue).toArray())
        .withSamplePaths(Math.min(samplePaths, paths));
    if (jumpsOn) {
      sim = sim.withJumps(jumps);
    }
    if (persistence.isPresent()) {
      sim = sim.withPersistence(persistence.getAsDouble());
    }
    SimulationResult result = MonteCarlo.run(List.of(ss), null, sim);
    SeriesAttainment a = Attainment.of(result).series().get(0);
    return OutlookResult.of(
        a,
        baseYear,
        series.lastValue(),
        targetValue,
        deadline,
        plan.assumed(),
        plan.deadlines(),
        band);
  }

  @Override
  public String toString() {
    return "Outlook[" + series.name() + ", target "
        + (Double.isNaN(targetValue) ? "not set" : targetValue) + ", model " + kind.id() + " "
        + params + ", paths " + paths + ", seed " + seed + "]";
  }
}
