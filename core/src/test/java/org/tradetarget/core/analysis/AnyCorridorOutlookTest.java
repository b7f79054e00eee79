package org.tradetarget.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.Basis;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.Dataset;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.ReadOptions;
import org.tradetarget.core.data.Target;
import org.tradetarget.core.data.TradeData;

/**
 * The Java path for a corridor outside the bundled data: {@code Dataset.read}, {@code
 * series(corridor, basis)}, {@code Target.of} and {@code Outlook}. The fixture {@code
 * comtrade-plus.csv} (synthetic) gives Thailand–Laos on {@code reporter:TH} 3,000 + 2,000 = 5,000 in
 * 2020 and 3,500 + 2,400 = 5,900 in 2021 (US$ million).
 */
final class AnyCorridorOutlookTest {
  private static Path fixture() throws URISyntaxException {
    return Path.of(AnyCorridorOutlookTest.class
        .getResource("/trade-files/comtrade-plus.csv")
        .toURI());
  }

  @Test
  void constantGrowthOnAFilesCorridorIsMetInTheYearComputedByHand() throws URISyntaxException {
    TradeData data = Dataset.read(fixture(), ReadOptions.defaults());
    Corridor c = Corridor.of("TH-LA");
    AnnualSeries s = data.series(c, Basis.parse("reporter:TH"));
    assertEquals(5900.0, s.lastValue(), 1e-9);
    // 10 % a year from 5,900 in 2021: 6,490 in 2022 (below 6,500), 7,139 in 2023
    Target t = Target.of(c, 6500, OptionalInt.of(2023), "example", "6.5 billion");
    OutlookResult o = Outlook.of(s)
        .corridor(c)
        .target(t)
        .model(ModelKind.CONSTANT_GROWTH, ModelParams.of(Map.of("rate", "0.1")))
        .paths(1000)
        .run();
    assertEquals(2023, o.deadline());
    assertEquals(0.0, o.metBy(2022));
    assertEquals(1.0, o.metBy(2023));
    assertEquals(2023, o.medianFirstYear().getAsInt());
    assertEquals("example", t.provenance().citation());
    assertEquals(OptionalInt.of(2030), Target.of(c, 1, 2030).deadline());
  }

  @Test
  void gravityOnAFilesCorridorSaysWhichCountriesHaveGdp() throws URISyntaxException {
    TradeData data = Dataset.read(fixture(), ReadOptions.defaults());
    Corridor c = Corridor.of("TH-LA");
    Outlook o = Outlook.of(data.series(c, data.defaultBasis(c)))
        .corridor(c)
        .target(9000, 2030)
        .model(ModelKind.GRAVITY);
    InvalidInputException e = assertThrows(InvalidInputException.class, o::run);
    assertTrue(
        e.getMessage().contains("GDP only for VN, KH, LA") && e.getMessage().contains("TH"),
        e.getMessage());
  }
}
