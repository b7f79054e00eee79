package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Comtrade CSV opened and saved again by a spreadsheet program (Windows-1252, "Viêt Nam" with the
 * byte 0xEA) is read with one notice naming the encoding, and gives the output of the same file saved
 * as UTF-8; {@code --input-encoding utf-8} refuses it at the byte's line and column.
 */
final class SpreadsheetInputTest {
  private static final String COMTRADE = """
      refYear,reporterCode,flowCode,partnerCode,partnerISO,partnerDesc,primaryValue
      2020,764,X,704,VNM,Vi\u00eat Nam,1500000000
      2021,764,X,704,VNM,Vi\u00eat Nam,1700000000
      """;

  @TempDir
  Path dir;

  @Test
  void aSpreadsheetSavedFileIsReadWithOneNotice() throws IOException {
    Path cp = Files.createDirectories(dir.resolve("cp")).resolve("vn.csv");
    Path utf = Files.createDirectories(dir.resolve("utf")).resolve("vn.csv");
    Files.write(cp, COMTRADE.getBytes(Charset.forName("windows-1252")));
    Files.write(utf, COMTRADE.getBytes(StandardCharsets.UTF_8));
    CliRunner.Result a = CliRunner.run("data", "--input", cp.toString(), "--format", "csv");
    CliRunner.Result b = CliRunner.run("data", "--input", utf.toString(), "--format", "csv");
    assertEquals(0, a.code(), a.toString());
    assertEquals(b.out(), a.out());
    assertEquals(1, a.err().lines().count(), a.err());
    assertTrue(a.err().contains("note:") && a.err().contains("read as Windows-1252"), a.err());
    assertEquals("", b.err());

    CliRunner.Result forced = CliRunner.run(
        "data", "--input", cp.toString(), "--input-encoding", "utf-8", "--format", "csv");
    assertEquals(2, forced.code(), forced.toString());
    // "2020,764,X,704,VNM,Vi" is 21 characters: the ê is column 22 of line 2
    assertTrue(forced.err().contains("vn.csv:2:22: byte 0xEA is not UTF-8 text"), forced.err());

    CliRunner.Result bad = CliRunner.run(
        "data", "--input", cp.toString(), "--input-encoding", "latin9", "--format", "csv");
    assertEquals(2, bad.code(), bad.toString());
    assertTrue(bad.err().contains("option '--input-encoding': encoding 'latin9'"), bad.err());
  }
}
