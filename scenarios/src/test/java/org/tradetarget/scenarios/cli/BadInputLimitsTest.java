package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input through the command's entry point: each case must end, within a few seconds, in
 * exit 2 and one stderr line naming the file and line (or the option), with no stack trace.
 */
@SuppressWarnings("StringConcatToTextBlock") // inputs written with explicit line ends
final class BadInputLimitsTest {
  @TempDir
  Path dir;

  private static final String OK = "name: ok\ncorridors:\n  VN-KH: {}\n";

  /** Runs the command and checks the one-line bad-input contract; returns the line. */
  private static String badInput(String... args) {
    CliRunner.Result r = assertTimeout(Duration.ofSeconds(20), () -> CliRunner.run(args));
    assertEquals(Main.BAD_INPUT, r.code(), r::toString);
    String err = r.err().strip();
    assertEquals(1, err.lines().count(), () -> "one line expected:\n" + r);
    assertFalse(err.contains("Exception"), r::toString);
    assertFalse(err.contains("at org."), r::toString);
    assertFalse(err.contains("at java."), r::toString);
    return err;
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  // ---- YAML ----

  @Test
  void flowNestingThousandsDeepIsRefusedAtItsLine() throws IOException {
    Path f = write("deep.yaml", OK + "extra: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
    String err = badInput("validate", f.toString());
    // the root mapping is level 1: the 64th '[' (column 8 + 63) on line 4 opens level 65
    assertTrue(err.contains("deep.yaml:4:71: lists and mappings are nested more than 64"), err);
  }

  @Test
  void blockNestingThousandsDeepIsRefusedAtItsLine() throws IOException {
    StringBuilder b = new StringBuilder(OK + "extra:\n");
    for (int i = 0; i < 1000; i++) {
      b.append(" ".repeat(i + 1)).append("k").append(i).append(":\n");
    }
    b.append(" ".repeat(1001)).append("x\n");
    Path f = write("deepblock.yaml", b.toString());
    String err = badInput("validate", f.toString());
    // the root mapping is level 1; the mapping holding k0 (line 5) is level 2, the one holding k_i
    // (line 5 + i) level 2 + i: level 65, one too deep, is k63's on line 68
    assertTrue(err.contains("deepblock.yaml:68:"), err);
    assertTrue(err.contains("nested more than 64"), err);
  }

  @Test
  void billionLaughsStopsEarly() throws IOException {
    StringBuilder b = new StringBuilder(OK);
    b.append("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i <= 9; i++) {
      b.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        b.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      b.append("]\n");
    }
    Path f = write("bomb.yaml", b.toString());
    String err = badInput("validate", f.toString());
    assertTrue(
        err.matches(".*bomb\\.yaml:\\d+:\\d+: the file expands to more than 100000 values.*"), err);
  }

  @Test
  void moreThanAHundredAliasesAreRefusedAtTheFirstOneOver() throws IOException {
    StringBuilder b = new StringBuilder(OK + "a: &a [1]\nb: [");
    for (int j = 0; j < 101; j++) {
      b.append(j == 0 ? "" : ", ").append("*a");
    }
    b.append("]\n");
    Path f = write("aliases.yaml", b.toString());
    String err = badInput("validate", f.toString());
    // "b: [" is 4 characters, each "*a, " 4 more: the 101st alias starts at column 5 + 100 * 4
    assertTrue(err.contains("aliases.yaml:5:405: more than 100 aliases"), err);
  }

  @Test
  void aRecursiveAnchorIsRefusedAtTheAlias() throws IOException {
    Path f = write("loop.yaml", OK + "loop: &x [1, *x]\n");
    String err = badInput("validate", f.toString());
    assertTrue(err.contains("loop.yaml:4:14: alias *x is inside the value of &x itself"), err);
  }

  @Test
  void aByteOrderMarkIsAccepted() throws IOException {
    Path plain = Files.createDirectories(dir.resolve("plain")).resolve("s.yaml");
    Path bom = Files.createDirectories(dir.resolve("bom")).resolve("s.yaml");
    Files.writeString(plain, OK);
    byte[] body = OK.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Files.write(bom, withBom);
    CliRunner.Result a = CliRunner.run("validate", plain.toString());
    CliRunner.Result b = CliRunner.run("validate", bom.toString());
    assertEquals(Main.OK, b.code(), b::toString);
    assertEquals(a.out().replace("plain", "bom"), b.out());
  }

  @Test
  void aFileThatExtendsItselfIsRefusedAtItsExtendsLine() throws IOException {
    Path f = write("self.yaml", "name: me\nextends: self.yaml\ncorridors:\n  VN-KH: {}\n");
    String err = badInput("validate", f.toString());
    assertTrue(err.contains("self.yaml:2:10: extends: 'self.yaml' makes a cycle"), err);
  }

  @Test
  void aTwoFileCycleIsRefusedInTheSecondFile() throws IOException {
    write("a.yaml", "name: a\nextends: b.yaml\ncorridors:\n  VN-KH: {}\n");
    write("b.yaml", "name: b\n\nextends: a.yaml\n");
    String err = badInput("validate", dir.resolve("a.yaml").toString());
    assertTrue(err.contains("b.yaml:3:10: extends: 'a.yaml' makes a cycle"), err);
  }

  @Test
  void aChainOfAHundredFilesIsRefusedAtTheSixteenthLink() throws IOException {
    for (int i = 0; i < 100; i++) {
      write(
          "f" + i + ".yaml",
          "name: f" + i + "\n" + (i < 99 ? "extends: f" + (i + 1) + ".yaml\n" : "")
              + "corridors:\n  VN-KH: {}\n");
    }
    String err = badInput("validate", dir.resolve("f0.yaml").toString());
    // f0 .. f15 are 16 files; f15's extends (line 2) would add a 17th
    assertTrue(
        err.contains("f15.yaml:2:10: extends: 'f16.yaml' makes a chain of more than 16"), err);
  }

  @Test
  void aChainOfSixteenFilesIsAllowed() throws IOException {
    for (int i = 0; i < 16; i++) {
      write(
          "g" + i + ".yaml",
          "name: g" + i + "\n" + (i < 15 ? "extends: g" + (i + 1) + ".yaml\n" : "")
              + "corridors:\n  VN-KH: {}\n");
    }
    CliRunner.Result r = CliRunner.run("validate", dir.resolve("g0.yaml").toString());
    assertEquals(Main.OK, r.code(), r::toString);
  }

  @Test
  void aScenarioFileOverOneMebibyteIsRefused() throws IOException {
    String pad = "# " + "x".repeat(1 << 20) + "\n";
    Path f = write("big.yaml", OK + pad);
    String err = badInput("validate", f.toString());
    assertTrue(err.contains("big.yaml: is 1,048," /* 1 MiB + a few bytes */), err);
    assertTrue(err.contains("a scenario file may be at most 1 MiB"), err);
  }

  @Test
  void invalidUtf8IsRefusedAtItsLineAndColumn() throws IOException {
    byte[] head = (OK + "description: caf").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 2];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xE9; // é in Latin-1
    bytes[head.length + 1] = '\n';
    Path f = write("latin1.yaml", bytes);
    String err = badInput("validate", f.toString());
    assertTrue(err.contains("latin1.yaml:4:17: byte 0xE9 is not UTF-8 text"), err);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0661\u0660\u0660\u0660", "1000d", "1e309", ".nan", "0x10"})
  void aScenarioNumberOutsideTheNumberGrammarIsRefusedAtItsPlace(String paths) throws IOException {
    Path f = write("num.yaml", OK + "simulation:\n  paths: " + paths + "\n");
    String err = badInput("validate", f.toString());
    assertTrue(err.contains("num.yaml:5:10: simulation.paths:"), err);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Infinity", "100d", "1f", "NaN"})
  void aScenarioFractionOutsideTheNumberGrammarIsRefusedAtItsPlace(String p) throws IOException {
    Path f = write("frac.yaml", OK + "simulation:\n  persistence: " + p + "\n");
    String err = badInput("validate", f.toString());
    assertTrue(err.contains("frac.yaml:5:16: simulation.persistence:"), err);
  }

  // ---- CSV: the year,value series and the seeds form ----

  static Stream<Arguments> badValues() {
    return Stream.of(
        Arguments.of("Infinity", "is not finite"),
        Arguments.of("-Infinity", "is not finite"),
        Arguments.of("inf", "is not finite"),
        Arguments.of("NaN", "is not finite"),
        Arguments.of("nan", "is not finite"),
        Arguments.of("NAN", "is not finite"),
        Arguments.of("1e309", "overflows to infinity"),
        Arguments.of("100d", "is not a number"),
        Arguments.of("1f", "is not a number"),
        Arguments.of("0x1p3", "is not a number"),
        Arguments.of("\uFF11\uFF10\uFF10", "has digits of another script"),
        Arguments.of("\u0661\u0660\u0660", "has digits of another script"),
        Arguments.of("\"1,5\"", "uses a decimal comma (write 1.5)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badValues")
  void aSeriesValueOutsideTheNumberGrammarIsRefusedAtItsLine(String value, String why)
      throws IOException {
    Path f = write("series.csv", "year,value\n2020,5\n2021," + value + "\n");
    String err = badInput("data", "--input", f.toString());
    assertTrue(err.contains("series.csv:3: column 'value': '"), err);
    assertTrue(err.contains(why), err);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badValues")
  void aSeedsFormValueOutsideTheNumberGrammarIsRefusedAtItsLine(String value, String why)
      throws IOException {
    Path f = write(
        "history.csv",
        "corridor,year,flow,value_usd_million\nVN-KH,2020,total,5\nVN-KH,2021,total," + value
            + "\n");
    String err = badInput("data", "--input", f.toString());
    assertTrue(err.contains("history.csv:3: column 'value_usd_million': '"), err);
    assertTrue(err.contains(why), err);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"\u0662\u0660\u0662\u0660", "\uFF12\uFF10\uFF12\uFF10", "2020.0", "+2020x"})
  void aYearInOtherDigitsIsRefused(String year) throws IOException {
    Path f = write("years.csv", "year,value\n" + year + ",5\n");
    String err = badInput("data", "--input", f.toString());
    assertTrue(err.contains("years.csv:2: column 'year'"), err);
  }

  @Test
  void aRaggedRowIsRefusedAtItsLine() throws IOException {
    Path f = write("ragged.csv", "year,value\n2020,5\n2021,6,7\n");
    assertTrue(badInput("data", "--input", f.toString())
        .contains("ragged.csv:3: 3 fields but the header has 2"));
  }

  @Test
  void aShortRowIsRefusedAtItsLine() throws IOException {
    Path f = write("short.csv", "year,value\n2020,5\n2021\n");
    assertTrue(badInput("data", "--input", f.toString()).contains("short.csv:3: column 'value'"));
  }

  @Test
  void anUnterminatedQuoteIsRefusedWhereTheRecordStarts() throws IOException {
    Path f = write("quote.csv", "year,value\n2020,5\n2021,\"6\n2022,7\n");
    assertTrue(badInput("data", "--input", f.toString())
        .contains("quote.csv:3: a quoted field is not closed before the end of the file"));
  }

  @Test
  void aSemicolonFileWithDecimalCommasSaysWhatToDo() throws IOException {
    Path f = write("excel.csv", "year;value\n2020;1234,5\n");
    String err = badInput("data", "--input", f.toString());
    assertTrue(err.contains("excel.csv:1: the fields are separated by ';'"), err);
    assertTrue(err.contains("save it as CSV with ',' between fields and '.' in numbers"), err);
  }

  @Test
  void latin1BytesAreRefusedAtTheirLineAndColumn() throws IOException {
    byte[] bytes = "year,value\n2020,5\n2021,6\n# Hu\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    Path f = write("latin1.csv", bytes);
    // read as UTF-8 on request (by default such a file is read as Windows-1252, with a notice)
    assertTrue(badInput("data", "--input", f.toString(), "--input-encoding", "utf-8")
        .contains("latin1.csv:4:5: byte 0xE9 is not UTF-8 text"));
  }

  @Test
  void loneCarriageReturnsEndLinesAsLineFeedsDo() throws IOException {
    Path lf = Files.createDirectories(dir.resolve("lf")).resolve("s.csv");
    Path cr = Files.createDirectories(dir.resolve("cr")).resolve("s.csv");
    Files.writeString(lf, "year,value\n2019,4\n2020,5\n2021,6\n");
    Files.writeString(cr, "year,value\r2019,4\r2020,5\r2021,6\r");
    CliRunner.Result a = CliRunner.run("data", "--input", lf.toString(), "--format", "csv");
    CliRunner.Result b = CliRunner.run("data", "--input", cr.toString(), "--format", "csv");
    assertEquals(Main.OK, b.code(), b::toString);
    assertEquals(a.out().replace("lf", "cr"), b.out());
    // and a bad value after lone CRs is reported on its own line number
    Files.writeString(cr, "year,value\r2019,4\r2020,NaN\r");
    assertTrue(badInput("data", "--input", cr.toString()).contains("s.csv:3: column 'value'"));
  }

  @Test
  void aCsvFileOverTheSizeLimitIsRefusedWithoutReadingIt() throws IOException {
    Path f = dir.resolve("huge.csv");
    try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
      r.setLength((128L << 20) + 1); // sparse: nothing is written
    }
    String err = badInput("data", "--input", f.toString());
    assertTrue(
        err.contains("huge.csv: is 134,217,729 bytes; a CSV file may be at most 128 MiB"), err);
  }

  @Test
  void aLongFileWithinTheLimitReadsInSeconds() throws IOException {
    // every allowed year once (1000 .. 9999), then the same years again: the first repeat fails
    StringBuilder b = new StringBuilder("year,value\n");
    for (int rep = 0; rep < 20; rep++) {
      for (int y = 1000; y <= 9999; y++) {
        b.append(y).append(',').append(1 + y % 7).append('\n');
      }
    }
    Path f = write("long.csv", b.toString());
    String err = badInput("data", "--input", f.toString());
    // line 1 is the header, years 1000..9999 are lines 2..9001: the repeat of 1000 is line 9002
    assertTrue(err.contains("long.csv:9002: column 'year': '1000' is a duplicate year"), err);
  }

  // ---- options ----

  private static final String[] SIM = {
    "simulate",
    "--start",
    "100",
    "--start-year",
    "2025",
    "--drift",
    "0.05",
    "--sigma",
    "0.1",
    "--years",
    "5",
    "--paths",
    "2000"
  };

  private static String[] sim(String... more) {
    List<String> a = new ArrayList<>(List.of(SIM));
    for (int i = 0; i < more.length; i += 2) {
      int at = a.indexOf(more[i]);
      if (at >= 0) {
        a.set(at + 1, more[i + 1]);
      } else {
        a.add(more[i]);
        a.add(more[i + 1]);
      }
    }
    return a.toArray(String[]::new);
  }

  @Test
  void pathsAboveTheLimitSayHowMuchMemoryTheyWouldNeed() {
    String err = badInput(sim("--paths", "200000000"));
    // 200,000,000 paths x 28 bytes = 5.6e9 bytes = 5.2 GiB (5.6e9 / 2^30 = 5.215)
    assertTrue(
        err.contains("option '--paths': 200000000 is not allowed; expected 1 to 100,000,000"
            + " (200,000,000 paths would need about 5.2 GiB of memory"),
        err);
  }

  @Test
  void yearsAboveTheLimitAreRefused() {
    String err = badInput(sim("--years", "1001"));
    assertTrue(
        err.contains("option '--years': 1001 is not allowed; expected a whole number of years"
            + " from 1 to 1000"),
        err);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e308", "1.7976931348623157e308"})
  void aStartThatOverflowsToInfinityIsRefused(String start) {
    String err = badInput(sim("--start", start));
    assertTrue(err.contains("the simulated values overflow to infinity by 2026"), err);
  }

  @Test
  void aSigmaThatOverflowsTheMeanIsRefused() {
    // with sigma = 300 a path 2.35 sd up is above exp(4.6 + 300 * 2.35) > e^709.8, the largest
    // double; among 2,000 paths one such draw is all but certain (1 - 0.9906^2000), so the mean
    // of the first year overflows although its quantiles stay finite
    String err = badInput(sim("--sigma", "300"));
    assertTrue(err.contains("overflow to infinity"), err);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1025", "2147483647", "99999999999999999999"})
  void aHugeThreadCountIsRefused(String threads) {
    String err = badInput(sim("--threads", threads));
    assertTrue(
        err.contains("option '--threads': " + threads + " is not allowed; expected at most 1024"),
        err);
  }

  @Test
  void aHugeThreadCountIsRefusedByRunBeforeItLoadsAnything() {
    String err = badInput("run", "no-such-file.yaml", "--threads", "100000");
    assertTrue(err.contains("--threads"), err);
  }

  @Test
  void aGermanDefaultLocaleChangesNoOutput() throws IOException {
    Path s = write("loc.yaml", OK + "simulation:\n  paths: 5000\n");
    List<String[]> commands = List.of(
        sim("--target", "130", "--format", "csv"),
        sim("--target", "130", "--format", "table"),
        sim("--target", "130", "--format", "json"),
        new String[] {"targets", "--format", "table"},
        new String[] {
          "required-growth",
          "--base",
          "1234.5",
          "--base-year",
          "2025",
          "--target",
          "20000",
          "--deadline",
          "2030"
        },
        new String[] {"project", "--corridor", "VN-KH", "--model", "holt", "--horizon", "4"},
        new String[] {"run", s.toString(), "--out", dir.resolve("o").toString(), "--force"});
    Locale before = Locale.getDefault();
    try {
      for (String[] c : commands) {
        Locale.setDefault(Locale.ROOT);
        CliRunner.Result root = CliRunner.run(c);
        Locale.setDefault(Locale.GERMANY);
        CliRunner.Result de = CliRunner.run(c);
        assertEquals(Main.OK, root.code(), root::toString);
        assertEquals(root.out(), de.out(), () -> String.join(" ", c));
      }
    } finally {
      Locale.setDefault(before);
    }
    // the German default really writes decimal commas, so the comparison above can fail
    assertEquals("1,5", String.format(Locale.GERMANY, "%.1f", 1.5));
  }

  @Test
  void anInternalFailureIsOneLineWithTheDebugHintAndExitOne() {
    System.setProperty(Main.INJECTED_FAILURE, "true");
    try {
      CliRunner.Result r = CliRunner.run("targets");
      assertEquals(Main.INTERNAL, r.code(), r::toString);
      String err = r.err().strip();
      assertEquals(1, err.lines().count(), r::toString);
      assertTrue(err.contains("internal error"), err);
      assertTrue(err.endsWith("(run with --debug for details)"), err);
      assertFalse(err.contains("at org."), err);
      CliRunner.Result d = CliRunner.run("targets", "--debug");
      assertEquals(Main.INTERNAL, d.code(), d::toString);
      assertTrue(d.err().contains("at org.tradetarget"), d::toString);
    } finally {
      System.clearProperty(Main.INJECTED_FAILURE);
    }
    assertEquals(Main.OK, CliRunner.run("targets").code());
  }
}
