package org.tradetarget.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.evidence.PanelBacktest;
import org.tradetarget.core.evidence.PanelBacktestResult;
import org.tradetarget.core.evidence.PanelFormat;
import org.tradetarget.core.evidence.PanelLevel;

/**
 * The Spark job in local mode against the single-machine backtest on a synthetic BACI release: 11
 * codes (ten ASEAN countries and the area 490), three HS6 products in three chapters, 2000-2018,
 * each directed flow a log random walk with drift (some flows starting late, some years missing).
 */
class SparkPanelBacktestTest {
  private static final String[] MODELS = {
    "--models", "rw-drift,log-linear,holt,ensemble", "--horizon", "5"
  };
  private static final int[] CODES = {96, 104, 116, 360, 418, 458, 490, 608, 702, 704, 764};
  private static final String[] ISO3 = {
    "BRN", "MMR", "KHM", "IDN", "LAO", "MYS", "S19", "PHL", "SGP", "VNM", "THA"
  };
  private static final String[] NAMES = {
    "BN", "MM", "KH", "ID", "LA", "MY", "490", "PH", "SG", "VN", "TH"
  };
  private static final String[] PRODUCTS = {"010121", "090111", "854231"};

  private static SparkSession spark;

  @TempDir
  static Path dir;

  /** Whole US$ per (series id at hs2, year): the expectation the long panel is written from. */
  private static final Map<String, TreeMap<Integer, Long>> HS2 = new TreeMap<>();

  private static Path baci;

  @BeforeAll
  static void start() throws IOException {
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("tradetarget-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
    baci = dir.resolve("baci");
    Files.createDirectories(baci);
    StringBuilder codes =
        new StringBuilder("country_code,country_name,country_iso2,country_iso3\n");
    for (int c = 0; c < CODES.length; c++) {
      codes.append(CODES[c]).append(",c").append(c).append(",,").append(ISO3[c]).append('\n');
    }
    Files.writeString(baci.resolve("country_codes_V202501.csv"), codes);
    SplittableRandom rng = new SplittableRandom(20_240_101L);
    Map<Integer, StringBuilder> files = new TreeMap<>();
    for (int a = 0; a < CODES.length; a++) {
      for (int b = 0; b < CODES.length; b++) {
        if (a == b) {
          continue;
        }
        for (String k : PRODUCTS) {
          double log = Math.log(50 + rng.nextDouble(5000));
          double drift = rng.nextDouble(-0.03, 0.08);
          int start = 2000 + (rng.nextInt(4) == 0 ? rng.nextInt(8) : 0);
          for (int y = start; y <= 2018; y++) {
            log += drift + 0.15 * rng.nextGaussian();
            if (rng.nextInt(40) == 0) {
              continue;
            }
            long dollars = Math.round(Math.exp(log) * 1000);
            String v = dollars / 1000 + "." + String.format("%03d", dollars % 1000);
            files
                .computeIfAbsent(y, x -> new StringBuilder("t,i,j,k,v,q\n"))
                .append(y)
                .append(',')
                .append(CODES[a])
                .append(',')
                .append(CODES[b])
                .append(',')
                .append(k)
                .append(',')
                .append(v)
                .append(",NA\n");
            String pair = NAMES[a].compareTo(NAMES[b]) < 0
                ? NAMES[a] + "-" + NAMES[b]
                : NAMES[b] + "-" + NAMES[a];
            HS2.computeIfAbsent(pair + ":" + k.substring(0, 2), x -> new TreeMap<>())
                .merge(y, dollars, Long::sum);
          }
        }
      }
    }
    for (Map.Entry<Integer, StringBuilder> e : files.entrySet()) {
      Files.writeString(baci.resolve("BACI_HS92_Y" + e.getKey() + "_V202501.csv"), e.getValue());
    }
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static String[] args(String panel, String format, String level, int parts, Path out) {
    List<String> a = new ArrayList<>(List.of(
        "--panel",
        panel,
        "--panel-format",
        format,
        "--level",
        level,
        "--partitions",
        Integer.toString(parts),
        "--out",
        out.toString()));
    a.addAll(List.of(MODELS));
    return a.toArray(new String[0]);
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  private static PanelBacktestResult single(Path panel, PanelFormat format) {
    return PanelBacktest.run(
        panel,
        format,
        JobOptions.parse(args(panel.toString(), "baci", "total", 1, dir))
            .settings()
            .withThreads(2),
        List.of());
  }

  @Test
  void totalLevelEqualsTheSingleMachineBacktestByteForByteForOneAndFourPartitions()
      throws IOException {
    PanelBacktestResult one = single(baci, PanelFormat.BACI);
    // 11 codes give 55 pairs, every one traded in some year; 19 years with min-train 3 give at
    // most 16 origins a pair (o = 3 .. 18; fewer where a pair's total has a gap)
    assertEquals(55, one.source().series());
    assertTrue(one.origins() > 500 && one.origins() <= 55 * 16, "origins " + one.origins());
    for (int parts : new int[] {1, 4}) {
      Path out = dir.resolve("total-" + parts);
      SparkPanelBacktest.run(
          spark, JobOptions.parse(args(baci.toString(), "baci", "total", parts, out)));
      assertEquals(one.scoresCsv(), read(out.resolve("panel-backtest.csv")), "partitions " + parts);
      assertEquals(one.oddsCsv(), read(out.resolve("target-odds.csv")), "partitions " + parts);
      assertEquals(
          one.source().series(),
          spark
              .read()
              .parquet(out.resolve("series.parquet").toString())
              .select("series")
              .distinct()
              .count());
    }
  }

  @Test
  void hs2LevelEqualsTheSingleMachineBacktestOfALongPanelOfTheSameRows() throws IOException {
    // The long panel: per pair and HS chapter, two-way, the whole dollars of every row of the
    // release summed, in US$ million; grouped by series in ascending id order.
    StringBuilder sb = new StringBuilder("series,year,value\n");
    HS2.forEach((id, years) -> years.forEach((y, d) ->
        sb.append(id).append(',').append(y).append(',').append(d / 1e6).append('\n')));
    Path longPanel = Files.writeString(dir.resolve("hs2-long.csv"), sb);
    PanelBacktestResult one = single(longPanel, PanelFormat.LONG);
    assertEquals(HS2.size(), one.source().series());
    Path out = dir.resolve("hs2-4");
    SparkPanelBacktest.run(spark, JobOptions.parse(args(baci.toString(), "baci", "hs2", 4, out)));
    assertEquals(one.scoresCsv(), read(out.resolve("panel-backtest.csv")));
    assertEquals(one.oddsCsv(), read(out.resolve("target-odds.csv")));
    Path outLong = dir.resolve("hs2-long-out");
    SparkPanelBacktest.run(
        spark, JobOptions.parse(args(longPanel.toString(), "long", "total", 3, outLong)));
    assertEquals(one.scoresCsv(), read(outLong.resolve("panel-backtest.csv")));
  }

  @Test
  void singleMachineAtHs2EqualsTheSparkJobAtHs2() throws IOException {
    // One machine reads the same release at --level hs2 (backtest --panel ... --level hs2): its
    // series are the generator's own per-chapter two-way sums, and its files the Spark job's.
    PanelBacktestResult one = PanelBacktest.run(
        baci,
        PanelFormat.BACI,
        PanelLevel.HS2,
        JobOptions.parse(args(baci.toString(), "baci", "hs2", 1, dir))
            .settings()
            .withThreads(2),
        List.of());
    assertEquals(HS2.size(), one.source().series());
    Path out = dir.resolve("hs2-1");
    SparkPanelBacktest.run(spark, JobOptions.parse(args(baci.toString(), "baci", "hs2", 1, out)));
    assertEquals(one.scoresCsv(), read(out.resolve("panel-backtest.csv")));
    assertEquals(one.oddsCsv(), read(out.resolve("target-odds.csv")));
  }

  @Test
  void badInputIsOneLineNamingTheOptionOrColumn() throws IOException {
    InvalidInputException level = assertThrows(
        InvalidInputException.class,
        () -> JobOptions.parse(args(baci.toString(), "baci", "hs8", 1, dir.resolve("x"))));
    assertTrue(level.getMessage().startsWith("option '--level': 'hs8'"), level.getMessage());
    Path bad = dir.resolve("bad");
    Files.createDirectories(bad);
    Files.copy(baci.resolve("country_codes_V202501.csv"), bad.resolve("country_codes_V202501.csv"));
    Files.writeString(
        bad.resolve("BACI_HS92_Y2001_V202501.csv"), "t,i,j,k,v,q\n2001,999,116,010121,1.5,NA\n");
    InvalidInputException code = assertThrows(
        InvalidInputException.class,
        () -> SparkPanelBacktest.run(
            spark, JobOptions.parse(args(bad.toString(), "baci", "total", 1, dir.resolve("y")))));
    assertTrue(code.getMessage().startsWith("column 'i': '999' is not allowed"), code.getMessage());
    assertFalse(code.getMessage().contains("\n"), code.getMessage());
  }
}
