package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradetarget.core.calibrate.ForecastAssertions.assertRelative;
import static org.tradetarget.core.calibrate.ForecastAssertions.param;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Dummy;
import org.tradetarget.core.data.Regressors;
import org.tradetarget.core.data.RegressorsCsv;
import org.tradetarget.core.model.Forecast;
import org.tradetarget.core.testing.Reference;

/**
 * Regressors and break dummies against R 4.2.2 / forecast 8.20 ({@code reference/xreg.R}):
 * regression with ARIMA errors, {@code Arima(x, order, include.drift, xreg = X)} (default CSS-ML),
 * orders (1,1,0), (0,1,1) and (1,0,0), and the log-linear trend with regressors, {@code tslm(log(y)
 * ~ trend + z)} with predict.lm's intervals, on a synthetic series with a GDP-growth-like regressor,
 * a 2009 pulse and a 2015 step, and on the bundled VN-LA and VN-KH corridors with a 2020 pulse.
 *
 * <p>Tolerances, as the contract sets them: at R's coefficients points within 1e-6 and bounds within
 * 1e-5 relative (log-likelihood, AIC, BIC and AICc within 1e-3, σ² 1e-6 relative, standard errors 2
 * %); fitted, a log-likelihood at least R's minus 1e-3, coefficients within 1e-2, points within 1e-3
 * relative and standard errors within 2 %.
 */
final class XregReferenceTest {
  private static final int H = 10;

  static Stream<String> arimaCases() {
    return cases("xreg_arima_");
  }

  static Stream<String> tslmCases() {
    return cases("xreg_tslm_");
  }

  private static Stream<String> cases(String prefix) {
    return Reference.all().stream()
        .filter(v -> v.method().startsWith(prefix) && v.quantity().equals("param_loglik"))
        .map(Reference.Value::caseId);
  }

  private static AnnualSeries series(String c) {
    String s = c.substring(0, c.indexOf("__"));
    return Reference.series(s.startsWith("vn_") ? "corridor_" + s : s);
  }

  /** R's coefficient names of a case, in R's order. */
  private static List<String> terms(String c) {
    return Reference.ofCase(c).stream()
        .filter(v -> v.quantity().startsWith("coef_"))
        .map(v -> v.quantity().substring(5))
        .toList();
  }

  /** The regressors R was given: the file's columns named among the terms, then the dummies. */
  private static Regressors regressors(String c) throws URISyntaxException {
    List<String> cols = new ArrayList<>();
    List<Dummy> dummies = new ArrayList<>();
    for (String t : terms(c)) {
      if (t.matches("(pulse|step)[0-9]{4}")) {
        dummies.add(Dummy.parse(t.replaceAll("([a-z]+)([0-9]{4})", "$1:$2")));
      } else if (t.equals("gdp_growth")) {
        cols.add(t);
      }
    }
    Regressors r = cols.isEmpty()
        ? Regressors.none()
        : RegressorsCsv.read(
            Path.of(Objects.requireNonNull(
                    XregReferenceTest.class.getResource("/reference/xreg_synth.csv"))
                .toURI()),
            cols);
    return r.withDummies(dummies);
  }

  private static ArimaMle.Spec spec(String c) throws URISyntaxException {
    String o = c.substring(c.indexOf("__xreg_arima_") + 13);
    int p = o.charAt(0) - '0';
    int d = o.charAt(2) - '0';
    int q = o.charAt(4) - '0';
    return new ArimaMle.Spec(p, d, q, d == 0, o.substring(5).startsWith("_drift"), regressors(c));
  }

  private static void assertForecast(String c, Forecast f, double pointTol, double boundTol) {
    double[] point = Reference.path(c, "point");
    for (int i = 0; i < H; i++) {
      assertRelative(point[i], f.point()[i], pointTol, c + " point h=" + (i + 1));
      assertRelative(Reference.path(c, "lo80")[i], f.lower()[0][i], boundTol, c + " lo80");
      assertRelative(Reference.path(c, "hi80")[i], f.upper()[0][i], boundTol, c + " hi80");
      assertRelative(Reference.path(c, "lo95")[i], f.lower()[1][i], boundTol, c + " lo95");
      assertRelative(Reference.path(c, "hi95")[i], f.upper()[1][i], boundTol, c + " hi95");
    }
  }

  private static void assertStandardErrors(String c, FitSummary s) {
    List<String> problems = new ArrayList<>();
    for (FitSummary.Coefficient k : s.coefficients()) {
      double se = param(c, "se_" + k.term());
      if (!(Math.abs(k.se() - se) <= 0.02 * se)) {
        problems.add("se_" + k.term() + " " + k.se() + " vs R " + se);
      }
    }
    assertTrue(problems.isEmpty(), c + ": " + problems);
  }

  @ParameterizedTest
  @MethodSource("arimaCases")
  void arimaAtRsCoefficients_pointsIntervalsCriteriaAndErrorsMatch(String c) throws Exception {
    ArimaMle.Spec spec = spec(c);
    assertEquals(terms(c), spec.terms(), c + ": R's terms in R's order");
    double[] coef =
        spec.terms().stream().mapToDouble(t -> param(c, "coef_" + t)).toArray();
    Calibration cal = ArimaMle.atCoefficients(series(c), spec, coef);
    assertForecast(c, cal.projection().forecast(H, 80, 95), 1e-6, 1e-5);
    FitSummary s = cal.summary().orElseThrow();
    assertEquals(param(c, "param_loglik"), s.loglik(), 1e-3, c + " loglik");
    assertEquals(param(c, "param_aicc"), s.aicc(), 1e-3, c + " aicc");
    assertEquals(param(c, "param_aic"), s.aic(), 1e-3, c + " aic");
    assertEquals(param(c, "param_bic"), s.bic(), 1e-3, c + " bic");
    assertRelative(param(c, "param_sigma2"), s.sigma2(), 1e-6, c + " sigma2");
    assertStandardErrors(c, s);
  }

  @ParameterizedTest
  @MethodSource("arimaCases")
  void arimaFitted_likelihoodCoefficientsPointsAndErrorsMatch(String c) throws Exception {
    ArimaMle.Spec spec = spec(c);
    Map<String, String> p = new HashMap<>(Map.of(
        "p",
        "" + spec.p(),
        "d",
        "" + spec.d(),
        "q",
        "" + spec.q(),
        "include_drift",
        "" + spec.drift()));
    Calibration cal = ModelKind.ARIMA.fit(series(c), ModelParams.of(p).withRegressors(spec.xreg()));
    FitSummary s = cal.summary().orElseThrow();
    double rLoglik = param(c, "param_loglik");
    assertTrue(s.loglik() >= rLoglik - 1e-3, c + ": loglik " + s.loglik() + " < R's " + rLoglik);
    List<String> problems = new ArrayList<>();
    for (FitSummary.Coefficient k : s.coefficients()) {
      double est = param(c, "coef_" + k.term());
      if (Math.abs(k.estimate() - est) > 1e-2) {
        problems.add(k.term() + " " + k.estimate() + " vs R " + est);
      }
    }
    assertTrue(problems.isEmpty(), c + ": " + problems);
    assertForecast(c, cal.projection().forecast(H, 80, 95), 1e-3, 1e-3);
    assertStandardErrors(c, s);
  }

  @ParameterizedTest
  @MethodSource("tslmCases")
  void logLinearWithRegressors_matchesTslm(String c) throws Exception {
    Calibration cal =
        ModelKind.LOG_LINEAR.fit(series(c), ModelParams.none().withRegressors(regressors(c)));
    FitSummary s = cal.summary().orElseThrow();
    assertEquals(
        terms(c), s.coefficients().stream().map(FitSummary.Coefficient::term).toList(), c);
    for (FitSummary.Coefficient k : s.coefficients()) {
      assertRelative(param(c, "coef_" + k.term()), k.estimate(), 1e-6, c + " " + k.term());
      assertRelative(param(c, "se_" + k.term()), k.se(), 1e-6, c + " se " + k.term());
    }
    assertRelative(param(c, "param_loglik"), s.loglik(), 1e-9, c + " loglik");
    assertRelative(param(c, "param_aic"), s.aic(), 1e-9, c + " aic");
    assertRelative(param(c, "param_bic"), s.bic(), 1e-9, c + " bic");
    assertRelative(param(c, "param_sigma2"), s.sigma2(), 1e-9, c + " sigma2");
    assertEquals(param(c, "lb_lag"), s.ljungBox().lag(), c + " Ljung-Box lag");
    assertEquals(param(c, "lb_lag"), s.ljungBox().df(), c + " Ljung-Box df = lag, no fitted df");
    assertRelative(param(c, "lb_statistic"), s.ljungBox().statistic(), 1e-6, c + " Ljung-Box");
    assertForecast(c, cal.projection().forecast(H, 80, 95), 1e-6, 1e-5);
  }
}
