package org.tradetarget.core.calibrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;

/**
 * {@code ets-auto}: ETS(A,N,N), ETS(A,Ad,N) or ETS(A,A,N) on x = ln(value), chosen by AICc as R's
 * {@code forecast::ets(x, model = "AZN")} (forecast 8.20) chooses, each fitted by maximum
 * likelihood: ETS(A,N,N) by {@link EtsAnnFit}, the trend forms as the {@code holt-damped} and
 * {@code holt} kinds ({@link HoltCalibrator}, ets's bounds and admissible region).
 *
 * <p>As ets: the candidates are tried in the order A,N,N; A,Ad,N; A,A,N and a tie keeps the
 * earlier one; with 6 or fewer points ets leaves maximum likelihood (it falls back to {@code
 * HoltWinters}), so ets-auto needs 7; a trend form with as many parameters and initial states as
 * the points allow (n − 1 or more) or an AICc that is not finite (ETS(A,Ad,N) on 7 points) is not a
 * candidate; a candidate whose fit fails is left out with its reason. The parameters start with
 * {@code trend} and {@code damped} (1 or 0), as R's {@code components}, then the chosen fit's.
 */
final class EtsAutoCalibrator implements Calibrator {
  static final String KIND = "ets-auto";
  /** ets(model = "AZN") fits by maximum likelihood from 7 points (more than 2 + 4). */
  static final int MIN_POINTS = 7;

  @Override
  public Set<String> parameterNames() {
    return ModelKind.ETS_AUTO.parameterNames();
  }

  @Override
  public Calibration fit(AnnualSeries series, ModelParams params) {
    Fits.requirePoints(
        KIND,
        series,
        MIN_POINTS,
        "ets fits by maximum likelihood only beyond 6 points",
        "only the consecutive run ending at the last observation counts");
    List<String> labels = List.of("ETS(A,N,N)", "ETS(A,Ad,N)", "ETS(A,A,N)");
    Map<String, String> outcome = new LinkedHashMap<>();
    Calibration best = null;
    String bestLabel = "";
    for (String label : labels) {
      Calibration c;
      try {
        c = switch (label) {
          case "ETS(A,N,N)" -> EtsAnnFit.fit(series, ModelKind.ETS_AUTO);
          case "ETS(A,Ad,N)" -> trend(series, true);
          default -> trend(series, false);
        };
      } catch (IllegalArgumentException | ArithmeticException e) {
        outcome.put(label, "not fitted: " + e.getMessage());
        continue;
      }
      double aicc = c.aicc().orElseThrow();
      outcome.put(label, String.format(Locale.ROOT, "AICc %.2f", aicc));
      if (best == null || aicc < best.aicc().orElseThrow()) {
        best = c;
        bestLabel = label;
      }
    }
    if (best == null) {
      throw new InvalidInputException(KIND + " on " + series.name()
          + ": none of ETS(A,N,N), ETS(A,Ad,N), ETS(A,A,N) could be fitted: "
          + String.join("; ", outcome.values()) + "; try naive or rw-drift");
    }
    List<String> notes = new ArrayList<>();
    StringBuilder others = new StringBuilder();
    for (Map.Entry<String, String> e : outcome.entrySet()) {
      if (!e.getKey().equals(bestLabel)) {
        others
            .append(others.length() == 0 ? "" : "; ")
            .append(e.getKey())
            .append(' ')
            .append(e.getValue());
      }
    }
    notes.add(String.format(
        Locale.ROOT,
        "chose %s, AICc %.2f: the smallest AICc, as ets(model = \"AZN\") (%s)",
        bestLabel,
        best.aicc().orElseThrow(),
        others));
    notes.addAll(best.notes());
    Map<String, Double> shown = new LinkedHashMap<>();
    shown.put("trend", bestLabel.equals("ETS(A,N,N)") ? 0.0 : 1.0);
    shown.put("damped", bestLabel.equals("ETS(A,Ad,N)") ? 1.0 : 0.0);
    shown.putAll(best.parameters());
    Calibration chosen = best;
    return new Calibration(
        ModelKind.ETS_AUTO,
        best.projection(),
        best.used(),
        shown,
        best.residuals(),
        best.sigma(),
        best.logLik(),
        best.aicc(),
        notes,
        FitSummary.Deferred.later(
            () -> chosen.summary().map(s -> s.withKind(ModelKind.ETS_AUTO.id()))));
  }

  /**
   * A trend form by maximum likelihood, as ets(model = "AZN") allows it: when its smoothing
   * parameters and two initial states number fewer than n − 1.
   */
  private static Calibration trend(AnnualSeries series, boolean damped) {
    int parameters = damped ? 5 : 4;
    return new HoltCalibrator(damped).fitByLikelihood(series, parameters + 2);
  }
}
