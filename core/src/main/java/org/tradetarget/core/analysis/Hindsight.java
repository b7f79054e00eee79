package org.tradetarget.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.Target;
import org.tradetarget.core.simulate.MonteCarlo;
import org.tradetarget.core.simulate.SimulatedSeries;
import org.tradetarget.core.simulate.SimulationResult;
import org.tradetarget.core.simulate.SimulationSpec;

/**
 * Past targets judged in hindsight: for each earlier target, the probability each method gave, as
 * of its announcement, of reaching it by its deadline, beside what happened.
 *
 * <p><b>As of the announcement.</b> The method is fitted, with its default parameters, on the
 * corridor's default series up to the year before the announcement year (recursive kinds take the
 * consecutive run ending there). The Monte Carlo engine ({@link MonteCarlo}) then simulates the
 * fitted kind from its last fitted year to the deadline with the given spec (its horizon is set
 * here; paths, seed, threads, shocks and parameter uncertainty are the caller's), and p_met is
 * P(met by the deadline): the share of paths at or above the target in some simulated year up to
 * and including the deadline. When an observed value before the announcement already reached the
 * target, p_met is 1.
 *
 * <p><b>What happened</b> ({@link Outcome#judge}) is computed from the same default series: {@code
 * met} when an observed value reached the target in some year up to and including the deadline,
 * {@code missed} otherwise, {@code open} when not met and the deadline is after the last observed
 * year.
 *
 * <p>A method that cannot be fitted on the short history (too few points), and a target without an
 * announcement year or a deadline, give an empty p_met with a note saying why, never an exception.
 */
public final class Hindsight {
  /**
   * The methods judged by default: {@code rw-drift}, {@code log-linear}, {@code cagr} and {@code
   * arima}. They fit without user-given values on short histories (3, 3, 6 and 6 points) and stand
   * for distinct ways of reading a history: the average past growth carried on with random-walk
   * spread (rw-drift), a fixed trend line with deviations that do not accumulate (log-linear), the
   * rule of thumb of recent compound growth (cagr, last 5 years) and growth with momentum in its
   * changes (arima). Left out: {@code constant-growth} (it needs a given rate, so there is no
   * method to judge), {@code holt-damped} and {@code holt} (they need 10 and 9 consecutive points,
   * more than the history before any earlier target in {@code seeds/} has, so they would add only
   * empty rows; name them in the kinds to see) and {@code logistic} (a capacity cannot be
   * identified from a few years of still-growing trade).
   */
  public static final List<ModelKind> DEFAULT_KINDS =
      List.of(ModelKind.RW_DRIFT, ModelKind.LOG_LINEAR, ModelKind.CAGR, ModelKind.ARIMA);

  private static final Pattern YEAR = Pattern.compile("^\\s*(\\d{4})");

  private Hindsight() {}

  /**
   * The default spec: {@value SimulationSpec#DEFAULT_PATHS} paths, the engine's default seed, normal shocks,
   * parameter uncertainty on (as in scenarios and {@link Outlook}).
   */
  public static SimulationSpec defaultSpec() {
    return SimulationSpec.of(SimulationSpec.DEFAULT_PATHS, 1).withParameterUncertainty(true);
  }

  /**
   * Judges every earlier target of {@code data} ({@link Dataset#earlierTargets()}, in file order)
   * by every kind (in the given order): one row per target and kind.
   *
   * @param spec the simulation settings; its horizon is replaced per target
   */
  public static List<HindsightRow> run(Dataset data, List<ModelKind> kinds, SimulationSpec spec) {
    List<HindsightRow> rows = new ArrayList<>();
    for (Target t : data.earlierTargets()) {
      AnnualSeries series = data.series(t.corridor());
      for (ModelKind k : kinds) {
        rows.add(judge(t, series, k, spec));
      }
    }
    return rows;
  }

  /** Judges one target by one kind on the corridor's series. */
  public static HindsightRow judge(
      Target target, AnnualSeries series, ModelKind kind, SimulationSpec spec) {
    OptionalInt announced = announcementYear(target);
    double value = target.valueUsdMillion();
    OptionalInt reached = Outcome.firstReached(series, value);
    Outcome outcome = target.deadline().isPresent()
        ? Outcome.judge(series, value, target.deadline().getAsInt())
        : (reached.isPresent() ? Outcome.MET : Outcome.OPEN);
    Row row = new Row(target, announced, kind, outcome, reached);
    if (target.deadline().isEmpty()) {
      return row.empty("the target has no deadline");
    }
    int deadline = target.deadline().getAsInt();
    if (announced.isEmpty()) {
      return row.empty("no announcement year in '" + target.provenance().announced() + "'");
    }
    int asOf = announced.getAsInt() - 1;
    if (series.firstYear() > asOf) {
      return row.empty("no data before the announcement in " + announced.getAsInt()
          + " (the series starts in " + series.firstYear() + ")");
    }
    AnnualSeries history = series.between(series.firstYear(), asOf);
    OptionalInt before = Outcome.firstReached(history, value);
    if (before.isPresent()) {
      return row.certain(
          history, "already reached in " + before.getAsInt() + ", before the announcement");
    }
    Calibration cal;
    try {
      cal = kind.fit(history, ModelParams.none());
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      return row.empty("no fit on the data up to " + asOf + ": " + e.getMessage());
    }
    int base = cal.projection().lastYear();
    if (deadline <= base) {
      return row.empty("the deadline " + deadline + " is not after the last fitted year " + base);
    }
    SimulationResult result;
    try {
      SimulatedSeries s = SimulatedSeries.of(
              target.corridor().id(), cal.projection().simulator())
          .withResiduals(cal.residuals())
          .withTarget(value, deadline);
      result = MonteCarlo.run(List.of(s), spec.withHorizon(deadline - base));
    } catch (IllegalArgumentException | IllegalStateException e) {
      return row.empty("simulation failed: " + e.getMessage());
    }
    Checkpoint c = Attainment.of(result).series().get(0).checkpoint(deadline);
    return new HindsightRow(
        target,
        announced,
        kind,
        Optional.of(cal.used()),
        OptionalDouble.of(c.metBy()),
        OptionalDouble.of(c.metBySe()),
        outcome,
        reached,
        "");
  }

  /** The year at the start of the provenance's announcement date ({@code 2012}, {@code 2025-04-24}). */
  public static OptionalInt announcementYear(Target target) {
    Matcher m = YEAR.matcher(target.provenance().announced());
    return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  /** The parts of a row that do not depend on the fit. */
  private record Row(
      Target target, OptionalInt announced, ModelKind kind, Outcome outcome, OptionalInt reached) {
    HindsightRow empty(String note) {
      return new HindsightRow(
          target,
          announced,
          kind,
          Optional.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          outcome,
          reached,
          note);
    }

    HindsightRow certain(AnnualSeries history, String note) {
      return new HindsightRow(
          target,
          announced,
          kind,
          Optional.of(history),
          OptionalDouble.of(1.0),
          OptionalDouble.of(0.0),
          outcome,
          reached,
          note);
    }
  }
}
