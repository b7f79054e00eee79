package org.tradetarget.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.util.Pair;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.analysis.Checkpoint;
import org.tradetarget.core.analysis.SeriesAttainment;
import org.tradetarget.core.analysis.Shortfall;
import org.tradetarget.core.data.AnnualSeries;

/**
 * The bundled baseline ({@code clv-2030-baseline.yaml}) with VN-LA and VN-KH on rw-drift and the
 * kinds' own laws ({@link RwDriftBaseline}; the scenario itself runs the recalibrated ensemble, which
 * has no closed form) checked number by number against closed
 * forms, independently of the engine.
 *
 * <p><b>The model in closed form.</b> VN-LA and VN-KH are random walks with drift on x = ln(trade):
 * from the last consecutive run of m + 1 years, w the m yearly log changes, μ̂ = mean(w), σ̂ = sd(w)
 * (denominator m − 1), computed here from the series. Each path adds N(D, σ̂²) a year, where D = μ̂
 * without parameter uncertainty and D ~ N(μ̂, σ̂²/m) with it (R's {@code rwf}: the drift's sampling
 * distribution). So x_t = x₀ + tD + Σε is normal with mean x₀ + tμ̂ and variance v_t = σ̂²t + τ²t²,
 * τ² = σ̂²/m or 0. KH-LA is constant growth: D = ln(1 + rate), τ = 0, σ as given. Hence per year t:
 * every quantile is exp(x₀ + tμ̂ + z_p√v_t), the mean exp(x₀ + tμ̂ + v_t/2), P(at or above T) =
 * 1 − Φ((ln T − x₀ − tμ̂)/√v_t); at the deadline the shortfall E[(T − V)+], P(V &lt; T) and the mean
 * shortfall given a miss are lognormal integrals (below). P(met by year) — first passage at yearly
 * checkpoints — is computed by a density recursion on a fine grid given D, integrated over D by
 * Gauss–Hermite quadrature. The corridors are independent (no correlation), so the joint P(every
 * target met by its deadline) is the product of the three.
 *
 * <p><b>Tolerances and failure budget.</b> Every comparison allows 4.5 Monte Carlo standard errors,
 * each from a closed form: √(p(1 − p)/N) for probabilities; for a sample p-quantile of the log value
 * √(p(1 − p)/N)·√v_t/φ(z_p); for the mean mean·√(e^{v_t} − 1)/√N; for the shortfall its closed-form
 * variance. A correct engine fails one comparison with probability 6.8e-6; the test counts its
 * comparisons ({@link #STATED_COMPARISONS}) and fails if it makes more, so a fresh seed would fail by
 * chance with probability below 340 × 6.8e-6 ≈ 0.23 %. The seed is the scenario's (42), fixed.
 */
final class BaselineClosedFormTest {
  private static final NormalDistribution STD = new NormalDistribution(null, 0, 1);
  private static final double K = 4.5;
  private static final int STATED_COMPARISONS = 340;
  private static ScenarioResult result;
  private static int comparisons;

  @BeforeAll
  static void run() {
    // rw-drift on VN-LA and VN-KH, the kinds' own laws: the model the closed forms describe
    result = ScenarioRunner.run(RwDriftBaseline.spec());
  }

  @AfterAll
  static void theBudgetCountsEveryComparison() {
    assertTrue(
        comparisons <= STATED_COMPARISONS,
        comparisons + " comparisons, more than the " + STATED_COMPARISONS + " the budget counts");
  }

  private static void within(double expected, double actual, double se, String what) {
    comparisons++;
    assertEquals(expected, actual, K * se, what);
  }

  /** The closed-form law of one corridor: x₀, per-year log drift μ, σ and the drift's variance τ². */
  private record Law(String id, double x0, double mu, double sigma, double tau2) {
    double mean(int t) {
      return x0 + mu * t;
    }

    double var(int t) {
      return sigma * sigma * t + tau2 * t * t;
    }
  }

  private static Law law(PreparedCorridor c) {
    String id = c.spec().corridor().id();
    AnnualSeries s = c.series();
    double x0 = Math.log(s.lastValue());
    if (c.calibration().parameters().containsKey("drift")) {
      // The last consecutive run of years, by hand.
      int[] years = s.years();
      double[] values = s.values();
      int first = years.length - 1;
      while (first > 0 && years[first - 1] == years[first] - 1) {
        first--;
      }
      int m = years.length - 1 - first;
      double[] w = new double[m];
      double sum = 0;
      for (int i = 0; i < m; i++) {
        w[i] = Math.log(values[first + i + 1]) - Math.log(values[first + i]);
        sum += w[i];
      }
      double mu = sum / m;
      double ss = 0;
      for (double d : w) {
        ss += (d - mu) * (d - mu);
      }
      double sigma = Math.sqrt(ss / (m - 1));
      assertEquals(mu, c.calibration().parameters().get("drift"), 1e-12, id + " drift");
      assertEquals(sigma, c.calibration().parameters().get("sigma"), 1e-12, id + " sigma");
      double tau2 = result.spec().simulation().parameterUncertainty() ? sigma * sigma / m : 0;
      return new Law(id, x0, mu, sigma, tau2);
    }
    double rate = c.calibration().parameters().get("rate");
    double sigma = c.calibration().parameters().get("sigma");
    return new Law(id, x0, Math.log1p(rate), sigma, 0);
  }

  @Test
  void quantilesMeansAndTailProbabilitiesAreLognormal() {
    int n = result.attainment().paths();
    for (int i = 0; i < result.corridors().size(); i++) {
      PreparedCorridor c = result.corridors().get(i);
      Law law = law(c);
      SeriesAttainment a = result.series(i);
      double lnT = Math.log(c.target().valueUsdMillion());
      for (Checkpoint cp : a.checkpoints()) {
        int t = cp.year() - c.baseYear();
        double sd = Math.sqrt(law.var(t));
        String at = law.id() + " " + cp.year();
        for (double p : cp.quantileProbabilities()) {
          double z = STD.inverseCumulativeProbability(p);
          double se = Math.sqrt(p * (1 - p) / n) * sd / STD.density(z);
          within(law.mean(t) + z * sd, Math.log(cp.quantile(p)), se, at + " ln q" + p);
        }
        double mean = Math.exp(law.mean(t) + law.var(t) / 2);
        within(mean, cp.mean(), mean * Math.sqrt(Math.expm1(law.var(t)) / n), at + " mean");
        double p = 1 - STD.cumulativeProbability((lnT - law.mean(t)) / sd);
        within(p, cp.atOrAbove(), Math.sqrt(p * (1 - p) / n), at + " P(at or above)");
      }
    }
  }

  @Test
  void metByFollowsTheFirstPassageRecursionAndTheJointIsTheProduct() {
    int n = result.attainment().paths();
    double joint = 1;
    for (int i = 0; i < result.corridors().size(); i++) {
      PreparedCorridor c = result.corridors().get(i);
      Law law = law(c);
      SeriesAttainment a = result.series(i);
      int horizon = a.checkpoints().size();
      double[] metBy = firstPassage(law, Math.log(c.target().valueUsdMillion()), horizon);
      for (Checkpoint cp : a.checkpoints()) {
        int t = cp.year() - c.baseYear();
        double p = metBy[t - 1];
        within(p, cp.metBy(), Math.sqrt(p * (1 - p) / n), law.id() + " met by " + cp.year());
      }
      joint *= metBy[c.deadline() - c.baseYear() - 1];
    }
    double got = result.attainment().joint().orElseThrow();
    within(joint, got, Math.sqrt(joint * (1 - joint) / n), "joint P(every target met)");
  }

  @Test
  void shortfallAtTheDeadlineIsTheLognormalIntegral() {
    int n = result.attainment().paths();
    for (int i = 0; i < result.corridors().size(); i++) {
      PreparedCorridor c = result.corridors().get(i);
      Law law = law(c);
      Shortfall s = result.series(i).shortfall().orElseThrow();
      assertEquals(c.deadline(), s.deadline());
      int t = c.deadline() - c.baseYear();
      double m = law.mean(t);
      double sd = Math.sqrt(law.var(t));
      double target = c.target().valueUsdMillion();
      // X = (T − V)+, I = 1{V < T}, z = (ln T − m)/sd: E[I] = Φ(z), E[V·I] = e^{m + sd²/2}Φ(z −
      // sd),
      // E[V²·I] = e^{2m + 2sd²}Φ(z − 2sd); E[X] = T·E[I] − E[V·I]; E[X²] = T²E[I] − 2T·E[V·I] +
      // E[V²·I].
      double z = (Math.log(target) - m) / sd;
      double ei = STD.cumulativeProbability(z);
      double evi = Math.exp(m + sd * sd / 2) * STD.cumulativeProbability(z - sd);
      double ev2i = Math.exp(2 * m + 2 * sd * sd) * STD.cumulativeProbability(z - 2 * sd);
      double ex = target * ei - evi;
      double ex2 = target * target * ei - 2 * target * evi + ev2i;
      within(ex, s.expected(), Math.sqrt((ex2 - ex * ex) / n), law.id() + " expected shortfall");
      within(ei, s.belowAtDeadline(), Math.sqrt(ei * (1 - ei) / n), law.id() + " P(below)");
      // The mean given a miss, r = E[X]/E[I]; delta method: var = (E[X²] − 2r·E[X] +
      // r²E[I])/(n·E[I]²).
      double r = ex / ei;
      double seR = Math.sqrt((ex2 - 2 * r * ex + r * r * ei) / n) / ei;
      within(r, s.meanGivenBelow().orElseThrow(), seR, law.id() + " mean shortfall given a miss");
    }
  }

  /**
   * P(x_t ≥ b for some t = 1..h) for the walk x_t = x₀ + tD + Σε, ε ~ N(0, σ²), with D ~ N(μ, τ²):
   * for each drift node of a 24-point Gauss–Hermite rule, the density of the paths not yet absorbed
   * is carried on a midpoint grid below b (spacing σ/100) by convolution with the yearly step's
   * normal density; the probabilities are averaged over the nodes.
   */
  static double[] firstPassage(Law law, double b, int h) {
    List<Pair<Double, Double>> nodes = new ArrayList<>();
    if (law.tau2() == 0) {
      nodes.add(new Pair<>(law.mu(), 1.0));
    } else {
      var rule = new GaussIntegratorFactory().hermite(24);
      for (int k = 0; k < rule.getNumberOfPoints(); k++) {
        // ∫ f(d) N(μ, τ²)(dd) = Σ w_k f(μ + √(2τ²)·y_k) / √π
        double d = law.mu() + Math.sqrt(2 * law.tau2()) * rule.getPoint(k);
        nodes.add(new Pair<>(d, rule.getWeight(k) / Math.sqrt(Math.PI)));
      }
    }
    double[] out = new double[h];
    for (Pair<Double, Double> node : nodes) {
      double[] p = firstPassageGivenDrift(law.x0(), node.getFirst(), law.sigma(), b, h);
      for (int t = 0; t < h; t++) {
        out[t] += node.getSecond() * p[t];
      }
    }
    return out;
  }

  private static double[] firstPassageGivenDrift(
      double x0, double d, double sigma, double b, int h) {
    double dx = sigma / 100;
    double lo = Math.min(x0, x0 + d * h) - 10 * sigma * Math.sqrt(h);
    int g = (int) Math.ceil((b - lo) / dx);
    double[] x = new double[g];
    for (int k = 0; k < g; k++) {
      x[k] = b - (g - k - 0.5) * dx;
    }
    int reach = (int) Math.ceil(9 * sigma / dx);
    double[] kernel = new double[2 * reach + 1];
    for (int j = -reach; j <= reach; j++) {
      kernel[j + reach] = STD.density((j * dx - d) / sigma) / sigma * dx;
    }
    double[] f = new double[g];
    for (int k = 0; k < g; k++) {
      f[k] = STD.density((x[k] - x0 - d) / sigma) / sigma;
    }
    double[] out = new double[h];
    for (int t = 0; t < h; t++) {
      if (t > 0) {
        double[] next = new double[g];
        for (int k = 0; k < g; k++) {
          double fk = f[k];
          if (fk < 1e-300) {
            continue;
          }
          int from = Math.max(0, k - reach);
          int to = Math.min(g - 1, k + reach);
          for (int j = from; j <= to; j++) {
            next[j] += fk * kernel[j - k + reach];
          }
        }
        f = next;
      }
      double alive = 0;
      for (double v : f) {
        alive += v * dx;
      }
      out[t] = 1 - alive;
    }
    return out;
  }
}
