package org.tradetarget.core.calibrate;

import java.util.Arrays;
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
  LOGISTIC("logistic", false, LogisticCalibrator::new);

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
    return c.fit(pointsUsed(series, from), params);
  }

  /** Fits with default points. */
  public Calibration fit(AnnualSeries series, ModelParams params) {
    return fit(series, params, OptionalInt.empty());
  }
}
