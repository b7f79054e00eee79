package org.tradetarget.core.evidence;

import java.util.List;
import java.util.Set;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.InvalidInputException;

/**
 * What a panel backtest does.
 *
 * @param kinds the kinds scored (log-scale kinds with analytic intervals, and {@code ensemble}: the
 *     mixture of the members among them)
 * @param horizon the largest step ahead H
 * @param minTrain the fewest points a fit uses (≥ 3)
 * @param fromYear the earliest origin year (the last training year), inclusive
 * @param toYear the latest origin year, inclusive
 * @param threads worker threads; results never depend on it
 * @param seed the seed of the simulated paths behind the target odds
 */
public record PanelSettings(
    List<ModelKind> kinds,
    int horizon,
    int minTrain,
    int fromYear,
    int toYear,
    int threads,
    long seed)
    implements java.io.Serializable {
  /** The kinds a panel backtest scores by default. */
  public static final List<ModelKind> DEFAULT_KINDS = List.of(
      ModelKind.RW_DRIFT,
      ModelKind.LOG_LINEAR,
      ModelKind.HOLT,
      ModelKind.HOLT_DAMPED,
      ModelKind.ARIMA);

  /** The default largest step ahead. */
  public static final int DEFAULT_HORIZON = 10;

  /** The default fewest training points. */
  public static final int DEFAULT_MIN_TRAIN = 3;

  /**
   * The kinds that can be scored: log scale, analytic intervals, no inputs beyond the series (and,
   * for {@code reference-class}, the panel itself as the reference set).
   */
  public static final Set<ModelKind> SCORABLE = Set.of(
      ModelKind.CAGR,
      ModelKind.LOG_LINEAR,
      ModelKind.RW_DRIFT,
      ModelKind.HOLT,
      ModelKind.HOLT_DAMPED,
      ModelKind.ARIMA,
      ModelKind.ARIMA_AUTO,
      ModelKind.ETS_AUTO,
      ModelKind.REFERENCE_CLASS,
      ModelKind.ENSEMBLE);

  /** Checks the values; each failure names the option, the value and what is allowed. */
  public PanelSettings {
    kinds = List.copyOf(kinds);
    if (kinds.isEmpty()) {
      throw new InvalidInputException("option '--models': at least one kind is needed");
    }
    for (ModelKind k : kinds) {
      if (!SCORABLE.contains(k)) {
        throw new InvalidInputException("option '--models': " + k.id()
            + " is not scored in a panel backtest; allowed: cagr, log-linear, rw-drift, holt,"
            + " holt-damped, arima, arima-auto, ets-auto, reference-class, ensemble");
      }
    }
    if (kinds.contains(ModelKind.ENSEMBLE) && kinds.stream().noneMatch(ModelKind::ensembleMember)) {
      throw new InvalidInputException("option '--models': ensemble mixes the other kinds listed and"
          + " needs at least one of rw-drift, log-linear, cagr, holt, holt-damped, arima");
    }
    if (horizon < 1 || horizon > 50) {
      throw new InvalidInputException(
          "option '--horizon': " + horizon + " is not allowed; expected 1 to 50 steps");
    }
    if (minTrain < 3) {
      throw new InvalidInputException(
          "option '--min-train': " + minTrain
              + " is not allowed with --panel; expected at least 3 (the shortest history class is 3-5)");
    }
    if (fromYear > toYear) {
      throw new InvalidInputException("option '--origins': " + fromYear + ":" + toYear
          + " is not allowed; expected FROM:TO with FROM <= TO");
    }
    if (threads < 1) {
      throw new InvalidInputException(
          "option '--threads': " + threads + " is not allowed; expected 1 or more");
    }
  }

  /** The defaults: {@link #DEFAULT_KINDS}, H = 10, 3 points, every origin, one thread, seed 1. */
  public static PanelSettings defaults() {
    return new PanelSettings(
        DEFAULT_KINDS,
        DEFAULT_HORIZON,
        DEFAULT_MIN_TRAIN,
        Integer.MIN_VALUE,
        Integer.MAX_VALUE,
        1,
        1);
  }

  /** A copy with other kinds. */
  public PanelSettings withKinds(List<ModelKind> k) {
    return new PanelSettings(k, horizon, minTrain, fromYear, toYear, threads, seed);
  }

  /** A copy with another horizon. */
  public PanelSettings withHorizon(int h) {
    return new PanelSettings(kinds, h, minTrain, fromYear, toYear, threads, seed);
  }

  /** A copy with another minimum training length. */
  public PanelSettings withMinTrain(int n) {
    return new PanelSettings(kinds, horizon, n, fromYear, toYear, threads, seed);
  }

  /** A copy with other origin years. */
  public PanelSettings withOrigins(int from, int to) {
    return new PanelSettings(kinds, horizon, minTrain, from, to, threads, seed);
  }

  /** A copy with another thread count. */
  public PanelSettings withThreads(int t) {
    return new PanelSettings(kinds, horizon, minTrain, fromYear, toYear, t, seed);
  }

  /** A copy with another seed. */
  public PanelSettings withSeed(long s) {
    return new PanelSettings(kinds, horizon, minTrain, fromYear, toYear, threads, s);
  }
}
