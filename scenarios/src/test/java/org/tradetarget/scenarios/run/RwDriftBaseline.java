package org.tradetarget.scenarios.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.evidence.Recalibration;
import org.tradetarget.scenarios.io.ScenarioLoader;
import org.tradetarget.scenarios.spec.CorridorSpec;
import org.tradetarget.scenarios.spec.ScenarioSpec;

/**
 * The bundled baseline with VN-LA and VN-KH on rw-drift and the kinds' own laws: a model with
 * closed forms (R's {@code rwf}), against which the engine is checked number by number. The
 * baseline itself runs the panel-weighted ensemble, recalibrated; everything else (data, deadlines,
 * KH-LA's constant growth, paths, seed) is the scenario file's.
 */
final class RwDriftBaseline {
  private RwDriftBaseline() {}

  static ScenarioSpec spec() {
    ScenarioSpec spec = ScenarioLoader.load(Path.of("clv-2030-baseline.yaml"));
    List<CorridorSpec> corridors = new ArrayList<>();
    for (CorridorSpec c : spec.corridors()) {
      corridors.add(
          c.model() == ModelKind.ENSEMBLE
              ? c.withModel(ModelKind.RW_DRIFT, ModelParams.none())
              : c);
    }
    return spec.withCorridors(corridors)
        .withSimulation(spec.simulation().withRecalibration(Recalibration.none()));
  }
}
