package org.tradetarget.scenarios.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.tradetarget.core.analysis.Backtest;
import org.tradetarget.core.analysis.BacktestRanking;
import org.tradetarget.core.analysis.BacktestResult;
import org.tradetarget.core.analysis.OutlookResult;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.evidence.PanelScores;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.scenarios.spec.CorridorSpec;
import org.tradetarget.scenarios.spec.ScenarioSpec;

/**
 * The odds of a scenario under each projection kind, side by side: per corridor, P(met by the
 * deadline), the median at the deadline and the median first-passage year under {@link #KINDS}
 * (each with its default parameters) and under the skill-weighted ensemble of the kinds that fit,
 * beside each kind's rolling-origin backtest CRPS. Immutable.
 *
 * <p><b>Which run.</b> For kind K, the scenario is run once more with every corridor that K can fit
 * set to K (its parameters the kind's defaults; the scenario's levers, macro paths, deadlines and
 * simulation settings unchanged), and every corridor K cannot fit keeps its scenario kind: so a
 * row is the headline of the scenario with {@code model: K} wherever K fits, with the same seed and
 * paths (common random numbers: every kind sees the same shocks). A kind that fits no corridor is
 * not run. A corridor's row for a kind that cannot fit it gives the reason instead of numbers.
 *
 * <p><b>The ensemble</b> ({@code ensemble}): members are the kinds among the ensemble's members
 * ({@code rw-drift, log-linear, cagr, holt, holt-damped, arima, logistic}) that fit the corridor,
 * with {@code weights: skill} (this corridor's backtests, not pooled).
 *
 * <p><b>Backtest CRPS</b>: each kind's mean CRPS of the log-scale predictive distribution over
 * every (origin, h) forecast of a rolling-origin backtest on the corridor's series ({@link
 * Backtest}), from the origin the skill weights use (the largest fewest-points of the member kinds
 * that fit, so every kind is scored at the same origins and the ensemble's weights are 1/CRPS of
 * the rows beside them, normalised) for h = 1..min(5, points − origin). Empty, with the reason,
 * when a kind was skipped at some origin or the series is too short.
 *
 * <p><b>Panel evidence</b> ({@link KindEvidence}): beside it, each kind's CRPS on the bundled
 * Correlates of War panel ({@link PanelScores#bundled()}) for the history class of the points its
 * fit used and the deadline's step (capped at 10), held-out recalibrated when the row's paths are,
 * with a mark where the panel shows the class's raw bands badly calibrated, and a label on a fit
 * of 3 points or fewer. {@link CorridorOdds#bestByPanel()} is the row with the lowest panel CRPS.
 *
 * <p><b>The headline kind</b> is always a row: a scenario kind outside {@link #KINDS} (e.g.
 * constant-growth with its assumed rate) gets a last row, the scenario as it stands. On a corridor
 * whose scenario runs an ensemble, the ensemble row is that ensemble (its members, weights and
 * evidence); elsewhere it is the skill-weighted ensemble of every member kind that fits.
 *
 * @param corridors per corridor of the scenario, in its order, the rows
 */
public record OddsByModel(List<CorridorOdds> corridors) {

  /** The kinds compared, in table order; the ensemble last. */
  public static final List<ModelKind> KINDS = List.of(
      ModelKind.RW_DRIFT,
      ModelKind.LOG_LINEAR,
      ModelKind.CAGR,
      ModelKind.HOLT,
      ModelKind.HOLT_DAMPED,
      ModelKind.ARIMA,
      ModelKind.LOGISTIC,
      ModelKind.GRAVITY,
      ModelKind.ENSEMBLE);

  private static final List<ModelKind> MEMBERS = KINDS.subList(0, 7);

  /** Copies the list. */
  public OddsByModel {
    corridors = List.copyOf(corridors);
  }

  /**
   * One corridor's rows.
   *
   * @param corridor the corridor id
   * @param deadline the deadline the odds are for
   * @param minTrain the first backtest origin (training points)
   * @param horizon H, the largest step ahead of the backtests (0 when none could be run)
   * @param rows one per kind of {@link #KINDS}, then the headline kind when it is not one of them
   * @param bestByPanel the kind with the lowest panel CRPS among the rows, if any was scored
   */
  public record CorridorOdds(
      String corridor,
      int deadline,
      int minTrain,
      int horizon,
      List<Row> rows,
      Optional<ModelKind> bestByPanel) {
    /** Copies the list. */
    public CorridorOdds {
      rows = List.copyOf(rows);
    }
  }

  /**
   * One kind on one corridor.
   *
   * @param kind the kind
   * @param summary the headline numbers under it; empty when it cannot fit the corridor
   * @param reason why it cannot fit, else empty
   * @param crps its backtest's mean CRPS (log units); empty when not scored everywhere
   * @param crpsNote why the CRPS is empty, else empty
   * @param weights for the ensemble, the members' skill weights (fractions); else empty
   * @param evidence what the panel says about the kind's fit; empty when it cannot fit
   * @param headline whether this is the corridor's headline kind
   */
  public record Row(
      ModelKind kind,
      Optional<OutlookResult> summary,
      String reason,
      OptionalDouble crps,
      String crpsNote,
      Map<ModelKind, Double> weights,
      Optional<KindEvidence> evidence,
      boolean headline) {
    /** Copies the map. */
    public Row {
      weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    /** P(met by the deadline), or NaN when the kind cannot fit. */
    public double pMet() {
      return summary.map(OutlookResult::pMet).orElse(Double.NaN);
    }

    /** Its Monte Carlo standard error, or NaN. */
    public double pMetSe() {
      return summary.map(OutlookResult::pMetSe).orElse(Double.NaN);
    }

    /** The median at the deadline (US$ million), or NaN. */
    public double median() {
      return summary.map(OutlookResult::median).orElse(Double.NaN);
    }

    /** The median first-passage year; empty when later than the horizon or the kind cannot fit. */
    public OptionalInt medianFirstYear() {
      return summary.map(OutlookResult::medianFirstYear).orElse(OptionalInt.empty());
    }
  }

  /**
   * Runs the scenario under each kind.
   *
   * @param prepared the scenario's own prepared corridors (kept where a kind cannot fit)
   * @param threadsOverride worker threads (0 = the scenario's)
   */
  public static OddsByModel of(
      ScenarioSpec spec, List<PreparedCorridor> prepared, int threadsOverride) {
    MacroPaths macro = ScenarioPreparer.macroPaths(spec.macro());
    int k = spec.corridors().size();
    List<Map<ModelKind, Row>> rows = new ArrayList<>();
    List<List<ModelKind>> fitted = new ArrayList<>();
    List<Map<ModelKind, Integer>> points = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      rows.add(new LinkedHashMap<>());
      fitted.add(new ArrayList<>());
      points.add(new LinkedHashMap<>());
    }
    for (ModelKind kind : KINDS) {
      List<CorridorSpec> specs = new ArrayList<>(spec.corridors());
      List<PreparedCorridor> corridors = new ArrayList<>(prepared);
      String[] reasons = new String[k];
      Map<Integer, Map<ModelKind, Double>> weights = new LinkedHashMap<>();
      boolean any = false;
      for (int i = 0; i < k; i++) {
        CorridorSpec c = spec.corridors().get(i);
        ModelParams params = ModelParams.none();
        if (kind == ModelKind.ENSEMBLE && c.model() == ModelKind.ENSEMBLE) {
          // the scenario's own ensemble (its members and weights), so the row is the headline
          params = c.params();
        } else if (kind == ModelKind.ENSEMBLE) {
          for (ModelKind m : fitted.get(i)) {
            params = params.with(m.id(), "skill");
          }
          if (params.names().isEmpty()) {
            reasons[i] = "no member kind fits the corridor";
            continue;
          }
        }
        CorridorSpec variant = c.withModel(kind, params);
        try {
          PreparedCorridor p = ScenarioPreparer.prepare(spec, variant, macro);
          points.get(i).put(kind, p.calibration().used().size());
          specs.set(i, variant);
          corridors.set(i, p);
          any = true;
          if (MEMBERS.contains(kind)) {
            fitted.get(i).add(kind);
          }
          if (kind == ModelKind.ENSEMBLE) {
            weights.put(i, ensembleWeights(p));
          }
        } catch (IllegalArgumentException // InvalidInputException too
            | IllegalStateException
            | ArithmeticException e) {
          reasons[i] = String.valueOf(e.getMessage());
        }
      }
      ScenarioResult r = null;
      if (any) {
        ScenarioSpec vs = spec.withCorridors(specs);
        r = ScenarioRunner.run(vs, corridors, threadsOverride);
      }
      for (int i = 0; i < k; i++) {
        Optional<OutlookResult> s =
            reasons[i] == null ? Optional.of(r.summaries().get(i)) : Optional.empty();
        rows.get(i)
            .put(
                kind,
                new Row(
                    kind,
                    s,
                    reasons[i] == null ? "" : reasons[i],
                    OptionalDouble.empty(),
                    "",
                    weights.getOrDefault(i, Map.of()),
                    Optional.empty(),
                    false));
      }
    }
    ScenarioResult asIs = null;
    PanelScores panel = PanelScores.bundled();
    List<CorridorOdds> out = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      PreparedCorridor p = prepared.get(i);
      AnnualSeries series = p.series();
      int minTrain = Backtest.SMALLEST_MIN_TRAIN;
      for (ModelKind m : fitted.get(i)) {
        minTrain = Math.max(minTrain, m.minPoints());
      }
      int n = series.consecutiveTail().size();
      int horizon = Math.min(org.tradetarget.core.analysis.Pipeline.SKILL_HORIZON, n - minTrain);
      List<Row> list = new ArrayList<>();
      for (ModelKind kind : KINDS) {
        Row row = rows.get(i).get(kind);
        OptionalDouble crps = OptionalDouble.empty();
        String note;
        if (kind == ModelKind.ENSEMBLE) {
          note = "not backtested: its skill weights come from the members' CRPS";
        } else if (horizon < 1) {
          note = "too short to backtest: " + n + " consecutive points, the first origin needs "
              + minTrain + " plus one to score";
        } else {
          BacktestResult b = Backtest.run(series, kind, ModelParams.none(), horizon, minTrain);
          BacktestRanking.Entry e =
              BacktestRanking.of(series.name(), List.of(b)).entries().get(0);
          crps = e.score();
          note = e.note();
          if (crps.isEmpty() && !b.skipped().isEmpty()) {
            note = note + " (" + b.skipped().get(0).reason() + ")";
          }
        }
        list.add(new Row(
            kind,
            row.summary(),
            row.reason(),
            crps,
            note,
            row.weights(),
            evidence(spec, panel, kind, points.get(i).get(kind), p),
            kind == p.calibration().kind()));
      }
      ModelKind own = p.calibration().kind();
      if (!KINDS.contains(own)) {
        if (asIs == null) {
          asIs = ScenarioRunner.run(spec, prepared, threadsOverride);
        }
        list.add(new Row(
            own,
            Optional.of(asIs.summaries().get(i)),
            "",
            OptionalDouble.empty(),
            "the scenario's own kind and parameters; not backtested",
            Map.of(),
            evidence(spec, panel, own, p.calibration().used().size(), p),
            true));
      }
      out.add(new CorridorOdds(
          p.spec().corridor().id(),
          p.deadline(),
          minTrain,
          Math.max(horizon, 0),
          list,
          best(list)));
    }
    return new OddsByModel(out);
  }

  private static Optional<KindEvidence> evidence(
      ScenarioSpec spec, PanelScores panel, ModelKind kind, Integer points, PreparedCorridor p) {
    if (points == null) {
      return Optional.empty();
    }
    return Optional.of(KindEvidence.of(
        panel, spec.simulation().recalibration(), kind, points, p.baseYear(), p.deadline()));
  }

  /** The row with the lowest panel CRPS, if any. */
  private static Optional<ModelKind> best(List<Row> rows) {
    ModelKind best = null;
    double low = Double.POSITIVE_INFINITY;
    for (Row r : rows) {
      if (r.summary().isPresent()
          && r.evidence().isPresent()
          && r.evidence().get().crps().isPresent()
          && r.evidence().get().crps().getAsDouble() < low) {
        low = r.evidence().get().crps().getAsDouble();
        best = r.kind();
      }
    }
    return Optional.ofNullable(best);
  }

  /** The members' weights of a fitted ensemble, from its parameters ({@code <kind>} = weight). */
  private static Map<ModelKind, Double> ensembleWeights(PreparedCorridor p) {
    Map<ModelKind, Double> w = new LinkedHashMap<>();
    Map<String, Double> params = p.calibration().parameters();
    for (ModelKind m : MEMBERS) {
      Double v = params.get("weight:" + m.id());
      if (v != null) {
        w.put(m, v);
      }
    }
    return w;
  }
}
