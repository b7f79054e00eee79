package org.tradetarget.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.evidence.Recalibration;

/**
 * A recalibration acts on the simulated paths of an {@link Outlook}. With the map T(z) = 2z at
 * every step, an rw-drift path x_h = μ_h + σ√h·Z (no parameter draws) becomes μ_h + 2σ√h·Z, so
 * P(value ≥ T in year h) = 1 − Φ((ln T − μ_h)/(2σ√h)) by hand; the identity map changes nothing.
 *
 * <p>An ensemble's paths are mapped through its members' mixture: the ensemble of rw-drift alone
 * (weight 1) has rw-drift's law, so the ensemble's map T(z) = z + 0.5 moves its paths to μ_h +
 * σ_h·(Z + 0.5), with σ_h = σ√(h + h²/(n − 1)) as the drift's sampling uncertainty (on by default)
 * makes it for n = 11 points; P(value ≥ T in year h) = 1 − Φ((ln T − μ_h)/σ_h − 0.5) by hand.
 *
 * <p>Failure budget: three Monte Carlo comparisons at 4 standard errors (two-sided chance 6.3e-5
 * each under normality); the seed is fixed, so the outcome is deterministic.
 */
final class RecalibratedOutlookTest {
  private static final NormalDistribution STD = new NormalDistribution(0, 1);
  private static final double[] LEVELS = {
    0.01, 0.025, 0.05, 0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 0.95, 0.975, 0.99
  };
  private static final int N = 100_000;

  // 11 points, 2010-2020: log differences 0.10, 0.02, 0.10, 0.02, ... (drift 0.06, σ known).
  private static final AnnualSeries SERIES = series();

  private static AnnualSeries series() {
    int[] years = new int[11];
    double[] values = new double[11];
    double x = Math.log(1_000);
    for (int i = 0; i < 11; i++) {
      years[i] = 2010 + i;
      values[i] = Math.exp(x);
      x += i % 2 == 0 ? 0.10 : 0.02;
    }
    return AnnualSeries.of("x", years, values);
  }

  /** A table for one kind, class 11-20, steps 1..10, with knots scale·Φ⁻¹(p). */
  private static Recalibration table(Path dir, String kind, double scale) throws IOException {
    return table(dir, kind, scale, 0);
  }

  /** A table for one kind, class 11-20, steps 1..10, with knots scale·Φ⁻¹(p) + shift. */
  private static Recalibration table(Path dir, String kind, double scale, double shift)
      throws IOException {
    StringBuilder sb = new StringBuilder("# a test table")
        .append('\n')
        .append(
            "kind,horizon,history,n,q01,q025,q05,q10,q20,q25,q30,q40,q50,q60,q70,q75,q80,q90,q95,q975,q99");
    sb.append('\n');
    for (int h = 1; h <= 10; h++) {
      sb.append(kind).append(',').append(h).append(",11-20,1000");
      for (double p : LEVELS) {
        sb.append(',')
            .append(String.format(
                Locale.ROOT, "%.6f", scale * STD.inverseCumulativeProbability(p) + shift));
      }
      sb.append('\n');
    }
    Path f = dir.resolve("recal-" + kind + scale + "-" + shift + ".csv");
    Files.writeString(f, sb.toString());
    return Recalibration.read(f);
  }

  private static Outlook outlook() {
    return Outlook.of(SERIES)
        .target(1_600, 2025)
        .model("rw-drift")
        .parameterUncertainty(false)
        .paths(N)
        .seed(7);
  }

  @Test
  void doubledSpread_matchesTheClosedForm(@TempDir Path dir) throws IOException {
    // drift = mean of the 10 differences = 0.06; σ = their sample sd: deviations ±0.04, so
    // σ² = 10 · 0.0016 / 9 and σ = 0.04·√(10/9). Five steps to 2025: μ_5 = ln(last) + 5·0.06.
    double sigma = 0.04 * Math.sqrt(10.0 / 9);
    double mu5 = Math.log(SERIES.lastValue()) + 5 * 0.06;
    double z = (Math.log(1_600) - mu5) / (2 * sigma * Math.sqrt(5));
    double expected = 1 - STD.cumulativeProbability(z);
    OutlookResult r = outlook().recalibration(table(dir, "rw-drift", 2)).run();
    double se = Math.sqrt(expected * (1 - expected) / N);
    assertEquals(expected, r.pAtDeadline(), 4 * se);
    // The raw law by hand, for contrast: the map really widened the paths.
    double raw = 1 - STD.cumulativeProbability(z * 2);
    assertEquals(raw, outlook().recalibration(Recalibration.none()).run().pAtDeadline(), 4 * se);
    // Band, P(at or above) and P(met by) come from the same paths: met by 2025 covers 2025.
    assertTrue(r.pMet() >= r.pAtDeadline());
  }

  @Test
  void aTableWithoutTheKind_leavesItsPathsAlone(@TempDir Path dir) throws IOException {
    OutlookResult identity = outlook().recalibration(table(dir, "holt", 2)).run();
    OutlookResult none = outlook().recalibration(Recalibration.none()).run();
    assertEquals(none.pMet(), identity.pMet(), 0.0);
    assertEquals(none.pAtDeadline(), identity.pAtDeadline(), 0.0);
  }

  @Test
  void anEnsemble_isMappedThroughItsMembersMixture(@TempDir Path dir) throws IOException {
    Outlook ensemble = Outlook.of(SERIES)
        .target(1_600, 2025)
        .ensemble(Map.of(ModelKind.RW_DRIFT, 1.0))
        .paths(N)
        .seed(7);
    double sigma = 0.04 * Math.sqrt(10.0 / 9);
    double mu5 = Math.log(SERIES.lastValue()) + 5 * 0.06;
    double s5 = sigma * Math.sqrt(5 + 25 / 10.0);
    double expected = 1 - STD.cumulativeProbability((Math.log(1_600) - mu5) / s5 - 0.5);
    double se = Math.sqrt(expected * (1 - expected) / N);
    OutlookResult r = ensemble.recalibration(table(dir, "ensemble", 1, 0.5)).run();
    assertEquals(expected, r.pAtDeadline(), 4 * se);
    // the same map in rw-drift's rows does not touch the ensemble: its raw law, by hand
    double raw = 1 - STD.cumulativeProbability((Math.log(1_600) - mu5) / s5);
    OutlookResult other = ensemble.recalibration(table(dir, "rw-drift", 1, 0.5)).run();
    assertEquals(raw, other.pAtDeadline(), 4 * se);
  }
}
