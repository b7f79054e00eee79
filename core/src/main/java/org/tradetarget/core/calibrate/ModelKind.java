package org.tradetarget.core.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;

/**
 * The registry of projection kinds. Each kind describes itself: its user-facing name, the scale it
 * works on, whether it needs consecutive points, the fewest points its default fit needs, whether
 * the corridor's GDP paths drive it, a one-line description and its parameters ({@link
 * ParameterSpec}: meaning, unit, bounds, default); help texts, {@code validate}, the README's kind
 * table and the tests read these, so a new kind is one constant here plus its model and calibrator.
 * An unknown name fails with the list of valid names.
 *
 * <p>{@link #checkParameters} and {@link #problems} run every check that needs no data: known
 * names, required parameters, numbers, whole numbers, booleans and bounds. What needs the data or
 * the corridor stays with the fit: parameter combinations (holt's alpha and beta together, arima's
 * coefficients for its order, gravity's trend and calibrate_trend), arima's stationarity, and
 * gravity's income elasticities, of which only the corridor's two countries' are allowed.
 */
// calibrator holds constructor references, which keep no state.
@SuppressWarnings("ImmutableEnumChecker")
public enum ModelKind {
  /** A given annual growth rate, no fitting. */
  CONSTANT_GROWTH(
      "constant-growth",
      Scale.LOG,
      false,
      1,
      false,
      "a given growth rate applied from the last observation, no fitting",
      ConstantGrowthCalibrator::new,
      ConstantGrowthCalibrator.PARAMETERS,
      "none: the rate and sigma are given, not estimated"),
  /** The CAGR over the last {@code window} steps. */
  CAGR(
      "cagr",
      Scale.LOG,
      true,
      CagrCalibrator.DEFAULT_WINDOW + 1,
      false,
      "compound growth rate of the last window steps, as a random walk with that drift",
      CagrCalibrator::new,
      CagrCalibrator.PARAMETERS,
      "the rate's sampling variance: each path draws its log rate from N(ln(1 + rate), sigma^2/w), so each year's band is the interval sigma*sqrt(h + h^2/w)"),
  /** OLS of ln(value) on t. */
  LOG_LINEAR(
      "log-linear",
      Scale.LOG,
      false,
      3,
      false,
      "least-squares line through ln(value) against time, as R's lm",
      LogLinearCalibrator::new,
      List.of(),
      "the OLS coefficients and sigma: each path draws a level, a slope and a chi-square(n - 2) scale, so each year's band is lm's t-based prediction interval"),
  /** Random walk with drift on ln(value), as forecast::rwf(drift = TRUE). */
  RW_DRIFT(
      "rw-drift",
      Scale.LOG,
      true,
      3,
      false,
      "random walk with drift on ln(value), as forecast::rwf(drift = TRUE)",
      RwDriftCalibrator::new,
      RwDriftCalibrator.PARAMETERS,
      "the drift's sampling distribution N(drift, sigma^2/(n - 1)) per path, so each year's band is rwf's interval sigma*sqrt(h + h^2/(n - 1)); none with include_drift_uncertainty=false"),
  /** Holt's linear trend on ln(value): ETS(A,A,N). */
  HOLT(
      "holt",
      Scale.LOG,
      true,
      HoltCalibrator.MIN_FIT_POINTS_UNDAMPED,
      false,
      "Holt's linear trend on ln(value), ETS(A,A,N) by maximum likelihood as forecast::ets",
      () -> new HoltCalibrator(false),
      HoltCalibrator.parameters(false),
      "none: like forecast::ets, the intervals and the simulation leave out the smoothing parameters' and initial states' uncertainty"),
  /** Damped trend on ln(value): ETS(A,Ad,N). */
  HOLT_DAMPED(
      "holt-damped",
      Scale.LOG,
      true,
      HoltCalibrator.MIN_FIT_POINTS_DAMPED,
      false,
      "damped trend on ln(value), ETS(A,Ad,N) by maximum likelihood as forecast::ets",
      () -> new HoltCalibrator(true),
      HoltCalibrator.parameters(true),
      "none: like forecast::ets, the intervals and the simulation leave out the smoothing parameters', damping's and initial states' uncertainty"),
  /** ARIMA(p,d,q) on ln(value); by default (1,1,0) with drift. */
  ARIMA(
      "arima",
      Scale.LOG,
      true,
      ArimaCalibrator.minimumFitPoints(ArimaCalibrator.DEFAULT_ORDER),
      false,
      "ARIMA(p,d,q) on ln(value) by exact maximum likelihood, as forecast::Arima; default (1,1,0) with drift",
      ArimaCalibrator::new,
      ArimaCalibrator.PARAMETERS,
      "the fitted drift's standard error se: each path draws its drift from N(drift, se^2), and the intervals add se^2*g_h^2 (beyond predict.Arima); the AR coefficients' uncertainty is left out; none with include_drift_uncertainty=false or a given drift, nor (R's predict.Arima intervals) with any of d, q, p=3, MA terms or an intercept"),
  /** A logistic curve on the values, fitted by nonlinear least squares. */
  LOGISTIC(
      "logistic",
      Scale.VALUE,
      false,
      LogisticCalibrator.MIN_POINTS,
      false,
      "logistic curve K/(1 + exp(-r(year - t0))) on the values, by nonlinear least squares",
      LogisticCalibrator::new,
      LogisticCalibrator.PARAMETERS,
      "the delta method of the intervals: each path draws a parameter shift from N(0, C) entering through the curve's gradient and a chi-square(n - p) scale, so each year's band is the t-based interval"),
  /** Random walk without drift on ln(value), as forecast::naive. */
  NAIVE(
      "naive",
      Scale.LOG,
      true,
      NaiveCalibrator.MIN_POINTS,
      false,
      "random walk without drift on ln(value) with the differences' root mean square as sigma, as forecast::naive",
      NaiveCalibrator::new,
      List.of(),
      "none: the point is the last value and only sigma is estimated; like rwf, the intervals leave out sigma's uncertainty"),
  /** The theta method on ln(value), as forecast::thetaf. */
  THETA(
      "theta",
      Scale.LOG,
      true,
      ThetaCalibrator.MIN_POINTS,
      false,
      "theta method on ln(value): simple exponential smoothing plus half the least-squares slope as drift, as forecast::thetaf",
      ThetaCalibrator::new,
      List.of(),
      "none: like thetaf, the intervals and the simulation leave out the smoothing parameter's, the initial level's and the drift's uncertainty"),
  /** ARIMA orders chosen by AICc on ln(value), as forecast::auto.arima ({@link ArimaAutoCalibrator}). */
  ARIMA_AUTO(
      "arima-auto",
      Scale.LOG,
      true,
      ArimaAutoCalibrator.MIN_POINTS,
      false,
      "ARIMA(p,d,q) on ln(value), orders chosen by AICc as forecast::auto.arima(stepwise = FALSE, approximation = FALSE, max.p = 3, max.q = 3): d by the KPSS test, p, q <= 3, drift or mean as R allows; then fitted as arima",
      ArimaAutoCalibrator::new,
      List.of(),
      "none: the chosen orders' R predict.Arima intervals, as arima with those orders; the choice and the coefficients' uncertainty are left out"),
  /** ETS(A,N,N), (A,A,N) or (A,Ad,N) chosen by AICc, as forecast::ets(model = "AZN"). */
  ETS_AUTO(
      "ets-auto",
      Scale.LOG,
      true,
      EtsAutoCalibrator.MIN_POINTS,
      false,
      "ETS(A,N,N), ETS(A,A,N) or ETS(A,Ad,N) on ln(value), chosen by AICc as forecast::ets(model = \"AZN\"), each by maximum likelihood (the trend forms as holt and holt-damped)",
      EtsAutoCalibrator::new,
      List.of(),
      "none: like forecast::ets, the intervals and the simulation leave out the choice's, the smoothing parameters' and the initial states' uncertainty"),
  /** Gravity: GDP paths, levers and a residual trend ({@link GravityCalibrator}). */
  GRAVITY(
      "gravity",
      Scale.LOG,
      true,
      3,
      true,
      "trade driven by the two countries' GDP paths, levers and a residual trend",
      GravityCalibrator::new,
      GravityCalibrator.PARAMETERS,
      "a calibrated trend's standard error se: each path draws its trend from N(trend, se^2), as the intervals' h^2*se^2 term; none for a given trend; elasticities and GDP paths are given"),
  /** A weighted mixture of univariate kinds: each path follows one member ({@link EnsembleCalibrator}). */
  ENSEMBLE(
      "ensemble",
      Scale.LOG,
      false,
      3,
      false,
      "weighted mixture of kinds fitted on the series, each path following one member drawn by weight",
      EnsembleCalibrator::new,
      EnsembleCalibrator.PARAMETERS,
      "each member's own rule, on the paths that follow it"),
  /** The outside view: trajectories of matched pairs of a panel ({@link ReferenceSet}). */
  REFERENCE_CLASS(
      "reference-class",
      Scale.LOG,
      true,
      1,
      false,
      "the outside view: each path follows the growth a panel pair of similar size and recent growth actually had",
      ReferenceClassCalibrator::new,
      ReferenceClassCalibrator.PARAMETERS,
      "none: the spread is that of the matched pairs' trajectories; no parameter is estimated");

  /** The scale a kind models: ln(value) with normal shocks, or the value itself. */
  public enum Scale {
    /** ln(value): log-normal intervals, shocks and crisis jumps are log changes. */
    LOG,
    /** The value itself, in the data's unit (the point is the fitted curve). */
    VALUE;

    /** "log" or "value". */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final String id;
  private final Scale scale;
  private final boolean recursive;
  private final int minPoints;
  private final boolean drivenByMacro;
  private final String description;
  private final Supplier<Calibrator> calibrator;
  private final List<ParameterSpec> parameters;
  private final String parameterUncertainty;

  ModelKind(
      String id,
      Scale scale,
      boolean recursive,
      int minPoints,
      boolean drivenByMacro,
      String description,
      Supplier<Calibrator> calibrator,
      List<ParameterSpec> parameters,
      String parameterUncertainty) {
    this.id = id;
    this.scale = scale;
    this.recursive = recursive;
    this.minPoints = minPoints;
    this.drivenByMacro = drivenByMacro;
    this.description = description;
    this.calibrator = calibrator;
    this.parameters = List.copyOf(parameters);
    this.parameterUncertainty = parameterUncertainty;
  }

  /**
   * The kind's rule for parameter uncertainty ({@code simulation.parameter_uncertainty}, on by
   * default): what each simulated path draws, and which interval the simulated band then equals.
   */
  public String parameterUncertainty() {
    return parameterUncertainty;
  }

  /** The user-facing name, e.g. {@code rw-drift}. */
  public String id() {
    return id;
  }

  /** Whether the kind needs consecutive points (it then fits on the series' consecutive tail). */
  public boolean recursive() {
    return recursive;
  }

  /** The scale the kind models: {@link Scale#LOG} (ln(value)) or {@link Scale#VALUE} (logistic). */
  public Scale scale() {
    return scale;
  }

  /**
   * The fewest points the kind's fit needs with its default parameters (consecutive points when
   * {@link #recursive()}); some parameters need fewer or more, as the fit's message says.
   */
  public int minPoints() {
    return minPoints;
  }

  /**
   * Whether the corridor's GDP paths drive the kind itself ({@code gravity}): it is fitted with the
   * corridor, the macro paths and the levers, decomposes by driver, and takes macro growth changes
   * through its own elasticities. Other kinds are univariate; levers and macro shifts go on top.
   */
  public boolean drivenByMacro() {
    return drivenByMacro;
  }

  /** A one-line description, e.g. "random walk with drift on ln(value), ...". */
  public String description() {
    return description;
  }

  /** The parameters the kind accepts, in the order the help lists them. */
  public List<ParameterSpec> parameters() {
    return parameters;
  }

  /** The parameter of that name, if the kind has one. */
  public Optional<ParameterSpec> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The parameter names, sorted. */
  public Set<String> parameterNames() {
    return parameters.stream()
        .map(ParameterSpec::name)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Every problem with {@code params} that needs no data, in the order the parameters were given
   * (then missing required ones): unknown names (listing the valid ones), values that are not
   * numbers, whole numbers or booleans as the parameter needs, and values out of bounds. Each
   * message names the parameter, the value and what is allowed.
   */
  public List<ParameterProblem> problems(ModelParams params) {
    List<ParameterProblem> out = new ArrayList<>();
    for (String name : params.names()) {
      String value = params.value(name);
      Optional<ParameterSpec> spec = parameter(name);
      if (spec.isEmpty()) {
        out.add(new ParameterProblem(
            name,
            value,
            "unknown parameter '" + name + "' for model " + id + "; valid: "
                + (parameters.isEmpty() ? "(none)" : String.join(", ", parameterNames()))));
      } else {
        spec.get().problem(value).ifPresent(m -> out.add(new ParameterProblem(name, value, m)));
      }
    }
    for (ParameterSpec p : parameters) {
      if (p.required() && !params.has(p.name())) {
        out.add(new ParameterProblem(p.name(), null, p.problem(null).orElseThrow()));
      }
    }
    return out;
  }

  /**
   * Fails on the first of {@link #problems}.
   *
   * @throws InvalidInputException with that problem's message
   */
  public void checkParameters(ModelParams params) {
    List<ParameterProblem> p = problems(params);
    if (!p.isEmpty()) {
      throw new InvalidInputException(p.get(0).message());
    }
  }

  /** "6 consecutive points", "1 point": the fewest points with default parameters, in words. */
  public String minPointsText() {
    return minPoints + (recursive ? " consecutive" : "") + (minPoints == 1 ? " point" : " points");
  }

  /** The kind's calibrator. */
  public Calibrator calibrator() {
    return calibrator.get();
  }

  /** Whether an {@code ensemble} may hold this kind as a member. */
  public boolean ensembleMember() {
    return EnsembleCalibrator.MEMBER_KINDS.contains(id);
  }

  /**
   * Looks a kind up by its user-facing name.
   *
   * @throws InvalidInputException naming the bad name and listing the valid ones
   */
  public static ModelKind of(String name) {
    String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    for (ModelKind k : values()) {
      if (k.id.equals(key)) {
        return k;
      }
    }
    throw new InvalidInputException("unknown model kind '" + name + "'; valid: " + validNames());
  }

  /**
   * The kinds as lines for a help text, wrapped to {@code width} columns: per kind its name, its
   * description, scale and fewest points, then its parameters ({@link ParameterSpec#summary}).
   */
  public static List<String> helpTable(int width) {
    return KindTables.help(width);
  }

  /**
   * The kinds as a Markdown table (the guide's "Model kinds"): kind, scale, fewest points,
   * parameters, description, parameter uncertainty.
   */
  public static String markdownTable() {
    return KindTables.markdown();
  }

  /** The valid names, comma-separated. */
  public static String validNames() {
    return Arrays.stream(values()).map(ModelKind::id).collect(Collectors.joining(", "));
  }

  /**
   * The points this kind fits on: recursive kinds take the longest consecutive run ending at the
   * last observation; others take every point. {@code from} starts later (within that run).
   */
  public AnnualSeries pointsUsed(AnnualSeries series, OptionalInt from) {
    return pointsUsed(series, from, SettingWords.LIBRARY);
  }

  /**
   * The points this kind fits on ({@link #pointsUsed(AnnualSeries, OptionalInt)}), a bad {@code
   * from} named in the given words.
   */
  public AnnualSeries pointsUsed(AnnualSeries series, OptionalInt from, SettingWords words) {
    AnnualSeries base = recursive ? series.consecutiveTail() : series;
    if (from.isEmpty()) {
      return base;
    }
    int y = from.getAsInt();
    if (y < base.firstYear() || y > base.lastYear()) {
      throw new InvalidInputException(words.fromYear(y) + " is not allowed for " + id + " on "
          + series.name() + "; expected a year from "
          + base.firstYear() + " to " + base.lastYear()
          + (recursive ? " (the consecutive run ending at the last observation)" : ""));
    }
    return base.between(y, base.lastYear());
  }

  /**
   * Fits this kind: checks the parameter names, selects the points ({@link #pointsUsed}) and calls
   * the calibrator.
   */
  public Calibration fit(AnnualSeries series, ModelParams params, OptionalInt from) {
    Calibrator c = calibrator();
    params.requireKnown(id, c.parameterNames());
    RegressorColumns.requireTaken(this, params);
    AnnualSeries base = pointsUsed(series, from, params.words());
    Calibration cal = c.fit(base, params);
    List<String> notes = new ArrayList<>();
    notes.add(UsedPointsNote.of(this, series, base, cal.used(), from, params.words()));
    notes.addAll(cal.notes());
    return cal.withNotes(notes);
  }

  /** Whether the kind fits exogenous regressors ({@link ModelParams#regressors()}). */
  public boolean takesRegressors() {
    return this == LOG_LINEAR || this == ARIMA;
  }

  /**
   * {@link #fit} that never throws: a kind that cannot be fitted (too few points, an optimiser that
   * does not converge after its restarts and fallback, a forbidden parameter) comes back as a
   * failed {@link FitOutcome} with the reason, and so does an unexpected error of the library
   * (flagged {@link FitOutcome#unexpected()}). For panels and ensembles, where one series or one
   * member must not stop the others.
   */
  public FitOutcome tryFit(AnnualSeries series, ModelParams params, OptionalInt from) {
    try {
      return FitOutcome.of(fit(series, params, from));
    } catch (InvalidInputException e) {
      return FitOutcome.failed(this, String.valueOf(e.getMessage()), false);
    } catch (RuntimeException e) {
      return FitOutcome.failed(
          this,
          id + " on " + series.name() + ": unexpected " + e.getClass().getSimpleName() + ": "
              + e.getMessage(),
          true);
    }
  }

  /** Fits with default points. */
  public Calibration fit(AnnualSeries series, ModelParams params) {
    return fit(series, params, OptionalInt.empty());
  }
}
