package org.tradetarget.scenarios.run;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.levers.Lever;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.core.simulate.CrisisJumps;
import org.tradetarget.core.simulate.ShockModel;
import org.tradetarget.scenarios.io.ScenarioLoader;
import org.tradetarget.scenarios.spec.ScenarioSpec;
import org.tradetarget.scenarios.spec.SimulationSettings;

/**
 * The value a run used for a key its scenario file leaves out, as text for people: the default with
 * {@value #DEFAULT} after it ({@code 0.02 (default)}), a fitted model parameter with {@value
 * #FITTED}, or what leaving the key out means when it has no value ({@value #NOT_INCLUDED} for a
 * lever or a corridor the scenario does not have, {@value #NOT_USED} for a setting of something
 * that is off). A key this class does not know is shown as {@value #UNKNOWN}.
 */
public final class ValueInUse {
  /** The mark after a default. */
  public static final String DEFAULT = "(default)";

  /** The mark after a parameter the run fitted to the data. */
  public static final String FITTED = "(fitted)";

  /** A lever or a corridor the scenario does not have. */
  public static final String NOT_INCLUDED = "(not included)";

  /** A setting of something the run does not use (the df of normal shocks, the size of no jumps). */
  public static final String NOT_USED = "(not used)";

  /** A key left out whose value this class cannot tell. */
  public static final String UNKNOWN = "(default)";

  private ValueInUse() {}

  /**
   * The value run {@code r} used at the dotted path {@code path}, which its scenario file leaves
   * out.
   */
  public static String of(ScenarioResult r, String path) {
    List<String> p = List.of(path.split("\\.", -1));
    ScenarioSpec s = r.spec();
    Optional<String> v = switch (p.get(0)) {
      case "assumed_deadline" -> dflt(Integer.toString(s.assumedDeadline()));
      case "base_year" -> dflt("each corridor's last observation");
      case "simulation" -> p.size() < 2 ? Optional.empty() : simulation(s.simulation(), p);
      case "outputs" -> p.size() < 2 ? Optional.empty() : outputs(s, p.get(1));
      case "macro" -> p.size() < 2 ? Optional.empty() : macro(s, p.get(1));
      case "model" ->
        p.size() == 2 && p.get(1).equals("kind")
            ? dflt(ScenarioLoader.DEFAULT_MODEL.id())
            : Optional.empty();
      case "levers" ->
        p.size() < 2 ? Optional.empty() : lever(s, p.get(1), p.size() > 2 ? p.get(2) : "");
      case "corridors" -> p.size() < 2 ? Optional.empty() : corridor(r, p);
      default -> Optional.empty();
    };
    return v.orElse(UNKNOWN);
  }

  private static Optional<String> simulation(SimulationSettings sim, List<String> p) {
    String key = p.get(1);
    String sub = p.size() > 2 ? p.get(2) : "";
    return switch (key) {
      case "paths" -> dflt(Integer.toString(sim.paths()));
      case "seed" -> dflt(Long.toString(sim.seed()));
      case "threads" -> dflt("0 (all cores)");
      case "end_year" -> dflt("the latest deadline");
      case "persistence" -> dflt(number(sim.persistence().orElse(1)));
      case "parameter_uncertainty" -> dflt(Boolean.toString(sim.parameterUncertainty()));
      case "recalibration" -> dflt("bundled");
      case "correlation" -> dflt("0");
      case "shocks" ->
        sub.equals("df")
            ? sim.shocks().model() == ShockModel.STUDENT_T
                ? dflt(number(sim.shocks().degreesOfFreedom()))
                : Optional.of(NOT_USED)
            : dflt(sim.shocks().model().id());
      case "jumps" -> jumps(sim.jumps(), sub);
      default -> Optional.empty();
    };
  }

  private static Optional<String> jumps(Optional<CrisisJumps> jumps, String sub) {
    if (jumps.isEmpty()) {
      return sub.equals("probability") || sub.isEmpty() ? dflt("0") : Optional.of(NOT_USED);
    }
    CrisisJumps j = jumps.get();
    return switch (sub) {
      case "probability" -> dflt(number(j.probability()));
      case "mean" -> dflt(number(j.meanLogSize()));
      case "sd" -> dflt(number(j.sdLogSize()));
      default -> Optional.empty();
    };
  }

  private static Optional<String> outputs(ScenarioSpec s, String key) {
    return switch (key) {
      case "band" -> dflt(number(s.outputs().bandLevel()));
      case "quantiles" -> dflt(s.outputs().quantiles().toString());
      case "sample_paths" -> dflt(Integer.toString(s.outputs().samplePaths()));
      case "log_scale" -> dflt(Boolean.toString(s.outputs().logScale()));
      case "odds_by_model" -> dflt(Boolean.toString(s.outputs().oddsByModel()));
      default -> Optional.empty();
    };
  }

  private static Optional<String> macro(ScenarioSpec s, String key) {
    var m = s.macro();
    return switch (key) {
      case "growth_shift" -> dflt(number(m.growthShift().orElse(0)));
      case "inflation" -> dflt(number(m.inflation().orElse(MacroPaths.DEFAULT_INFLATION)));
      case "growth_sd" -> dflt(number(m.growthSd().orElse(MacroPaths.DEFAULT_GROWTH_SD)));
      case "correlation" -> dflt(number(m.correlation().orElse(0)));
      case "file" -> dflt("the embedded GDP paths");
      default -> Optional.empty();
    };
  }

  private static Optional<String> lever(ScenarioSpec s, String name, String key) {
    Optional<Lever> found =
        s.levers().stream().filter(l -> l.name().equals(name)).findFirst();
    if (found.isEmpty()) {
      return Optional.of(NOT_INCLUDED);
    }
    Lever l = found.get();
    return switch (key) {
      case "probability" -> dflt(number(l.probability()));
      case "delay_mean_years" -> dflt(number(l.delayMeanYears()));
      case "ramp_years" -> dflt(Integer.toString(l.rampYears()));
      case "start_year" -> dflt(Integer.toString(l.startYear()));
      case "enabled", "" -> dflt("true");
      case "trade_cost_change" ->
        l.tradeCostChange().isPresent()
            ? dflt(number(l.tradeCostChange().getAsDouble()))
            : Optional.of(NOT_USED);
      case "direct_effect" ->
        l.directEffect().isPresent()
            ? dflt(number(l.directEffect().getAsDouble()))
            : Optional.of(NOT_USED);
      default -> Optional.empty();
    };
  }

  private static Optional<String> corridor(ScenarioResult r, List<String> p) {
    Corridor id;
    try {
      id = Corridor.of(p.get(1));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    Optional<PreparedCorridor> found =
        r.corridors().stream().filter(c -> c.spec().corridor().equals(id)).findFirst();
    if (found.isEmpty()) {
      return Optional.of(NOT_INCLUDED);
    }
    PreparedCorridor c = found.get();
    String key = p.size() > 2 ? p.get(2) : "";
    String sub = p.size() > 3 ? p.get(3) : "";
    return switch (key) {
      case "target" ->
        switch (sub) {
          case "value" -> dflt(number(c.target().valueUsdMillion()));
          case "deadline" -> dflt(c.deadline() + (c.deadlineAssumed() ? " (assumed)" : ""));
          default -> Optional.empty();
        };
      case "model" ->
        switch (sub) {
          case "kind" -> dflt(c.calibration().kind().id());
          case "from" -> dflt(Integer.toString(c.calibration().used().firstYear()));
          case "params" ->
            p.size() > 4 && c.calibration().parameters().containsKey(p.get(4))
                ? Optional.of(fitted(c.calibration().parameters().get(p.get(4))) + " " + FITTED)
                : Optional.empty();
          default -> Optional.empty();
        };
      case "data" -> dflt("embedded");
      case "basis" -> dflt(c.basis());
      case "deadlines" -> dflt("none");
      default -> Optional.empty();
    };
  }

  private static Optional<String> dflt(String value) {
    return Optional.of(value + " " + DEFAULT);
  }

  /** A fitted value to four significant digits. */
  private static String fitted(double x) {
    return Double.isFinite(x)
        ? new BigDecimal(x).round(new MathContext(4)).stripTrailingZeros().toPlainString()
        : Double.toString(x);
  }

  /** A number as a person writes it: no trailing zeros, no exponent. */
  static String number(double x) {
    if (!Double.isFinite(x)) {
      return Double.toString(x);
    }
    return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
  }
}
