package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.model.EnsembleProjection;
import org.tradetarget.core.testing.Reference;

/**
 * What the log-linear and ensemble fits say about their input, checked against hand-built series:
 * gaps and steps for the line, and how given ensemble weights are normalised (0.5 and 0.3 sum to
 * 0.8, so they become 0.625 and 0.375).
 */
final class FitNotesTest {
  @Test
  void logLinear_namesTheMissingYears_andAStepOfSeveralYears() {
    AnnualSeries gapped =
        AnnualSeries.of("g", new int[] {2010, 2011, 2013, 2014}, new double[] {100, 110, 133, 146});
    List<String> notes = ModelKind.LOG_LINEAR.fit(gapped, ModelParams.none()).notes();
    assertTrue(
        notes.contains("missing years are skipped, every point at its own t: 2012"),
        notes.toString());
    AnnualSeries fiveYearly = AnnualSeries.of(
        "five", new int[] {2000, 2005, 2010, 2015}, new double[] {100, 150, 240, 350});
    List<String> five = ModelKind.LOG_LINEAR.fit(fiveYearly, ModelParams.none()).notes();
    assertTrue(five.contains("slope and growth_rate are per step of 5 years"), five.toString());
    assertTrue(five.stream().noneMatch(n -> n.startsWith("missing years")), five.toString());
    // Four points 5 years apart, x = ln v at t = 1..4: the slope is the OLS slope per step.
    double[] x = {Math.log(100), Math.log(150), Math.log(240), Math.log(350)};
    double sxy = 0;
    for (int i = 0; i < 4; i++) {
      sxy += (i + 1 - 2.5) * x[i];
    }
    double slope = sxy / 5.0; // Σ(t − 2.5)² = 5
    double fitted =
        ModelKind.LOG_LINEAR.fit(fiveYearly, ModelParams.none()).parameters().get("slope");
    assertEquals(slope, fitted, 1e-12);
  }

  @Test
  void ensemble_normalisesGivenWeights_andSaysSo() {
    AnnualSeries s = Reference.series("synth_a");
    Calibration c = ModelKind.ENSEMBLE.fit(
        s, ModelParams.none().with("rw-drift", "0.5").with("log-linear", "0.3"));
    EnsembleProjection p = (EnsembleProjection) c.projection();
    assertEquals(List.of("rw-drift", "log-linear"), p.memberKinds());
    assertTrue(
        c.notes().contains("members and weights: rw-drift 0.625, log-linear 0.375"),
        c.notes().toString());
    assertTrue(
        c.notes().contains("the weights given sum to 0.8; they were normalised to sum to 1"),
        c.notes().toString());
    Calibration exact = ModelKind.ENSEMBLE.fit(
        s, ModelParams.none().with("rw-drift", "0.25").with("log-linear", "0.75"));
    assertTrue(
        exact.notes().stream().noneMatch(n -> n.startsWith("the weights given sum")),
        exact.notes().toString());
    InvalidInputException none = assertThrows(
        InvalidInputException.class,
        () -> ModelKind.ENSEMBLE.fit(s, ModelParams.none().with("rw-drift", "0")));
    assertTrue(
        none.getMessage().contains("at least one member with a weight > 0"), none.getMessage());
  }
}
