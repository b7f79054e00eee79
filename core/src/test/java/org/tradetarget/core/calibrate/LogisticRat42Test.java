package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.model.LogisticCurve;

/**
 * The logistic kind must find the certified least-squares solution of NIST StRD problem Rat42
 * (Ratkowsky 1983, pasture yield against growing time; "higher level of difficulty"), both from
 * NIST's two certified starting points and from our automatic starting values.
 *
 * <p>Source: NIST/ITL Statistical Reference Datasets, Nonlinear Regression, file {@code Rat42.dat}
 * (https://www.itl.nist.gov/div898/strd/nls/data/ratkowsky2.shtml). The 9 observations and the
 * certified values below were copied from a verbatim copy of that file and cross-checked against
 * the GNU Scientific Library's test {@code multifit_nlinear/test_rat42.c}.
 *
 * <p>Model: y = b1 / (1 + exp(b2 − b3·x)). Our curve is K / (1 + exp(−r·(year − t0))), so with the
 * time axis year = 2000 + x (the x values are whole numbers): K = b1, r = b3, t0 = 2000 + b2/b3, and
 * b2 = r·(t0 − 2000). Parameters are held to 1e-6 relative (NIST certifies 11 digits), the residual
 * sum of squares to 1e-9 relative, and the standard deviations (from s²(JᵀJ)⁻¹, the delta method's
 * covariance) to 1e-5 relative.
 */
final class LogisticRat42Test {
  private static final int ORIGIN = 2000;
  private static final double[] X = {9, 14, 21, 28, 42, 57, 63, 70, 79};
  private static final double[] Y = {
    8.930, 10.800, 18.590, 22.330, 39.350, 56.110, 61.730, 64.620, 67.080
  };

  private static final double B1 = 7.2462237576E+01;
  private static final double B2 = 2.6180768402E+00;
  private static final double B3 = 6.7359200066E-02;
  private static final double SD_B1 = 1.7340283401E+00;
  private static final double SD_B2 = 8.8295217536E-02;
  private static final double SD_B3 = 3.4465663377E-03;
  private static final double RSS = 8.0565229338E+00;
  private static final double RESIDUAL_SD = 1.1587725499E+00;

  static AnnualSeries rat42() {
    int[] years = new int[X.length];
    for (int i = 0; i < X.length; i++) {
      years[i] = ORIGIN + (int) X[i];
    }
    return AnnualSeries.of("Rat42", years, Y);
  }

  private static void rel(double expected, double actual, double tol, String what) {
    assertEquals(expected, actual, tol * Math.abs(expected), what);
  }

  private static void assertCertified(Calibration c) {
    LogisticCurve curve = (LogisticCurve) c.projection();
    double k = c.parameters().get("capacity");
    double r = c.parameters().get("rate");
    double t0 = c.parameters().get("midpoint");
    rel(B1, k, 1e-6, "b1 = capacity");
    rel(B3, r, 1e-6, "b3 = rate");
    rel(B2, r * (t0 - ORIGIN), 1e-6, "b2 = rate * (midpoint - 2000)");
    double rss = 0;
    for (double e : c.residuals()) {
      rss += e * e;
    }
    rel(RSS, rss, 1e-9, "residual sum of squares");
    rel(RESIDUAL_SD, c.sigma(), 1e-9, "residual standard deviation (6 df)");
    double[][] cov = curve.covariance();
    rel(SD_B1, Math.sqrt(cov[0][0]), 1e-5, "sd(b1)");
    rel(SD_B3, Math.sqrt(cov[1][1]), 1e-5, "sd(b3)");
    // b2 = r (t0 - 2000): var = g' C g with g = (t0 - 2000, r) over (r, t0).
    double g1 = t0 - ORIGIN;
    double varB2 = g1 * g1 * cov[1][1] + 2 * g1 * r * cov[1][2] + r * r * cov[2][2];
    rel(SD_B2, Math.sqrt(varB2), 1e-5, "sd(b2)");
  }

  @ParameterizedTest(name = "start b1={0}, b2={1}, b3={2}")
  @CsvSource({"100, 1, 0.1", "75, 2.5, 0.07"})
  void fromCertifiedStart_reachesCertifiedValues(double b1, double b2, double b3) {
    double[] start = {b1, b3, ORIGIN + b2 / b3};
    assertCertified(LogisticCalibrator.fitFrom(rat42(), OptionalDouble.empty(), List.of(start)));
  }

  @Test
  void fromAutomaticStart_reachesCertifiedValues() {
    assertCertified(ModelKind.LOGISTIC.fit(rat42(), ModelParams.none()));
  }

  @Test
  void withCapacityFixedAtCertifiedValue_recoversRateAndMidpoint() {
    // With K fixed at b1 the least-squares r and t0 are the certified ones (the full optimum is
    // also optimal along the K = b1 slice), so they agree to the certificate's precision.
    Calibration c =
        ModelKind.LOGISTIC.fit(rat42(), ModelParams.none().with("capacity", Double.toString(B1)));
    assertEquals(B1, c.parameters().get("capacity"), 0.0, "fixed capacity");
    rel(B3, c.parameters().get("rate"), 1e-6, "rate");
    rel(B2, c.parameters().get("rate") * (c.parameters().get("midpoint") - ORIGIN), 1e-6, "b2");
  }
}
