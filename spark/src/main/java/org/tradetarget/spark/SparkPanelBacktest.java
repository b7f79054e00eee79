package org.tradetarget.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.evidence.PanelBacktestResult;
import org.tradetarget.core.evidence.PanelSeries;
import org.tradetarget.core.evidence.PanelSource;
import org.tradetarget.core.evidence.PanelStages;
import org.tradetarget.core.evidence.PanelStages.Fitted;
import scala.Tuple2;

/**
 * The panel backtest as a Spark job: {@code spark-submit --class
 * org.tradetarget.spark.SparkPanelBacktest tradetarget-spark.jar --panel PATH ... --out DIR}.
 *
 * <p>The series are built with Spark ({@link SparkPanels}), each run fitted at every origin, the
 * cut year and the recalibration evidence merged from every partition (whole-number counts; with
 * the {@code ensemble} among the kinds, a second pass adds its errors), the runs put in the order one machine reads them and cut into the same chunks, each chunk scored by
 * the core's scorer and the chunks' sums added in chunk order on the driver: {@code
 * panel-backtest.csv}, {@code target-odds.csv} and {@code recalibration.csv} are the files {@code
 * tradetarget backtest --panel} writes for the same series, for any partitioning. {@code
 * series.parquet} adds one row per run: id, half, first and last year, origins and fits.
 */
public final class SparkPanelBacktest {
  /** The files written, in this order. */
  static final List<String> FILES =
      List.of("panel-backtest.csv", "target-odds.csv", "recalibration.csv", "series.parquet");

  private SparkPanelBacktest() {}

  /** The {@code spark-submit} entry point; exit 2 with one line on bad input. */
  public static void main(String[] args) {
    JobOptions o;
    try {
      o = JobOptions.parse(args);
    } catch (InvalidInputException e) {
      System.err.println("tradetarget-spark: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession spark =
        SparkSession.builder().appName("tradetarget panel backtest").getOrCreate();
    int code = 0;
    try {
      run(spark, o);
    } catch (InvalidInputException e) {
      System.err.println("tradetarget-spark: " + e.getMessage());
      code = 2;
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  /**
   * Runs the job on a session and writes the files into {@code o.out()}.
   *
   * @throws InvalidInputException for bad input anywhere in the job (unwrapped from Spark's task
   *     failures) or an output file that exists without {@code --force}
   */
  public static PanelBacktestResult run(SparkSession spark, JobOptions o) {
    try {
      return runUnwrapped(spark, o);
    } catch (Exception e) { // Spark's job failures are checked exceptions thrown from Scala
      InvalidInputException bad = invalid(e);
      if (bad != null) {
        throw new InvalidInputException(bad.getMessage(), e);
      }
      if (e instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e);
    }
  }

  private static PanelBacktestResult runUnwrapped(SparkSession spark, JobOptions o) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int parts = o.partitions() > 0 ? o.partitions() : jsc.defaultParallelism();
    FileSystem fs;
    Path out = new Path(o.out());
    try {
      fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (String f : FILES) {
        if (fs.exists(new Path(out, f)) && !o.force()) {
          throw new InvalidInputException("option '--out': " + new Path(out, f)
              + " exists; use --force to replace it or choose another folder");
        }
      }
    } catch (IOException e) {
      throw new InvalidInputException("option '--out': " + o.out() + ": " + e.getMessage(), e);
    }
    LongAccumulator rows = spark.sparkContext().longAccumulator("rows");
    JavaRDD<PanelSeries> runs =
        SparkPanels.runs(spark, o, parts, rows).persist(StorageLevel.MEMORY_AND_DISK());
    PanelStages stages = new PanelStages(o.settings());
    // The fits are kept before they are sorted: sortBy samples its input to place the ranges,
    // which would otherwise fit every run twice.
    JavaRDD<Fitted> unsorted = runs.flatMap(r -> stages.fit(r).stream().iterator())
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<Fitted> fitted = unsorted
        .sortBy(SparkPanelBacktest::order, true, parts)
        .persist(StorageLevel.MEMORY_AND_DISK());
    SortedMap<Integer, Long> perYear = new TreeMap<>(fitted
        .flatMap(f -> java.util.Arrays.stream(f.originYears()).boxed().iterator())
        .countByValue());
    unsorted.unpersist();
    int cut = PanelStages.cutYear(perYear);
    PanelStages.Evidence evidence = fitted.treeAggregate(
        stages.evidence(cut), PanelStages.Evidence::add, PanelStages.Evidence::merge);
    // The ensemble's errors: a second pass weighing its members by the merged scores.
    Optional<PanelStages.Evidence> second = evidence.ensemblePass();
    if (second.isPresent()) {
      evidence.merge(fitted.treeAggregate(
          second.get(), PanelStages.Evidence::add, PanelStages.Evidence::merge));
    }
    Broadcast<PanelStages.Evidence> all = jsc.broadcast(evidence);
    long fittedRuns = fitted.count();
    int chunk = PanelStages.CHUNK;
    // Each partition gets a contiguous range of chunks, its runs sorted by index in the shuffle
    // (no sampling pass, which would score every chunk twice); the chunks' totals are kept,
    // computed on every partition at once, then read on the driver partition by partition.
    JavaRDD<Tuple2<Long, PanelStages.Totals>> chunks = fitted
        .zipWithIndex()
        .mapToPair(t -> new Tuple2<>(t._2(), t._1()))
        .repartitionAndSortWithinPartitions(new ChunkPartitioner(parts, chunk, fittedRuns))
        .mapPartitions(it -> {
          PanelStages.Scorer scorer = stages.scorer(all.value());
          List<Tuple2<Long, PanelStages.Totals>> done = new ArrayList<>();
          List<Fitted> members = new ArrayList<>();
          long current = -1;
          while (it.hasNext()) {
            Tuple2<Long, Fitted> r = it.next();
            long c = r._1() / chunk;
            if (c != current && !members.isEmpty()) {
              done.add(new Tuple2<>(current, scorer.score(members)));
              members = new ArrayList<>();
            }
            current = c;
            members.add(r._2());
          }
          if (!members.isEmpty()) {
            done.add(new Tuple2<>(current, scorer.score(members)));
          }
          return done.iterator();
        })
        .persist(StorageLevel.MEMORY_AND_DISK());
    chunks.count();
    PanelStages.Totals totals = PanelStages.Totals.empty(o.settings());
    long expected = 0;
    for (Iterator<Tuple2<Long, PanelStages.Totals>> it = chunks.toLocalIterator(); it.hasNext(); ) {
      Tuple2<Long, PanelStages.Totals> c = it.next();
      if (c._1() != expected++) {
        throw new IllegalStateException("chunk " + c._1() + " read where " + (expected - 1)
            + " was due; the chunks must be added in order");
      }
      totals.add(c._2());
    }
    chunks.unpersist();
    PanelSource source = source(o, runs, rows.value());
    PanelBacktestResult result = stages.result(
        source,
        (int) fittedRuns,
        evidence,
        totals,
        List.of(
            "engine: Apache Spark " + spark.version(),
            "command: tradetarget-spark " + String.join(" ", o.commandLine())));
    write(fs, new Path(out, FILES.get(0)), result.scoresCsv());
    write(fs, new Path(out, FILES.get(1)), result.oddsCsv());
    write(fs, new Path(out, FILES.get(2)), result.recalibration().toCsv());
    StructType schema = new StructType()
        .add("series", DataTypes.StringType, false)
        .add("half", DataTypes.IntegerType, false)
        .add("first_year", DataTypes.IntegerType, false)
        .add("last_year", DataTypes.IntegerType, false)
        .add("origins", DataTypes.IntegerType, false)
        .add("fits", DataTypes.IntegerType, false);
    JavaRDD<Row> perSeries = fitted.map(f ->
        RowFactory.create(f.id(), f.half(), f.firstYear(), f.lastYear(), f.origins(), f.fits()));
    spark
        .createDataFrame(perSeries, schema)
        .write()
        .mode(o.force() ? SaveMode.Overwrite : SaveMode.ErrorIfExists)
        .parquet(new Path(out, FILES.get(3)).toString());
    fitted.unpersist();
    runs.unpersist();
    return result;
  }

  /** Orders runs as one machine reads them: by series id, then first year. */
  static String order(Fitted f) {
    return f.id() + '\u0000' + String.format(java.util.Locale.ROOT, "%06d", f.firstYear() + 100000);
  }

  private static PanelSource source(JobOptions o, JavaRDD<PanelSeries> runs, long rows) {
    long count = runs.count();
    long series = runs.map(PanelSeries::id).distinct().count();
    int first = count == 0 ? 0 : runs.map(r -> r.run().firstYear()).reduce(Math::min);
    int last = count == 0 ? 0 : runs.map(r -> r.run().lastYear()).reduce(Math::max);
    String name = new Path(o.panel()).getName();
    return new PanelSource(
        name,
        "not computed by the cluster job",
        o.format(),
        rows,
        (int) series,
        (int) count,
        first,
        last);
  }

  private static void write(FileSystem fs, Path file, String text) {
    try (OutputStream os = fs.create(file, true)) {
      os.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new InvalidInputException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** The bad-input error behind a failure of the job, if there is one. */
  static InvalidInputException invalid(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException bad) {
        return bad;
      }
      if (t instanceof SparkException
          && t.getMessage() != null
          && t.getMessage().contains("Malformed")) {
        return new InvalidInputException("a malformed row: " + firstLine(t.getMessage()), t);
      }
    }
    return null;
  }

  private static String firstLine(String s) {
    int n = s.indexOf('\n');
    return n < 0 ? s : s.substring(0, n);
  }
}
