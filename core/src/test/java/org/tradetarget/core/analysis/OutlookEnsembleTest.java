package org.tradetarget.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.evidence.Recalibration;
import org.tradetarget.core.model.EnsembleProjection;
import org.tradetarget.core.simulate.CrisisJumps;
import org.tradetarget.core.simulate.Shocks;

/**
 * The ensemble through the front door: {@link Outlook#ensemble} (and {@code model(ENSEMBLE, ..)})
 * gives P(met by the deadline) equal to the weighted mix of the members' P(met), each run through
 * {@link Outlook} alone with the same settings (parameter uncertainty on, the default).
 *
 * <p>Monte Carlo budget: each P(met) is a share of N = 40,000 paths with binomial SE √(p(1 −
 * p)/N); the difference between the ensemble's estimate and the mix of the members' has SE at most
 * √(se_ens² + Σ w_m² se_m²) (ignoring the positive correlation from common random numbers, which
 * only shrinks it). Each case allows 4 of those (chance failure 6e-5 per case, two cases).
 */
final class OutlookEnsembleTest {
  private static final int N = 40_000;
  private static final double TARGET = 5_000;
  private static final int DEADLINE = 2030;

  private static Map<ModelKind, Double> weights() {
    Map<ModelKind, Double> w = new LinkedHashMap<>();
    w.put(ModelKind.RW_DRIFT, 0.4);
    w.put(ModelKind.ARIMA, 0.3);
    w.put(ModelKind.HOLT_DAMPED, 0.3);
    return w;
  }

  private static Outlook base() {
    AnnualSeries s = Dataset.embedded().series(Corridor.VN_LA);
    // Each member's own law: the ensemble is compared with its members run alone.
    return Outlook.of(s)
        .target(TARGET, DEADLINE)
        .recalibration(Recalibration.none())
        .paths(N)
        .seed(21)
        .threads(2);
  }

  private static void assertMix(Outlook o) {
    OutlookResult ens = o.ensemble(weights()).run();
    double mix = 0;
    double var = ens.metBySe(DEADLINE) * ens.metBySe(DEADLINE);
    double lo = 1;
    double hi = 0;
    for (Map.Entry<ModelKind, Double> e : weights().entrySet()) {
      OutlookResult m = o.model(e.getKey()).run();
      double p = m.metBy(DEADLINE);
      mix += e.getValue() * p;
      var += e.getValue() * e.getValue() * m.metBySe(DEADLINE) * m.metBySe(DEADLINE);
      lo = Math.min(lo, p);
      hi = Math.max(hi, p);
    }
    assertTrue(hi - lo > 0.05, "the members must disagree: " + lo + " .. " + hi);
    assertEquals(mix, ens.metBy(DEADLINE), 4 * Math.sqrt(var), "ensemble vs weighted mix");
  }

  @Test
  void pMet_isTheWeightedMixOfTheMembers() {
    assertMix(base());
  }

  /** Crisis jumps hit every member's path alike: the mix still holds. */
  @Test
  void pMet_isTheWeightedMixOfTheMembers_withCrisisJumpsAndTShocks() {
    assertMix(base().jumps(new CrisisJumps(0.1, -0.25, 0.1)).shocks(Shocks.studentT(5)));
  }

  @Test
  void ensembleIsModelEnsembleWithTheWeightParameters() {
    OutlookResult a = base().paths(4_000).ensemble(weights()).run();
    OutlookResult b = base()
        .paths(4_000)
        .model(
            ModelKind.ENSEMBLE,
            ModelParams.none()
                .with("rw-drift", "0.4")
                .with("arima", "0.3")
                .with("holt-damped", "0.3"))
        .run();
    assertEquals(a.metBy(DEADLINE), b.metBy(DEADLINE), 0.0);
    assertEquals(a.median(), b.median(), 0.0);
  }

  /** Skill weights are 1/CRPS normalised, the rule of a scenario's {@code weights: skill}. */
  @Test
  void ensembleBySkill_weightsAreInverseCrps() {
    List<ModelKind> members = List.of(ModelKind.RW_DRIFT, ModelKind.LOG_LINEAR);
    EnsembleProjection p =
        (EnsembleProjection) base().ensembleBySkill(members).calibrate().projection();
    SkillWeights w =
        SkillWeights.of(Dataset.embedded().series(Corridor.VN_LA), members, Pipeline.SKILL_HORIZON);
    double inv0 = 1 / w.crps().get(ModelKind.RW_DRIFT);
    double inv1 = 1 / w.crps().get(ModelKind.LOG_LINEAR);
    assertEquals(inv0 / (inv0 + inv1), p.weights()[0], 1e-12);
    assertEquals(inv1 / (inv0 + inv1), p.weights()[1], 1e-12);
  }

  @Test
  void badMembersAndBootstrapAreRefused() {
    InvalidInputException e = assertThrows(
        InvalidInputException.class, () -> base().ensemble(Map.of(ModelKind.GRAVITY, 1.0)));
    assertTrue(e.getMessage().contains("gravity cannot be a member"), e.getMessage());
    InvalidInputException b = assertThrows(
        InvalidInputException.class,
        () -> base().ensemble(weights()).shocks(Shocks.BOOTSTRAP).run());
    assertTrue(b.getMessage().startsWith("shocks: bootstrap"), b.getMessage());
  }

  /**
   * {@code evidence}: weights ∝ 1 / the panel's raw CRPS at the corridor's history class and the
   * deadline's step. VN-LA has 15 consecutive points (11-20) and its last year is 2025, so the
   * deadline 2030 is step 5: rw-drift 0.5 and log-linear 1.0 there give (1/0.5)/(1/0.5 + 1/1) = 2/3
   * and 1/3. The decoys (step 6, class 6-10, the held-out rows) are the other way round.
   */
  @Test
  void ensembleBySkillFromPanelEvidence_weightsAreInversePanelCrpsAtTheClassAndStep(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path f = java.nio.file.Files.writeString(
        dir.resolve("panel-backtest.csv"),
        org.tradetarget.core.evidence.PanelScores.HEADER_WITHOUT_MASE + "\n"
            + "rw-drift,5,11-20,none,10,0.5,0.5,0.8,0.95\n"
            + "log-linear,5,11-20,none,10,1.0,0.5,0.8,0.95\n"
            + "rw-drift,5,11-20,held-out,10,2.0,0.5,0.8,0.95\n"
            + "log-linear,5,11-20,held-out,10,0.1,0.5,0.8,0.95\n"
            + "rw-drift,6,11-20,none,10,1.0,0.5,0.8,0.95\n"
            + "log-linear,6,11-20,none,10,0.5,0.5,0.8,0.95\n"
            + "rw-drift,5,6-10,none,10,1.0,0.5,0.8,0.95\n"
            + "log-linear,5,6-10,none,10,0.5,0.5,0.8,0.95\n");
    assertEquals(15, Dataset.embedded().series(Corridor.VN_LA).consecutiveTail().size());
    assertEquals(2025, Dataset.embedded().series(Corridor.VN_LA).lastYear());
    List<ModelKind> members = List.of(ModelKind.RW_DRIFT, ModelKind.LOG_LINEAR, ModelKind.ARIMA);
    var cal = base()
        .model(
            ModelKind.ENSEMBLE, OutlookChecks.skillMembers(members).with("evidence", f.toString()))
        .calibrate();
    EnsembleProjection p = (EnsembleProjection) cal.projection();
    // arima has no panel score: weight 0, left out of the mixture
    assertEquals(2, p.weights().length);
    assertEquals(2.0 / 3, p.weights()[0], 1e-12);
    assertEquals(1.0 / 3, p.weights()[1], 1e-12);
    assertTrue(
        cal.notes().stream()
            .anyMatch(n -> n.contains("panel evidence")
                && n.contains("11-20 (15 points), h = 5")
                && n.contains("arima 0.000 (no panel score")),
        cal.notes().toString());
  }
}
