package org.tradetarget.core.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradetarget.core.calibrate.ModelKind;

class QuantileMapTest {
  @TempDir
  Path dir;

  @Test
  void identityChangesNothing() {
    QuantileMap id = QuantileMap.identity();
    for (double z : new double[] {-5, -1.3, 0, 0.7, 4}) {
      assertEquals(z, id.apply(z), 1e-12);
    }
  }

  @Test
  void aWiderMapPutsTheKnotsOfTheStandardNormalAtTheGivenQuantiles() {
    // Errors twice as wide as the kind says: every knot is 2·Φ⁻¹(p), so T(z) = 2z everywhere,
    // including beyond the outer knots (their segments' slope continues).
    double[] twice = QuantileMap.NORMAL_KNOTS.clone();
    for (int i = 0; i < twice.length; i++) {
      twice[i] *= 2;
    }
    QuantileMap m = QuantileMap.of(twice, 1000);
    for (double z : new double[] {-6, -1.96, -0.2, 0, 1.28, 3.5}) {
      assertEquals(2 * z, m.apply(z), 1e-9);
      assertEquals(z, m.inverse(2 * z), 1e-9);
    }
  }

  @Test
  void adjustingAPathKeepsTheOrderOfPathsAtEveryStep() {
    double[] zeta = QuantileMap.NORMAL_KNOTS.clone();
    zeta[0] -= 0.5; // a fatter lower tail
    zeta[zeta.length - 1] += 0.8; // and upper tail
    QuantileMap m = QuantileMap.of(zeta, 500);
    double prev = Double.NEGATIVE_INFINITY;
    for (double z = -8; z <= 8; z += 0.01) {
      double t = m.apply(z);
      assertTrue(t > prev);
      prev = t;
    }
    assertThrows(IllegalArgumentException.class, () -> QuantileMap.of(new double[3], 1));
  }

  @Test
  void aTableRoundTripsThroughItsCsv() {
    double[] zeta = QuantileMap.NORMAL_KNOTS.clone();
    for (int i = 0; i < zeta.length; i++) {
      zeta[i] = Math.round(zeta[i] * 1.5 * 1e4) / 1e4;
    }
    Recalibration r = Recalibration.of(
        java.util.Map.of(
            Recalibration.key(ModelKind.HOLT, 2, HistoryClass.LONG), QuantileMap.of(zeta, 77)),
        java.util.List.of("panel: x.csv"));
    Path f = SyntheticPanels.write(dir.resolve("r.csv"), r.toCsv());
    Recalibration back = Recalibration.read(f);
    assertEquals(r.toCsv(), back.toCsv());
    // step 5 is beyond the table: the largest step below it for that kind and class is used.
    assertEquals(1.5, back.map(ModelKind.HOLT, 5, 15).apply(1.0), 2e-3);
    assertTrue(back.map(ModelKind.HOLT, 1, 15).isIdentity());
    assertTrue(back.map(ModelKind.ARIMA, 2, 15).isIdentity());
    assertTrue(Recalibration.none().isNone());
  }
}
