package org.tradetarget.scenarios.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tradetarget.core.evidence.Recalibration;
import org.tradetarget.scenarios.spec.ScenarioSpec;

/**
 * Everything one scenario run gives: the base result (with its provenance), the odds under each
 * model kind (unless the scenario's {@code outputs.odds_by_model} is false) and the odds on each
 * basis of a corridor whose trade file holds both sides' declarations. {@code run} writes it as
 * its files; the explorer answers its {@code results.json}.
 *
 * @param base the scenario as it stands: fits, simulation, headline numbers, provenance
 * @param oddsByModel the odds under each kind, when the scenario asks for them
 * @param oddsByBasis the odds on each basis (empty when no corridor has both sides)
 * @param raw the same scenario with each kind's own paths, not recalibrated (same seed and
 *     paths), when the scenario's recalibration is not {@code none}
 */
public record ScenarioRun(
    ScenarioResult base,
    Optional<OddsByModel> oddsByModel,
    OddsByBasis oddsByBasis,
    Optional<ScenarioResult> raw) {

  /**
   * Runs a resolved scenario.
   *
   * @param threads worker threads instead of the scenario's (0 = the scenario's); results do not
   *     depend on it
   * @param progress told how far the base simulation has got
   */
  public static ScenarioRun of(ScenarioSpec spec, int threads, ProgressListener progress) {
    return of(spec, threads, progress, Map.of());
  }

  /**
   * Runs a resolved scenario some of whose files are not (yet) on disk: their provenance hash is
   * taken from the given text, as it will be once saved.
   *
   * @param unsaved the text of files of the scenario's chain, by absolute normalised path
   */
  public static ScenarioRun of(
      ScenarioSpec spec, int threads, ProgressListener progress, Map<Path, String> unsaved) {
    List<PreparedCorridor> prepared = ScenarioPreparer.prepare(spec);
    ScenarioResult base = ScenarioRunner.run(spec, prepared, threads, progress, unsaved);
    Optional<OddsByModel> odds = spec.outputs().oddsByModel()
        ? Optional.of(OddsByModel.of(spec, prepared, threads))
        : Optional.empty();
    Optional<ScenarioResult> raw = Optional.empty();
    if (!spec.simulation().recalibration().isNone()) {
      ScenarioSpec own =
          spec.withSimulation(spec.simulation().withRecalibration(Recalibration.none()));
      raw = Optional.of(ScenarioRunner.run(own, prepared, threads, ProgressListener.NONE, unsaved));
    }
    return new ScenarioRun(base, odds, OddsByBasis.of(spec, prepared, threads, unsaved), raw);
  }

  /** The scenario run. */
  public ScenarioSpec spec() {
    return base.spec();
  }

  /** Library version, SHA-256 of each scenario file as resolved, seed and data vintage. */
  public Map<String, String> provenance() {
    return base.provenance();
  }
}
