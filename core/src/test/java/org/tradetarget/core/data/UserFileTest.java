package org.tradetarget.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A user's file with a mistake must give one clear error naming the file and line and the bad
 * value, so the economist can fix it without reading code.
 */
final class UserFileTest {
  static Stream<Arguments> badSeries() {
    return Stream.of(
        Arguments.of("no header", "2015,100\n2016,110\n", ":1:", "header"),
        Arguments.of("non-numeric value", "year,value\n2015,100\n2016,abc\n", ":3:", "'abc'"),
        Arguments.of("zero value", "year,value\n2015,0\n", ":2:", "'0'"),
        Arguments.of("negative value", "year,value\n2015,100\n2016,-5\n", ":3:", "'-5'"),
        Arguments.of("NaN", "year,value\n2015,NaN\n", ":2:", "'NaN'"),
        Arguments.of(
            "duplicate year", "year,value\n2015,100\n2016,110\n2016,120\n", ":4:", "duplicate"),
        Arguments.of(
            "years out of order", "year,value\n2016,100\n2015,110\n", ":3:", "out of order"),
        Arguments.of("empty file", "", "empty", "empty"),
        Arguments.of("header only", "year,value\n", "no data", "no data"),
        Arguments.of("bad year", "year,value\n20x5,100\n", ":2:", "'20x5'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSeries")
  void badSeriesNamesFileLineAndValue(String what, String text, String where, String detail) {
    InvalidInputException e = assertThrows(
        InvalidInputException.class, () -> Dataset.readSeries("mine.csv", new StringReader(text)));
    assertTrue(e.getMessage().startsWith("mine.csv"), e.getMessage());
    assertTrue(e.getMessage().contains(where), e.getMessage());
    assertTrue(e.getMessage().contains(detail), e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
  }

  @Test
  void readsSeriesWithGapsAndQuotes() {
    AnnualSeries s = Dataset.readSeries(
        "ok.csv",
        // A byte-order mark, padded and quoted header names, a quoted value, CRLF line ends.
        new StringReader("\uFEFFYear ,\"Value\"\r\n\"2014\",\"1.5\"\r\n2015,2\r\n2017,3.5\r\n"));
    assertArrayEquals(new int[] {2014, 2015, 2017}, s.years());
    assertArrayEquals(new double[] {1.5, 2, 3.5}, s.values());
    assertArrayEquals(new int[] {2016}, s.gaps());
  }

  @Test
  void fullFormWithUnknownCorridorNamesLine() {
    String text =
        "corridor,year,flow,value_usd_million\nVN-LA,2020,total,100\nVN-XX,2021,total,5\n";
    InvalidInputException e = assertThrows(
        InvalidInputException.class, () -> Dataset.readHistory("full.csv", new StringReader(text)));
    assertTrue(e.getMessage().startsWith("full.csv:3:"), e.getMessage());
    assertTrue(e.getMessage().contains("VN-XX"), e.getMessage());
    assertTrue(e.getMessage().contains("VN-LA, VN-KH, KH-LA"), e.getMessage());
  }

  @Test
  void fullFormBuildsDefaultSeriesPerCorridor() {
    String text = """
        corridor,year,flow,value_usd_million,reporter,flag,default,source,source_url,quote
        LA-VN,2020,total,100,VN,exact,true,a,,"q, with comma"
        VN-LA,2020,total,120,LA,exact,false,b,,q
        VN-LA,2021,total,130,VN,approximate,true,a,,q
        VN-LA,2021,VN_to_LA,60,VN,exact,false,a,,q
        KH-VN,2019,total,5000,VN,exact,true,c,,q
        """;
    Dataset d = Dataset.readHistory("full.csv", new StringReader(text));
    assertArrayEquals(new double[] {100, 130}, d.series(Corridor.VN_LA).values());
    assertArrayEquals(new int[] {2019}, d.series(Corridor.VN_KH).years());
    assertEquals("q, with comma", d.observations().get(0).quote());
    assertThrows(InvalidInputException.class, () -> d.series(Corridor.KH_LA));
  }

  @Test
  void fullFormRejectsTwoDefaultPointsInOneYear() {
    String text =
        "corridor,year,flow,value_usd_million\nVN-LA,2020,total,100\nLA-VN,2020,total,120\n";
    InvalidInputException e = assertThrows(
        InvalidInputException.class, () -> Dataset.readHistory("dup.csv", new StringReader(text)));
    assertTrue(e.getMessage().startsWith("dup.csv:3:"), e.getMessage());
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void structuralBreakRowIsKeptButNeverDefault() {
    String head = "corridor,year,flow,value_usd_million,reporter,flag,default\n";
    Dataset d = Dataset.readHistory(
        "brk.csv",
        new StringReader(
            head
                + "KH-LA,2019,total,10,KH,structural-break,false\nKH-LA,2020,total,104,KH,exact,true\n"));
    assertEquals(TradeObservation.Flag.STRUCTURAL_BREAK, d.observations().get(0).flag());
    assertArrayEquals(new int[] {2020}, d.series(Corridor.KH_LA).years());
    InvalidInputException e = assertThrows(
        InvalidInputException.class,
        () -> Dataset.readHistory(
            "brk.csv", new StringReader(head + "KH-LA,2019,total,10,KH,structural-break,true\n")));
    assertEquals(
        "brk.csv:2: column 'default': 'true' is not allowed on a row flagged structural-break",
        e.getMessage());
    e = assertThrows(
        InvalidInputException.class,
        () -> Dataset.readHistory(
            "brk.csv", new StringReader(head + "KH-LA,2019,total,10,KH,break,false\n")));
    assertTrue(e.getMessage().startsWith("brk.csv:2: column 'flag': 'break'"), e.getMessage());
    assertTrue(e.getMessage().contains("outlier, structural-break"), e.getMessage());
  }

  private static final String TARGETS_HEAD =
      "corridor,target_usd_million,deadline,kind,announced,quote,"
          + "horizon,horizon_source,horizon_source_url,horizon_quote\n";

  @Test
  void targetHorizonIsReadAsYearsWithItsSource() {
    java.util.List<Target> t = Dataset.readTargets(
        "t.csv",
        new StringReader(TARGETS_HEAD
            + "VN-LA,5000,,current,2025,q,2027-2028,MOFA,https://x,\"trong 2-3 năm tới\"\n"
            + "VN-KH,20000,,current,2025,q,2030,WB,https://y,by 2030\n"
            + "KH-LA,700,2030,current,2026,q,,,,\n"));
    Target.Horizon h = t.get(0).horizon().orElseThrow();
    assertEquals(2027, h.firstYear());
    assertEquals(2028, h.lastYear());
    assertEquals("2027-2028", h.years());
    assertEquals("trong 2-3 năm tới", h.quote());
    assertTrue(t.get(0).deadline().isEmpty(), "a horizon is not a deadline");
    assertEquals("2030", t.get(1).horizon().orElseThrow().years());
    assertTrue(t.get(2).horizon().isEmpty());
    assertTrue(t.get(0).withValue(6000).horizon().isPresent(), "copies keep the horizon");
  }

  static Stream<Arguments> badHorizons() {
    return Stream.of(
        Arguments.of(
            "VN-LA,5000,,current,2025,q,2027/28,s,u,q",
            "column 'horizon': '2027/28' is not a year"),
        Arguments.of(
            "VN-LA,5000,,current,2025,q,2028-2027,s,u,q",
            "column 'horizon': '2028-2027' ends before"),
        Arguments.of(
            "KH-LA,700,2030,current,2026,q,2029-2030,s,u,q",
            "only allowed on a target without a deadline"),
        Arguments.of(
            "VN-LA,5000,,current,2025,q,2027-2028,s,u,", "column 'horizon_quote': '' is empty"),
        Arguments.of(
            "VN-LA,5000,,current,2025,q,,s,,",
            "column 'horizon_source': 's' is set but horizon is empty"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badHorizons")
  void badHorizonNamesLineColumnAndValue(String row, String detail) {
    InvalidInputException e = assertThrows(
        InvalidInputException.class,
        () -> Dataset.readTargets("t.csv", new StringReader(TARGETS_HEAD + row + "\n")));
    assertTrue(e.getMessage().startsWith("t.csv:2: "), e.getMessage());
    assertTrue(e.getMessage().contains(detail), e.getMessage());
  }
}
