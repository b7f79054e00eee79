package org.tradetarget.core.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.model.EnsembleProjection;
import org.tradetarget.core.model.Forecast;
import org.tradetarget.core.model.Projection;
import org.tradetarget.core.model.RandomWalkDrift;
import org.tradetarget.core.model.ShiftedProjection;
import org.tradetarget.core.model.StepMap;

/**
 * The recalibration of an ensemble's paths against its definition, recomputed here with Commons
 * Math: two random walks with drift (A: drift 0.05, σ 0.10; B: drift 0, σ 0.25; weights 0.7 and 0.3,
 * no drift uncertainty, so member k's log law at step h is N(ln 1000 + h·drift_k, h·σ_k²)), and a
 * table whose ensemble map at every step is the shift T(z) = z + 0.5 (knots Φ⁻¹(p) + 0.5). A log
 * value x must become F⁻¹(Φ(Φ⁻¹(F(x)) + 0.5)) with F = 0.7 Φ((x − μ_A)/σ_A) + 0.3 Φ((x − μ_B)/σ_B),
 * F⁻¹ found by Brent's method.
 */
class EnsembleMapsTest {
  private static final NormalDistribution STD = new NormalDistribution(null, 0, 1);
  private static final double BASE = Math.log(1_000);
  private static final double[] DRIFT = {0.05, 0.0};
  private static final double[] SIGMA = {0.10, 0.25};
  private static final double[] W = {0.7, 0.3};
  private static final int STEPS = 5;

  private static EnsembleProjection ensemble(List<Boolean> valueScale) {
    List<Projection> members = List.of(
        new RandomWalkDrift("rw-drift", 2020, 1, BASE, DRIFT[0], SIGMA[0], 15, false),
        new RandomWalkDrift("cagr", 2020, 1, BASE, DRIFT[1], SIGMA[1], 15, false));
    return new EnsembleProjection(members, valueScale, W);
  }

  /** A table of {@code kind} at class 11-20, steps 1..10, knots Φ⁻¹(p) + shift. */
  static Recalibration table(Path dir, String kind, double shift) throws IOException {
    return table(dir, kind, 1, shift);
  }

  /** A table of {@code kind} at class 11-20, steps 1..10, knots scale·Φ⁻¹(p) + shift. */
  static Recalibration table(Path dir, String kind, double scale, double shift) throws IOException {
    StringBuilder sb = new StringBuilder("# a test table\n")
        .append(Recalibration.KEY_COLUMNS)
        .append(",q01,q025,q05,q10,q20,q25,q30,q40,q50,q60,q70,q75,q80,q90,q95,q975,q99\n");
    for (int h = 1; h <= 10; h++) {
      sb.append(kind).append(',').append(h).append(",11-20,1000");
      for (double p : QuantileMap.LEVELS) {
        sb.append(',')
            .append(String.format(
                Locale.ROOT, "%.9f", scale * STD.inverseCumulativeProbability(p) + shift));
      }
      sb.append('\n');
    }
    Path f = dir.resolve("recal-" + kind + scale + "-" + shift + ".csv");
    Files.writeString(f, sb.toString());
    return Recalibration.read(f);
  }

  private static double mixtureCdf(int h, double x) {
    double s = 0;
    for (int k = 0; k < 2; k++) {
      s += W[k] * STD.cumulativeProbability((x - BASE - h * DRIFT[k]) / (SIGMA[k] * Math.sqrt(h)));
    }
    return s;
  }

  private static double expected(int h, double x) {
    double p = STD.cumulativeProbability(STD.inverseCumulativeProbability(mixtureCdf(h, x)) + 0.5);
    return new BrentSolver(1e-13, 1e-13)
        .solve(1_000, v -> mixtureCdf(h, v) - p, BASE - 3, BASE + 3);
  }

  @Test
  void mapsEachPathAsTheMixturesDefinitionSays(@TempDir Path dir) throws IOException {
    StepMap map = table(dir, "ensemble", 0.5)
        .stepMap(ModelKind.ENSEMBLE, 15, ensemble(List.of(false, false)), STEPS)
        .orElseThrow();
    double worst = 0;
    for (int h = 1; h <= STEPS; h++) {
      // log values from the mixture's 0.2 % to its 99.8 % point
      for (double u = 0.002; u < 0.999; u += 0.004) {
        int step = h;
        double q = u;
        double x = new BrentSolver(1e-13, 1e-13)
            .solve(1_000, v -> mixtureCdf(step, v) - q, BASE - 3, BASE + 3);
        worst = Math.max(worst, Math.abs(map.apply(h, x) - expected(h, x)));
      }
    }
    // the table is linear between nodes 1/64 apart in z: within 3e-5 in log value (0.003 %)
    assertTrue(worst < 3e-5, "largest difference from the definition " + worst);
  }

  @Test
  void aWideningMap_isFollowedIntoTheTails(@TempDir Path dir) throws IOException {
    // T(z) = 1.6z: T(−8) = −12.8, beyond what Φ can resolve; the table must still map every
    // path, the mixture's p-quantile to its Φ(1.6·Φ⁻¹(p))-quantile
    StepMap map = table(dir, "ensemble", 1.6, 0)
        .stepMap(ModelKind.ENSEMBLE, 15, ensemble(List.of(false, false)), STEPS)
        .orElseThrow();
    for (double u : new double[] {0.001, 0.02, 0.3, 0.5, 0.8, 0.99, 0.999}) {
      double x =
          new BrentSolver(1e-13, 1e-13).solve(1_000, v -> mixtureCdf(4, v) - u, BASE - 3, BASE + 3);
      double p = STD.cumulativeProbability(1.6 * STD.inverseCumulativeProbability(u));
      double y =
          new BrentSolver(1e-13, 1e-13).solve(1_000, v -> mixtureCdf(4, v) - p, BASE - 5, BASE + 5);
      assertEquals(y, map.apply(4, x), 3e-5, "at the mixture's " + u + " point");
    }
  }

  @Test
  void keepsEveryPathsRank_evenFarBeyondTheTable(@TempDir Path dir) throws IOException {
    StepMap map = table(dir, "ensemble", 0.5)
        .stepMap(ModelKind.ENSEMBLE, 15, ensemble(List.of(false, false)), STEPS)
        .orElseThrow();
    double before = Double.NEGATIVE_INFINITY;
    // a crisis jump can take a path 40 σ below the mixture: the map continues its outer slope
    for (double x = BASE - 12; x <= BASE + 12; x += 0.01) {
      double y = map.apply(3, x);
      assertTrue(Double.isFinite(y) && y > before, "not increasing at " + x);
      before = y;
    }
    // steps beyond the simulated ones are left alone
    assertEquals(BASE + 0.3, map.apply(STEPS + 1, BASE + 0.3), 0.0);
  }

  @Test
  void isTakenAroundAMacroShift(@TempDir Path dir) throws IOException {
    Recalibration r = table(dir, "ensemble", 0.5);
    double[] shift = {0.01, 0.03, 0.06, 0.10, 0.15};
    Projection shifted = new ShiftedProjection(ensemble(List.of(false, false)), shift, "test");
    StepMap map = r.stepMap(ModelKind.ENSEMBLE, 15, shifted, STEPS).orElseThrow();
    for (int h = 1; h <= STEPS; h++) {
      double x = BASE + 0.04 * h;
      assertEquals(shift[h - 1] + expected(h, x), map.apply(h, x + shift[h - 1]), 1e-5);
    }
  }

  @Test
  void noTable_aTableWithoutTheEnsemble_orAValueScaleMember_changeNothing(@TempDir Path dir)
      throws IOException {
    EnsembleProjection e = ensemble(List.of(false, false));
    assertTrue(
        table(dir, "rw-drift", 0.5).stepMap(ModelKind.ENSEMBLE, 15, e, STEPS).isEmpty());
    assertTrue(Recalibration.none().stepMap(ModelKind.ENSEMBLE, 15, e, STEPS).isEmpty());
    EnsembleProjection logistic = ensemble(List.of(false, true));
    Recalibration r = table(dir, "ensemble", 0.5);
    assertTrue(r.stepMap(ModelKind.ENSEMBLE, 15, logistic, STEPS).isEmpty());
    assertTrue(
        r.forecast(ModelKind.ENSEMBLE, 15, logistic, logistic.forecast(STEPS)).isEmpty());
  }

  @Test
  void theRecalibratedIntervalsAreTheMappedQuantiles(@TempDir Path dir) throws IOException {
    EnsembleProjection e = ensemble(List.of(false, false));
    Forecast own = e.forecast(STEPS, 80, 95);
    Optional<Forecast> f = table(dir, "ensemble", 0.5).forecast(ModelKind.ENSEMBLE, 15, e, own);
    assertTrue(f.isPresent());
    for (int h = 1; h <= STEPS; h++) {
      int step = h;
      // the recalibrated median is the mixture's Φ(0.5) = 69.1 % point; the 80 % interval runs
      // from its Φ(−1.2816 + 0.5) to its Φ(1.2816 + 0.5) point
      double[] p = {
        STD.cumulativeProbability(0.5),
        STD.cumulativeProbability(STD.inverseCumulativeProbability(0.1) + 0.5),
        STD.cumulativeProbability(STD.inverseCumulativeProbability(0.9) + 0.5)
      };
      double[] v = new double[3];
      for (int i = 0; i < 3; i++) {
        double q = p[i];
        v[i] = Math.exp(new BrentSolver(1e-13, 1e-13)
            .solve(1_000, x -> mixtureCdf(step, x) - q, BASE - 3, BASE + 3));
      }
      assertEquals(v[0], f.get().point()[h - 1], 1e-6 * v[0]);
      assertEquals(v[1], f.get().lower()[0][h - 1], 1e-6 * v[1]);
      assertEquals(v[2], f.get().upper()[0][h - 1], 1e-6 * v[2]);
    }
  }
}
