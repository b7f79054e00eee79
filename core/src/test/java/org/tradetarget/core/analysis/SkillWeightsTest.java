package org.tradetarget.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.testing.Reference;

/** Skill weights: w ∝ 1 / mean CRPS of each member's rolling-origin forecasts, from the first origin all can fit. */
final class SkillWeightsTest {
  private static final List<ModelKind> MEMBERS =
      List.of(ModelKind.RW_DRIFT, ModelKind.LOG_LINEAR, ModelKind.ARIMA);

  /** The mean CRPS over every scored forecast, summed by hand from the backtest's forecasts. */
  private static double meanCrps(AnnualSeries s, ModelKind k, int h, int minTrain) {
    BacktestResult r = Backtest.run(s, k, ModelParams.none(), h, minTrain);
    double sum = 0;
    for (BacktestForecast f : r.forecasts()) {
      sum += f.crpsLog();
    }
    return sum / r.forecasts().size();
  }

  @Test
  void weights_areInverseMeanCrps_normalised() {
    AnnualSeries s = Reference.series("airmiles");
    SkillWeights w = SkillWeights.of(s, MEMBERS, 3);
    // arima needs 6 points, the most of the three: the first origin is 6.
    assertEquals(ModelKind.ARIMA.minPoints(), w.minTrain());
    assertEquals(3, w.horizon());
    double[] inv = new double[3];
    double sum = 0;
    for (int i = 0; i < 3; i++) {
      inv[i] = 1 / meanCrps(s, MEMBERS.get(i), 3, w.minTrain());
      sum += inv[i];
    }
    for (int i = 0; i < 3; i++) {
      assertEquals(
          inv[i] / sum, w.weights().get(MEMBERS.get(i)), 1e-12, MEMBERS.get(i).id());
    }
    assertEquals(
        1.0, w.weights().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
  }

  @Test
  void pooled_averagesThePerSeriesScores() {
    AnnualSeries a = Reference.series("airmiles");
    AnnualSeries b = a.between(a.firstYear(), a.lastYear() - 3);
    List<ModelKind> m = List.of(ModelKind.RW_DRIFT, ModelKind.LOG_LINEAR);
    SkillWeights w = SkillWeights.of(List.of(a, b), m, 2);
    double rw = (meanCrps(a, ModelKind.RW_DRIFT, 2, 3) + meanCrps(b, ModelKind.RW_DRIFT, 2, 3)) / 2;
    double ll =
        (meanCrps(a, ModelKind.LOG_LINEAR, 2, 3) + meanCrps(b, ModelKind.LOG_LINEAR, 2, 3)) / 2;
    assertEquals((1 / rw) / (1 / rw + 1 / ll), w.weights().get(ModelKind.RW_DRIFT), 1e-12);
    assertEquals(2, w.series());
  }

  @Test
  void aSeriesTooShortForTheMembers_isRefusedWithAClearMessage() {
    AnnualSeries s = Reference.series("airmiles");
    AnnualSeries shortRun = s.between(s.lastYear() - 5, s.lastYear());
    InvalidInputException e = assertThrows(
        InvalidInputException.class,
        () -> SkillWeights.of(shortRun, List.of(ModelKind.RW_DRIFT, ModelKind.HOLT_DAMPED), 3));
    assertTrue(e.getMessage().contains("has 6 points, the members need 10"), e.getMessage());
  }

  @Test
  void params_feedTheEnsembleAsFixedWeights() {
    SkillWeights w = SkillWeights.of(Reference.series("airmiles"), MEMBERS, 3);
    var p = ModelKind.ENSEMBLE.fit(Reference.series("airmiles"), w.params()).projection();
    assertEquals(w.weights().get(ModelKind.ARIMA), p.parameters().get("weight:arima"), 1e-12);
  }
}
