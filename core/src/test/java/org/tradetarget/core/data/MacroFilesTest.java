package org.tradetarget.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The WDI and WEO readers on the synthetic fixtures of {@code src/test/resources/macro-files} (their
 * README lists every number): the values expected below are the fixture's, typed from that list.
 */
final class MacroFilesTest {
  static final Path WDI = Path.of("src/test/resources/macro-files/wdi-gdp-growth-synthetic.csv");
  static final Path WEO = Path.of("src/test/resources/macro-files/weo-synthetic.tsv");

  @TempDir
  Path dir;

  @Test
  void wdi_readsCountriesAndLeavesOutAggregatesAndGaps() {
    MacroTable t = MacroFiles.read(WDI, MacroFormat.AUTO, null);
    assertEquals(MacroFormat.WDI, t.format());
    assertEquals(MacroIndicator.WDI_GROWTH, t.indicator());
    // WLD (aggregate) and XKX (not ISO) are left out; VN sorts first (Country order)
    assertEquals(
        List.of(Country.VN, Country.LA, Country.of("TH")), List.copyOf(t.rows().keySet()));
    MacroTable.Row th = t.rows().get(Country.of("TH"));
    assertEquals(15, th.values().size()); // 2010-2024
    assertEquals(2.0, th.values().get(2010));
    assertEquals(-6.0, th.values().get(2020));
    assertEquals(3.0, th.values().get(2024));
    MacroTable.Row la = t.rows().get(Country.LA);
    assertFalse(la.values().containsKey(2010)); // an empty field is a gap
    assertEquals(2011, la.values().firstKey());
    assertEquals(8, la.line()); // BOM, four metadata lines, header, WLD, XKX, then LAO
  }

  @Test
  void weo_windows1252_readsTheQuirks() {
    MacroTable t = MacroFiles.read(WEO, MacroFormat.WEO, "ngdp_rpch");
    assertEquals(MacroIndicator.WEO_GROWTH, t.indicator());
    assertEquals(List.of(Country.LA, Country.of("TH")), List.copyOf(t.rows().keySet()));
    MacroTable.Row th = t.rows().get(Country.of("TH"));
    assertEquals(2010, th.values().firstKey()); // n/a before
    assertEquals(2029, th.values().lastKey());
    assertEquals(3.0, th.values().get(2029));
    assertEquals(OptionalInt.of(2023), th.estimatesStartAfter());
    assertEquals(OptionalInt.of(2022), t.rows().get(Country.LA).estimatesStartAfter());
  }

  @Test
  void weo_nominalUsd_thousandsCommasAndBillionsToMillions() {
    MacroTable t = MacroFiles.read(WEO, MacroFormat.AUTO, "NGDPD");
    // 1,050.000 US$ billions = 1,050,000 US$ million
    assertEquals(1_050_000.0, t.rows().get(Country.of("TH")).values().get(2023), 1e-9);
    assertEquals(15_600.0, t.rows().get(Country.LA).values().get(2023), 1e-9);
  }

  @Test
  void weo_utf16le_asExportsSinceOctober2020() throws IOException {
    String text = new String(Files.readAllBytes(WEO), Charset.forName("windows-1252"));
    Path f = dir.resolve("WEOApr2024all.xls");
    byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[body.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(body, 0, withBom, 2, body.length);
    Files.write(f, withBom);
    MacroTable t = MacroFiles.read(f, MacroFormat.AUTO, "NGDP_RPCH");
    assertEquals(-6.0, t.rows().get(Country.of("TH")).values().get(2020));
    Path noBom = dir.resolve("nobom.xls");
    Files.write(noBom, body);
    assertEquals(t.rows(), MacroFiles.read(noBom, MacroFormat.AUTO, "NGDP_RPCH").rows());
  }

  @Test
  void weo_severalIndicators_withoutOne_isRefusedListingThem() {
    InvalidInputException e = assertThrows(
        InvalidInputException.class, () -> MacroFiles.read(WEO, MacroFormat.AUTO, null));
    assertTrue(
        e.getMessage().contains("several GDP indicators (NGDP_RPCH, NGDPD)"), e.getMessage());
  }

  @Test
  void badValue_namesFileLineColumnValueAndWhatIsAllowed() throws IOException {
    List<String> lines = Files.readAllLines(WDI, StandardCharsets.UTF_8);
    // line 9 is Thailand; its 2015 field (column 4 + 2015 - 1960 + 1 = 60) becomes "2.O"
    String[] cells = lines.get(8).split(",", -1);
    cells[59] = "\"2.O\"";
    lines.set(8, String.join(",", cells));
    Path f = dir.resolve("bad.csv");
    Files.write(f, lines, StandardCharsets.UTF_8);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> MacroFiles.read(f, MacroFormat.AUTO, null));
    assertEquals(
        f + ":9:60: '2.O' in column '2015' (THA, NY.GDP.MKTP.KD.ZG) is not allowed; expected a"
            + " number, or an empty field for a gap",
        e.getMessage());
  }

  @Test
  void weo_badValue_namesTheColumn() throws IOException {
    String text = new String(Files.readAllBytes(WEO), Charset.forName("windows-1252"));
    // Thailand's NGDP_RPCH 2024 (the 9 text columns, then 1980.. : column 9 + 45 = 54) "3.000"
    String[] lines = text.split("\r\n", -1);
    String[] cells = lines[1].split("\t", -1);
    assertEquals("3.000", cells[53]);
    cells[53] = "3,0";
    lines[1] = String.join("\t", cells);
    Path f = dir.resolve("bad.tsv");
    Files.writeString(f, String.join("\r\n", lines), Charset.forName("windows-1252"));
    InvalidInputException e = assertThrows(
        InvalidInputException.class, () -> MacroFiles.read(f, MacroFormat.AUTO, "NGDP_RPCH"));
    assertEquals(
        f + ":2:54: '3,0' in column '2024' (THA, NGDP_RPCH) is not allowed; expected a number"
            + " (thousands commas allowed, e.g. 1,234.5), or n/a or -- for a gap",
        e.getMessage());
  }

  @Test
  void wrongIndicatorOrFormat_isRefusedWithWhatIsAllowed() {
    InvalidInputException e = assertThrows(
        InvalidInputException.class, () -> MacroFiles.read(WDI, MacroFormat.AUTO, "NGDP_RPCH"));
    assertTrue(
        e.getMessage().startsWith("macro indicator 'NGDP_RPCH' is not allowed for the WDI file")
            && e.getMessage()
                .endsWith("expected NY.GDP.MKTP.KD.ZG, NY.GDP.MKTP.KD, NY.GDP.MKTP.KN,"
                    + " NY.GDP.MKTP.CD"),
        e.getMessage());
    InvalidInputException f = assertThrows(
        InvalidInputException.class, () -> MacroFiles.read(WDI, MacroFormat.WEO, null));
    assertTrue(
        f.getMessage().startsWith(WDI + ":1: a WDI file, not WEO; expected the WEO header"),
        f.getMessage());
    assertThrows(InvalidInputException.class, () -> MacroFormat.parse("csv"));
  }
}
