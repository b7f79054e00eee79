package org.tradetarget.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The shorter legacy UN Comtrade CSV (22 columns, as the old API's {@code fmt=csv} returned it) is
 * detected and read like the long form. The fixture's values are synthetic: Vietnam reports exports
 * to Cambodia of 2,800,000,000 and imports of 900,000,000 US$ in 2017, 3,600,000,000 and
 * 1,100,000,000 in 2018, and an HS chapter 01 row of 40,000,000 in 2017, a
 * breakdown of the total that must not be added.
 */
final class LegacyApiCsvTest {
  private static Path fixture() throws URISyntaxException {
    return Path.of(LegacyApiCsvTest.class
        .getResource("/trade-files/comtrade-legacy-api.csv")
        .toURI());
  }

  @Test
  void theShortFormGivesTheTotalsByHand() throws URISyntaxException {
    TradeData d = Dataset.read(fixture(), ReadOptions.defaults());
    assertEquals(TradeFormat.COMTRADE_LEGACY, d.format());
    assertEquals(4, d.records().size());
    AnnualSeries s = d.series(Corridor.VN_KH, d.defaultBasis(Corridor.VN_KH));
    assertEquals("reporter:VN", d.defaultBasis(Corridor.VN_KH).toString());
    assertArrayEquals(new int[] {2017, 2018}, s.years());
    // 2,800 + 900 and 3,600 + 1,100 US$ million; the chapter row is skipped
    assertEquals(3700.0, s.value(0), 1e-9);
    assertEquals(4700.0, s.value(1), 1e-9);
    assertTrue(
        d.notes().stream().anyMatch(n -> n.contains("skipped 1 breakdown rows")),
        d.notes().toString());
  }
}
