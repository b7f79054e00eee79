package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradetarget.core.calibrate.ForecastAssertions.assertRelative;
import static org.tradetarget.core.calibrate.ForecastAssertions.param;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.model.Forecast;
import org.tradetarget.core.testing.Reference;

/**
 * {@code arima} with (p,d,q) against R 4.2.2 / forecast 8.20 ({@code reference/arima.R}: {@code
 * Arima(x, order = c(p,d,q), include.drift = (d == 1))} on x = ln value, default CSS-ML) over ten
 * orders on nine series (airmiles, synth_a, two bundled corridors, Nile, LakeHuron, WWWusage, a
 * synthetic trend with AR(1) noise, lynx), every case R could fit.
 *
 * <p>Tolerances, as the contract sets them: at R's own coefficients, points within 1e-6 and 80 %/95
 * % bounds within 1e-5 relative, log-likelihood and AICc within 1e-3, σ² within 1e-6 relative, the
 * Ljung–Box statistic within 1e-6 and standard errors (R's Hessian procedure) within 2 %; fitted
 * by our own search, a log-likelihood at least R's minus 1e-3, coefficients within 1e-2 and points
 * within 1e-3 relative (where our optimum is R's: when ours is higher by more than 1e-3, R stopped
 * at a poorer local optimum and only the first condition applies). Standard errors are compared at
 * R's coefficients because near an MA unit root (LakeHuron differenced) the drift's standard error
 * changes several-fold within the 1e-2 coefficient tolerance.
 */
final class ArimaReferenceTest {
  private static final int H = 10;

  static Stream<String> cases() {
    return Reference.all().stream()
        .filter(v -> v.method().startsWith("arima_") && v.quantity().equals("param_loglik"))
        .map(Reference.Value::caseId);
  }

  private static String file(String series) {
    return series.equals("vn_la") || series.equals("vn_kh") ? "corridor_" + series : series;
  }

  private static ArimaMle.Spec spec(String caseId) {
    String o = caseId.substring(caseId.indexOf("__arima_") + 8);
    int p = o.charAt(0) - '0';
    int d = o.charAt(2) - '0';
    int q = o.charAt(4) - '0';
    return new ArimaMle.Spec(p, d, q, d == 0, d == 1);
  }

  private static AnnualSeries series(String caseId) {
    return Reference.series(file(caseId.substring(0, caseId.indexOf("__"))));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void atRsCoefficients_pointsIntervalsAndCriteriaMatch(String c) {
    ArimaMle.Spec spec = spec(c);
    List<String> terms = spec.terms();
    double[] coef = terms.stream().mapToDouble(t -> param(c, "coef_" + t)).toArray();
    Calibration cal = ArimaMle.atCoefficients(series(c), spec, coef);
    Forecast f = cal.projection().forecast(H, 80, 95);
    double[] point = Reference.path(c, "point");
    for (int i = 0; i < H; i++) {
      assertRelative(point[i], f.point()[i], 1e-6, c + " point h=" + (i + 1));
      assertRelative(Reference.path(c, "lo80")[i], f.lower()[0][i], 1e-5, c + " lo80");
      assertRelative(Reference.path(c, "hi80")[i], f.upper()[0][i], 1e-5, c + " hi80");
      assertRelative(Reference.path(c, "lo95")[i], f.lower()[1][i], 1e-5, c + " lo95");
      assertRelative(Reference.path(c, "hi95")[i], f.upper()[1][i], 1e-5, c + " hi95");
    }
    FitSummary s = cal.summary().orElseThrow();
    assertEquals(param(c, "param_loglik"), s.loglik(), 1e-3, c + " loglik");
    assertEquals(param(c, "param_aicc"), s.aicc(), 1e-3, c + " aicc");
    assertEquals(param(c, "param_aic"), s.aic(), 1e-3, c + " aic");
    assertEquals(param(c, "param_bic"), s.bic(), 1e-3, c + " bic");
    assertRelative(param(c, "param_sigma2"), s.sigma2(), 1e-6, c + " sigma2");
    assertEquals(param(c, "lb_lag"), s.ljungBox().lag(), c + " lag");
    assertEquals(param(c, "lb_df"), s.ljungBox().df(), c + " df");
    assertEquals(param(c, "lb_statistic"), s.ljungBox().statistic(), 1e-6, c + " Ljung-Box");
    List<String> problems = new ArrayList<>();
    for (FitSummary.Coefficient k : s.coefficients()) {
      double se = param(c, "se_" + k.term());
      if (Double.isFinite(se) && !(Math.abs(k.se() - se) <= 0.02 * se)) {
        problems.add("se_" + k.term() + " " + k.se() + " vs R " + se);
      }
    }
    assertTrue(problems.isEmpty(), c + ": " + problems);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void fitted_likelihoodCoefficientsPointsAndErrorsMatch(String c) {
    ArimaMle.Spec spec = spec(c);
    Calibration cal = ModelKind.ARIMA.fit(
        series(c),
        ModelParams.of(Map.of(
            "p", "" + spec.p(),
            "d", "" + spec.d(),
            "q", "" + spec.q())));
    FitSummary s = cal.summary().orElseThrow();
    double rLoglik = param(c, "param_loglik");
    assertTrue(s.loglik() >= rLoglik - 1e-3, c + ": loglik " + s.loglik() + " < R's " + rLoglik);
    assertEquals(new FitSummary.Orders(spec.p(), spec.d(), spec.q()), s.orders().orElseThrow());
    if (s.loglik() > rLoglik + 1e-3) {
      return; // R's optimiser stopped at a poorer point; ours is the better fit.
    }
    List<String> problems = new ArrayList<>();
    for (FitSummary.Coefficient k : s.coefficients()) {
      double est = param(c, "coef_" + k.term());
      if (Math.abs(k.estimate() - est) > 1e-2) {
        problems.add(k.term() + " " + k.estimate() + " vs R " + est);
      }
    }
    assertTrue(problems.isEmpty(), c + ": " + problems);
    double[] point = Reference.path(c, "point");
    Forecast f = cal.projection().forecast(H, 80, 95);
    for (int i = 0; i < H; i++) {
      assertRelative(point[i], f.point()[i], 1e-3, c + " fitted point h=" + (i + 1));
    }
  }
}
