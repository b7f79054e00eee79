package org.tradetarget.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Country;
import org.tradetarget.core.levers.Elasticities;
import org.tradetarget.core.levers.Lever;
import org.tradetarget.core.levers.MacroPath;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.core.levers.PathDraws;

/**
 * The gravity kind's properties from the list: no levers and zero GDP growth give the base
 * path; doubling an elasticity doubles its log contribution; a lever with probability 0 changes
 * nothing; the point is the documented sum (checked by hand); the simulator matches the intervals.
 */
final class GravityProjectionTest {
  private static final Lever ROAD =
      Lever.tradeCost("road", List.of(Corridor.VN_KH), 2027, 3, -0.03, 1.0, 0.0, "");
  private static final Lever CUSTOMS =
      Lever.direct("customs", List.of(Corridor.VN_KH), 2026, 2, 0.02, 0.6, 1.0, "");

  private static MacroPaths zeroGrowth() {
    MacroPaths m = MacroPaths.embedded().withInflation(0.0);
    for (Country c : MacroPaths.embedded().countries()) {
      m = m.withConstantGrowth(c, 0.0);
    }
    return m;
  }

  private static GravityProjection vnKh(
      Elasticities e, double trend, double sigma, MacroPaths m, List<Lever> levers) {
    return new GravityProjection(Corridor.VN_KH, 2025, 11_330, e, trend, sigma, 0.0, m, levers);
  }

  @Test
  void noLeversAndZeroGdpGrowth_giveTheBasePath() {
    GravityProjection p =
        vnKh(Elasticities.DEFAULT, 0.0, 0.0, zeroGrowth().withGrowthSd(0), List.of());
    Forecast f = p.forecast(15, 80);
    for (int i = 0; i < 15; i++) {
      assertEquals(11_330, f.point()[i], 1e-9, "year " + f.years()[i]);
      assertEquals(11_330, f.lower()[0][i], 1e-9);
      assertEquals(11_330, f.upper()[0][i], 1e-9);
    }
    // The simulator stays at the base on every path too.
    StateSpace ss = p.simulator();
    double[] state = new double[ss.stateSize()];
    ss.initialState(state, 0, 42L);
    for (int h = 1; h <= 10; h++) {
      assertEquals(Math.log(11_330), ss.step(state, 0, 0.0), 1e-12);
    }
    // With a residual trend only, the base path grows by exactly the trend.
    GravityProjection t = vnKh(Elasticities.DEFAULT, 0.05, 0.0, zeroGrowth(), List.of());
    assertEquals(11_330 * Math.exp(0.05 * 7), t.forecast(7, 80).point()[6], 1e-8);
  }

  @Test
  void point_isTheDocumentedSum_byHand() {
    MacroPaths m = MacroPaths.embedded();
    GravityProjection p =
        vnKh(new Elasticities(1.2, 0.8, -5), 0.01, 0.1, m, List.of(ROAD, CUSTOMS));
    // 2028 = base + 3: VN growth 2026 6.3 % (sourced), 2027 and 2028 6.5 % (medium term); KH 4.3 %,
    // 5.1 %, 5.1 %; inflation 2 % a year.
    double gVn = Math.log(1.063) + 2 * Math.log(1.065) + 3 * Math.log(1.02);
    double gKh = Math.log(1.043) + 2 * Math.log(1.051) + 3 * Math.log(1.02);
    double road = -5 * Math.log1p(-0.03 * 2.0 / 3); // ramp year 2 of 3, certain
    // customs: p = 0.6, Poisson(1) delay k; opens 2026 + k, ramp 2, so its share in 2028 is
    // min(1, (3 - k)/2): 1 for k = 0 and 1, 1/2 for k = 2, 0 after; P(K = k) = e^-1, e^-1, e^-1/2.
    double e1 = Math.exp(-1.0);
    double customs = 0.6 * (e1 * Math.log(1.02) + e1 * Math.log(1.02) + e1 / 2 * Math.log(1.01));
    double expected = Math.log(11_330) + 1.2 * gVn + 0.8 * gKh + road + customs + 0.01 * 3;
    assertEquals(expected, p.logPoint(3), 1e-12);
    assertEquals(Math.exp(expected), p.forecast(3, 80).point()[2], 1e-8);
  }

  @Test
  void doublingAnElasticity_doublesItsLogContribution() {
    GravityProjection p = vnKh(
        new Elasticities(0.9, 1.1, -3), 0.0, 0.1, MacroPaths.embedded(), List.of(ROAD, CUSTOMS));
    Map<String, Double> base = p.logContributions(2032);
    Map<String, Double> bi =
        p.withElasticities(new Elasticities(1.8, 1.1, -3)).logContributions(2032);
    Map<String, Double> bj =
        p.withElasticities(new Elasticities(0.9, 2.2, -3)).logContributions(2032);
    Map<String, Double> th =
        p.withElasticities(new Elasticities(0.9, 1.1, -6)).logContributions(2032);
    assertEquals(2 * base.get("gdp:VN"), bi.get("gdp:VN"), 1e-15);
    assertEquals(base.get("gdp:KH"), bi.get("gdp:KH"), 0.0);
    assertEquals(2 * base.get("gdp:KH"), bj.get("gdp:KH"), 1e-15);
    assertEquals(2 * base.get("lever:road"), th.get("lever:road"), 1e-15);
    assertEquals(
        base.get("lever:customs"),
        th.get("lever:customs"),
        0.0,
        "theta does not touch a direct effect");
    assertTrue(base.get("lever:road") > 0, "a cost cut raises trade");
  }

  @Test
  void leverWithProbabilityZero_changesNothing() {
    GravityProjection without =
        vnKh(Elasticities.DEFAULT, 0.01, 0.1, MacroPaths.embedded(), List.of(ROAD));
    GravityProjection with = without.withLevers(List.of(ROAD, CUSTOMS.withProbability(0)));
    assertEquals(without.forecast(20, 80, 95), with.forecast(20, 80, 95));
    assertEquals(0.0, with.logContributions(2040).get("lever:customs"));
    StateSpace a = without.simulator();
    StateSpace b = with.simulator();
    double[] sa = new double[a.stateSize()];
    double[] sb = new double[b.stateSize()];
    for (long key = 0; key < 50; key++) {
      a.initialState(sa, 0, PathDraws.mix(key));
      b.initialState(sb, 0, PathDraws.mix(key));
      for (int h = 1; h <= 12; h++) {
        double eps = 0.01 * h - 0.05;
        assertEquals(a.step(sa, 0, eps), b.step(sb, 0, eps), "key " + key + ", h " + h);
      }
    }
  }

  /**
   * With certain levers, the simulated log value h years ahead is N(x̂(h), σ²h + V_h): the normal
   * intervals. 20,000 paths; each of 5 years × 5 quantiles allows 4.5 standard errors of the
   * empirical quantile (sd·√(p(1 − p)/N)/φ(z_p)); a correct simulator fails one with probability
   * 6.8e-6, all 25 with probability below 2e-4 (union bound). Keys are fixed: deterministic.
   */
  @Test
  void simulatedQuantiles_matchTheIntervals() {
    MacroPaths m = MacroPaths.embedded()
        .withGrowthSd(0.03)
        .withGrowthSd(Country.KH, 0.02)
        .withCorrelation(0.5);
    GravityProjection p = vnKh(
        new Elasticities(1.3, 0.7, -4),
        0.02,
        0.08,
        m,
        List.of(ROAD, CUSTOMS.withProbability(1).withDelayMeanYears(0)));
    int paths = 20_000;
    int steps = 5;
    StateSpace ss = p.simulator();
    int size = ss.stateSize();
    double[] state = new double[paths * size];
    org.apache.commons.rng.UniformRandomProvider rng =
        org.apache.commons.rng.simple.RandomSource.XO_RO_SHI_RO_128_PP.create(2024L);
    org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian z =
        org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(rng);
    for (int i = 0; i < paths; i++) {
      ss.initialState(state, i * size, rng.nextLong());
    }
    double[][] sim = new double[steps][paths];
    for (int h = 0; h < steps; h++) {
      for (int i = 0; i < paths; i++) {
        sim[h][i] = ss.step(state, i * size, ss.sigma() * z.sample());
      }
    }
    NormalDistribution std = new NormalDistribution(null, 0, 1);
    double[] probs = {0.025, 0.10, 0.5, 0.90, 0.975};
    for (int h = 1; h <= steps; h++) {
      double[] s = sim[h - 1];
      Arrays.sort(s);
      double se = p.logSe(h);
      // Hand formula for V_h: every forward year adds 1.3²·0.03² + 0.7²·0.02² +
      // 2·0.5·1.3·0.7·0.03·0.02.
      double vYear = 1.3 * 1.3 * 0.0009 + 0.7 * 0.7 * 0.0004 + 2 * 0.5 * 1.3 * 0.7 * 0.03 * 0.02;
      assertEquals(Math.sqrt(0.08 * 0.08 * h + vYear * h), se, 1e-12);
      for (double q : probs) {
        double zq = std.inverseCumulativeProbability(q);
        double expected = p.logPoint(h) + zq * se;
        double actual = s[(int) Math.floor((paths - 1) * q)];
        double tol = 4.5 * se * Math.sqrt(q * (1 - q) / paths) / std.density(zq);
        assertEquals(expected, actual, tol, "h " + h + ", q " + q);
      }
    }
  }

  @Test
  void parametersAndCopies() {
    GravityProjection p = new GravityProjection(
        Corridor.KH_LA,
        2022,
        210,
        Elasticities.DEFAULT,
        0.0,
        0.05,
        0.01,
        MacroPaths.embedded(),
        List.of());
    assertEquals(
        List.of(
            "beta_kh",
            "beta_la",
            "theta",
            "trend",
            "sigma",
            "inflation",
            "growth_sd_kh",
            "growth_sd_la",
            "growth_correlation"),
        List.copyOf(p.parameters().keySet()));
    GravityProjection w = p.withoutEstimationTerms();
    assertEquals(0.0, w.trendStandardError());
    assertSame(w, w.withoutEstimationTerms());
    assertTrue(p.logSe(5) > w.logSe(5));
    MacroPath kh = p.macro().path(Country.KH);
    assertEquals(kh, p.withMacro(p.macro()).macro().path(Country.KH));
  }
}
