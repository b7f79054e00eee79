package org.tradetarget.core.analysis;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.calibrate.ParameterSpec;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.simulate.CrisisJumps;
import org.tradetarget.core.simulate.SimulationSpec;

/**
 * The checks of an {@link Outlook}'s settings against each other and the series, each failing
 * with a message in the library's words (the setting's method name, the bad value, what is
 * allowed), and the years of its run.
 */
final class OutlookChecks {
  private OutlookChecks() {}

  /** The years of a run: base, main deadline, every compared deadline, end. */
  record Plan(int baseYear, int deadline, boolean assumed, List<Integer> deadlines, int end) {}

  /**
   * The years of an outlook's run, checked.
   *
   * @throws InvalidInputException naming the setting that does not fit the series
   */
  static Plan plan(
      AnnualSeries series,
      double targetValue,
      OptionalInt targetDeadline,
      int assumedDeadline,
      List<Integer> deadlines,
      int endYear,
      CrisisJumps jumps,
      ModelKind kind) {
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
    List<Integer> all = Pipeline.deadlines(baseYear, deadline, deadlines);
    int latest = all.stream().mapToInt(Integer::intValue).max().orElseThrow();
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

  /**
   * Checks the year to fit from and the kind's required parameters.
   *
   * @throws InvalidInputException naming the setting
   */
  static void checkFit(AnnualSeries series, ModelKind kind, ModelParams params, OptionalInt from) {
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
  }

  /**
   * An ensemble's parameters from fixed member weights, checked.
   *
   * @throws InvalidInputException naming a kind that cannot be a member or a bad weight
   */
  static ModelParams ensembleWeights(Map<ModelKind, Double> weights) {
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
    return p;
  }

  /**
   * The parameters of an ensemble whose members' weights come from their skill, checked.
   *
   * @throws InvalidInputException naming a kind that cannot be a member
   */
  static ModelParams skillMembers(List<ModelKind> members) {
    if (members == null || members.isEmpty()) {
      throw new InvalidInputException("ensembleBySkill: no members; list at least one kind");
    }
    Map<ModelKind, Double> check = new java.util.LinkedHashMap<>();
    for (ModelKind k : members) {
      check.put(k, 1.0);
    }
    ensembleWeights(check);
    ModelParams p = ModelParams.none();
    for (ModelKind k : members) {
      p = p.with(k.id(), "skill");
    }
    return p;
  }

  /**
   * A fitting failure named by where it arose: the model kind's or the levers' (the calibrators
   * word settings in the library's words, {@link org.tradetarget.core.calibrate.SettingWords}).
   */
  static InvalidInputException placedAt(ModelKind kind, InvalidInputException e) {
    String m = e.getMessage();
    return new InvalidInputException(
        (m.startsWith("lever ") ? "levers: " : "model " + kind.id() + ": ") + m, e);
  }

  /** Fails unless φ lies in [0, 1]. */
  static void persistence(double phi) {
    if (!(phi >= 0 && phi <= 1)) {
      throw new InvalidInputException("persistence: " + phi
          + " is not allowed; expected a value in [0, 1] (1 = no mean reversion)");
    }
  }

  /** Fails unless every probability lies strictly between 0 and 1. */
  static void quantiles(double[] probabilities) {
    java.util.Objects.requireNonNull(probabilities, "probabilities");
    for (double p : probabilities) {
      if (!(p > 0 && p < 1)) {
        throw new InvalidInputException("quantiles: " + p
            + " is not allowed; expected fractions strictly between 0 and 1, e.g. 0.05, 0.5, 0.95");
      }
    }
  }

  /** Fails unless the band is a percent in (0, 100). */
  static void band(double percent) {
    if (!(percent > 0 && percent < 100)) {
      throw new InvalidInputException(
          "band: " + percent + " is not allowed; expected a percent in (0, 100), e.g. 90");
    }
  }

  /** Fails unless the count lies in 0 to the most sample paths kept. */
  static void samplePaths(int count) {
    if (count < 0 || count > org.tradetarget.core.simulate.SimulationSpec.MAX_SAMPLE_PATHS) {
      throw new InvalidInputException("samplePaths: " + count + " is not allowed; expected 0 to "
          + org.tradetarget.core.simulate.SimulationSpec.MAX_SAMPLE_PATHS);
    }
  }
}
