package org.tradetarget.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Country;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.levers.Elasticities;
import org.tradetarget.core.levers.Lever;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.core.model.GravityProjection;
import org.tradetarget.core.simulate.SimulationSpec;

/**
 * The required-lever solver against closed forms: with no noise every path is the point forecast,
 * so the required value is where the point at the deadline equals the target.
 */
final class RequiredLeverTest {
  private static final SimulationSpec SPEC =
      SimulationSpec.of(1_000, 1).withSeed(3).withThreads(1);

  /** VN-KH from 11,330 in 2025; every country grows 5 % real, 2 % inflation; no noise. */
  private static GravityProjection quiet(List<Lever> levers) {
    MacroPaths m = MacroPaths.embedded().withGrowthSd(0);
    for (Country c : MacroPaths.embedded().countries()) {
      m = m.withConstantGrowth(c, 0.05);
    }
    return new GravityProjection(
        Corridor.VN_KH, 2025, 11_330, new Elasticities(1.0, 1.0, -4), -0.1, 0.0, 0.0, m, levers);
  }

  @Test
  void tradeCost_closedForm_to1e6() {
    // Point at 2030 without the lever: x0 = ln 11,330 + 5·(2·(ln 1.05 + ln 1.02)) − 0.1·5; the
    // certain
    // cost change c from 2026 adds θ·ln(1 + c). Target T: c* = exp((ln T − x0)/θ) − 1.
    double x0 = Math.log(11_330) + 5 * 2 * (Math.log(1.05) + Math.log(1.02)) - 0.5;
    double target = 20_000;
    double expected = Math.exp((Math.log(target) - x0) / -4) - 1;
    assertTrue(expected < 0 && expected > -0.5, "a cut is needed: " + expected);
    RequiredLever.Solution s = RequiredLever.solve(
        quiet(List.of()),
        RequiredLever.Instrument.parse("trade-cost"),
        target,
        2030,
        0.5,
        -0.5,
        0.5,
        SPEC);
    assertTrue(s.reached());
    assertEquals(expected, s.value(), 1e-6);
    assertEquals(1.0, s.probability(), "no noise: every path meets it at the solution");
  }

  @Test
  void gdpGrowth_closedForm_to1e6() {
    // With extra growth δ for both countries: x(2030) = ln 11,330 + 10·(ln(1.05 + δ) + ln 1.02) −
    // 0.5.
    double target = 25_000;
    double delta =
        Math.exp((Math.log(target) - Math.log(11_330) + 0.5) / 10 - Math.log(1.02)) - 1.05;
    RequiredLever.Solution s = RequiredLever.solve(
        quiet(List.of()),
        RequiredLever.Instrument.parse("gdp-growth"),
        target,
        2030,
        0.9,
        -0.1,
        0.1,
        SPEC);
    assertEquals(delta, s.value(), 1e-6);
  }

  @Test
  void riskyLever_unreachable_reportsTheBestProbability() {
    Lever bridge = Lever.direct("bridge", List.of(Corridor.VN_KH), 2027, 0, 0.1, 0.3, 0.0, "");
    GravityProjection p = quiet(List.of(bridge));
    // Without the bridge the point in 2030 is below 40,000; even a 2.0 (+200 %) effect reaches it
    // only
    // on the 30 % of paths where the bridge is built.
    RequiredLever.Solution s = RequiredLever.solve(
        p,
        RequiredLever.Instrument.parse("lever:bridge"),
        40_000,
        2030,
        0.5,
        -0.5,
        2.0,
        SimulationSpec.of(4_000, 1).withSeed(9));
    assertFalse(s.reached());
    assertEquals(2.0, s.value());
    assertEquals(0.3, s.probability(), 4.5 * Math.sqrt(0.3 * 0.7 / 4_000));
    assertEquals(
        Math.sqrt(s.probability() * (1 - s.probability()) / 4_000), s.standardError(), 1e-15);
    // The same lever reaches a probability below its completion chance.
    RequiredLever.Solution r = RequiredLever.solve(
        p,
        RequiredLever.Instrument.parse("lever:bridge"),
        40_000,
        2030,
        0.2,
        -0.5,
        2.0,
        SimulationSpec.of(4_000, 1).withSeed(9));
    assertTrue(r.reached());
    assertTrue(r.probability() >= 0.2, "the answer is on the side that reaches P*");
    double x2030 = Math.log(11_330) + 10 * (Math.log(1.05) + Math.log(1.02)) - 0.5;
    assertEquals(
        40_000 / Math.exp(x2030) - 1, r.value(), 1e-6, "closed form: ln(1 + d) closes the gap");
  }

  @Test
  void badInstrumentsAndRanges_areRejected() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> RequiredLever.Instrument.parse("tarif"));
    assertTrue(
        e.getMessage().contains("'tarif'") && e.getMessage().contains("lever:NAME"),
        e.getMessage());
    IllegalArgumentException a = assertThrows(
        IllegalArgumentException.class,
        () -> RequiredLever.solve(
            quiet(List.of()),
            RequiredLever.Instrument.parse("lever:none"),
            20_000,
            2030,
            0.5,
            -0.5,
            0.5,
            SPEC));
    assertTrue(a.getMessage().contains("lever none is not among"), a.getMessage());
    a = assertThrows(
        IllegalArgumentException.class,
        () -> RequiredLever.solve(
            quiet(List.of()),
            RequiredLever.Instrument.parse("trade-cost"),
            20_000,
            2030,
            1.0,
            -0.5,
            0.5,
            SPEC));
    assertTrue(a.getMessage().contains("probability 1.0"), a.getMessage());
  }
}
