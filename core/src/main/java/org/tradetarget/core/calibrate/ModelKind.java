package org.tradetarget.core.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;

/**
 * The registry of projection kinds: a user-facing name, whether the kind needs consecutive points,
 * and its calibrator. An unknown name fails with the list of valid names.
 */
// calibrator holds constructor references, which keep no state.
@SuppressWarnings("ImmutableEnumChecker")
public enum ModelKind {
  /** A given annual growth rate, no fitting. */
  CONSTANT_GROWTH("constant-growth", false, ConstantGrowthCalibrator::new),
  /** The CAGR over the last {@code window} steps. */
  CAGR("cagr", true, CagrCalibrator::new),
  /** OLS of ln(value) on t. */
  LOG_LINEAR("log-linear", false, LogLinearCalibrator::new),
  /** Random walk with drift on ln(value), as forecast::rwf(drift = TRUE). */
  RW_DRIFT("rw-drift", true, RwDriftCalibrator::new),
  /** Holt's linear trend on ln(value): ETS(A,A,N). */
  HOLT("holt", true, () -> new HoltCalibrator(false)),
  /** Damped trend on ln(value): ETS(A,Ad,N). */
  HOLT_DAMPED("holt-damped", true, () -> new HoltCalibrator(true)),
  /** ARIMA(p,1,0) with drift on ln(value). */
  ARIMA("arima", true, ArimaCalibrator::new),
  /** A logistic curve on the values, fitted by nonlinear least squares. */
  LOGISTIC("logistic", false, LogisticCalibrator::new),
  /** Gravity: GDP paths, levers and a residual trend ({@link GravityCalibrator}). */
  GRAVITY("gravity", true, GravityCalibrator::new);

  private final String id;
  private final boolean recursive;
  private final Supplier<Calibrator> calibrator;

  ModelKind(String id, boolean recursive, Supplier<Calibrator> calibrator) {
    this.id = id;
    this.recursive = recursive;
    this.calibrator = calibrator;
  }

  /** The user-facing name, e.g. {@code rw-drift}. */
  public String id() {
    return id;
  }

  /** Whether the kind needs consecutive points (it then fits on the series' consecutive tail). */
  public boolean recursive() {
    return recursive;
  }

  /** The kind's calibrator. */
  public Calibrator calibrator() {
    return calibrator.get();
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

  /** The valid names, comma-separated. */
  public static String validNames() {
    return Arrays.stream(values()).map(ModelKind::id).collect(Collectors.joining(", "));
  }

  /**
   * The points this kind fits on: recursive kinds take the longest consecutive run ending at the
   * last observation; others take every point. {@code from} starts later (within that run).
   */
  public AnnualSeries pointsUsed(AnnualSeries series, OptionalInt from) {
    AnnualSeries base = recursive ? series.consecutiveTail() : series;
    if (from.isEmpty()) {
      return base;
    }
    int y = from.getAsInt();
    if (y < base.firstYear() || y > base.lastYear()) {
      throw new InvalidInputException(
          "--from " + y + " is not allowed for " + id + " on " + series.name() + "; expected a year from "
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
    AnnualSeries base = pointsUsed(series, from);
    Calibration cal = c.fit(base, params);
    List<String> notes = new ArrayList<>();
    notes.add(usedNote(series, base, cal.used(), from));
    notes.addAll(cal.notes());
    return new Calibration(cal.kind(), cal.projection(), cal.used(), cal.parameters(), cal.residuals(),
        cal.sigma(), cal.logLik(), cal.aicc(), notes);
  }

  /** Says which years the fit used and why others were left out. */
  private String usedNote(AnnualSeries series, AnnualSeries base, AnnualSeries used, OptionalInt from) {
    StringBuilder sb = new StringBuilder("used ").append(used.size()).append(used.size() == 1 ? " point, " : " points, ")
        .append(used.size() == 1 ? Integer.toString(used.firstYear()) : used.firstYear() + "-" + used.lastYear());
    if (!used.isEquallySpaced()) {
      int step = used.step();
      boolean onGrid = true;
      for (int i = 0; i < used.size(); i++) {
        onGrid &= (used.year(i) - used.firstYear()) % step == 0;
      }
      int missing = used.gaps().length;
      sb.append(onGrid
          ? " (" + missing + " missing " + (step == 1 ? "year" : "step") + (missing == 1 ? "" : "s") + " inside)"
          : " (unevenly spaced)");
    }
    if (from.isPresent()) {
      sb.append("; --from ").append(from.getAsInt());
    }
    if (recursive && from.isEmpty() && base.size() < series.size()) {
      sb.append("; earlier points (").append(series.firstYear()).append('-')
          .append(series.year(series.size() - base.size() - 1))
          .append(") are cut off by a gap: ").append(id).append(" needs consecutive points");
    }
    return sb.toString();
  }

  /** Fits with default points. */
  public Calibration fit(AnnualSeries series, ModelParams params) {
    return fit(series, params, OptionalInt.empty());
  }
}
