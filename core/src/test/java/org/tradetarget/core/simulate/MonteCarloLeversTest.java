package org.tradetarget.core.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.levers.Elasticities;
import org.tradetarget.core.levers.Lever;
import org.tradetarget.core.levers.LeverSchedule;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.core.levers.PathDraws;
import org.tradetarget.core.model.GravityProjection;
import org.tradetarget.core.model.LeveredProjection;
import org.tradetarget.core.model.RandomWalkDrift;
import org.tradetarget.core.model.StateSpace;

/**
 * Levers and GDP shocks inside the Monte Carlo: the engine gives each path a key from its block
 * stream, so results stay bitwise reproducible for any thread count, a lever that cannot happen
 * changes nothing at all, and a delay moves a lever's effect by exactly its years.
 */
final class MonteCarloLeversTest {
  private static final Lever ROAD = Lever.tradeCost(
      "road", List.of(Corridor.VN_KH, Corridor.VN_LA), 2027, 3, -0.05, 0.7, 1.5, "");
  private static final Lever PORT =
      Lever.direct("port", List.of(Corridor.VN_KH), 2026, 2, 0.08, 0.5, 2.0, "");

  private static GravityProjection gravity(List<Lever> levers) {
    return new GravityProjection(
        Corridor.VN_KH,
        2025,
        11_330,
        Elasticities.DEFAULT,
        -0.02,
        0.1,
        0.02,
        MacroPaths.embedded().withCorrelation(0.3),
        levers);
  }

  private static SimulatedSeries series(String name, StateSpace model) {
    return SimulatedSeries.of(name, model).withTarget(20_000, 2030);
  }

  @Test
  void leverWithProbabilityZero_changesNothing() {
    SimulationSpec spec = SimulationSpec.of(2 * MonteCarlo.BLOCK_PATHS + 17, 8)
        .withSeed(5)
        .withThreads(2)
        .withPersistence(0.7)
        .withParameterUncertainty(true)
        .withSamplePaths(3);
    SeriesSummary without = MonteCarlo.run(series("x", gravity(List.of(ROAD)).simulator()), spec);
    SeriesSummary with = MonteCarlo.run(
        series("x", gravity(List.of(ROAD, PORT.withProbability(0))).simulator()), spec);
    assertEquals(without, with);
    // On any kind: rw-drift with the lever overlay.
    RandomWalkDrift rw =
        new RandomWalkDrift("rw-drift", 2025, 1, Math.log(11_330), 0.08, 0.12, 14, true);
    SeriesSummary a = MonteCarlo.run(
        series("x", new LeveredProjection(rw, Corridor.VN_KH, List.of(), -4).simulator()), spec);
    SeriesSummary b = MonteCarlo.run(
        series(
            "x",
            new LeveredProjection(rw, Corridor.VN_KH, List.of(PORT.withProbability(0)), -4)
                .simulator()),
        spec);
    assertEquals(a, b);
    // ... while a lever that can happen does change the result.
    SeriesSummary c = MonteCarlo.run(
        series("x", new LeveredProjection(rw, Corridor.VN_KH, List.of(PORT), -4).simulator()),
        spec);
    assertNotEquals(a, c);
  }

  @Test
  void oneVersusTwoThreads_bitwiseIdenticalWithLeversAndGdpShocks() {
    SimulationSpec spec = SimulationSpec.of(3 * MonteCarlo.BLOCK_PATHS + 5, 10)
        .withSeed(11)
        .withSamplePaths(4)
        .withShocks(Shocks.studentT(6))
        .withPersistence(0.9);
    GravityProjection la = new GravityProjection(
        Corridor.VN_LA,
        2025,
        2_980,
        Elasticities.DEFAULT,
        0.0,
        0.2,
        0.0,
        MacroPaths.embedded(),
        List.of(ROAD));
    List<SimulatedSeries> s = List.of(
        series("VN-KH", gravity(List.of(ROAD, PORT)).simulator()),
        SimulatedSeries.of("VN-LA", la.simulator()).withTarget(5_000, 2030));
    Correlation corr = Correlation.of(new double[][] {{1, 0.4}, {0.4, 1}});
    SimulationResult one = MonteCarlo.run(s, corr, spec.withThreads(1));
    SimulationResult two = MonteCarlo.run(s, corr, spec.withThreads(2));
    assertEquals(one.series(), two.series());
    assertEquals(one.jointMetCount(), two.jointMetCount());
  }

  /**
   * Every path's lever effect is the planned effect shifted by the path's drawn delay: the
   * difference between the same path with and without the lever (same key, same shocks) is
   * planned(h − k) if completed, else 0.
   */
  @Test
  void delayOfKYears_shiftsTheEffectByExactlyKYearsOnEveryPath() {
    GravityProjection with = gravity(List.of(PORT));
    GravityProjection without = gravity(List.of());
    StateSpace a = with.simulator();
    StateSpace b = without.simulator();
    LeverSchedule sched = with.schedule();
    double[] sa = new double[a.stateSize()];
    double[] sb = new double[b.stateSize()];
    int[] seen = new int[8];
    for (int i = 0; i < 2_000; i++) {
      long key = PathDraws.mix(777 + i * PathDraws.GOLDEN);
      a.initialState(sa, 0, key);
      b.initialState(sb, 0, key);
      // The lever slots follow the 8 fixed slots of the gravity state.
      int k = LeverSchedule.delay(sa, 8, 0);
      boolean done = LeverSchedule.completed(sa, 8, 0);
      seen[Math.min(k, 7)]++;
      for (int h = 1; h <= 15; h++) {
        double eps = 0.03 * Math.sin(i + h);
        double diff = a.step(sa, 0, eps) - b.step(sb, 0, eps);
        double expected = done && h - k > 0 ? sched.planned(0, h - k) : 0.0;
        assertEquals(expected, diff, 1e-12, "path " + i + ", delay " + k + ", h " + h);
        assertEquals(expected, PORT.logEffect(2025 + h, k, -4) * (done ? 1 : 0), 0.0);
      }
    }
    assertTrue(seen[0] > 0 && seen[1] > 0 && seen[2] > 0 && seen[3] > 0, "delays 0..3 occur");
  }

  /** A lever shared by two corridors completes (or not) with the same delay for both. */
  @Test
  void sharedLever_hasTheSameTimingInEveryCorridor() {
    GravityProjection kh = gravity(List.of(ROAD));
    LeveredProjection la = new LeveredProjection(
        new RandomWalkDrift("rw-drift", 2025, 1, Math.log(2_980), 0.05, 0.1, 0, false),
        Corridor.VN_LA,
        List.of(ROAD),
        -4);
    StateSpace a = kh.simulator();
    StateSpace b = la.simulator();
    double[] sa = new double[a.stateSize()];
    double[] sb = new double[b.stateSize()];
    for (int i = 0; i < 500; i++) {
      long key = PathDraws.mix(i);
      a.initialState(sa, 0, key);
      b.initialState(sb, 0, key);
      // gravity: 8 fixed slots; overlay on rw-drift: 2 inner slots and h.
      assertEquals(sa[8], sb[3], "completed, path " + i);
      assertEquals(sa[9], sb[4], "delay, path " + i);
    }
  }

  /**
   * The simulated mean log effect of a risky lever is its expected effect. 40,000 paths; the
   * tolerance is 4.5 standard errors of the mean (failure probability 7e-6 per year checked).
   */
  @Test
  void meanSimulatedEffect_isTheExpectedEffect() {
    LeveredProjection p = new LeveredProjection(
        new RandomWalkDrift("constant-growth", 2025, 1, 0.0, 0.0, 0.0, 0, false),
        Corridor.VN_KH,
        List.of(PORT),
        -4);
    StateSpace ss = p.simulator();
    int n = 40_000;
    double[] st = new double[ss.stateSize()];
    double[] sum = new double[12];
    double[] sum2 = new double[12];
    for (int i = 0; i < n; i++) {
      ss.initialState(st, 0, PathDraws.mix(31 + i * PathDraws.GOLDEN));
      for (int h = 1; h <= 12; h++) {
        double x = ss.step(st, 0, 0.0);
        sum[h - 1] += x;
        sum2[h - 1] += x * x;
      }
    }
    for (int h = 1; h <= 12; h++) {
      double mean = sum[h - 1] / n;
      double sd = Math.sqrt(Math.max(sum2[h - 1] / n - mean * mean, 0));
      assertEquals(p.schedule().expected(0, h), mean, 4.5 * sd / Math.sqrt(n) + 1e-15, "h " + h);
    }
  }
}
