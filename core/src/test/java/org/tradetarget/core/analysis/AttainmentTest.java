package org.tradetarget.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.model.RandomWalkDrift;
import org.tradetarget.core.simulate.MonteCarlo;
import org.tradetarget.core.simulate.SimulatedSeries;
import org.tradetarget.core.simulate.SimulationSpec;

/**
 * The attainment figures an economist reads (shortfall at the deadline, first-passage year, joint
 * odds) follow from the simulated counts as defined: checked against closed forms for a lognormal
 * and against the identities that tie them together.
 *
 * <p>Failure budget: 6 comparisons at 4 standard errors, chance below 6 × 6.3e-5 ≈ 0.04 % for a
 * fresh seed; the seeds are fixed.
 */
final class AttainmentTest {
  private static final NormalDistribution STD = new NormalDistribution(null, 0, 1);
  private static final double V0 = 10_500;

  private static SimulatedSeries rw(String name, double mu, double sigma) {
    return SimulatedSeries.of(
        name,
        new RandomWalkDrift("rw-drift", 2024, 1, Math.log(V0), mu, sigma, 0, false).simulator());
  }

  @Test
  void shortfall_matchesLognormalClosedForm() {
    // ln V_D ~ N(m, s²): E[(T − V)+] = T·Φ(−d2) − E[V]·Φ(−d1), d2 = (m − ln T)/s, d1 = d2 + s.
    double mu = 0.08;
    double sigma = 0.1;
    double target = 20_000;
    int d = 6;
    int n = 200_000;
    Attainment a = Attainment.of(MonteCarlo.run(
        List.of(rw("x", mu, sigma).withTarget(target, 2024 + d)),
        SimulationSpec.of(n, 8).withSeed(99)));
    Shortfall s = a.series().get(0).shortfall().orElseThrow();
    double m = Math.log(V0) + mu * d;
    double sd = sigma * Math.sqrt(d);
    double d2 = (m - Math.log(target)) / sd;
    double d1 = d2 + sd;
    double ev = Math.exp(m + sd * sd / 2);
    double expected = target * STD.cumulativeProbability(-d2) - ev * STD.cumulativeProbability(-d1);
    assertEquals(2030, s.deadline());
    // The standard errors from the closed form, not from the code: with X = (T − V)+ and I = 1{V <
    // T}, z = (ln T − m)/s, E[I] = Φ(z), E[V·I] = e^{m + s²/2}Φ(z − s), E[V²·I] = e^{2m + 2s²}Φ(z −
    // 2s), so E[X²] = T²E[I] − 2T·E[V·I] + E[V²·I] and se(mean X) = √((E[X²] − E[X]²)/n).
    double z = -d2;
    double below = STD.cumulativeProbability(z);
    double evi = Math.exp(m + sd * sd / 2) * STD.cumulativeProbability(z - sd);
    double ev2i = Math.exp(2 * m + 2 * sd * sd) * STD.cumulativeProbability(z - 2 * sd);
    double ex2 = target * target * below - 2 * target * evi + ev2i;
    double seExpected = Math.sqrt((ex2 - expected * expected) / n);
    assertEquals(expected, s.expected(), 4 * seExpected);
    assertEquals(seExpected, s.expectedSe(), 0.02 * seExpected, "the code's standard error");
    assertEquals(below, s.belowAtDeadline(), 4 * Math.sqrt(below * (1 - below) / n));
    // The mean given a miss is a ratio r = E[X]/E[I]; by the delta method its variance is
    // E[(X − r·I)²]/(n·E[I]²) = (E[X²] − 2r·E[X] + r²·E[I])/(n·E[I]²) (X is 0 where I is 0).
    double r = expected / below;
    double seRatio = Math.sqrt((ex2 - 2 * r * expected + r * r * below) / n) / below;
    assertEquals(r, s.meanGivenBelow().getAsDouble(), 4 * seRatio);
    assertEquals(s.expected() / s.belowAtDeadline(), s.meanGivenBelow().getAsDouble(), 1e-9);
  }

  @Test
  void firstPassage_sumsToOne_andCumulatesToMetBy() {
    Attainment a = Attainment.of(MonteCarlo.run(
        List.of(rw("x", 0.05, 0.15).withTarget(14_000)),
        SimulationSpec.of(20_000, 10).withSeed(3)));
    SeriesAttainment s = a.series().get(0);
    FirstPassage f = s.firstPassage().orElseThrow();
    double total = f.notByHorizon();
    double cumulative = 0;
    for (int t = 0; t < 10; t++) {
      total += f.probability()[t];
      cumulative += f.probability()[t];
      assertEquals(cumulative, s.checkpoints().get(t).metBy(), 1e-12);
      assertEquals(2025 + t, f.years()[t]);
    }
    assertEquals(1.0, total, 1e-12);
    assertEquals(1 - s.checkpoints().get(9).metBy(), f.notByHorizon(), 1e-12);
    assertTrue(s.shortfall().isEmpty(), "no deadline, no shortfall");
    assertTrue(a.joint().isEmpty(), "no deadline, no joint probability");
  }

  @Test
  void withoutTarget_probabilitiesAreUndefined() {
    SeriesAttainment s = Attainment.of(
            MonteCarlo.run(List.of(rw("x", 0.05, 0.1)), SimulationSpec.of(1000, 3)))
        .series()
        .get(0);
    assertTrue(Double.isNaN(s.checkpoints().get(0).atOrAbove()));
    assertTrue(Double.isNaN(s.checkpoints().get(0).metBySe()));
    assertTrue(s.firstPassage().isEmpty());
  }

  @Test
  void joint_ofIndependentSeries_isTheProductOfTheirOdds() {
    int n = 200_000;
    Attainment a = Attainment.of(MonteCarlo.run(
        List.of(
            rw("a", 0.08, 0.1).withTarget(15_000, 2029),
            rw("b", 0.05, 0.2).withTarget(14_000, 2030)),
        SimulationSpec.of(n, 6).withSeed(17)));
    double pa = a.series("a").checkpoint(2029).metBy();
    double pb = a.series("b").checkpoint(2030).metBy();
    double product = pa * pb;
    // The product of two estimates is itself uncertain; 4 SE of the joint plus the product's
    // propagated error.
    double tol = 4
        * (a.jointSe().getAsDouble()
            + Math.sqrt(pb * pb * pa * (1 - pa) / n + pa * pa * pb * (1 - pb) / n));
    assertEquals(product, a.joint().getAsDouble(), tol);
    assertEquals(Attainment.se(a.joint().getAsDouble(), n), a.jointSe().getAsDouble(), 0.0);
  }
}
