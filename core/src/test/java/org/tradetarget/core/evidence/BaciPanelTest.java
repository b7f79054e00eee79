package org.tradetarget.core.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradetarget.core.data.InvalidInputException;

class BaciPanelTest {
  @TempDir
  Path dir;

  private static final String CODES = """
      country_code,country_name,country_iso2,country_iso3
      116,Cambodia,KH,KHM
      418,Lao People's Dem. Rep.,LA,LAO
      704,Viet Nam,VN,VNM
      490,"Other Asia, nes",,S19
      """;

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void pairsAreTwoWaySumsOverProductsInUsMillionWithIsoNamesAndAreasByCode() throws IOException {
    write("country_codes_V202401.csv", CODES);
    write("BACI_HS92_Y2001_V202401.csv", """
        t,i,j,k,v,q
        2001,704,116,010121,1500.5,3
        2001,704,116,090111,250.25,NA
        2001,116,704,620342,0.001,
        2001,704,418,010121,100,1
        2001,490,704,854231,7,1
        """);
    write("BACI_HS92_Y2002_V202401.csv", """
        t,i,j,k,v,q
        2002,116,704,010121,2000,1
        2002,704,490,090111,3.5,1
        """);
    write("BACI_HS92_Y2004_V202401.csv", """
        t,i,j,k,v,q
        2004,704,116,010121,10,1
        """);
    List<PanelSeries> got = new ArrayList<>();
    PanelSource src = PanelReader.read(dir, PanelFormat.BACI, got::add);
    // KH-VN: 2001 = (1500.5 + 250.25 + 0.001) thousand US$ = 1750.751 thousand = 1.750751
    // million; 2002 = 2.0 million; 2003 absent (a gap), 2004 = 0.01 million. 490-VN ("Other Asia,
    // nes" is no ISO country, so BACI's code names it): 2001 0.007, 2002 0.0035. LA-VN: 2001 0.1.
    assertEquals(4, got.size());
    assertEquals("490-VN", got.get(0).id());
    assertArrayEquals(new int[] {2001, 2002}, got.get(0).run().years());
    assertArrayEquals(new double[] {0.007, 0.0035}, got.get(0).run().values());
    assertEquals("KH-VN", got.get(1).id());
    assertArrayEquals(new int[] {2001, 2002}, got.get(1).run().years());
    assertArrayEquals(new double[] {1.750751, 2.0}, got.get(1).run().values());
    assertEquals("KH-VN", got.get(2).id());
    assertArrayEquals(new double[] {0.01}, got.get(2).run().values());
    assertEquals("LA-VN", got.get(3).id());
    assertEquals(3, src.series());
    assertEquals(8, src.rows());
    assertEquals(2001, src.firstYear());
    assertEquals(2004, src.lastYear());
    assertEquals(PanelFormat.BACI, src.format());
  }

  @Test
  void aBadValueNamesTheFileLineAndColumn() throws IOException {
    write("country_codes_V202401.csv", CODES);
    write("BACI_HS92_Y2001_V202401.csv", """
        t,i,j,k,v,q
        2001,704,116,010121,1500.5,3
        2001,704,116,090111,abc,NA
        """);
    InvalidInputException e = assertThrows(
        InvalidInputException.class, () -> PanelReader.read(dir, PanelFormat.BACI, s -> {}));
    assertTrue(
        e.getMessage().startsWith("BACI_HS92_Y2001_V202401.csv:3: column 'v': 'abc'"),
        e.getMessage());
  }

  @Test
  void anUnknownCountryCodeAndAMissingCodeFileAreNamed() throws IOException {
    write("BACI_HS92_Y2001_V202401.csv", "t,i,j,k,v,q\n2001,999,116,010121,1,1\n");
    InvalidInputException none = assertThrows(
        InvalidInputException.class, () -> PanelReader.read(dir, PanelFormat.BACI, s -> {}));
    assertTrue(none.getMessage().contains("no country_codes_V??????.csv"), none.getMessage());
    write("country_codes_V202401.csv", CODES);
    InvalidInputException unknown = assertThrows(
        InvalidInputException.class, () -> PanelReader.read(dir, PanelFormat.BACI, s -> {}));
    assertTrue(
        unknown.getMessage().contains("column 'i': '999' is not allowed"), unknown.getMessage());
  }

  @Test
  void levelsAndFormatsParseAndProductLevelsNameTheCodePrefix() {
    assertEquals(PanelFormat.BACI, PanelFormat.of("baci"));
    assertEquals(PanelLevel.HS4, PanelLevel.of("HS4"));
    assertEquals("KH-VN:0901", PanelLevel.HS4.seriesId("KH-VN", "090111"));
    assertEquals("KH-VN", PanelLevel.TOTAL.seriesId("KH-VN", "090111"));
    assertEquals("KH-VN", PanelLevel.pairId("VN", "KH"));
    assertThrows(InvalidInputException.class, () -> PanelLevel.of("hs8"));
    assertThrows(InvalidInputException.class, () -> BaciPanel.read(dir, PanelLevel.HS2, s -> {}));
  }
}
