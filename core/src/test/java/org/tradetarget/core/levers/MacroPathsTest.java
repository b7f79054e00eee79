package org.tradetarget.core.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tradetarget.core.data.Country;

/**
 * The GDP path is the gravity kind's engine: its years must be the sourced figures where they exist
 * and say so, the medium-term rates must be the documented ones, and the growth shocks must have
 * the stated spread and correlation.
 */
final class MacroPathsTest {
  private static final MacroPaths M = MacroPaths.embedded();

  @Test
  void embeddedPath_sourcedYearsThenTheMediumTermRate() {
    // seeds/macro.csv rows marked default: VN 2024 7.09 (GSO), 2025 8.02 (GSO estimate, Jan 2026),
    // 2026 6.3 (WB GEP Jan 2026), 2029 6.5 (IMF WEO Apr 2024).
    MacroPath vn = M.path(Country.VN);
    assertEquals(2023, vn.lastHistoryYear());
    assertEquals(0.0709, vn.growth(2024).rate(), 1e-15);
    assertTrue(vn.growth(2024).sourced());
    assertEquals(0.0802, vn.growth(2025).rate(), 1e-15);
    assertEquals(0.063, vn.growth(2026).rate(), 1e-15);
    assertFalse(vn.growth(2027).sourced(), "2027 has no forecast: assumed");
    assertEquals(0.065, vn.growth(2027).rate(), 1e-15);
    assertTrue(vn.growth(2029).sourced());
    assertFalse(vn.growth(2035).sourced());
    assertEquals(0.065, vn.mediumTermRate(), 1e-15);
    // Cambodia: 5.1 % for 2027 (WB GEP Jan 2026) held; Laos: 4.0 % for 2026 (WB GEP Jan 2026) held.
    assertEquals(0.051, M.path(Country.KH).mediumTermRate(), 1e-15);
    assertEquals(0.040, M.path(Country.LA).mediumTermRate(), 1e-15);
    assertEquals(0.041, M.path(Country.LA).growth(2024).rate(), 1e-15);
    assertTrue(M.path(Country.KH).growth(2027).sourced());
    assertFalse(M.path(Country.KH).growth(2028).sourced());
    assertEquals(MacroPaths.DEFAULT_INFLATION, M.inflation());
    assertEquals(MacroPaths.DEFAULT_GROWTH_SD, M.growthSd(Country.LA));
  }

  @Test
  void logGdp_historyThenRealGrowthPlusInflation_byHand() {
    // WDI 2023 Viet Nam 429,717.0 US$ million; then 7.09 % and 8.02 % real, 2 % inflation.
    double expected =
        Math.log(429717.0) + Math.log(1.0709) + Math.log(1.02) + Math.log(1.0802) + Math.log(1.02);
    assertEquals(expected, M.logGdp(Country.VN, 2025), 1e-12);
    assertEquals(Math.log(429717.0), M.logGdp(Country.VN, 2023), 1e-15);
    // History growth is WDI's: Laos 2022 15,468.8 over 2021 18,827.1.
    assertEquals(Math.log(15468.8 / 18827.1), M.logGrowth(Country.LA, 2022), 1e-12);
    MacroPaths hot = M.withInflation(0.05);
    assertEquals(Math.log(1.0709) + Math.log(1.05), hot.logGrowth(Country.VN, 2024), 1e-15);
  }

  @Test
  void overrides_areAssumptions() {
    MacroPaths d = M.withGrowthShift(Country.KH, -0.01)
        .withGrowth(Country.VN, 2027, 0.05)
        .withMediumTermRate(Country.LA, 0.03);
    assertEquals(0.038, d.path(Country.KH).growth(2025).rate(), 1e-15);
    assertFalse(
        d.path(Country.KH).growth(2025).sourced(),
        "a shifted figure is no longer the published one");
    assertEquals(0.041, d.path(Country.KH).growth(2030).rate(), 1e-15);
    assertEquals(0.05, d.path(Country.VN).growth(2027).rate(), 1e-15);
    assertEquals(0.03, d.path(Country.LA).growth(2030).rate(), 1e-15);
    assertEquals(0.041, d.path(Country.LA).growth(2024).rate(), 1e-15, "explicit years stay");
    assertEquals(
        0.0, M.withConstantGrowth(Country.VN, 0.0).withInflation(0).logGrowth(Country.VN, 2031));
  }

  @Test
  void badValues_areRejected() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> M.withInflation(-1))
        .getMessage()
        .contains("inflation -1.0"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> M.withCorrelation(1.5))
        .getMessage()
        .contains("correlation 1.5"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> M.withGrowthSd(-0.1))
        .getMessage()
        .contains("-0.1"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> M.withGrowth(Country.VN, 2023, 0.05))
            .getMessage()
            .contains("not a forward year"));
    assertThrows(IllegalArgumentException.class, () -> M.withGrowthShift(Country.VN, -1.2));
  }

  /**
   * The shocks have sd s and correlation ρ; none in the history. Failure budget: 4.5 standard errors
   * per check (sd of a sample sd ≈ s/√(2N); of a sample correlation ≈ (1 − ρ²)/√N).
   */
  @Test
  void growthShocks_haveTheStatedSdAndCorrelation() {
    MacroPaths m = M.withGrowthSd(0.02).withCorrelation(0.6);
    int n = 100_000;
    double svn = 0;
    double skh = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      long key = PathDraws.mix(99 + i * PathDraws.GOLDEN);
      double a = m.growthShock(key, Country.VN, 2028);
      double b = m.growthShock(key, Country.KH, 2028);
      svn += a * a;
      skh += b * b;
      sxy += a * b;
      assertEquals(0.0, m.growthShock(key, Country.VN, 2023), "no shock in the history");
    }
    double sdVn = Math.sqrt(svn / n);
    double sdKh = Math.sqrt(skh / n);
    assertEquals(0.02, sdVn, 4.5 * 0.02 / Math.sqrt(2.0 * n));
    assertEquals(0.02, sdKh, 4.5 * 0.02 / Math.sqrt(2.0 * n));
    assertEquals(0.6, sxy / n / (sdVn * sdKh), 4.5 * (1 - 0.36) / Math.sqrt(n));
  }
}
