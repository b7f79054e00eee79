package org.tradetarget.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV saved by a spreadsheet program in Windows-1252 ("Viêt Nam" with the byte 0xEA for ê) is read
 * as such, with one notice naming the encoding; the same text saved as UTF-8 gives the same rows.
 * Forcing UTF-8 gives the UTF-8 error at the byte's line and column; bytes that are neither UTF-8
 * nor Windows-1252 still get that error.
 */
final class SpreadsheetEncodingTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  // line 2, the partner description: "...,704,VNM,Viêt Nam,..." (ê is column 22 of line 2)
  private static final String COMTRADE = """
      refYear,reporterCode,flowCode,partnerCode,partnerISO,partnerDesc,primaryValue
      2020,764,X,704,VNM,Vi\u00eat Nam,1500000000
      2020,764,M,704,VNM,Vi\u00eat Nam,500000000
      """;

  @TempDir
  Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    return f;
  }

  @Test
  void aWindows1252FileGivesTheRowsOfItsUtf8TwinAndANotice() throws IOException {
    Path cp = write("cp1252.csv", COMTRADE.getBytes(CP1252));
    Path utf = write("utf8.csv", COMTRADE.getBytes(StandardCharsets.UTF_8));
    TradeData a = Dataset.read(cp, ReadOptions.defaults());
    TradeData b = Dataset.read(utf, ReadOptions.defaults());
    assertEquals(b.records(), a.records());
    // TH-VN reported by Thailand: exports 1,500 plus imports 500 = US$ 2,000 million in 2020
    assertEquals(
        2000.0, a.series(Corridor.of("TH-VN"), Basis.reporter(Country.of("TH"))).value(0));
    List<String> notices =
        a.notes().stream().filter(TextFiles::isEncodingNotice).toList();
    assertEquals(1, notices.size(), a.notes().toString());
    assertTrue(
        notices.get(0).contains("cp1252.csv: read as Windows-1252")
            && notices.get(0).contains("2:22: byte 0xEA"),
        notices.get(0));
    assertTrue(
        b.notes().stream().noneMatch(TextFiles::isEncodingNotice), b.notes().toString());
  }

  @Test
  void forcingUtf8GivesTheUtf8ErrorAtTheByte() throws IOException {
    Path cp = write("forced.csv", COMTRADE.getBytes(CP1252));
    InvalidInputException e = assertThrows(
        InvalidInputException.class,
        () -> Dataset.read(cp, ReadOptions.defaults().withEncoding(TextEncoding.UTF_8)));
    assertTrue(
        e.getMessage().contains("forced.csv:2:22: byte 0xEA is not UTF-8 text"), e.getMessage());
  }

  @Test
  void bytesOfNeitherEncodingGetTheUtf8Error() throws IOException {
    byte[] bytes = COMTRADE.getBytes(CP1252);
    // 0x81 is undefined in Windows-1252 and is no UTF-8 lead byte; put it where ê was on line 3
    int third = COMTRADE.indexOf('\n', COMTRADE.indexOf('\n') + 1) + 1;
    int at = third + COMTRADE.substring(third).indexOf('\u00ea');
    bytes[at] = (byte) 0x81;
    Path f = write("neither.csv", bytes);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> Dataset.read(f, ReadOptions.defaults()));
    // the first byte that is not UTF-8 is still the ê (0xEA) of line 2
    assertTrue(
        e.getMessage().contains("neither.csv:2:22: byte 0xEA is not UTF-8 text"), e.getMessage());
    InvalidInputException forced = assertThrows(
        InvalidInputException.class,
        () -> Dataset.read(f, ReadOptions.defaults().withEncoding(TextEncoding.WINDOWS_1252)));
    // line 3 "2020,764,M,704,VNM,Vi" is 21 characters: the byte is column 22
    assertTrue(
        forced.getMessage().contains("neither.csv:3:22: byte 0x81 is not Windows-1252 text"),
        forced.getMessage());
  }

  @Test
  void aSeriesSavedAsWindows1252IsReadWithANote() throws IOException {
    Path f =
        write("series.csv", "year,value,note\n2020,5,\u00e9t\u00e9\n2021,6,\n".getBytes(CP1252));
    assertTrue(TradeFiles.isSeedsForm(f));
    Dataset.UserFile u = Dataset.readUserFile(f);
    AnnualSeries s = u.series().orElseThrow();
    assertEquals(2, s.size());
    assertEquals(6.0, s.value(1));
    assertEquals(1, u.notes().size(), u.notes().toString());
    assertTrue(u.notes().get(0).contains("read as Windows-1252"), u.notes().get(0));
  }

  @Test
  void encodingNamesParseAndABadOneSaysWhatIsAllowed() {
    assertEquals(TextEncoding.UTF_8, TextEncoding.parse("UTF-8"));
    assertEquals(TextEncoding.WINDOWS_1252, TextEncoding.parse("windows-1252"));
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> TextEncoding.parse("latin9"));
    assertTrue(
        e.getMessage().contains("'latin9'") && e.getMessage().contains("utf-8 or windows-1252"));
  }
}
