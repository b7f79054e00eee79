package org.tradetarget.core.evidence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tradetarget.core.calibrate.ModelKind;

class BundledRecalibrationTest {
  @Test
  void theBundledTableIsTheCowPanelsAndCoversEveryDefaultKindStepAndClass() {
    Recalibration r = Recalibration.bundled();
    assertTrue(r.provenance().stream()
        .anyMatch(l ->
            l.equals("sha256: 17f33fec04add5e33c5c82ce952e514bdbf0c269d87a37f771bde3dd3d7ab40c")));
    for (ModelKind k : PanelSettings.DEFAULT_KINDS) {
      for (int h = 1; h <= 10; h++) {
        for (HistoryClass c : HistoryClass.values()) {
          assertFalse(r.map(k, h, c).isIdentity(), k.id() + " h " + h + " " + c.label());
        }
      }
    }
    // log-linear's raw 80 % interval covers far less than 80 % of bilateral trade ten years out
    // (straight lines through ln(value) ignore that trade wanders), so its map must widen it.
    double z90 = QuantileMap.normalQuantile(0.9);
    assertTrue(r.map(ModelKind.LOG_LINEAR, 10, HistoryClass.LONGEST).apply(z90) > 1.5 * z90);
    assertTrue(Recalibration.none().isNone());
  }
}
