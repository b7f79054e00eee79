package org.tradetarget.core.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Country;
import org.tradetarget.core.data.MacroFiles;
import org.tradetarget.core.data.MacroFormat;

/**
 * A macro file's paths, checked against the fixture's numbers (its README) by hand: nominal ln GDP
 * grows by ln(1 + g) + ln(1 + π) a year, π = 2 %.
 */
final class MacroFilePathsTest {
  private static final Path WDI =
      Path.of("src/test/resources/macro-files/wdi-gdp-growth-synthetic.csv");
  private static final Path WEO = Path.of("src/test/resources/macro-files/weo-synthetic.tsv");
  private static final Country TH = Country.of("TH");

  @Test
  void growthFile_indexFromTheYearBeforeAndMediumTermTheLastRate() {
    MacroPaths p = MacroFilePaths.of(MacroFiles.read(WDI, MacroFormat.AUTO, null));
    assertTrue(p.covers(TH) && p.covers(Country.LA) && p.covers(Country.VN));
    assertFalse(p.covers(Country.KH));
    MacroPath th = p.path(TH);
    assertEquals(2009, th.lastHistoryYear()); // index 1 in the year before the first growth
    assertEquals(0.03, th.mediumTermRate(), 1e-15); // 2024's 3.0 %, held
    // ln GDP 2021 - ln GDP 2019 = ln(1 - 0.06) + ln(1.015) + 2 ln(1.02)
    double expected = Math.log(0.94) + Math.log(1.015) + 2 * Math.log(1.02);
    assertEquals(expected, p.logGdp(TH, 2021) - p.logGdp(TH, 2019), 1e-12);
    // after the file: 2026 grows at the medium-term 3 %
    assertEquals(Math.log(1.03) + Math.log(1.02), p.logGrowth(TH, 2026), 1e-12);
    // LAO's 2010 is a gap: its run starts in 2011, the index in 2010
    assertEquals(2010, p.path(Country.LA).lastHistoryYear());
  }

  @Test
  void growthChangesAreMeasuredAgainstTheFileAsRead() {
    MacroPaths p = MacroFilePaths.of(MacroFiles.read(WDI, MacroFormat.AUTO, null));
    assertSame(p, p.reference());
    MacroPaths shifted = p.withGrowthShift(-0.01).withInflation(0.03);
    assertSame(p, shifted.reference());
    assertSame(
        MacroPaths.embedded(), MacroPaths.embedded().withGrowthShift(0.01).reference());
    assertTrue(p.origin().orElseThrow().startsWith("WDI NY.GDP.MKTP.KD.ZG from "));
  }

  @Test
  void weoGrowth_sameNumbersAsWdiUpTo2024_thenTheProjections() {
    MacroPaths wdi = MacroFilePaths.of(MacroFiles.read(WDI, MacroFormat.AUTO, null));
    MacroPaths weo = MacroFilePaths.of(MacroFiles.read(WEO, MacroFormat.AUTO, "NGDP_RPCH"));
    for (int y = 2011; y <= 2030; y++) {
      assertEquals(wdi.logGrowth(TH, y), weo.logGrowth(TH, y), 1e-12, "TH " + y);
      assertEquals(wdi.logGrowth(Country.LA, y), weo.logGrowth(Country.LA, y), 1e-12, "LA " + y);
    }
    assertTrue(weo.path(TH).growth(2025).basis().endsWith("IMF projection"));
    assertFalse(weo.path(TH).growth(2023).basis().endsWith("IMF projection"));
  }

  @Test
  void nominalUsd_historyInMillionsAndMediumTermLessInflation() {
    MacroPaths p = MacroFilePaths.of(MacroFiles.read(WEO, MacroFormat.WEO, "NGDPD"));
    MacroPath th = p.path(TH);
    assertEquals(2023, th.lastHistoryYear());
    assertEquals(1_050_000.0, th.history().lastValue(), 1e-6);
    // 1,050 / 1,020 = 1.0294118 nominal; real = 1.0294118 / 1.02 - 1 = 0.0092272
    assertEquals(1050.0 / 1020.0 / 1.02 - 1, th.mediumTermRate(), 1e-12);
    assertEquals(0.009227220299884, th.mediumTermRate(), 1e-12);
  }

  @Test
  void requireCovers_namesTheFile() {
    MacroPaths p = MacroFilePaths.of(MacroFiles.read(WDI, MacroFormat.AUTO, null));
    Corridor thKh = Corridor.of("TH-KH");
    String m = org.junit.jupiter.api.Assertions.assertThrows(
            org.tradetarget.core.data.InvalidInputException.class,
            () -> p.requireCovers(thKh, "model kind gravity"))
        .getMessage();
    assertTrue(
        m.contains("the macro data (WDI NY.GDP.MKTP.KD.ZG from ")
            && m.endsWith(") have none for KH (Cambodia)"),
        m);
  }
}
