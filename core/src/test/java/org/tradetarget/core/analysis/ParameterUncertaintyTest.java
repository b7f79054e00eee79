package org.tradetarget.core.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.model.ArimaDrift;
import org.tradetarget.core.model.Forecast;
import org.tradetarget.core.model.LogisticCurve;
import org.tradetarget.core.model.Projection;
import org.tradetarget.core.simulate.MonteCarlo;
import org.tradetarget.core.simulate.SeriesSummary;
import org.tradetarget.core.simulate.SimulatedSeries;
import org.tradetarget.core.simulate.SimulationSpec;
import org.tradetarget.core.testing.Reference;

/**
 * With parameter uncertainty on, the engine's simulated quantiles at each horizon equal the kind's
 * analytic prediction interval, computed here from its closed form.
 *
 * <p><b>Monte Carlo budget.</b> N = 200,000 paths. A sample p-quantile has standard error √(p(1 −
 * p)/N)/f(q_p), f the predictive density at the quantile (for ln V normal with sd s: f = φ(z_p)/(q·s)
 * on the value scale; for a Student-t predictive the t density in its place). Each comparison allows
 * 4.5 of those standard errors (two-sided chance 6.8e-6); there are 5 quantiles (5, 10, 50, 90,
 * 95 %) at 3 horizons (1, 5, 10 steps) for 5 kinds, 75 comparisons, plus 3 ensemble tail shares
 * against 4.5 binomial SE: 78 in all, so the test fails by chance with probability below 6e-4. The
 * seeds are fixed, so a failure is reproducible.
 */
final class ParameterUncertaintyTest {
  private static final int N = 200_000;
  private static final int HORIZON = 10;
  private static final int[] STEPS = {1, 5, 10};
  private static final double[] Q = {0.05, 0.10, 0.50, 0.90, 0.95};
  private static final double TOL = 4.5;
  private static final NormalDistribution STD = new NormalDistribution(null, 0, 1);

  private static SimulationSpec spec(long seed) {
    return SimulationSpec.of(N, HORIZON)
        .withSeed(seed)
        .withThreads(2)
        .withQuantiles(Q)
        .withParameterUncertainty(true);
  }

  private static SeriesSummary simulate(Projection p, long seed) {
    return MonteCarlo.run(SimulatedSeries.of("s", p.simulator()), spec(seed));
  }

  /** Asserts the simulated quantiles against a normal predictive of ln V: mean m[h], sd s[h]. */
  private static void assertLogNormal(String what, SeriesSummary sim, double[] m, double[] s) {
    for (int h : STEPS) {
      for (int i = 0; i < Q.length; i++) {
        double z = STD.inverseCumulativeProbability(Q[i]);
        double q = Math.exp(m[h - 1] + z * s[h - 1]);
        double density = STD.density(z) / (q * s[h - 1]);
        assertQuantile(what, h, Q[i], q, density, sim.quantiles()[i][h - 1]);
      }
    }
  }

  private static void assertQuantile(
      String what, int h, double p, double expected, double density, double simulated) {
    double se = Math.sqrt(p * (1 - p) / N) / density;
    assertEquals(
        expected,
        simulated,
        TOL * se,
        what + " h=" + h + " q=" + p + " (Monte Carlo SE " + se + ")");
  }

  private static double[] logs(AnnualSeries s) {
    double[] x = new double[s.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = Math.log(s.value(i));
    }
    return x;
  }

  /** rw-drift: ln V_h ~ N(x_n + hμ, σ²(h + h²/m)), m = n − 1 differences (forecast::rwf). */
  @Test
  void rwDrift_simulatedQuantilesAreRwfsInterval() {
    AnnualSeries s = Reference.series("synth_a");
    double[] x = logs(s);
    int m = x.length - 1;
    double mu = (x[m] - x[0]) / m;
    double ss = 0;
    for (int t = 1; t <= m; t++) {
      ss += Math.pow(x[t] - x[t - 1] - mu, 2);
    }
    double sigma = Math.sqrt(ss / (m - 1));
    double[] mean = new double[HORIZON];
    double[] sd = new double[HORIZON];
    for (int h = 1; h <= HORIZON; h++) {
      mean[h - 1] = x[m] + h * mu;
      sd[h - 1] = sigma * Math.sqrt(h + (double) h * h / m);
    }
    Projection p = ModelKind.RW_DRIFT.fit(s, ModelParams.none()).projection();
    assertLogNormal("rw-drift", simulate(p, 101), mean, sd);
  }

  /** cagr (window w = 5): the log rate is the mean of 5 differences, ln V_h ~ N(., σ²(h + h²/5)). */
  @Test
  void cagr_simulatedQuantilesIncludeTheRatesSamplingVariance() {
    AnnualSeries s = Reference.series("synth_a");
    double[] x = logs(s);
    int n = x.length;
    int w = 5;
    double mu = (x[n - 1] - x[n - 1 - w]) / w; // ln(1 + cagr)
    double ss = 0;
    for (int t = n - w; t < n; t++) {
      ss += Math.pow(x[t] - x[t - 1] - mu, 2);
    }
    double sigma = Math.sqrt(ss / (w - 1));
    double[] mean = new double[HORIZON];
    double[] sd = new double[HORIZON];
    for (int h = 1; h <= HORIZON; h++) {
      mean[h - 1] = x[n - 1] + h * mu;
      sd[h - 1] = sigma * Math.sqrt(h + (double) h * h / w);
    }
    Projection p = ModelKind.CAGR.fit(s, ModelParams.none()).projection();
    // The printed interval is the same closed form.
    Forecast f = p.forecast(HORIZON, 90);
    for (int h = 1; h <= HORIZON; h++) {
      assertEquals(sd[h - 1], f.logSe()[h - 1], 1e-12 * sd[h - 1]);
    }
    assertLogNormal("cagr", simulate(p, 102), mean, sd);
  }

  /**
   * log-linear: OLS of x on t = 1..n by hand; ln V at t = n + h is x̂ + t_{n−2}·s·√(1 + 1/n + (t −
   * t̄)²/Sxx), R's predict(lm, interval = "prediction").
   */
  @Test
  void logLinear_simulatedQuantilesAreLmsTBasedPredictionInterval() {
    AnnualSeries s = Reference.series("synth_a");
    double[] x = logs(s);
    int n = x.length;
    double tbar = (n + 1) / 2.0;
    double xbar = Arrays.stream(x).average().orElseThrow();
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      double t = i + 1;
      sxx += (t - tbar) * (t - tbar);
      sxy += (t - tbar) * (x[i] - xbar);
    }
    double b = sxy / sxx;
    double a = xbar - b * tbar;
    double rss = 0;
    for (int i = 0; i < n; i++) {
      rss += Math.pow(x[i] - a - b * (i + 1), 2);
    }
    double sigma = Math.sqrt(rss / (n - 2));
    TDistribution t = new TDistribution(null, n - 2);
    SeriesSummary sim = simulate(ModelKind.LOG_LINEAR.fit(s, ModelParams.none()).projection(), 103);
    for (int h : STEPS) {
      double th = n + h;
      double se = sigma * Math.sqrt(1 + 1.0 / n + (th - tbar) * (th - tbar) / sxx);
      for (int i = 0; i < Q.length; i++) {
        double tq = t.inverseCumulativeProbability(Q[i]);
        double q = Math.exp(a + b * th + tq * se);
        double density = t.density(tq) / (q * se);
        assertQuantile("log-linear", h, Q[i], q, density, sim.quantiles()[i][h - 1]);
      }
    }
  }

  /**
   * arima (p = 1) at its fitted φ, μ, σ² and se_μ (these are checked against R elsewhere): ψ_j = (1
   * − φ^{j+1})/(1 − φ), the drift response g_h = h − φ(1 − φ^h)/(1 − φ), x̂_{n+h} = x_n + hμ + w_n
   * φ(1 − φ^h)/(1 − φ) with w_n = Δx_n − μ, and ln V_h ~ N(x̂, σ² Σ_{j<h} ψ_j² + se_μ² g_h²).
   */
  @Test
  void arima_simulatedQuantilesIncludeTheDriftsStandardError() {
    AnnualSeries s = Reference.series("synth_a");
    double[] x = logs(s);
    int n = x.length;
    ArimaDrift m = (ArimaDrift) ModelKind.ARIMA.fit(s, ModelParams.none()).projection();
    double phi = m.ar()[0];
    double mu = m.drift();
    double se = m.driftStandardError();
    assertTrue(se > 0.1 * Math.sqrt(m.sigma2() / n), "a drift standard error of some size");
    double wn = x[n - 1] - x[n - 2] - mu;
    double[] mean = new double[HORIZON];
    double[] sd = new double[HORIZON];
    double psi2 = 0;
    for (int h = 1; h <= HORIZON; h++) {
      double geo = phi * (1 - Math.pow(phi, h)) / (1 - phi);
      double psi = (1 - Math.pow(phi, h)) / (1 - phi); // ψ_{h−1}
      psi2 += psi * psi;
      double g = h - geo;
      mean[h - 1] = x[n - 1] + h * mu + wn * geo;
      sd[h - 1] = Math.sqrt(m.sigma2() * psi2 + se * se * g * g);
    }
    assertLogNormal("arima", simulate(m, 104), mean, sd);
  }

  /**
   * logistic on an annual S-curve with deviations (1000/(1 + e^{−0.4(year − 2012)}) + 15 sin(1.7i),
   * 2005–2020; K, r and t0 fitted, df 13): the simulated values equal its delta-method interval ŷ ±
   * t_13·√(s² + gᵀCg) (the interval itself is checked against NIST's certified values elsewhere).
   */
  @Test
  void logistic_simulatedQuantilesAreTheDeltaMethodTInterval() {
    int[] years = new int[16];
    double[] y = new double[16];
    for (int i = 0; i < 16; i++) {
      years[i] = 2005 + i;
      y[i] = 1000 / (1 + Math.exp(-0.4 * (years[i] - 2012))) + 15 * Math.sin(1.7 * i);
    }
    LogisticCurve c = (LogisticCurve) ModelKind.LOGISTIC
        .fit(AnnualSeries.of("s-curve", years, y), ModelParams.none())
        .projection();
    TDistribution t = new TDistribution(null, years.length - 3);
    Forecast f = c.forecast(HORIZON, 80, 90);
    SeriesSummary sim = simulate(c, 105);
    for (int h : STEPS) {
      int year = f.years()[h - 1];
      double point = c.valueAt(year);
      double se = c.se(year);
      for (int i = 0; i < Q.length; i++) {
        double tq = t.inverseCumulativeProbability(Q[i]);
        double q = point + tq * se;
        if (Q[i] == 0.05) {
          assertEquals(f.lower()[1][h - 1], q, 1e-9 * q, "the printed 90 % lower bound");
        }
        assertQuantile("logistic", h, Q[i], q, t.density(tq) / se, sim.quantiles()[i][h - 1]);
      }
    }
  }

  /** Kinds without parameter uncertainty draw nothing: the run is bitwise the one without it. */
  @Test
  void holtAndConstantGrowth_drawNothing() {
    AnnualSeries s = Reference.series("synth_a");
    for (Projection p : new Projection[] {
      ModelKind.HOLT.fit(s, ModelParams.none()).projection(),
      ModelKind.HOLT_DAMPED.fit(s, ModelParams.none()).projection(),
      ModelKind.CONSTANT_GROWTH
          .fit(s, ModelParams.none().with("rate", "0.1").with("sigma", "0.1"))
          .projection()
    }) {
      SeriesSummary on = MonteCarlo.run(SimulatedSeries.of("s", p.simulator()), spec(106));
      SeriesSummary off = MonteCarlo.run(
          SimulatedSeries.of("s", p.simulator()), spec(106).withParameterUncertainty(false));
      for (int i = 0; i < Q.length; i++) {
        assertArrayEquals(off.quantiles()[i], on.quantiles()[i], 0.0, p.kind());
      }
    }
  }

  /**
   * An ensemble (rw-drift 0.5, log-linear 0.5): each member keeps its own parameter uncertainty on
   * the paths that follow it, so the share of paths at or above a level v is 0.5·(1 − Φ((ln v −
   * m_rw)/s_rw)) + 0.5·(1 − T_{n−2}((ln v − m_ll)/s_ll)), with each member's closed form as above.
   * Checked at v = the rw-drift member's 90 % upper bound, at h = 1, 5, 10, within 4.5 binomial SE.
   */
  @Test
  void ensemble_membersKeepTheirOwnParameterUncertainty() {
    AnnualSeries s = Reference.series("synth_a");
    double[] x = logs(s);
    int n = x.length;
    int m = n - 1;
    double mu = (x[m] - x[0]) / m;
    double ss = 0;
    for (int t = 1; t <= m; t++) {
      ss += Math.pow(x[t] - x[t - 1] - mu, 2);
    }
    double sigma = Math.sqrt(ss / (m - 1));
    double tbar = (n + 1) / 2.0;
    double xbar = Arrays.stream(x).average().orElseThrow();
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      sxx += (i + 1 - tbar) * (i + 1 - tbar);
      sxy += (i + 1 - tbar) * (x[i] - xbar);
    }
    double b = sxy / sxx;
    double a = xbar - b * tbar;
    double rss = 0;
    for (int i = 0; i < n; i++) {
      rss += Math.pow(x[i] - a - b * (i + 1), 2);
    }
    double sll = Math.sqrt(rss / (n - 2));
    TDistribution t = new TDistribution(null, n - 2);
    Projection e = ModelKind.ENSEMBLE
        .fit(s, ModelParams.none().with("rw-drift", "0.5").with("log-linear", "0.5"))
        .projection();
    for (int h : STEPS) {
      double srw = sigma * Math.sqrt(h + (double) h * h / m);
      double lnv = x[m] + h * mu + STD.inverseCumulativeProbability(0.95) * srw;
      double th = n + h;
      double se = sll * Math.sqrt(1 + 1.0 / n + (th - tbar) * (th - tbar) / sxx);
      double expected = 0.5 * 0.05 + 0.5 * (1 - t.cumulativeProbability((lnv - a - b * th) / se));
      SeriesSummary sim = MonteCarlo.run(
          SimulatedSeries.of("s", e.simulator()).withTarget(Math.exp(lnv)),
          spec(107 + h).withHorizon(h));
      double share = sim.atOrAbove()[h - 1] / (double) N;
      assertEquals(
          expected,
          share,
          TOL * Math.sqrt(expected * (1 - expected) / N),
          "ensemble share at or above at h=" + h);
    }
  }
}
