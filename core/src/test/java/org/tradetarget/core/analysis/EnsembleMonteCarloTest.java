package org.tradetarget.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.model.EnsembleProjection;
import org.tradetarget.core.model.StateSpace;
import org.tradetarget.core.simulate.MonteCarlo;
import org.tradetarget.core.simulate.SeriesSummary;
import org.tradetarget.core.simulate.Shocks;
import org.tradetarget.core.simulate.SimulatedSeries;
import org.tradetarget.core.simulate.SimulationSpec;

/**
 * The ensemble in the Monte Carlo engine: each path follows one member drawn by weight, with the
 * member's own shocks (common random numbers), so P(met by the deadline) under the ensemble equals
 * the weighted mix of the members' P(met) up to Monte Carlo error, and each simulated path is exactly
 * one member's path.
 */
final class EnsembleMonteCarloTest {
  private static final int PATHS = 40_000;
  private static final double TARGET = 5_000;
  private static final int DEADLINE = 2030;
  private static final ModelKind[] MEMBERS = {
    ModelKind.RW_DRIFT, ModelKind.ARIMA, ModelKind.HOLT_DAMPED
  };
  private static final double[] WEIGHTS = {0.4, 0.3, 0.3};

  private static AnnualSeries vnla() {
    return Dataset.embedded().series(Corridor.VN_LA);
  }

  private static ModelParams ensembleParams() {
    return ModelParams.none()
        .with("rw-drift", "0.4")
        .with("arima", "0.3")
        .with("holt-damped", "0.3");
  }

  private static SeriesSummary run(StateSpace model, SimulationSpec spec) {
    return MonteCarlo.run(SimulatedSeries.of("VN-LA", model).withTarget(TARGET, DEADLINE), spec);
  }

  /** The share of paths that first reached the target in a year up to the deadline. */
  private static double metByDeadline(SeriesSummary s) {
    int met = 0;
    for (int t = 0; t < s.years().length; t++) {
      if (s.years()[t] <= DEADLINE) {
        met += s.firstPassage()[t];
      }
    }
    return met / (double) PATHS;
  }

  private static void assertMix(SimulationSpec spec) {
    AnnualSeries s = vnla();
    double ens = metByDeadline(
        run(ModelKind.ENSEMBLE.fit(s, ensembleParams()).projection().simulator(), spec));
    double mix = 0;
    double lo = 1;
    double hi = 0;
    for (int m = 0; m < MEMBERS.length; m++) {
      double p =
          metByDeadline(run(MEMBERS[m].fit(s, ModelParams.none()).projection().simulator(), spec));
      mix += WEIGHTS[m] * p;
      lo = Math.min(lo, p);
      hi = Math.max(hi, p);
    }
    // The members must disagree for the test to say anything.
    assertTrue(hi - lo > 0.05, "members' P(met) " + lo + " .. " + hi);
    double se = Math.sqrt(ens * (1 - ens) / PATHS);
    assertEquals(mix, ens, 4 * se, "ensemble P(met) vs the weighted mix of the members'");
  }

  @Test
  void pMet_isTheWeightedMixOfTheMembers_normalShocks() {
    assertMix(SimulationSpec.of(PATHS, 8).withSeed(7).withThreads(2));
  }

  @Test
  void pMet_isTheWeightedMixOfTheMembers_tShocksAndParameterUncertainty() {
    assertMix(SimulationSpec.of(PATHS, 8)
        .withSeed(8)
        .withThreads(2)
        .withShocks(Shocks.studentT(5))
        .withParameterUncertainty(true));
  }

  /** With the same seed each ensemble path is, bitwise, the same path of one member's own run. */
  @Test
  void eachPath_isExactlyOneMembersPath() {
    int samples = 200;
    SimulationSpec spec = SimulationSpec.of(2_000, 8).withSeed(9).withSamplePaths(samples);
    AnnualSeries s = vnla();
    double[][] ens = run(
            ModelKind.ENSEMBLE.fit(s, ensembleParams()).projection().simulator(), spec)
        .samplePaths();
    double[][][] member = new double[MEMBERS.length][][];
    for (int m = 0; m < MEMBERS.length; m++) {
      member[m] = run(MEMBERS[m].fit(s, ModelParams.none()).projection().simulator(), spec)
          .samplePaths();
    }
    int[] count = new int[MEMBERS.length];
    for (int j = 0; j < samples; j++) {
      int matches = 0;
      for (int m = 0; m < MEMBERS.length; m++) {
        if (java.util.Arrays.equals(ens[j], member[m][j])) {
          matches++;
          count[m]++;
        }
      }
      assertEquals(1, matches, "sample path " + j + " must equal exactly one member's");
    }
    for (int m = 0; m < MEMBERS.length; m++) {
      assertTrue(
          count[m] > 0.5 * WEIGHTS[m] * samples,
          MEMBERS[m].id() + " followed by " + count[m] + " of " + samples);
    }
  }

  @Test
  void memberOf_picksByCumulativeWeight() {
    // u for a key is PathDraws.uniform(key, stream, 0); over many keys the shares approach the
    // weights.
    double[] w = {0.2, 0.0, 0.8};
    int[] n = new int[3];
    for (long key = 1; key <= 100_000; key++) {
      n[EnsembleProjection.memberOf(key * 0x9E3779B97F4A7C15L, w)]++;
    }
    assertEquals(0, n[1], "a zero weight is never drawn");
    double se = Math.sqrt(0.2 * 0.8 / 100_000);
    assertEquals(0.2, n[0] / 100_000.0, 4 * se);
  }

  @Test
  void weightsNotSummingToOne_areNormalisedAndSaidSo() {
    var cal =
        ModelKind.ENSEMBLE.fit(vnla(), ModelParams.none().with("rw-drift", "2").with("arima", "2"));
    EnsembleProjection p = (EnsembleProjection) cal.projection();
    assertEquals(List.of("rw-drift", "arima"), p.memberKinds());
    assertEquals(0.5, p.weights()[0], 1e-15);
    assertTrue(
        cal.notes().stream().anyMatch(n -> n.contains("sum to 4") && n.contains("normalised")),
        cal.notes().toString());
  }
}
