package org.tradetarget.spark;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.tradetarget.core.data.BaciCodes;
import org.tradetarget.core.data.BaciTotals;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.evidence.PanelFormat;
import org.tradetarget.core.evidence.PanelLevel;
import org.tradetarget.core.evidence.PanelReader;
import org.tradetarget.core.evidence.PanelSeries;
import scala.Tuple2;

/**
 * Builds the runs of a panel's series with Spark's readers, as {@link PanelReader} hands them on
 * one machine: a BACI release folder's year files read as CSV ({@code k} a string, {@code v} a
 * decimal summed exactly in whole US$ per series and year, then in US$ million), its country file
 * naming the countries; or a long {@code series,year,value} file. Each series' years are sorted and
 * cut into runs by {@link PanelReader#runs}.
 */
final class SparkPanels {
  private static final String BACI_SCHEMA =
      "t INT, i INT, j INT, k STRING, v DECIMAL(38,3), q STRING";
  private static final String LONG_SCHEMA = "series STRING, year INT, value DOUBLE";

  private SparkPanels() {}

  /**
   * Every series as (id, (years ascending, values)) over {@code partitions} partitions, in no
   * particular order (the job sorts them by id); the data rows read are counted into {@code rows}.
   */
  static JavaPairRDD<String, Tuple2<int[], double[]>> series(
      SparkSession spark, JobOptions o, int partitions, LongAccumulator rows) {
    return o.format() == PanelFormat.BACI
        ? baci(spark, o, partitions, rows)
        : longPanel(spark, o, partitions, rows);
  }

  /** The runs of a series ({@link PanelReader#runs}), in year order. */
  static List<PanelSeries> runs(Tuple2<String, Tuple2<int[], double[]>> series) {
    return PanelReader.runs(series._1(), series._2()._1(), series._2()._2());
  }

  private static JavaPairRDD<String, Tuple2<int[], double[]>> baci(
      SparkSession spark, JobOptions o, int partitions, LongAccumulator rows) {
    Path root = new Path(o.panel());
    List<String> years = new ArrayList<>();
    Path codes = null;
    try {
      FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(root) || !fs.getFileStatus(root).isDirectory()) {
        throw new InvalidInputException("option '--panel': " + o.panel()
            + " is not a folder; a baci panel is a BACI release folder");
      }
      FileStatus[] files = fs.listStatus(root);
      Arrays.sort(files, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
      for (FileStatus f : files) {
        String n = f.getPath().getName();
        if (BaciCodes.isCodesFile(n)) {
          codes = f.getPath();
        } else if (BaciCodes.isYearFile(n)) {
          years.add(f.getPath().toString());
        }
      }
      if (years.isEmpty()) {
        throw new InvalidInputException(
            o.panel() + ": no BACI year file (BACI_HS??_Y????_V??????.csv) in the folder");
      }
      if (codes == null) {
        throw new InvalidInputException(
            o.panel() + ": no country_codes_V??????.csv in the BACI folder");
      }
      String text;
      try (InputStream in = fs.open(codes)) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Map<Integer, String> names = BaciCodes.names(BaciCodes.read(codes.getName(), text));
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      Broadcast<Map<Integer, String>> bn = jsc.broadcast(names);
      String codeFile = codes.getName();
      PanelLevel level = o.level();
      JavaRDD<Row> csv = spark
          .read()
          .schema(BACI_SCHEMA)
          .option("header", "true")
          .option("enforceSchema", "false")
          .option("mode", "FAILFAST")
          .csv(years.toArray(new String[0]))
          .javaRDD();
      // One shuffle: each row becomes (series id, {year, whole US$}), summed per series and year
      // where it is read and where its series lands.
      return csv.flatMapToPair(r -> {
            rows.add(1);
            String a = name(bn.value(), r, 1, "i", codeFile);
            String b = name(bn.value(), r, 2, "j", codeFile);
            String pair = PanelLevel.pairId(a, b);
            if (pair == null) {
              return List.<Tuple2<String, long[]>>of().iterator();
            }
            String k = r.isNullAt(3) ? "" : r.getString(3).trim();
            String id;
            try {
              id = level.seriesId(pair, k);
            } catch (IllegalArgumentException e) {
              throw new InvalidInputException("column 'k': '" + k + "' is not allowed at --level "
                  + level.id() + "; expected an HS code of at least " + level.digits()
                  + " digits");
            }
            return List.of(new Tuple2<>(id, new long[] {r.getInt(0), dollars(r)}))
                .iterator();
          })
          .combineByKey(YearSums::of, YearSums::add, YearSums::merge, partitions)
          .mapValues(YearSums::series);
    } catch (IOException e) {
      throw new InvalidInputException("cannot read " + o.panel() + ": " + e.getMessage(), e);
    }
  }

  private static JavaPairRDD<String, Tuple2<int[], double[]>> longPanel(
      SparkSession spark, JobOptions o, int partitions, LongAccumulator rows) {
    JavaRDD<Row> csv = spark
        .read()
        .schema(LONG_SCHEMA)
        .option("header", "true")
        .option("enforceSchema", "false")
        .option("mode", "FAILFAST")
        .csv(o.panel())
        .javaRDD();
    JavaPairRDD<String, Tuple2<Integer, Double>> values = csv.mapToPair(r -> {
      rows.add(1);
      if (r.isNullAt(0) || r.getString(0).isBlank() || r.isNullAt(1)) {
        throw new InvalidInputException("column 'series' or 'year': a row without a series id or"
            + " year is not allowed; expected series,year,value");
      }
      double v = r.isNullAt(2) ? Double.NaN : r.getDouble(2);
      if (!Double.isNaN(v) && !(v > 0 && Double.isFinite(v))) {
        throw new InvalidInputException("column 'value': '" + v
            + "' is not allowed; expected a positive number or empty (missing)");
      }
      return new Tuple2<>(r.getString(0).trim(), new Tuple2<>(r.getInt(1), v));
    });
    return values.groupByKey(partitions).mapToPair(g -> {
      List<Tuple2<Integer, Double>> ys = new ArrayList<>();
      g._2().forEach(ys::add);
      ys.sort((a, b) -> Integer.compare(a._1(), b._1()));
      int[] y = new int[ys.size()];
      double[] v = new double[ys.size()];
      for (int i = 0; i < y.length; i++) {
        y[i] = ys.get(i)._1();
        v[i] = ys.get(i)._2();
        if (i > 0 && y[i] == y[i - 1]) {
          throw new InvalidInputException("column 'year': '" + y[i] + "' appears twice in series '"
              + g._1() + "'; expected one row per series and year");
        }
      }
      return new Tuple2<>(g._1(), new Tuple2<>(y, v));
    });
  }

  private static String name(
      Map<Integer, String> names, Row r, int column, String label, String codeFile) {
    Integer code = r.isNullAt(column) ? null : r.getInt(column);
    String n = code == null ? null : names.get(code);
    if (n == null) {
      throw new InvalidInputException("column '" + label + "': '" + code
          + "' is not allowed; expected a BACI country code listed in " + codeFile);
    }
    return n;
  }

  /** A row's v (thousands of US$) in whole US$, as {@link BaciTotals#dollars} reads it. */
  private static long dollars(Row r) {
    BigDecimal v = r.isNullAt(4) ? null : r.getDecimal(4);
    if (v == null || v.signum() < 0) {
      throw new InvalidInputException(
          "column 'v': '" + v + "' is not allowed; expected a value >= 0 in thousands of US$");
    }
    return v.setScale(3, RoundingMode.HALF_UP).movePointRight(3).longValueExact();
  }
}
