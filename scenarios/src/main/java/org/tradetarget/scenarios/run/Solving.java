package org.tradetarget.scenarios.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.tradetarget.core.analysis.RequiredLever;
import org.tradetarget.core.calibrate.Calibration;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.InvalidSetting;
import org.tradetarget.core.levers.LeverSchedule;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.core.model.GravityProjection;
import org.tradetarget.core.simulate.SimulationSpec;

/**
 * The trade-cost change, extra GDP growth or lever effect that brings the probability of meeting a
 * target by a deadline to a chosen level, on a corridor's gravity projection ({@code tradetarget
 * solve}, {@link RequiredLever}). Each setting is checked and a bad one named.
 */
public final class Solving {
  /** The most paths per evaluation. */
  public static final int MAX_PATHS = 10_000_000;

  private Solving() {}

  /**
   * What to solve for.
   *
   * @param corridor the corridor
   * @param target the target, US$ million
   * @param deadline the deadline year
   * @param probability the probability to reach, strictly between 0 and 1
   * @param what {@code trade-cost}, {@code gdp-growth} or {@code lever:NAME}
   * @param paths Monte Carlo paths per evaluation
   * @param seed the seed
   * @param threads worker threads, or null for every processor
   * @param range the searched range {@code LO,HI}, or null for the instrument's default
   * @param levers built-in levers in the projection
   */
  public record Question(
      Corridor corridor,
      double target,
      int deadline,
      double probability,
      String what,
      int paths,
      long seed,
      Integer threads,
      String range,
      List<String> levers) {}

  /**
   * Checks the question, fits gravity with its levers and solves.
   *
   * @param series the corridor's series (read once the settings before it are checked)
   * @param fit gravity fitted on the series with the built-in levers named (e.g. through {@link
   *     LeverFit#fit})
   * @throws InvalidInputException naming the bad setting
   */
  public static RequiredLever.Solution solve(
      Question q,
      java.util.function.Supplier<AnnualSeries> series,
      Function<List<String>, Function<AnnualSeries, Calibration>> fit) {
    return solve(q, MacroPaths.embedded(), series, fit);
  }

  /**
   * As {@link #solve(Question, java.util.function.Supplier, Function)}, on these GDP paths (e.g. a
   * macro file's), which must cover the corridor's two countries.
   */
  public static RequiredLever.Solution solve(
      Question q,
      MacroPaths macro,
      java.util.function.Supplier<AnnualSeries> series,
      Function<List<String>, Function<AnnualSeries, Calibration>> fit) {
    Corridor c = q.corridor();
    try {
      macro.requireCovers(c, "solve works on the gravity kind only, which");
    } catch (InvalidInputException e) {
      throw new InvalidSetting(
          "corridor",
          e.getMessage() + "; for this corridor run a scenario with a kind that needs no GDP"
              + " instead");
    }
    if (!(q.target() > 0) || !Double.isFinite(q.target())) {
      throw new InvalidSetting("target", q.target() + " is not allowed; expected US$ million > 0");
    }
    if (!(q.probability() > 0 && q.probability() < 1)) {
      throw new InvalidSetting(
          "probability",
          q.probability()
              + " is not allowed; expected a fraction strictly between 0 and 1, e.g. 0.8");
    }
    if (q.paths() < 1 || q.paths() > MAX_PATHS) {
      throw new InvalidSetting("paths", q.paths() + " is not allowed; expected 1 to " + MAX_PATHS);
    }
    RequiredLever.Instrument instrument = instrument(q.what());
    List<String> names = new ArrayList<>(q.levers());
    if (instrument.kind() == RequiredLever.Kind.LEVER
        && names.stream().noneMatch(n -> n.trim().equalsIgnoreCase(instrument.lever()))) {
      names.add(instrument.lever());
    }
    Calibration cal = fit.apply(names).apply(series.get());
    GravityProjection p = (GravityProjection) cal.projection();
    int base = p.lastYear();
    int deadline = q.deadline();
    if (deadline <= base || deadline > base + LeverSchedule.MAX_STEPS) {
      throw new InvalidSetting(
          "deadline",
          deadline + " is not allowed; expected a year from " + (base + 1) + " to "
              + (base + LeverSchedule.MAX_STEPS) + " (after the base year " + base + " of "
              + c.id() + ")");
    }
    double[] lohi = q.range() == null ? instrument.defaultRange(p) : parseRange(q.range());
    SimulationSpec sim = SimulationSpec.of(q.paths(), deadline - base)
        .withSeed(q.seed())
        .withThreads(threads(q.threads()))
        .withParameterUncertainty(true); // the trend's standard error, as the intervals
    return RequiredLever.solve(
        p, instrument, q.target(), deadline, q.probability(), lohi[0], lohi[1], sim);
  }

  private static int threads(Integer threads) {
    if (threads != null && threads < 1) {
      throw new InvalidSetting("threads", threads + " is not allowed; expected 1 or more");
    }
    return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
  }

  /** Parses the instrument; a lever's name in the built-ins' lower case. */
  private static RequiredLever.Instrument instrument(String text) {
    RequiredLever.Instrument i;
    try {
      i = RequiredLever.Instrument.parse(text);
    } catch (InvalidInputException e) {
      throw new InvalidSetting("for", e.getMessage());
    }
    return i.kind() == RequiredLever.Kind.LEVER
        ? new RequiredLever.Instrument(
            RequiredLever.Kind.LEVER, i.lever().trim().toLowerCase(Locale.ROOT))
        : i;
  }

  private static double[] parseRange(String text) {
    String[] parts = text.split(",", -1);
    String allowed = "expected LO,HI with finite numbers LO < HI, e.g. -0.3,0.1";
    if (parts.length != 2) {
      throw new InvalidSetting("range", "'" + text + "' is not allowed; " + allowed);
    }
    double[] v = new double[2];
    for (int i = 0; i < 2; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new InvalidSetting("range", "'" + parts[i].trim() + "' is not a number; " + allowed);
      }
    }
    if (!(v[0] < v[1]) || !Double.isFinite(v[0]) || !Double.isFinite(v[1])) {
      throw new InvalidSetting("range", "'" + text + "' is not allowed; " + allowed);
    }
    return v;
  }
}
