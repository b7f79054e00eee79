package org.tradetarget.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Economists bring the files they downloaded; each format must give the two-way totals a person
 * computes by hand from the fixture (values synthetic, see the fixtures' README), on every basis
 * the file can give, and refuse bad input with a message naming where and what.
 */
final class TradeFilesTest {
  private static final double EPS = 1e-9;
  private static final Corridor LA_TH = Corridor.of("TH-LA");

  private static Path fixture(String name) {
    try {
      return Path.of(TradeFilesTest.class.getResource("/trade-files/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static TradeData read(String name) {
    return Dataset.read(fixture(name), ReadOptions.defaults());
  }

  private static void assertSeries(AnnualSeries s, int[] years, double[] values) {
    assertArrayEquals(years, s.years(), s.toString());
    assertArrayEquals(values, s.values(), EPS, s.toString());
  }

  @Test
  void comtradePlusCsv_totalsPerBasis() {
    TradeData d = read("comtrade-plus.csv");
    assertEquals(TradeFormat.COMTRADE, d.format());
    // TH reports: 2020 exports 3,000 + imports 2,000 (re-exports 100 not counted); 2021 3,500 +
    // 2,400
    assertSeries(d.series(LA_TH, Basis.parse("reporter:TH")), new int[] {2020, 2021}, new double[] {
      5000, 5900
    });
    // LA reports 2020 only: 1,800 + 2,700
    assertSeries(
        d.series(LA_TH, Basis.parse("reporter:LAO")), new int[] {2020}, new double[] {4500});
    // average: years both report only, (5,000 + 4,500) / 2
    assertSeries(d.series(LA_TH, Basis.AVERAGE), new int[] {2020}, new double[] {4750});
    assertEquals(
        List.of(Basis.parse("reporter:LA"), Basis.parse("reporter:TH"), Basis.AVERAGE),
        d.bases(LA_TH));
    // World and "Other Asia, nes" are areas, never a country: only LA-TH remains
    assertEquals(List.of(LA_TH), d.pairs());
    assertTrue(d.records().stream().anyMatch(r -> r.flow() == TradeFlow.RE_EXPORT));
    assertTrue(d.records().stream().filter(TradeRecord::estimated).count() == 1);
    // the reporter with more years is the default
    assertEquals(Basis.parse("reporter:TH"), d.defaultBasis(LA_TH));
  }

  @Test
  void cifFobFactor_dividesCifImports() {
    TradeData d =
        Dataset.read(fixture("comtrade-plus.csv"), ReadOptions.defaults().withCifFob(1.06));
    // 2020: 3,000 FOB exports + 2,000 / 1.06 CIF imports
    assertSeries(d.series(LA_TH, Basis.parse("reporter:TH")), new int[] {2020, 2021}, new double[] {
      3000 + 2000 / 1.06, 3500 + 2400 / 1.06
    });
  }

  @Test
  void comtradeBreakdownRows_doNotMultiplyTotals() {
    TradeData d = read("comtrade-plus-breakdown.csv");
    // only the cmdCode TOTAL, motCode 0, partner2Code 0, customsCode C00 rows: 3,000 + 2,000
    assertSeries(
        d.series(LA_TH, Basis.parse("reporter:TH")), new int[] {2020}, new double[] {5000});
    assertEquals(2, d.records().size());
    assertTrue(
        d.notes().stream().anyMatch(n -> n.contains("skipped 6 breakdown rows")),
        d.notes().toString());
  }

  @Test
  void comtradeApiJson_totalsPerBasis() {
    TradeData d = read("comtrade-api.json");
    Corridor khTh = Corridor.of("KHM-THA");
    assertSeries(
        d.series(khTh, Basis.parse("reporter:KH")), new int[] {2019}, new double[] {400 + 1200});
    assertSeries(
        d.series(khTh, Basis.parse("reporter:TH")), new int[] {2019}, new double[] {1500 + 600});
    assertSeries(
        d.series(khTh, Basis.AVERAGE), new int[] {2019}, new double[] {(1600 + 2100) / 2.0});
  }

  @Test
  void comtradeBulkTsv_annualRowsOnly() {
    TradeData d = read("comtrade-bulk.tsv");
    assertEquals(TradeFormat.COMTRADE_BULK, d.format());
    // 61,000 + 118,000; the monthly row (5,000) is skipped
    assertSeries(
        d.series(Corridor.of("CN-VN"), Basis.parse("reporter:VN")),
        new int[] {2022},
        new double[] {179000});
    assertTrue(
        d.notes().stream().anyMatch(n -> n.contains("frequency M")), d.notes().toString());
  }

  @Test
  void comtradeLegacyCsv_flowCodes() {
    TradeData d = read("comtrade-legacy.csv");
    assertEquals(TradeFormat.COMTRADE_LEGACY, d.format());
    // 2015: 30 + 20; 2016: 35 + 25 (re-export 5 not counted); 842 is USA, not in the corridor
    assertSeries(
        d.series(Corridor.KH_LA, Basis.parse("reporter:KH")),
        new int[] {2015, 2016},
        new double[] {50, 60});
    assertEquals(List.of(Corridor.KH_LA, Corridor.of("KH-US")), d.pairs());
    assertEquals(Basis.parse("reporter:KH"), d.defaultBasis(Corridor.KH_LA));
  }

  @Test
  void dots_needsScale_thenTotalsPerBasis() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("dots.csv"));
    assertTrue(
        e.getMessage().startsWith("dots.csv: an IMF DOTS bulk file states no unit"),
        e.getMessage());
    assertTrue(e.getMessage().contains("--input-scale units|thousands|millions"), e.getMessage());
    TradeData d = Dataset.read(
        fixture("dots.csv"), ReadOptions.defaults().withScale(ReadOptions.Scale.MILLIONS));
    assertEquals(TradeFormat.DOTS, d.format());
    // VN: exports 700, 800, 900 + CIF imports 500, 600 (FOB imports 470, 560 not used beside CIF;
    // TBG ignored)
    assertSeries(
        d.series(Corridor.VN_LA, Basis.parse("reporter:VN")),
        new int[] {2019, 2020, 2021},
        new double[] {1200, 1400, 900});
    // LA: 450 + 650, 550 + 750, 650 + 850
    assertSeries(
        d.series(Corridor.VN_LA, Basis.parse("reporter:LA")),
        new int[] {2019, 2020, 2021},
        new double[] {1100, 1300, 1500});
    assertSeries(
        d.series(Corridor.VN_LA, Basis.AVERAGE),
        new int[] {2019, 2020, 2021},
        new double[] {1150, 1350, 1200});
    // Status e marks estimates: VN exports 2020 and LA imports 2021
    assertEquals(2, d.records().stream().filter(TradeRecord::estimated).count());
    // the bundled corridor's documented basis is VN
    assertEquals(Basis.parse("reporter:VN"), d.defaultBasis(Corridor.VN_LA));
    TradeData k = Dataset.read(
        fixture("dots.csv"), ReadOptions.defaults().withScale(ReadOptions.Scale.THOUSANDS));
    assertSeries(
        k.series(Corridor.VN_LA, Basis.parse("reporter:LA")),
        new int[] {2019, 2020, 2021},
        new double[] {1.1, 1.3, 1.5});
  }

  @Test
  void imts_scaleColumnAndAnnualRows() {
    TradeData d = read("imts.csv");
    assertEquals(TradeFormat.IMTS, d.format());
    // TH: 4.5e9 US$ + 2,500,000 x 10^3 US$ = 4,500 + 2,500 million; the quarterly row is ignored
    assertSeries(
        d.series(LA_TH, Basis.parse("reporter:THA")), new int[] {2022}, new double[] {7000});
    assertSeries(
        d.series(LA_TH, Basis.parse("reporter:LA")), new int[] {2022}, new double[] {2100 + 3900});
    assertSeries(d.series(LA_TH, Basis.AVERAGE), new int[] {2022}, new double[] {6500});
    assertTrue(
        d.notes().stream().anyMatch(n -> n.contains("frequency Q")), d.notes().toString());
  }

  @Test
  void baciFolder_reconciledOnly() {
    TradeData d = read("baci");
    assertEquals(TradeFormat.BACI, d.format());
    // thousands of US$: 2021 (1,000.5 + 2,000.25 + 500) / 1,000; 2022 (4,000 + 1,500.125) / 1,000
    assertSeries(
        d.series(LA_TH, Basis.RECONCILED), new int[] {2021, 2022}, new double[] {3.50075, 5.500125
        });
    assertEquals(List.of(Basis.RECONCILED), d.bases(LA_TH));
    assertEquals(Basis.RECONCILED, d.defaultBasis(LA_TH));
    assertEquals(List.of(Corridor.of("KH-TH"), LA_TH), d.pairs());
    InvalidInputException e = assertThrows(
        InvalidInputException.class, () -> d.series(LA_TH, Basis.parse("reporter:TH")));
    assertEquals(
        "baci: basis reporter:TH is not available for LA-TH: BACI reconciles both declarations, so its"
            + " only basis is reconciled; available: reconciled",
        e.getMessage());
  }

  @Test
  void baciTotals_sumOverProducts() throws IOException {
    String file =
        "t,i,j,k,v,q\r\n2021,4,8,\"010121\",1.5,NA\r\n2021,4,8,020110,2.25,\r\n2021,8,4,030111,0.125,1\r\n"
            + "2022,4,8,010121,1e3,2";
    BaciTotals t = BaciTotals.sum(
        new java.io.ByteArrayInputStream(file.getBytes(StandardCharsets.US_ASCII)), "f.csv");
    assertEquals(4, t.rows());
    long[] keys = t.sortedKeys();
    assertEquals(3, keys.length);
    assertEquals(2021, BaciTotals.year(keys[0]));
    assertEquals(4, BaciTotals.exporter(keys[0]));
    assertEquals(8, BaciTotals.importer(keys[0]));
    assertEquals(3.75, t.value(keys[0]), 0.0);
    assertEquals(0.125, t.value(keys[1]), 0.0);
    assertEquals(1000, t.value(keys[2]), 0.0);
  }

  @Test
  void detection_fromTheHeader_afterByteOrderMark(@TempDir Path dir) throws IOException {
    assertEquals(
        TradeFormat.COMTRADE,
        TradeFormat.detect("f", ",typeCode,freqCode,refYear,reporterCode,flowCode"));
    assertEquals(TradeFormat.COMTRADE, TradeFormat.detect("f", "  {\"data\": []}"));
    assertEquals(
        TradeFormat.COMTRADE_BULK,
        TradeFormat.detect("f", "typeCode\tfreqCode\trefYear\treporterCode\tflowCode"));
    assertEquals(
        TradeFormat.COMTRADE_LEGACY,
        TradeFormat.detect(
            "f",
            "Classification,Year,Period,Trade Flow Code,Reporter Code,Partner Code,Trade Value (US$)"));
    assertEquals(
        TradeFormat.DOTS,
        TradeFormat.detect(
            "f",
            "\"Country Name\",\"Country Code\",\"Indicator Name\","
                + "\"Indicator Code\",\"Counterpart Country Name\",\"Counterpart Country Code\",\"Attribute\",\"2020\","));
    assertEquals(
        TradeFormat.IMTS,
        TradeFormat.detect(
            "f",
            "DATAFLOW,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE,SCALE"));
    assertEquals(TradeFormat.BACI, TradeFormat.detect("f", "t,i,j,k,v,q"));
    Path bom = dir.resolve("bom.csv");
    Files.write(
        bom,
        ("\uFEFF" + Files.readString(fixture("comtrade-legacy.csv")))
            .getBytes(StandardCharsets.UTF_8));
    assertEquals(
        TradeFormat.COMTRADE_LEGACY, Dataset.read(bom, ReadOptions.defaults()).format());
    // named format: the same file read as named
    assertEquals(
        TradeFormat.IMTS,
        Dataset.read(fixture("imts.csv"), ReadOptions.defaults().withFormat(TradeFormat.of("IMTS")))
            .format());
  }

  @Test
  void undetectableFormat_listsFormatsTriedAndFirstLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("odd.csv");
    Files.writeString(f, "year,value\n2020,5\n");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> Dataset.read(f, ReadOptions.defaults()));
    assertEquals(
        "odd.csv:1: cannot detect the trade-file format; tried comtrade, comtrade-bulk, comtrade-legacy, dots,"
            + " imts, baci; the first line is 'year,value'",
        e.getMessage());
  }

  @Test
  void malformedValue_namesFileLineColumnValue(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.csv");
    List<String> lines = Files.readAllLines(fixture("comtrade-plus.csv"));
    lines.set(2, lines.get(2).replace("2000000000.0", "2x000"));
    Files.write(f, lines);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> Dataset.read(f, ReadOptions.defaults()));
    assertEquals(
        "bad.csv:3: column 'primaryValue': '2x000' is not allowed; expected a number >= 0",
        e.getMessage());
    Path b = dir.resolve("BACI_HS17_Y2021_V202401.csv");
    Files.writeString(b, "t,i,j,k,v,q\n2021,764,418,010121,1.5,1\n2021,764,418,010122,n/a,1\n");
    e = assertThrows(
        InvalidInputException.class, () -> BaciTotals.sum(Files.newInputStream(b), "BACI.csv"));
    assertEquals(
        "BACI.csv:3: column 'v': 'n/a' is not allowed; expected a value >= 0 in thousands of US$",
        e.getMessage());
  }

  @Test
  void malformedPrimaryValue_isNamed(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.json");
    Files.writeString(
        f,
        Files.readString(fixture("comtrade-api.json"))
            .replaceFirst("\"primaryValue\": 400000000.0", "\"primaryValue\": \"four\""));
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> Dataset.read(f, ReadOptions.defaults()));
    assertTrue(
        e.getMessage()
            .matches("bad\\.json data\\[0\\]:\\d+: column 'primaryValue': 'four' is not allowed;"
                + " expected a number >= 0"),
        e.getMessage());
  }

  @Test
  void unknownCountryCode_namesCodeAndScheme(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("legacy.csv");
    Files.writeString(
        f, Files.readString(fixture("comtrade-legacy.csv")).replace(",842,USA,", ",998,Nowhere,"));
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> Dataset.read(f, ReadOptions.defaults()));
    assertEquals(
        "legacy.csv:7: column 'Partner Code': unknown UN Comtrade numeric country code '998'",
        e.getMessage());
    Path g = dir.resolve("dots.csv");
    Files.writeString(g, Files.readString(fixture("dots.csv")).replace("\"544\"", "\"545\""));
    e = assertThrows(
        InvalidInputException.class,
        () -> Dataset.read(g, ReadOptions.defaults().withScale(ReadOptions.Scale.MILLIONS)));
    assertTrue(e.getMessage().contains("unknown IMF numeric country code '545'"), e.getMessage());
  }

  @Test
  void corridorAbsent_namesThePairsTheFileHolds() {
    TradeData d = read("comtrade-plus.csv");
    InvalidInputException e = assertThrows(
        InvalidInputException.class, () -> d.series(Corridor.VN_KH, Basis.parse("reporter:VN")));
    assertEquals(
        "comtrade-plus.csv: no trade between Vietnam and Cambodia (VN-KH) in the file; it holds LA-TH",
        e.getMessage());
  }

  @Test
  void basisTheDataCannotGive_saysSoAndListsTheOthers() {
    TradeData d = read("comtrade-legacy.csv");
    InvalidInputException e = assertThrows(
        InvalidInputException.class, () -> d.series(Corridor.KH_LA, Basis.parse("reporter:LA")));
    assertEquals(
        "comtrade-legacy.csv: basis reporter:LA is not available for KH-LA: Laos reports nothing for this"
            + " corridor in this file; available: reporter:KH",
        e.getMessage());
    e = assertThrows(InvalidInputException.class, () -> d.series(Corridor.KH_LA, Basis.RECONCILED));
    assertTrue(
        e.getMessage().contains("only a reconciled dataset (CEPII BACI) gives it"), e.getMessage());
    e = assertThrows(InvalidInputException.class, () -> d.series(Corridor.KH_LA, Basis.AVERAGE));
    assertTrue(e.getMessage().contains("available: reporter:KH"), e.getMessage());
  }

  @Test
  void duplicateRows_areAnError(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("dup.csv");
    List<String> lines = Files.readAllLines(fixture("comtrade-legacy.csv"));
    lines.add(lines.get(1));
    Files.write(f, lines);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> Dataset.read(f, ReadOptions.defaults()));
    assertEquals(
        "dup.csv:9: duplicate row: 2015 KH export FOB with LA is already on line 2; expected one row per"
            + " year, reporter, partner, flow and valuation",
        e.getMessage());
  }

  @Test
  void basisNames_alpha2OrAlpha3() {
    assertEquals(Basis.reporter(Country.of("TH")), Basis.parse("reporter:THA"));
    assertEquals("reporter:TH", Basis.parse("Reporter:tha").toString());
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> Basis.parse("importer"));
    assertTrue(e.getMessage().contains("expected reporter:XX"), e.getMessage());
    assertFalse(Basis.AVERAGE.equals(Basis.RECONCILED));
  }
}
