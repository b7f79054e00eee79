package org.tradetarget.core.calibrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.model.EnsembleProjection;
import org.tradetarget.core.model.Projection;

/**
 * {@code ensemble}: a weighted mixture of univariate kinds fitted on the same series ({@link
 * EnsembleProjection}). Its parameters are the members' weights, one per member kind ({@code
 * rw-drift=0.4}, {@code arima=0.3}, ...), each a number ≥ 0, default 0 (not a member). Each member
 * with a positive weight is fitted with its default parameters on the whole series (a recursive
 * member takes the consecutive run ending at the last observation, as on its own). Weights that do
 * not sum to 1 are normalised and the note says so; all zero is an error. A member that cannot be
 * fitted ({@link ModelKind#tryFit}) is left out with a note giving its reason and the others'
 * weights are renormalised; only when no member can be fitted does the ensemble fail. Skill weights (from
 * rolling-origin CRPS) are computed by {@code core.analysis.SkillWeights} and passed here as fixed
 * weights: a scenario file writes the word {@code skill} for each member's weight, and {@code pooled}
 * (read only there) asks for skill from every corridor of the scenario. Gravity (fitted with the corridor's GDP paths and levers) and constant-growth (no fit)
 * cannot be members, nor can an ensemble.
 */
final class EnsembleCalibrator implements Calibrator {
  static final String KIND = "ensemble";

  /** The kinds that may be members, in the order the parameters and the weights are listed. */
  static final List<String> MEMBER_KINDS = List.of(
      "rw-drift",
      "log-linear",
      "cagr",
      "holt",
      "holt-damped",
      "arima",
      "logistic",
      "naive",
      "theta");

  /** The scenario word for a weight derived from the member's backtest skill. */
  static final String SKILL = "skill";

  /** Skill weights from every corridor of the scenario; read by the scenario layer, not by the fit. */
  static final ParameterSpec POOLED = ParameterSpec.bool(
      "pooled",
      "skill weights from the backtests of every corridor of the scenario, not this one only",
      false);

  /**
   * Skill weights from a panel's scores ({@code bundled} or a panel-backtest.csv) instead of this
   * corridor's backtests; read by the pipeline, not by the fit.
   */
  static final ParameterSpec EVIDENCE = new ParameterSpec(
      "evidence",
      "skill weights from a panel's scores: bundled or a panel-backtest.csv, not this corridor's"
          + " backtests",
      "",
      ParameterSpec.Type.PATH,
      Double.NEGATIVE_INFINITY,
      false,
      Double.POSITIVE_INFINITY,
      false,
      "none",
      false,
      List.of());

  static final List<ParameterSpec> PARAMETERS = memberParameters();

  private static List<ParameterSpec> memberParameters() {
    List<ParameterSpec> out = new ArrayList<>();
    for (String k : MEMBER_KINDS) {
      out.add(ParameterSpec.number(k, "weight of member " + k, "fraction of paths", "0")
          .atLeast(0)
          .orWord(SKILL));
    }
    out.add(POOLED);
    out.add(EVIDENCE);
    return List.copyOf(out);
  }

  @Override
  public Set<String> parameterNames() {
    return ModelKind.ENSEMBLE.parameterNames();
  }

  @Override
  public Calibration fit(AnnualSeries series, ModelParams params) {
    Map<ModelKind, Double> given = new LinkedHashMap<>();
    double sum = 0;
    POOLED.readBool(params, false);
    for (ParameterSpec p : PARAMETERS) {
      if (p.name().equals(POOLED.name()) || p.name().equals(EVIDENCE.name())) {
        continue;
      }
      double w = p.read(params).orElse(0.0);
      if (w > 0) {
        given.put(ModelKind.of(p.name()), w);
        sum += w;
      }
    }
    if (given.isEmpty()) {
      throw new InvalidInputException(
          "model ensemble needs at least one member with a weight > 0, e.g. rw-drift=0.5"
              + " arima=0.5; members allowed: " + String.join(", ", MEMBER_KINDS));
    }
    List<Projection> members = new ArrayList<>();
    List<Boolean> valueScale = new ArrayList<>();
    List<Double> kept = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    double keptSum = 0;
    for (Map.Entry<ModelKind, Double> e : given.entrySet()) {
      ModelKind k = e.getKey();
      FitOutcome o = k.tryFit(
          series, ModelParams.none().withWords(params.words()), java.util.OptionalInt.empty());
      if (o.isFailed()) {
        dropped.add("ensemble member " + k.id() + " (weight "
            + ParameterSpec.format(Math.round(e.getValue() / sum * 1e4) / 1e4)
            + ") is left out: " + o.failure());
        continue;
      }
      members.add(o.calibration().orElseThrow().projection());
      valueScale.add(k.scale() == ModelKind.Scale.VALUE);
      kept.add(e.getValue());
      kinds.add(k.id());
      keptSum += e.getValue();
    }
    if (members.isEmpty()) {
      throw new InvalidInputException(
          "model ensemble: no member could be fitted; " + String.join("; ", dropped));
    }
    double[] w = new double[members.size()];
    List<String> notes = new ArrayList<>();
    StringBuilder shown = new StringBuilder("members and weights: ");
    for (int i = 0; i < w.length; i++) {
      w[i] = kept.get(i) / keptSum;
      shown
          .append(i == 0 ? "" : ", ")
          .append(kinds.get(i))
          .append(' ')
          .append(ParameterSpec.format(Math.round(w[i] * 1e4) / 1e4));
    }
    notes.add(shown.toString());
    notes.addAll(dropped);
    if (!dropped.isEmpty()) {
      notes.add("the other members' weights were renormalised to sum to 1");
    } else if (Math.abs(sum - 1) > 1e-9) {
      notes.add("the weights given sum to " + ParameterSpec.format(Math.round(sum * 1e6) / 1e6)
          + "; they were normalised to sum to 1");
    }
    notes.add(
        "each path follows one member drawn by weight, with the same shocks under every member");
    EnsembleProjection p = new EnsembleProjection(members, valueScale, w);
    return new Calibration(
        ModelKind.ENSEMBLE,
        p,
        series,
        p.parameters(),
        new double[0],
        Double.NaN,
        java.util.OptionalDouble.empty(),
        java.util.OptionalDouble.empty(),
        notes);
  }
}
