package org.tradetarget.core.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report re-run years later, on another machine with another number of cores, must give the same
 * numbers to the last digit: results depend on the seed only, never on the thread count.
 */
final class MonteCarloReproducibilityTest {
  /** Three series with every feature on; N is not a multiple of the block size. */
  private static SimulationResult run(int threads, long seed) {
    int n = 3 * MonteCarlo.BLOCK_PATHS + 123;
    SimulationSpec spec = SimulationSpec.of(n, 12)
        .withSeed(seed)
        .withThreads(threads)
        .withShocks(Shocks.studentT(5))
        .withJumps(new CrisisJumps(0.1, -0.1, 0.05))
        .withPersistence(0.8)
        .withParameterUncertainty(true)
        .withSamplePaths(5)
        .withQuantiles(0.0, 0.01, 0.5, 0.99, 1.0);
    Correlation corr = Correlation.of(new double[][] {{1, 0.5, 0.2}, {0.5, 1, 0.3}, {0.2, 0.3, 1}});
    List<SimulatedSeries> series = List.of(
        new SimulatedSeries(
            "A",
            new org.tradetarget.core.model.RandomWalkDrift(
                    "rw-drift", 2024, 1, Math.log(1000), 0.06, 0.12, 15, true)
                .simulator(),
            null,
            java.util.OptionalDouble.of(1500),
            java.util.OptionalInt.of(2030)),
        SimulatedSeries.of("B", Walks.rw(500, 2023, 0.1, 0.2)).withTarget(1000, 2031),
        SimulatedSeries.of("C", Walks.rw(200, 2024, 0.02, 0.05)));
    return MonteCarlo.run(series, corr, spec);
  }

  @Test
  void oneTwoAndThreeThreads_giveBitwiseIdenticalResults() {
    SimulationResult one = run(1, 42);
    SimulationResult two = run(2, 42);
    SimulationResult three = run(3, 42);
    for (int i = 0; i < one.series().size(); i++) {
      assertEquals(one.series().get(i), two.series().get(i), "series " + i + ", 1 vs 2 threads");
      assertEquals(one.series().get(i), three.series().get(i), "series " + i + ", 1 vs 3 threads");
    }
    assertEquals(one.jointMetCount(), two.jointMetCount());
    assertEquals(one.jointMetCount(), three.jointMetCount());
  }

  @Test
  void sameSeed_sameResult_otherSeed_otherResult() {
    assertEquals(run(2, 7).series(), run(2, 7).series());
    assertNotEquals(run(2, 7).series().get(0), run(2, 8).series().get(0));
  }

  @Test
  void singleSeriesNormal_oneVersusTwoThreads_identical() {
    SimulationSpec spec = SimulationSpec.of(50_001, 8).withSeed(1);
    SimulatedSeries s =
        SimulatedSeries.of("x", Walks.rw(10_500, 2024, 0.08, 0.1)).withTarget(20_000, 2030);
    SimulationResult one = MonteCarlo.run(List.of(s), spec.withThreads(1));
    SimulationResult two = MonteCarlo.run(List.of(s), spec.withThreads(2));
    assertEquals(one.series(), two.series());
    assertEquals(one.jointMetCount(), two.jointMetCount());
  }
}
