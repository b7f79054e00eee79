package org.tradetarget.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.HashPartitioner;
import org.apache.spark.SparkException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
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
    // The series in the order one machine reads them (ascending id; a series' runs in year
    // order), partition p a contiguous range of about equal work (WorkRanges); each run is fitted
    // where it stays, so the fits, which hold every kind's forecasts at every origin, never cross
    // the network. The built series are kept until then: WorkRanges samples them for its bounds
    // before they are shuffled, and they would otherwise be built twice.
    JavaPairRDD<String, Tuple2<int[], double[]>> read =
        SparkPanels.series(spark, o, parts, rows).persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, Tuple2<int[], double[]>> series = read.repartitionAndSortWithinPartitions(
            WorkRanges.of(read, parts, o.settings().minTrain()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    PanelStages stages = new PanelStages(o.settings());
    JavaRDD<Fitted> fitted = series
        .mapPartitions(it -> {
          List<Fitted> fits = new ArrayList<>();
          while (it.hasNext()) {
            for (PanelSeries r : SparkPanels.runs(it.next())) {
              stages.fit(r).ifPresent(fits::add);
            }
          }
          return fits.iterator();
        })
        .persist(StorageLevel.MEMORY_AND_DISK());
    long[] start = starts(fitted
        .mapPartitionsWithIndex(
            (p, it) -> {
              long n = 0;
              for (; it.hasNext(); it.next()) {
                n++;
              }
              return List.of(new Tuple2<>(p, n)).iterator();
            },
            true)
        .collect());
    long fittedRuns = start[start.length - 1];
    read.unpersist(false); // the sorted series are cached now
    SortedMap<Integer, Long> perYear = new TreeMap<>(fitted
        .flatMap(f -> java.util.Arrays.stream(f.originYears()).boxed().iterator())
        .countByValue());
    int cut = PanelStages.cutYear(perYear);
    // Each partition's evidence starts empty on its executor: an empty evidence is a few MB of
    // histograms, which as treeAggregate's zero value would travel with every task.
    PanelStages.Evidence evidence = fitted
        .mapPartitions(it -> {
          PanelStages.Evidence e = stages.evidence(cut);
          while (it.hasNext()) {
            e.add(it.next());
          }
          return List.of(e).iterator();
        })
        .treeReduce(PanelStages.Evidence::merge);
    // The ensemble's errors: a second pass weighing its members by the merged scores, each
    // partition's pass made on its executor from the broadcast first-pass evidence.
    if (evidence.ensemblePass().isPresent()) {
      Broadcast<PanelStages.Evidence> first = jsc.broadcast(evidence);
      evidence.merge(fitted
          .mapPartitions(it -> {
            PanelStages.Evidence e = first.value().ensemblePass().orElseThrow();
            while (it.hasNext()) {
              e.add(it.next());
            }
            return List.of(e).iterator();
          })
          .treeReduce(PanelStages.Evidence::merge));
    }
    Broadcast<PanelStages.Evidence> all = jsc.broadcast(evidence);
    int chunk = PanelStages.CHUNK;
    // A chunk belongs to the partition that holds its first run; the runs of a chunk that spill
    // into later partitions (fewer than a chunk per partition boundary) are sent to that
    // partition by a small shuffle, keyed by the owner's index.
    JavaPairRDD<Integer, Tuple2<Long, Fitted>> spill = fitted
        .mapPartitionsWithIndex(
            (p, it) -> {
              List<Tuple2<Integer, Tuple2<Long, Fitted>>> away = new ArrayList<>();
              for (long g = start[p]; g / chunk * chunk < start[p] && it.hasNext(); g++) {
                away.add(new Tuple2<>(owner(start, g / chunk * chunk), new Tuple2<>(g, it.next())));
              }
              while (it.hasNext()) {
                it.next(); // the rest stays; read to the end to release the cached block
              }
              return away.iterator();
            },
            true)
        .mapToPair(t -> t)
        .partitionBy(new HashPartitioner(start.length - 1));
    JavaRDD<Tuple2<Long, PanelStages.Totals>> chunks = fitted
        .zipPartitions(spill.values(), (it, extra) -> {
          int p = TaskContext.getPartitionId();
          PanelStages.Scorer scorer = stages.scorer(all.value());
          List<Tuple2<Long, PanelStages.Totals>> done = new ArrayList<>();
          List<Fitted> members = new ArrayList<>();
          long current = -1;
          for (long g = start[p]; it.hasNext(); g++) {
            Fitted r = it.next();
            long c = g / chunk;
            if (c * chunk < start[p]) {
              continue; // scored by the partition that holds its chunk's first run
            }
            if (c != current && !members.isEmpty()) {
              done.add(new Tuple2<>(current, scorer.score(members)));
              members = new ArrayList<>();
            }
            current = c;
            members.add(r);
          }
          List<Tuple2<Long, Fitted>> more = new ArrayList<>();
          extra.forEachRemaining(more::add);
          more.sort((a, b) -> Long.compare(a._1(), b._1()));
          for (Tuple2<Long, Fitted> m : more) {
            members.add(m._2());
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
    PanelSource source =
        source(o, series.flatMap(t -> SparkPanels.runs(t).iterator()), rows.value());
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
    series.unpersist();
    return result;
  }

  /**
   * The index of each partition's first fitted run in reading order, and last the number of runs.
   *
   * @param counts (partition, fitted runs) of every partition
   */
  static long[] starts(List<Tuple2<Integer, Long>> counts) {
    long[] n = new long[counts.size()];
    for (Tuple2<Integer, Long> c : counts) {
      n[c._1()] = c._2();
    }
    long[] start = new long[n.length + 1];
    for (int p = 0; p < n.length; p++) {
      start[p + 1] = start[p] + n[p];
    }
    return start;
  }

  /**
   * The partition that holds the first run of each chunk: the last partition whose first index
   * is at most the chunk's first index (an empty partition shares its first index with the next).
   */
  static int owner(long[] start, long chunkStart) {
    int lo = 0;
    int hi = start.length - 2;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (start[mid] <= chunkStart) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
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
