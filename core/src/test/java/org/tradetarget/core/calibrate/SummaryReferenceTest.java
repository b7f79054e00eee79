package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradetarget.core.calibrate.ForecastAssertions.assertRelative;
import static org.tradetarget.core.calibrate.ForecastAssertions.param;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.model.HoltTrend;
import org.tradetarget.core.testing.Reference;

/**
 * The estimation tables of {@code rw-drift}, {@code naive}, {@code log-linear}, {@code holt} and
 * {@code holt-damped} against R 4.2.2 / forecast 8.20 ({@code reference/summary.R}): {@code
 * Arima(x, order = c(0,1,0), include.drift)}, {@code summary(lm(x ~ t))} and {@code ets(x, "AAN",
 * damped)}, with {@code checkresiduals}' Ljung–Box test, on nine series (airmiles, synth_a, the
 * three bundled corridors, Nile, LakeHuron, WWWusage, synth_theta; x = ln value).
 *
 * <p>{@code ets-auto} where {@code ets(x, model = "AZN")} chooses ETS(A,N,N) (the two corridors,
 * Nile, LakeHuron, lynx): {@code ets(x, "ANN")}'s table.
 *
 * <p>{@code arima}'s own ARIMA(1,1,0) and ARIMA(2,1,0) with drift fits: coefficients within 1e-2,
 * the log-likelihood at least R's minus 1e-3; at R's coefficients standard errors within 2 %, AICc
 * within 1e-3, σ² and the Ljung–Box statistic within 1e-6 relative.
 *
 * <p>Tolerances: the random walks' drift is closed form (the mean of the differences) where R
 * optimises numerically, so 1e-6 absolute; its standard error (R's numerical Hessian) within 2 %;
 * the log-likelihood at least R's minus 1e-3; at R's own coefficients AICc within 1e-6 relative and
 * the Ljung–Box statistic within 1e-6 relative, its lag and df exact. The linear model is closed
 * form on both sides: everything 1e-9 relative. ets: the fitted smoothing parameters and initial
 * states within 1e-2 absolute where our likelihood is within 1e-3 of R's (where ours is higher the
 * point differs and is better), the log-likelihood at least R's minus 1e-3; at R's own parameters
 * loglik, AIC, AICc, BIC and σ² within 1e-9 and the Ljung–Box statistic within 1e-6 relative.
 */
final class SummaryReferenceTest {

  private static String caseName(String file) {
    return file.startsWith("corridor_") ? file.substring("corridor_".length()) : file;
  }

  private static FitSummary summary(ModelKind kind, AnnualSeries s) {
    return kind.fit(s, ModelParams.none()).summary().orElseThrow();
  }

  private static void assertLjungBox(String c, LjungBox.Result lb, double tol) {
    OptionalDouble q = Reference.param(c, "lb_statistic");
    if (q.isEmpty()) {
      assertNull(lb, c + ": R runs no Ljung-Box test (its lag is not below n)");
      return;
    }
    assertNotNull(lb, c + " Ljung-Box");
    assertRelative(q.getAsDouble(), lb.statistic(), tol, c + " Q*");
    assertEquals((int) param(c, "lb_lag"), lb.lag(), c + " lag");
    assertEquals((int) param(c, "lb_df"), lb.df(), c + " df");
    assertRelative(param(c, "lb_p"), lb.p(), 1e-5, c + " p");
  }

  private static void assertCriteria(String c, FitSummary s, double tol) {
    assertRelative(param(c, "param_loglik"), s.loglik(), tol, c + " loglik");
    assertRelative(param(c, "param_aic"), s.aic(), tol, c + " aic");
    Reference.param(c, "param_aicc").ifPresent(v -> assertRelative(v, s.aicc(), tol, c + " aicc"));
    assertRelative(param(c, "param_bic"), s.bic(), tol, c + " bic");
    assertRelative(param(c, "param_sigma2"), s.sigma2(), tol, c + " sigma2");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "airmiles",
        "synth_a",
        "corridor_vn_la",
        "corridor_vn_kh",
        "corridor_kh_la",
        "nile",
        "lakehuron",
        "wwwusage",
        "synth_theta"
      })
  void rwDrift_matchesArima010WithDrift(String file) {
    String c = caseName(file) + "__rw_drift";
    AnnualSeries series = Reference.series(file);
    FitSummary s = summary(ModelKind.RW_DRIFT, series);
    assertEquals("rw-drift", s.kind());
    assertEquals(Optional.of(new FitSummary.Orders(0, 1, 0)), s.orders());
    assertTrue(s.includeDrift());
    assertEquals(1, s.coefficients().size());
    FitSummary.Coefficient drift = s.coefficients().get(0);
    assertEquals("drift", drift.term());
    assertEquals(param(c, "coef_drift"), drift.estimate(), 1e-6, c + " drift");
    assertRelative(param(c, "se_drift"), drift.se(), 0.02, c + " se(drift)");
    assertEquals(drift.estimate() / drift.se(), drift.z(), 1e-12);
    assertTrue(s.loglik() >= param(c, "param_loglik") - 1e-3, c + " loglik");
    // At R's own drift: criteria, σ² and the residuals' test as R's.
    FitSummary atR = ArimaMle.atCoefficients(
            series, new ArimaMle.Spec(0, 1, 0, false, true), new double[] {param(c, "coef_drift")})
        .summary()
        .orElseThrow();
    assertCriteria(c, atR, 1e-6);
    assertLjungBox(c, atR.ljungBox(), 1e-6);
    assertLjungBox(c, s.ljungBox(), 1e-4);
  }

  @ParameterizedTest
  @CsvSource({
    "airmiles,1",
    "synth_a,1",
    "corridor_vn_la,1",
    "corridor_vn_kh,1",
    "nile,1",
    "lakehuron,1",
    "wwwusage,1",
    "synth_theta,1",
    "airmiles,2",
    "synth_a,2",
    "corridor_vn_la,2",
    "corridor_vn_kh,2",
    "nile,2",
    "lakehuron,2",
    "wwwusage,2",
    "synth_theta,2"
  })
  void arimaDefaultOrders_matchArimaP10WithDrift(String file, int p) {
    String c = caseName(file) + "__ar" + p + "_drift";
    AnnualSeries series = Reference.series(file);
    FitSummary s = ModelKind.ARIMA
        .fit(series, ModelParams.of(Map.of("p", "" + p)))
        .summary()
        .orElseThrow();
    assertEquals("arima", s.kind());
    assertEquals(Optional.of(new FitSummary.Orders(p, 1, 0)), s.orders());
    assertTrue(s.includeDrift());
    List<String> terms = p == 1 ? List.of("ar1", "drift") : List.of("ar1", "ar2", "drift");
    assertEquals(
        terms, s.coefficients().stream().map(FitSummary.Coefficient::term).toList());
    double rLoglik = param(c, "param_loglik");
    assertTrue(s.loglik() >= rLoglik - 1e-3, c + " loglik " + s.loglik() + " < R's " + rLoglik);
    for (FitSummary.Coefficient k : s.coefficients()) {
      assertEquals(param(c, "coef_" + k.term()), k.estimate(), 1e-2, c + " " + k.term());
    }
    // At R's own coefficients: standard errors (R's Hessian procedure), criteria, the test.
    double[] coef = terms.stream().mapToDouble(t -> param(c, "coef_" + t)).toArray();
    FitSummary atR = ArimaMle.atCoefficients(series, new ArimaMle.Spec(p, 1, 0, false, true), coef)
        .summary()
        .orElseThrow();
    for (FitSummary.Coefficient k : atR.coefficients()) {
      assertRelative(param(c, "se_" + k.term()), k.se(), 0.02, c + " se " + k.term());
    }
    assertEquals(param(c, "param_aicc"), atR.aicc(), 1e-3, c + " aicc");
    assertRelative(param(c, "param_sigma2"), atR.sigma2(), 1e-6, c + " sigma2");
    assertLjungBox(c, atR.ljungBox(), 1e-6);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "airmiles",
        "synth_a",
        "corridor_vn_la",
        "corridor_vn_kh",
        "corridor_kh_la",
        "nile",
        "lakehuron",
        "wwwusage",
        "synth_theta"
      })
  void naive_matchesArima010(String file) {
    String c = caseName(file) + "__naive";
    FitSummary s = summary(ModelKind.NAIVE, Reference.series(file));
    assertEquals("naive", s.kind());
    assertEquals(Optional.of(new FitSummary.Orders(0, 1, 0)), s.orders());
    assertFalse(s.includeDrift());
    assertEquals(List.of(), s.coefficients());
    assertCriteria(c, s, 1e-9);
    assertLjungBox(c, s.ljungBox(), 1e-6);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "airmiles",
        "synth_a",
        "corridor_vn_la",
        "corridor_vn_kh",
        "corridor_kh_la",
        "nile",
        "lakehuron",
        "wwwusage",
        "synth_theta"
      })
  void logLinear_matchesSummaryOfLm(String file) {
    String c = caseName(file) + "__loglinear_lm";
    FitSummary s = summary(ModelKind.LOG_LINEAR, Reference.series(file));
    assertEquals("log-linear", s.kind());
    assertEquals(Optional.empty(), s.orders());
    List<String> terms = List.of("intercept", "trend");
    assertEquals(
        terms, s.coefficients().stream().map(FitSummary.Coefficient::term).toList());
    for (int i = 0; i < 2; i++) {
      FitSummary.Coefficient k = s.coefficients().get(i);
      String t = terms.get(i);
      assertRelative(param(c, "coef_" + t), k.estimate(), 1e-9, c + " " + t);
      assertRelative(param(c, "se_" + t), k.se(), 1e-9, c + " se " + t);
      assertRelative(param(c, "t_" + t), k.z(), 1e-9, c + " t " + t);
      assertRelative(param(c, "p_" + t), k.p(), 1e-6, c + " p " + t);
    }
    assertCriteria(c, s, 1e-9);
    assertLjungBox(c, s.ljungBox(), 1e-9);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "airmiles",
        "synth_a",
        "corridor_vn_la",
        "corridor_vn_kh",
        "nile",
        "lakehuron",
        "wwwusage",
        "synth_theta"
      })
  void holt_matchesEtsAan(String file) {
    checkEts(file, false);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "airmiles",
        "synth_a",
        "corridor_vn_la",
        "corridor_vn_kh",
        "nile",
        "lakehuron",
        "wwwusage",
        "synth_theta"
      })
  void holtDamped_matchesEtsAadn(String file) {
    checkEts(file, true);
  }

  private static void checkEts(String file, boolean damped) {
    String c = caseName(file) + (damped ? "__ets_AAdN" : "__ets_AAN");
    AnnualSeries series = Reference.series(file);
    ModelKind kind = damped ? ModelKind.HOLT_DAMPED : ModelKind.HOLT;
    FitSummary s = summary(kind, series);
    List<String> terms =
        damped ? List.of("alpha", "beta", "phi", "l", "b") : List.of("alpha", "beta", "l", "b");
    assertEquals(
        terms, s.coefficients().stream().map(FitSummary.Coefficient::term).toList());
    double rLoglik = param(c, "param_loglik");
    assertTrue(s.loglik() >= rLoglik - 1e-3, c + " loglik " + s.loglik() + " < R's " + rLoglik);
    for (FitSummary.Coefficient k : s.coefficients()) {
      assertTrue(Double.isNaN(k.se()) && Double.isNaN(k.z()) && Double.isNaN(k.p()), c);
      if (s.loglik() <= rLoglik + 1e-3) {
        assertEquals(param(c, "coef_" + k.term()), k.estimate(), 1e-2, c + " " + k.term());
      }
    }
    // At R's own parameters: ets's criteria and the residuals' test.
    double alpha = param(c, "coef_alpha");
    double beta = param(c, "coef_beta");
    double phi = damped ? param(c, "coef_phi") : Double.NaN;
    double l0 = param(c, "coef_l");
    double b0 = param(c, "coef_b");
    double[] x = series.logValues();
    double[] e = new double[x.length];
    HoltTrend.filter(x, alpha, beta / alpha, damped ? phi : 1.0, l0, b0, e, null);
    FitSummary atR = FitSummaries.ets(kind, alpha, beta, phi, l0, b0, e);
    assertCriteria(c, atR, 1e-9);
    assertLjungBox(c, atR.ljungBox(), 1e-6);
  }

  /**
   * ets-auto where R's {@code ets(x, model = "AZN")} itself chooses ETS(A,N,N) (the reference
   * records that choice as {@code azn_chooses_ann}): the table is {@code ets(x, "ANN")}'s, in the
   * holt tables' shape with the terms alpha and l and no standard errors. Fitted: the parameters
   * within 1e-2 where the log-likelihood is within 1e-3 of R's, never below R's minus 1e-3; at R's
   * own α and l₀: loglik, AIC, AICc, BIC and σ² within 1e-9 and the Ljung–Box test (df 2) within
   * 1e-6 relative.
   */
  @ParameterizedTest
  @ValueSource(strings = {"corridor_vn_la", "corridor_vn_kh", "nile", "lakehuron", "lynx"})
  void etsAutoChoosingAnn_matchesEtsAnn(String file) {
    String c = caseName(file) + "__ets_ANN";
    assertEquals(1.0, param(c, "azn_chooses_ann"), c + ": R's ets(model = \"AZN\") chose ANN");
    AnnualSeries series = Reference.series(file);
    Calibration cal = ModelKind.ETS_AUTO.fit(series, ModelParams.none());
    assertEquals(0.0, cal.parameters().get("trend"), c + ": ets-auto chose a trend form");
    FitSummary s = cal.summary().orElseThrow();
    assertEquals("ets-auto", s.kind());
    assertEquals(Optional.empty(), s.orders());
    assertFalse(s.includeDrift());
    assertEquals(
        List.of("alpha", "l"),
        s.coefficients().stream().map(FitSummary.Coefficient::term).toList());
    double rLoglik = param(c, "param_loglik");
    assertTrue(s.loglik() >= rLoglik - 1e-3, c + " loglik " + s.loglik() + " < R's " + rLoglik);
    for (FitSummary.Coefficient k : s.coefficients()) {
      assertTrue(Double.isNaN(k.se()) && Double.isNaN(k.z()) && Double.isNaN(k.p()), c);
      if (s.loglik() <= rLoglik + 1e-3) {
        assertEquals(param(c, "coef_" + k.term()), k.estimate(), 1e-2, c + " " + k.term());
      }
    }
    assertLjungBox(c, s.ljungBox(), 1e-3);
    // At R's own parameters: ets's criteria and the residuals' test.
    double alpha = param(c, "coef_alpha");
    double l0 = param(c, "coef_l");
    double[] x = series.logValues();
    double[] e = new double[x.length];
    HoltTrend.filter(x, alpha, 0.0, 1.0, l0, 0.0, e, null);
    FitSummary atR = FitSummaries.etsLevel(ModelKind.ETS_AUTO, alpha, l0, e);
    assertCriteria(c, atR, 1e-9);
    assertLjungBox(c, atR.ljungBox(), 1e-6);
  }

  @Test
  void holtWithGivenParameters_hasNoTable() {
    AnnualSeries s = Reference.series("airmiles");
    Calibration cal = ModelKind.HOLT.fit(s, ModelParams.of(Map.of("alpha", "0.8", "beta", "0.2")));
    assertTrue(cal.summary().isEmpty());
  }
}
