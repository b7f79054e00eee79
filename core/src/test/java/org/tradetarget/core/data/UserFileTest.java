package org.tradetarget.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

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
        Arguments.of("duplicate year", "year,value\n2015,100\n2016,110\n2016,120\n", ":4:", "duplicate"),
        Arguments.of("years out of order", "year,value\n2016,100\n2015,110\n", ":3:", "out of order"),
        Arguments.of("empty file", "", "empty", "empty"),
        Arguments.of("header only", "year,value\n", "no data", "no data"),
        Arguments.of("bad year", "year,value\n20x5,100\n", ":2:", "'20x5'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSeries")
  void badSeriesNamesFileLineAndValue(String what, String text, String where, String detail) {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Dataset.readSeries("mine.csv", new StringReader(text)));
    assertTrue(e.getMessage().startsWith("mine.csv"), e.getMessage());
    assertTrue(e.getMessage().contains(where), e.getMessage());
    assertTrue(e.getMessage().contains(detail), e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
  }

  @Test
  void readsSeriesWithGapsAndQuotes() {
    AnnualSeries s = Dataset.readSeries("ok.csv",
        new StringReader("\uFEFFYear , Value\r\n2014,\"1,5\"\r\n2015,2\r\n2017,3.5\r\n".replace("\"1,5\"", "1.5")));
    assertArrayEquals(new int[] {2014, 2015, 2017}, s.years());
    assertArrayEquals(new double[] {1.5, 2, 3.5}, s.values());
    assertArrayEquals(new int[] {2016}, s.gaps());
  }

  @Test
  void fullFormWithUnknownCorridorNamesLine() {
    String text = "corridor,year,flow,value_usd_million\nVN-LA,2020,total,100\nVN-TH,2021,total,5\n";
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Dataset.readHistory("full.csv", new StringReader(text)));
    assertTrue(e.getMessage().startsWith("full.csv:3:"), e.getMessage());
    assertTrue(e.getMessage().contains("VN-TH"), e.getMessage());
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
    String text = "corridor,year,flow,value_usd_million\nVN-LA,2020,total,100\nLA-VN,2020,total,120\n";
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Dataset.readHistory("dup.csv", new StringReader(text)));
    assertTrue(e.getMessage().startsWith("dup.csv:3:"), e.getMessage());
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }
}
