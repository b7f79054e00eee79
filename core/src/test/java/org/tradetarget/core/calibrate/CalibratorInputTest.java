package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.InvalidInputException;

/**
 * Users give short series, odd parameters and data that do not fit a kind; each must get one clear
 * message naming the problem and what to try, never a NaN result or a stack trace.
 */
final class CalibratorInputTest {
  private static AnnualSeries annual(int first, double... values) {
    int[] years = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      years[i] = first + i;
    }
    return AnnualSeries.of("test.csv", years, values);
  }

  private static String fails(ModelKind kind, AnnualSeries s, ModelParams p) {
    return assertThrows(InvalidInputException.class, () -> kind.fit(s, p)).getMessage();
  }

  private static void assertContains(String message, String... parts) {
    for (String part : parts) {
      assertTrue(message.contains(part), "'" + message + "' should contain '" + part + "'");
    }
  }

  @ParameterizedTest(name = "{0} with {1} points")
  @CsvSource({
    "rw-drift, 2, at least 3 points",
    "log-linear, 2, at least 3 points",
    "logistic, 4, at least 5 points",
    "cagr, 5, to 4 or less"
  })
  void tooFewPoints_failsNamingTheMinimum(String kind, int n, String expected) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = 100 + 10 * i * i;
    }
    assertContains(
        fails(ModelKind.of(kind), annual(2001, v), ModelParams.none()), kind, expected, "has " + n);
  }

  @Test
  void cagr_tooShortForAnyWindow_failsWithoutSuggestingAWindow() {
    assertContains(
        fails(ModelKind.CAGR, annual(2001, 100, 110), ModelParams.none()),
        "needs 6 consecutive points",
        "at least 3 consecutive points");
  }

  @Test
  void logistic_withFixedCapacity_needsFourPoints() {
    assertContains(
        fails(
            ModelKind.LOGISTIC,
            annual(2001, 10, 20, 30),
            ModelParams.none().with("capacity", "100")),
        "at least 4 points");
  }

  @Test
  void unknownParameter_listsTheValidOnes() {
    assertContains(
        fails(ModelKind.RW_DRIFT, annual(2001, 1, 2, 3), ModelParams.none().with("alpha", "0.5")),
        "unknown parameter 'alpha'",
        "rw-drift",
        "include_drift_uncertainty");
    assertContains(
        fails(ModelKind.LOG_LINEAR, annual(2001, 1, 2, 3), ModelParams.none().with("window", "3")),
        "unknown parameter 'window'",
        "(none)");
  }

  @Test
  void constantGrowth_withoutRate_failsSayingWhatToGive() {
    assertContains(
        fails(ModelKind.CONSTANT_GROWTH, annual(2001, 1, 2), ModelParams.none()),
        "give parameter 'rate'");
    assertContains(
        fails(
            ModelKind.CONSTANT_GROWTH, annual(2001, 1, 2), ModelParams.none().with("sigma", "0.1")),
        "sigma alone is not allowed");
  }

  @Test
  void badParameterValues_areNamed() {
    AnnualSeries s = annual(2001, 100, 110, 120, 130, 140, 150, 160);
    assertContains(
        fails(ModelKind.CONSTANT_GROWTH, s, ModelParams.none().with("rate", "-1")),
        "'rate'",
        "> -1");
    assertContains(
        fails(
            ModelKind.CONSTANT_GROWTH,
            s,
            ModelParams.none().with("rate", "0.1").with("sigma", "-0.2")),
        "'sigma'");
    assertContains(
        fails(ModelKind.CAGR, s, ModelParams.none().with("window", "1")), "'window'", "from 2");
    assertContains(
        fails(ModelKind.RW_DRIFT, s, ModelParams.none().with("include_drift_uncertainty", "no")),
        "true or false");
    assertContains(
        fails(ModelKind.LOGISTIC, s, ModelParams.none().with("capacity", "0")),
        "'capacity'",
        "> 0");
  }

  @Test
  void logistic_onExponentialGrowth_saysTheCapacityIsNotIdentified() {
    double[] v = new double[12];
    for (int i = 0; i < v.length; i++) {
      v[i] = 100 * Math.pow(1.1, i) * (1 + 0.01 * ((i % 3) - 1));
    }
    assertContains(
        fails(ModelKind.LOGISTIC, annual(2001, v), ModelParams.none()),
        "no slowing growth",
        "with parameter 'capacity'",
        "log-linear");
  }

  @Test
  void logistic_onFlatValues_failsClearly() {
    assertContains(
        fails(ModelKind.LOGISTIC, annual(2001, 5, 5, 5, 5, 5, 5), ModelParams.none()),
        "do not rise or fall");
  }

  @Test
  void logistic_nonConvergence_saysWhatToTry() {
    AnnualSeries s = LogisticRat42Test.rat42();
    InvalidInputException e = assertThrows(
        InvalidInputException.class,
        () -> LogisticCalibrator.fitFrom(
            s, OptionalDouble.empty(), List.of(new double[] {Double.NaN, 0.1, 2010})));
    assertContains(e.getMessage(), "did not converge", "with parameter 'capacity'", "log-linear");
  }

  @Test
  void recursiveKind_afterAGap_usesTheConsecutiveTailAndSaysSo() {
    AnnualSeries s =
        AnnualSeries.of("gappy", new int[] {2001, 2002, 2005, 2006, 2007, 2008}, new double[] {
          50, 60, 100, 110, 125, 130
        });
    Calibration c = ModelKind.RW_DRIFT.fit(s, ModelParams.none());
    assertEquals(2005, c.used().firstYear());
    assertEquals(4, c.used().size());
    assertContains(c.notes().get(0), "2005-2008", "2001-2002", "consecutive");
    // log-linear keeps every point at its own t.
    Calibration ll = ModelKind.LOG_LINEAR.fit(s, ModelParams.none());
    assertEquals(6, ll.used().size());
    assertContains(ll.notes().get(0), "2 missing years inside");
  }

  @Test
  void from_startsTheFitLaterAndOutsideTheRunFails() {
    AnnualSeries s = annual(2001, 100, 110, 125, 130, 150, 160);
    Calibration c = ModelKind.RW_DRIFT.fit(s, ModelParams.none(), OptionalInt.of(2003));
    assertEquals(2003, c.used().firstYear());
    assertContains(c.notes().get(0), "; from 2003");
    String m = assertThrows(
            InvalidInputException.class,
            () -> ModelKind.RW_DRIFT.fit(s, ModelParams.none(), OptionalInt.of(1999)))
        .getMessage();
    assertContains(m, "from 1999 is not allowed", "2001", "2006");
    // core names the setting, not a command-line option
    assertFalse(m.contains("--") || c.notes().get(0).contains("--"), m);
  }
}
