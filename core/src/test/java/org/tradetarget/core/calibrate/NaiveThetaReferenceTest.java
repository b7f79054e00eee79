package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradetarget.core.calibrate.ForecastAssertions.assertForecast;
import static org.tradetarget.core.calibrate.ForecastAssertions.assertRelative;
import static org.tradetarget.core.calibrate.ForecastAssertions.param;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.model.ThetaMethod;
import org.tradetarget.core.testing.Reference;

/**
 * {@code naive} and {@code theta} against R 4.2.2 / forecast 8.20 ({@code reference/kinds.R}:
 * {@code naive(x)} and {@code thetaf(x)} on x = ln value) on nine series: the three bundled
 * corridors (their consecutive runs), airmiles, synth_a, Nile, LakeHuron, WWWusage and a synthetic
 * trend with AR(1) noise.
 *
 * <p>Tolerances (relative): naive is closed-form, so its σ, log-likelihood, AICc, points and
 * bounds must agree to 1e-9. theta at R's own α and l₀ (the SES level recomputed here from them):
 * points within 1e-6 and bounds within 1e-5. theta fitted by our own search: α and l₀ within 1e-2
 * absolute, points and bounds within 1e-3, the drift (closed form) within 1e-9.
 */
final class NaiveThetaReferenceTest {
  private static final int H = 10;

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
  void naive_matchesForecastNaive(String file) {
    String c = caseName(file) + "__naive";
    AnnualSeries s = Reference.series(file);
    Calibration cal = ModelKind.NAIVE.fit(s, ModelParams.none());
    assertRelative(param(c, "param_sigma"), cal.sigma(), 1e-9, c + " sigma");
    Reference.param(c, "param_loglik")
        .ifPresent(v -> assertRelative(v, cal.logLik().orElseThrow(), 1e-9, c + " loglik"));
    Reference.param(c, "param_aicc")
        .ifPresent(v -> assertRelative(v, cal.aicc().orElseThrow(), 1e-9, c + " aicc"));
    assertForecast(c, cal.projection().forecast(H, 80, 95), H, 1e-9);
    assertEquals(0.0, cal.parameters().get("drift"));
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
  void theta_atRsCoefficients_matchesThetaf(String file) {
    String c = caseName(file) + "__thetaf";
    AnnualSeries s = Reference.series(file);
    double[] x = s.logValues();
    double alpha = param(c, "param_alpha");
    double l0 = param(c, "param_l0");
    // SES: l_t = l_{t-1} + alpha (x_t - l_{t-1}), from R's l0.
    double level = l0;
    for (double v : x) {
      level += alpha * (v - level);
    }
    ThetaMethod m = new ThetaMethod(
        "theta",
        s.lastYear(),
        1,
        x[x.length - 1],
        x.length,
        alpha,
        l0,
        level,
        param(c, "param_drift"),
        param(c, "param_sigma"));
    var f = m.forecast(H, 80, 95);
    double[] point = Reference.path(c, "point");
    for (int h = 0; h < H; h++) {
      assertRelative(point[h], f.point()[h], 1e-6, c + " point h=" + (h + 1));
    }
    assertForecast(c, f, H, 1e-5);
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
  void theta_fitted_matchesThetaf(String file) {
    String c = caseName(file) + "__thetaf";
    Calibration cal = ModelKind.THETA.fit(Reference.series(file), ModelParams.none());
    assertEquals(param(c, "param_alpha"), cal.parameters().get("alpha"), 1e-2, c + " alpha");
    assertEquals(param(c, "param_l0"), cal.parameters().get("l0"), 1e-2, c + " l0");
    assertRelative(param(c, "param_drift"), cal.parameters().get("drift"), 1e-9, c + " drift");
    assertForecast(c, cal.projection().forecast(H, 80, 95), H, 1e-3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"corridor_kh_la"})
  void theta_onThreePoints_failsWithTheReason(String file) {
    FitOutcome o = ModelKind.THETA.tryFit(
        Reference.series(file), ModelParams.none(), java.util.OptionalInt.empty());
    assertTrue(o.isFailed());
    assertTrue(o.failure().contains("theta needs at least 7 points"), o.failure());
  }

  /** The case prefix in expected-kinds.csv: corridor files are named by the corridor. */
  private static String caseName(String file) {
    return file.startsWith("corridor_") ? file.substring("corridor_".length()) : file;
  }
}
