package org.tradetarget.core.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.evidence.HistoryClass;
import org.tradetarget.core.evidence.PanelScores;

/**
 * Ensemble weights from the members' rolling-origin skill ({@code weights: skill}).
 *
 * <p><b>Rule.</b> Each member is backtested ({@link Backtest}) with its default parameters on each
 * series' consecutive run, from the origin minTrain = the largest of the members' fewest points
 * ({@link ModelKind#minPoints()}, so every member can be fitted at every origin), for H = min(the
 * horizon asked, n − minTrain) steps; its score is its mean CRPS on the log scale ({@link
 * BacktestRanking#of}); with several series (pooled) the mean of its per-series scores, each series
 * weighing the same ({@link BacktestRanking#overall}). The weight is proportional to the inverse
 * score: w_k = (1/CRPS_k) / Σ_j (1/CRPS_j). Inverse-score weights need no tuning constant (the
 * exponential rule exp(−CRPS/τ) needs τ, and with the 1–5 origins a corridor has the choice of τ
 * would decide the weights), keep every member that was scored (a member half as skilful gets half
 * the weight), and tend to equal weights when the scores are close, as they are when the backtest
 * cannot tell the kinds apart. A member skipped at some origin (its fit failed there) is not ranked
 * and gets weight 0, with the reason in {@link #notes()}.
 *
 * <p><b>From panel evidence</b> ({@link #ofEvidence}, {@code evidence: bundled | PATH}): the same
 * rule with each member's score the mean CRPS a panel backtest found for it at the corridor's
 * history class and step ({@link PanelScores}), raw ({@code none}): the mixture is made of the
 * members' own laws (a recalibration maps the mixture as a whole, not each member), so their raw
 * skill is the one it inherits, as in the panel backtest's ensemble. A member the panel did not
 * score there gets weight 0.
 *
 * @param weights per member, in the members' order, summing to 1
 * @param crps per ranked member, its mean CRPS (log units)
 * @param notes per unranked member, why it has weight 0
 * @param minTrain the first origin (training points); from panel evidence, the points of the
 *     corridor's fit whose history class was looked up
 * @param horizon the steps ahead scored; from panel evidence, the step looked up
 * @param series the number of series scored; 0 for weights from panel evidence
 */
public record SkillWeights(
    Map<ModelKind, Double> weights,
    Map<ModelKind, Double> crps,
    Map<ModelKind, String> notes,
    int minTrain,
    int horizon,
    int series) {

  /** The rule in one line, as the outputs print it. */
  public static final String RULE =
      "weight proportional to 1 / mean rolling-origin CRPS (log scale)";

  /** The rule with panel evidence in one line, as the outputs print it. */
  public static final String EVIDENCE_RULE =
      "weight proportional to 1 / the panel's raw mean CRPS (log scale) for this history class and"
          + " step";

  /** Copies the maps. */
  public SkillWeights {
    weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    crps = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(crps));
    notes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notes));
  }

  /** Skill weights from one series. */
  public static SkillWeights of(AnnualSeries series, List<ModelKind> members, int horizon) {
    return of(List.of(series), members, horizon);
  }

  /**
   * Skill weights from one or more series (pooled: each series' mean CRPS weighs the same).
   *
   * @throws InvalidInputException when a series is too short to backtest every member once, or no
   *     member is ranked
   */
  public static SkillWeights of(List<AnnualSeries> series, List<ModelKind> members, int horizon) {
    if (members.isEmpty()) {
      throw new InvalidInputException("skill weights need at least one member kind");
    }
    int minTrain = Backtest.SMALLEST_MIN_TRAIN;
    for (ModelKind k : members) {
      minTrain = Math.max(minTrain, k.minPoints());
    }
    List<BacktestRanking> rankings = new ArrayList<>();
    int h = horizon;
    for (AnnualSeries s : series) {
      int n = s.consecutiveTail().size();
      if (n - 1 < minTrain) {
        throw new InvalidInputException(
            "weights: skill needs a backtest of every member on " + s.name() + ": its"
                + " consecutive run has " + n + " points, the members need " + minTrain
                + " to fit plus one to score;"
                + " give fixed weights instead, e.g. members: {rw-drift: 0.5, log-linear: 0.5}");
      }
      h = Math.min(h, n - minTrain);
    }
    h = Math.max(h, 1);
    for (AnnualSeries s : series) {
      List<BacktestResult> results = new ArrayList<>();
      for (ModelKind k : members) {
        results.add(Backtest.run(s, k, ModelParams.none(), h, minTrain));
      }
      rankings.add(BacktestRanking.of(s.name(), results));
    }
    BacktestRanking r = rankings.size() == 1 ? rankings.get(0) : BacktestRanking.overall(rankings);
    Map<ModelKind, Double> crps = new LinkedHashMap<>();
    Map<ModelKind, String> notes = new LinkedHashMap<>();
    double sum = 0;
    for (ModelKind k : members) {
      BacktestRanking.Entry e =
          r.entries().stream().filter(x -> x.kind() == k).findFirst().orElseThrow();
      OptionalDouble score = e.score();
      if (score.isPresent() && score.getAsDouble() > 0) {
        crps.put(k, score.getAsDouble());
        sum += 1 / score.getAsDouble();
      } else {
        notes.put(k, e.note().isEmpty() ? "no positive CRPS" : e.note());
      }
    }
    if (crps.isEmpty()) {
      throw new InvalidInputException("weights: skill: no member could be scored at every origin ("
          + String.join(
              "; ",
              notes.entrySet().stream()
                  .map(x -> x.getKey().id() + ": " + x.getValue())
                  .toList())
          + "); give fixed weights instead");
    }
    Map<ModelKind, Double> w = new LinkedHashMap<>();
    for (ModelKind k : members) {
      w.put(k, crps.containsKey(k) ? (1 / crps.get(k)) / sum : 0.0);
    }
    return new SkillWeights(w, crps, notes, minTrain, h, series.size());
  }

  /**
   * Skill weights from a panel's scores: each member's raw mean CRPS at {@code horizon} steps for
   * a fit on {@code points} points (its {@link HistoryClass}), weight ∝ 1/CRPS.
   *
   * @throws InvalidInputException when the panel scored no member there
   */
  public static SkillWeights ofEvidence(
      PanelScores evidence, List<ModelKind> members, int points, int horizon) {
    if (members.isEmpty()) {
      throw new InvalidInputException("skill weights need at least one member kind");
    }
    HistoryClass c = HistoryClass.of(points);
    Map<ModelKind, Double> crps = new LinkedHashMap<>();
    Map<ModelKind, String> notes = new LinkedHashMap<>();
    double sum = 0;
    for (ModelKind k : members) {
      OptionalDouble score = evidence.crps(k, horizon, c, PanelScores.Scoring.NONE);
      if (score.isPresent() && score.getAsDouble() > 0) {
        crps.put(k, score.getAsDouble());
        sum += 1 / score.getAsDouble();
      } else {
        notes.put(k, "no panel score for " + c.label() + " points at h = " + horizon);
      }
    }
    if (crps.isEmpty()) {
      throw new InvalidInputException("weights: skill with evidence " + evidence.name()
          + ": the panel scored no member for a fit on " + points + " points ("
          + c.label() + ") at h = " + horizon + "; members scored there: "
          + String.join(
              ", ",
              ALL_SCORED.stream()
                  .filter(k ->
                      evidence.crps(k, horizon, c, PanelScores.Scoring.NONE).isPresent())
                  .map(ModelKind::id)
                  .toList()));
    }
    Map<ModelKind, Double> w = new LinkedHashMap<>();
    for (ModelKind k : members) {
      w.put(k, crps.containsKey(k) ? (1 / crps.get(k)) / sum : 0.0);
    }
    return new SkillWeights(w, crps, notes, points, horizon, 0);
  }

  private static final List<ModelKind> ALL_SCORED = List.of(
      ModelKind.RW_DRIFT,
      ModelKind.LOG_LINEAR,
      ModelKind.CAGR,
      ModelKind.HOLT,
      ModelKind.HOLT_DAMPED,
      ModelKind.ARIMA);

  /** The weights as ensemble parameters ({@code <kind>=<weight>}), members with weight 0 left out. */
  public ModelParams params() {
    ModelParams p = ModelParams.none();
    for (Map.Entry<ModelKind, Double> e : weights.entrySet()) {
      if (e.getValue() > 0) {
        p = p.with(e.getKey().id(), Double.toString(e.getValue()));
      }
    }
    return p;
  }
}
