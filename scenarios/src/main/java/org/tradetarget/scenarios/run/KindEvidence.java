package org.tradetarget.scenarios.run;

import java.util.Optional;
import java.util.OptionalDouble;
import org.tradetarget.core.analysis.Pipeline;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.evidence.HistoryClass;
import org.tradetarget.core.evidence.PanelBacktestResult;
import org.tradetarget.core.evidence.PanelScores;
import org.tradetarget.core.evidence.Recalibration;

/**
 * What the panel says about one kind fitted on one corridor: its panel CRPS for the fit's history
 * class at the deadline's step, the raw coverage of its bands there, and whether the fit is too
 * short to count as evidence of the corridor's own trend.
 *
 * <p><b>Which panel score.</b> The step is the deadline's distance from the base year, capped at
 * {@value Pipeline#EVIDENCE_MAX_HORIZON}; the class is that of the points the kind's fit used
 * ({@code 3-5}, {@code 6-10}, {@code 11-20}, {@code 21+}). The score is the {@code held-out} one
 * (recalibrated by maps fitted on the other half of the panel) when the scenario runs recalibrated
 * and the recalibration has a map for the kind there, else the raw ({@code none}) one, so it is the
 * score of the paths the row's odds come from.
 *
 * <p><b>Badly calibrated raw</b>: the panel's raw coverage of the kind's 80 % or 95 % interval for
 * the class at that step is more than 3 points from nominal ({@link PanelScores#BAD_CALIBRATION}).
 *
 * @param points the points the fit used
 * @param history the fit's history class label
 * @param horizon the step looked up
 * @param scoring {@code held-out} or {@code none}
 * @param crps the panel's mean CRPS (log units); empty when the panel did not score the kind there
 * @param rawCoverage80 the panel's raw coverage of the 80 % interval there (a fraction), or empty
 * @param rawCoverage95 the same for the 95 % interval
 * @param badlyCalibratedRaw whether either raw coverage is more than 3 points from nominal
 * @param notEvidence empty, or why the fit's own odds are not evidence (a fit on 3 points or fewer)
 */
public record KindEvidence(
    int points,
    String history,
    int horizon,
    String scoring,
    OptionalDouble crps,
    OptionalDouble rawCoverage80,
    OptionalDouble rawCoverage95,
    boolean badlyCalibratedRaw,
    String notEvidence) {

  /** The fewest points of the panel's smallest history class. */
  static final int SMALLEST_CLASS = 3;

  /** The evidence for a kind fitted on {@code points} points, at the deadline's step. */
  static KindEvidence of(
      PanelScores panel,
      Recalibration recalibration,
      ModelKind kind,
      int points,
      int baseYear,
      int deadline) {
    int h = Pipeline.evidenceHorizon(baseYear, deadline);
    HistoryClass c = HistoryClass.of(points);
    boolean mapped = !recalibration.isNone() && !recalibration.map(kind, h, c).isIdentity();
    PanelScores.Scoring s = mapped ? PanelScores.Scoring.HELD_OUT : PanelScores.Scoring.NONE;
    Optional<PanelBacktestResult.ScoreRow> raw = panel.row(kind, h, c, PanelScores.Scoring.NONE);
    String not = "";
    if (points < SMALLEST_CLASS) {
      not = "fitted on " + points + " point" + (points == 1 ? "" : "s")
          + ", fewer than the panel's smallest class (3-5): its odds are not evidence";
    } else if (points == SMALLEST_CLASS) {
      not = mapped
          ? "fitted on 3 points: not evidence of this corridor's trend; recalibrated, its odds are"
              + " those the panel's 3-5-point fits earned"
          : "fitted on 3 points: its own odds are not evidence of this corridor's trend";
    }
    return new KindEvidence(
        points,
        points < SMALLEST_CLASS ? "<3" : c.label(),
        h,
        s.label(),
        points < SMALLEST_CLASS ? OptionalDouble.empty() : panel.crps(kind, h, c, s),
        raw.map(PanelBacktestResult.ScoreRow::coverage80).orElse(OptionalDouble.empty()),
        raw.map(PanelBacktestResult.ScoreRow::coverage95).orElse(OptionalDouble.empty()),
        points >= SMALLEST_CLASS && panel.badlyCalibratedRaw(kind, h, c),
        not);
  }
}
