package org.tradetarget.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.model.Forecast;
import org.tradetarget.core.simulate.MonteCarlo;
import org.tradetarget.core.simulate.SimulatedSeries;
import org.tradetarget.core.simulate.SimulationResult;
import org.tradetarget.core.simulate.SimulationSpec;

/**
 * P(met by the deadline) of one target by one kind fitted on a given history, read off the same
 * simulated paths once per path adjustment (raw, and recalibrated by a caller's map), so that two
 * adjustments differ only by the map.
 *
 * <p>The kind is fitted with its default parameters on {@code history} (the data up to the year
 * before the announcement); the Monte Carlo engine ({@link MonteCarlo}) simulates it from its last
 * fitted year to the deadline with the caller's spec (its horizon and sample paths are set here),
 * keeping every path (so at most {@link SimulationSpec#MAX_SAMPLE_PATHS}). Each adjustment receives
 * each path's log values at steps 1..H with the kind's log-scale point forecast and standard error,
 * and p_met is the share of adjusted paths at or above the target in some simulated year up to and
 * including the deadline. When an observed value of the history already reached the target, p_met
 * is 1 for every adjustment.
 */
public final class HindsightOdds {
  /** The most paths: every path is kept to be adjusted. */
  public static final int MAX_PATHS = SimulationSpec.MAX_SAMPLE_PATHS;

  /** Adjusts one simulated log path in place (e.g. a recalibration's quantile maps). */
  @FunctionalInterface
  public interface PathAdjustment {
    /** No adjustment: the raw paths. */
    PathAdjustment NONE = (kind, points, logPath, logPoint, logSe) -> {};

    /**
     * Adjusts {@code logPath} in place.
     *
     * @param kind the kind fitted
     * @param points the points it was fitted on
     * @param logPath the path's log values at steps 1..H
     * @param logPoint the kind's log-scale point forecast at steps 1..H (NaN for a kind that does
     *     not work on logs)
     * @param logSe its log-scale standard error at steps 1..H (NaN likewise)
     */
    void adjust(ModelKind kind, int points, double[] logPath, double[] logPoint, double[] logSe);
  }

  /**
   * The odds, or why there are none.
   *
   * @param used the points the kind was fitted on (empty when the fit failed)
   * @param pMet one probability (fraction) per adjustment, in order; empty when there are none
   * @param note why {@code pMet} is empty, or a remark on it; empty when there is nothing to say
   */
  public record Odds(Optional<AnnualSeries> used, List<Double> pMet, String note) {
    /** Copies the list. */
    public Odds {
      pMet = List.copyOf(pMet);
      note = note == null ? "" : note;
    }

    static Odds none(Optional<AnnualSeries> used, String note) {
      return new Odds(used, List.of(), note);
    }
  }

  private HindsightOdds() {}

  /**
   * The odds of reaching {@code target} (US$ million) by {@code deadline} as of the end of {@code
   * history}.
   *
   * @param spec paths (1 to {@link #MAX_PATHS}), seed, threads, shocks, parameter uncertainty
   */
  public static Odds of(
      AnnualSeries history,
      double target,
      int deadline,
      ModelKind kind,
      SimulationSpec spec,
      List<PathAdjustment> adjustments) {
    if (spec.paths() > MAX_PATHS) {
      throw new IllegalArgumentException(
          "paths " + spec.paths() + " is not allowed; expected 1 to " + MAX_PATHS);
    }
    OptionalInt before = Outcome.firstReached(history, target);
    if (before.isPresent()) {
      List<Double> ones = new ArrayList<>();
      adjustments.forEach(a -> ones.add(1.0));
      return new Odds(
          Optional.of(history),
          ones,
          "already reached in " + before.getAsInt() + ", before the announcement");
    }
    Calibration cal;
    try {
      cal = kind.fit(history, ModelParams.none());
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      return Odds.none(
          Optional.empty(),
          "no fit on the data up to " + history.lastYear() + ": " + e.getMessage());
    }
    int base = cal.projection().lastYear();
    if (deadline <= base) {
      return Odds.none(
          Optional.of(cal.used()),
          "the deadline " + deadline + " is not after the last fitted year " + base);
    }
    int steps = deadline - base;
    double[][] paths;
    Forecast f;
    try {
      SimulatedSeries s = SimulatedSeries.of(history.name(), cal.projection().simulator())
          .withResiduals(cal.residuals());
      SimulationResult r =
          MonteCarlo.run(List.of(s), spec.withHorizon(steps).withSamplePaths(spec.paths()));
      paths = r.series().get(0).samplePaths();
      f = cal.projection().forecast(steps);
    } catch (IllegalArgumentException | IllegalStateException e) {
      return Odds.none(Optional.of(cal.used()), "simulation failed: " + e.getMessage());
    }
    double logTarget = Math.log(target);
    int points = cal.used().size();
    List<Double> p = new ArrayList<>();
    double[] log = new double[steps];
    for (PathAdjustment a : adjustments) {
      int met = 0;
      for (double[] path : paths) {
        for (int h = 0; h < steps; h++) {
          log[h] = Math.log(path[h]);
        }
        a.adjust(kind, points, log, f.logPoint(), f.logSe());
        for (int h = 0; h < steps; h++) {
          if (log[h] >= logTarget) {
            met++;
            break;
          }
        }
      }
      p.add(met / (double) paths.length);
    }
    return new Odds(Optional.of(cal.used()), p, "");
  }
}
