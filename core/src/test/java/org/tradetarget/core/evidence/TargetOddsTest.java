package org.tradetarget.core.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradetarget.core.calibrate.ModelKind;

/** The target odds of a panel whose law the scored kind knows. */
class TargetOddsTest {
  @TempDir
  Path dir;

  @Test
  void onARandomWalkPanelTheHeldOutOddsWithTheirRoughnessMatchWhatHappened() {
    // rw-drift is the true law: a path's standardised errors at steps 1 and 2 correlate at
    // 1/√2 or a little more (the estimated drift's error is shared), so the fitted roughness λ
    // is about 0 and the held-out paths stay the random walk's. If λ came out positive (e.g.
    // an estimator that forgot to centre the errors), the odds of every target would rise above
    // what happened. Cells of several thousand origins: ±0.03 as the reliability bound.
    Path panel = SyntheticPanels.randomWalk(dir, 800, 75, 23);
    PanelSettings s = PanelSettings.defaults()
        .withKinds(List.of(ModelKind.RW_DRIFT))
        .withHorizon(5)
        .withMinTrain(40);
    PanelBacktestResult r = PanelBacktest.run(panel, PanelFormat.LONG, s, List.of());
    int checked = 0;
    for (PanelBacktestResult.OddsRow o : r.odds()) {
      if (!o.recalibration().equals("later") && o.n() >= 1000) {
        assertEquals(o.frequency().getAsDouble(), o.meanP().getAsDouble(), 0.03, o.toString());
        checked++;
      }
    }
    // 4 multiples × 2 windows (3 and 5 years) × none and held-out.
    assertEquals(16, checked);
  }
}
