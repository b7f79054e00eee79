package org.tradetarget.core.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradetarget.core.data.InvalidInputException;

class PanelReaderTest {
  @TempDir
  Path dir;

  private static final String COW = """
      "ccode1","ccode2","year","flow1","flow2","smoothflow1","smoothflow2"
      2,20,1990,10,5,10,5
      2,20,1991,12,,12,
      2,20,1992,3,4,3,4
      2,20,1993,0,0,0,0
      2,20,1994,7,1,7,1
      2,20,1995,8,2.5,8,2.5
      2,20,1997,9,1,9,1
      811,816,2000,-9,3,0,3
      811,816,2001,1,3,1,3
      """;

  @Test
  void cowTwoWayIsFlow1PlusFlow2AndGapsMissingOrZeroEndARun() {
    List<PanelSeries> got = new ArrayList<>();
    PanelSource src = PanelReader.read(
        SyntheticPanels.write(dir.resolve("cow.csv"), COW), PanelFormat.AUTO, got::add);
    assertEquals(PanelFormat.COW, src.format());
    // 2-20: 1990 = 10 + 5; 1991 missing (flow2 empty); 1992 = 7; 1993 zero; 1994 = 8, 1995 = 10.5;
    // 1996 absent; 1997 = 10. So runs {1990}, {1992}, {1994, 1995}, {1997}; 811-816: 2000 -9
    // missing, then {2001} = 4.
    assertEquals(5, got.size());
    // COW 2 is the United States (US) and 20 Canada (CA), 811 Cambodia (KH) and 816 Vietnam (VN) in
    // the COW State System Membership list; the file's codes stay the key.
    assertEquals("US-CA", got.get(2).id());
    assertEquals("2-20", got.get(2).key());
    assertEquals("KH-VN", got.get(4).id());
    assertEquals("811-816", got.get(4).key());
    assertArrayEquals(new int[] {1994, 1995}, got.get(2).run().years());
    assertArrayEquals(new double[] {8, 10.5}, got.get(2).run().values());
    assertArrayEquals(new double[] {15}, got.get(0).run().values());
    assertArrayEquals(new double[] {4}, got.get(4).run().values());
    assertEquals(2, src.series());
    assertEquals(9, src.rows());
    assertEquals(1990, src.firstYear());
    assertEquals(2001, src.lastYear());
  }

  @Test
  void gzipIsReadAndTheShaIsOfTheStoredBytes() throws Exception {
    Path gz = dir.resolve("cow.csv.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
      o.write(COW.getBytes(StandardCharsets.UTF_8));
    }
    List<PanelSeries> got = new ArrayList<>();
    PanelSource src = PanelReader.read(gz, PanelFormat.COW, got::add);
    assertEquals(5, got.size());
    String expected = HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(gz)));
    assertEquals(expected, src.sha256());
    assertEquals("cow.csv.gz", src.fileName());
  }

  @Test
  void longPanelsSplitAtGaps() {
    Path f = SyntheticPanels.write(
        dir.resolve("long.csv"),
        "series,year,value\nA,2000,1\nA,2001,2\nA,2003,4\nB x,2000,\nB x,2001,5\n");
    List<PanelSeries> got = new ArrayList<>();
    PanelSource src = PanelReader.read(f, PanelFormat.LONG, got::add);
    assertEquals(3, got.size());
    assertArrayEquals(new int[] {2000, 2001}, got.get(0).run().years());
    assertEquals("B x", got.get(2).id());
    assertEquals(2, src.series());
  }

  @Test
  void badFieldsNameFileLineAndColumn() throws IOException {
    Path f =
        SyntheticPanels.write(dir.resolve("bad.csv"), "series,year,value\nA,2000,1\nA,2001,abc\n");
    InvalidInputException e = assertThrows(
        InvalidInputException.class, () -> PanelReader.read(f, PanelFormat.AUTO, s -> {}));
    assertTrue(e.getMessage().startsWith(f + ":3: column 'value': 'abc'"), e.getMessage());

    Path neg = SyntheticPanels.write(
        dir.resolve("neg.csv"), COW.replace("2,20,1992,3,4", "2,20,1992,-3,4"));
    e = assertThrows(
        InvalidInputException.class, () -> PanelReader.read(neg, PanelFormat.COW, s -> {}));
    assertTrue(e.getMessage().startsWith(neg + ":4: column 'flow1': '-3'"), e.getMessage());

    Path ungrouped = SyntheticPanels.write(
        dir.resolve("ungrouped.csv"), "series,year,value\nA,2000,1\nB,2000,1\nA,2001,1\n");
    e = assertThrows(
        InvalidInputException.class, () -> PanelReader.read(ungrouped, PanelFormat.LONG, s -> {}));
    assertTrue(e.getMessage().contains(":4: series 'A' appears again"), e.getMessage());

    Path backwards = SyntheticPanels.write(
        dir.resolve("backwards.csv"), "series,year,value\nA,2001,1\nA,2000,1\n");
    e = assertThrows(
        InvalidInputException.class, () -> PanelReader.read(backwards, PanelFormat.LONG, s -> {}));
    assertTrue(e.getMessage().contains(":3: column 'year': '2000'"), e.getMessage());

    Path header = SyntheticPanels.write(dir.resolve("header.csv"), "id,year,value\nA,2001,1\n");
    e = assertThrows(
        InvalidInputException.class, () -> PanelReader.read(header, PanelFormat.AUTO, s -> {}));
    assertTrue(e.getMessage().contains(":1: the header has no column 'series'"), e.getMessage());

    assertThrows(InvalidInputException.class, () -> PanelFormat.of("dots"));
  }
}
