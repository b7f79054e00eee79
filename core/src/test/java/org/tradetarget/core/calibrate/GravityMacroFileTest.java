package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.analysis.Decomposition;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.MacroFiles;
import org.tradetarget.core.data.MacroFormat;
import org.tradetarget.core.levers.MacroFilePaths;
import org.tradetarget.core.levers.MacroPaths;
import org.tradetarget.core.model.Forecast;
import org.tradetarget.core.model.GravityProjection;

/**
 * Gravity for a pair the embedded data do not cover (TH-LA), on the synthetic WDI and WEO files.
 * The trade history follows the gravity law exactly with β_TH = 1.0 and β_LA = 0.8, built here
 * from the fixture's growth rates typed by hand (its README); the projection must then be the
 * analytic one: with the trend 0, h years after 2023 ln trade moves by β_TH·Σ[ln(1 + g_TH) + ln
 * 1.02] + β_LA·Σ[ln(1 + g_LA) + ln 1.02], g_TH = 3 % and g_LA = 4 % in 2024 and held after it.
 */
final class GravityMacroFileTest {
  private static final Path DIR = Path.of("src/test/resources/macro-files");
  private static final Corridor TH_LA = Corridor.of("TH-LA");
  // growth in percent, 2012..2023, from the fixture's README
  private static final double[] TH = {2, 2, 2, 2, 2, 2, 2, 2, -6, 1.5, 2.5, 2};
  private static final double[] LA = {6, 6, 6, 6, 6, 6, 6, 6, 0.5, 2.5, 2.7, 3.7};

  /** Trade 2011..2023: 1,000 in 2011, then the gravity law with β_TH 1.0, β_LA 0.8. */
  private static AnnualSeries trade() {
    int[] years = new int[13];
    double[] values = new double[13];
    double x = Math.log(1000);
    years[0] = 2011;
    values[0] = 1000;
    for (int i = 0; i < 12; i++) {
      x += 1.0 * (Math.log1p(TH[i] / 100) + Math.log(1.02))
          + 0.8 * (Math.log1p(LA[i] / 100) + Math.log(1.02));
      years[i + 1] = 2012 + i;
      values[i + 1] = Math.exp(x);
    }
    return AnnualSeries.of("TH-LA", years, values);
  }

  private static Calibration fit(MacroPaths macro) {
    return GravityCalibrator.fit(
        trade(),
        TH_LA,
        macro,
        List.of(),
        ModelParams.of(Map.of("beta_th", "1.0", "beta_la", "0.8")),
        OptionalInt.empty());
  }

  private static void assertAnalytic(Calibration cal) {
    double base = trade().lastValue();
    Forecast f = cal.projection().forecast(3, 80);
    for (int h = 1; h <= 3; h++) {
      double expected = base
          * Math.exp(h
              * (1.0 * (Math.log(1.03) + Math.log(1.02))
                  + 0.8 * (Math.log(1.04) + Math.log(1.02))));
      assertEquals(expected, f.point()[h - 1], expected * 1e-12, "h=" + h);
    }
    // the history follows the law exactly: the residual's yearly changes are 0
    assertEquals(0.0, cal.sigma(), 1e-12);
    // gdp:TH = 3 (ln 1.03 + ln 1.02) = 3 x 0.0493614295 = 0.1480842885
    // gdp:LA = 0.8 x 3 (ln 1.04 + ln 1.02) = 2.4 x 0.0590233405 = 0.1416560172
    Decomposition d = Decomposition.of((GravityProjection) cal.projection(), 2026);
    // the corridor's canonical order is LA-TH (Country order: LA is a bundled country)
    assertEquals("gdp:LA", d.contributions().get(0).driver());
    assertEquals("gdp:TH", d.contributions().get(1).driver());
    assertEquals(0.1416560172, d.contributions().get(0).logContribution(), 1e-9);
    assertEquals(0.1480842885, d.contributions().get(1).logContribution(), 1e-9);
  }

  @Test
  void wdiGrowthFile_reproducesTheAnalyticProjection() {
    assertAnalytic(fit(MacroFilePaths.of(
        MacroFiles.read(DIR.resolve("wdi-gdp-growth-synthetic.csv"), MacroFormat.WDI, null))));
  }

  @Test
  void weoGrowthFile_reproducesTheAnalyticProjection() {
    assertAnalytic(fit(MacroFilePaths.of(
        MacroFiles.read(DIR.resolve("weo-synthetic.tsv"), MacroFormat.AUTO, "NGDP_RPCH"))));
  }

  @Test
  void betaOfAnyCountry_acceptedByName_thirdCountryRefused() {
    assertTrue(new GravityCalibrator().parameterNames().contains("beta_th"));
    assertTrue(!new GravityCalibrator().parameterNames().contains("beta_zz"));
    MacroPaths macro = MacroFilePaths.of(
        MacroFiles.read(DIR.resolve("wdi-gdp-growth-synthetic.csv"), MacroFormat.WDI, null));
    InvalidInputException e = assertThrows(
        InvalidInputException.class,
        () -> GravityCalibrator.fit(
            trade(),
            TH_LA,
            macro,
            List.of(),
            ModelParams.of(Map.of("beta_vn", "1.0")),
            OptionalInt.empty()));
    assertEquals(
        "parameter 'beta_vn' is not allowed for LA-TH; its countries are LA and TH (beta_la,"
            + " beta_th)",
        e.getMessage());
  }
}
