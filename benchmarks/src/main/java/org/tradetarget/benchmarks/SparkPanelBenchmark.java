package org.tradetarget.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;
import org.tradetarget.core.evidence.PanelBacktest;
import org.tradetarget.core.evidence.PanelBacktestResult;
import org.tradetarget.core.evidence.PanelFormat;
import org.tradetarget.core.evidence.PanelLevel;
import org.tradetarget.core.evidence.PanelSettings;
import org.tradetarget.spark.JobOptions;
import org.tradetarget.spark.SparkPanelBacktest;

/**
 * The panel backtest of a synthetic HS6-shaped BACI release ({@link HsPanel}): one operation is a
 * whole backtest of {@code series} series with {@value #MODELS} at horizon {@value #HORIZON}
 * (min-train 3, every origin), from reading the panel to the result files. Engines:
 *
 * <ul>
 *   <li>{@code spark:1}, {@code spark:2}: the Spark job ({@link SparkPanelBacktest}) in local mode
 *       {@code local[1]} / {@code local[2]} on the BACI folder at {@code --level hs6}, writing its
 *       four outputs (Parquet included) to a fresh folder;
 *   <li>{@code submit:1}, {@code submit:2}: the same job as a user runs it, {@code spark-submit}
 *       on {@code local[1]} / {@code local[2]} ({@code spark/run-local.sh}, a JVM of its own with
 *       Spark's defaults, timed from the command's start to its exit), not among the default
 *       engines;
 *   <li>{@code single:1}, {@code single:2}: the single-machine {@code backtest --panel} path
 *       ({@link PanelBacktest#run}) with 1 / 2 threads on the same BACI folder at level hs6,
 *       results kept in memory.
 * </ul>
 *
 * <p>The panel is written by the trial's setup into a temporary folder and deleted at its end.
 * Single-shot: each measured iteration is one whole backtest. Series per second = series / (s/op);
 * {@code benchmarks/run-spark-panel.sh} runs it and prints those figures and the ratios.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
// One operation is a whole backtest: far beyond JMH's default 10-minute limit per iteration.
@Timeout(time = 3, timeUnit = TimeUnit.HOURS)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-Xmx6g",
      "--add-opens=java.base/java.lang=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED",
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
      "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
      "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
      "-Djdk.reflect.useDirectMethodHandle=false",
      "-Dio.netty.tryReflectionSetAccessible=true"
    })
@State(Scope.Benchmark)
public class SparkPanelBenchmark {
  /** The kinds scored: the two cheapest log-scale kinds, each fitted at every origin. */
  public static final String MODELS = "rw-drift,log-linear";

  /** The largest step ahead. */
  public static final int HORIZON = 5;

  /** spark-submit on a local master without a Spark distribution (from the repository root). */
  static final Path SUBMIT = Path.of("spark", "run-local.sh");

  /** The job's shaded jar. */
  static final Path SPARK_JAR = Path.of("spark", "target", "tradetarget-spark.jar");

  /** Series in the panel. */
  @Param({"200000"})
  public int series;

  /**
   * {@code spark:N} (local[N] in this JVM), {@code submit:N} (spark-submit on local[N]) or {@code
   * single:N} (N threads).
   */
  @Param({"single:1", "single:2", "spark:1", "spark:2"})
  public String engine;

  private Path dir;
  private Path baci;
  private Path longPanel;
  private SparkSession spark;
  private int cores;
  private int run;

  /** Writes the panel and, for a Spark engine, starts the local session. */
  @Setup(Level.Trial)
  public void setup() throws IOException {
    String[] e = engine.split(":", -1);
    cores = Integer.parseInt(e[1]);
    dir = Files.createTempDirectory("tradetarget-spark-panel");
    baci = dir.resolve("baci");
    longPanel = dir.resolve("hs6-long.csv");
    long rows = HsPanel.write(series, 2_024L, baci, longPanel);
    System.out.println("panel: " + series + " series, " + rows + " rows in " + dir);
    if (e[0].equals("spark")) {
      spark = SparkSession.builder()
          .master("local[" + cores + "]")
          .appName("tradetarget-benchmark")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
    } else if (e[0].equals("submit")) {
      for (Path need : List.of(SUBMIT, SPARK_JAR)) {
        if (!Files.isRegularFile(need)) {
          throw new IllegalStateException("engine " + engine + ": " + need.toAbsolutePath()
              + " is missing; run from the repository root after mvn -DskipTests package");
        }
      }
    } else if (!e[0].equals("single")) {
      throw new IllegalArgumentException(
          "engine " + engine + ": expected spark:N, submit:N or single:N");
    }
  }

  /** One whole backtest; returns its origins scored (for {@code submit:N}, its exit status). */
  @Benchmark
  public long backtest() throws IOException, InterruptedException {
    if (engine.startsWith("submit:")) {
      return submit(dir.resolve("out-" + run++));
    }
    if (spark == null) {
      PanelSettings s = options(dir.resolve("unused")).settings().withThreads(cores);
      PanelBacktestResult r =
          PanelBacktest.run(baci, PanelFormat.BACI, PanelLevel.HS6, s, List.of());
      return r.origins();
    }
    return SparkPanelBacktest.run(spark, options(dir.resolve("out-" + run++))).origins();
  }

  /**
   * The job as a user runs it: {@code spark/run-local.sh --master local[N] --class ...
   * spark/target/tradetarget-spark.jar} with the same options, Spark's defaults otherwise (1 GB of
   * driver memory); its output goes to a file beside the results.
   */
  private int submit(Path out) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(
        "bash",
        SUBMIT.toString(),
        "--master",
        "local[" + cores + "]",
        "--class",
        SparkPanelBacktest.class.getName(),
        SPARK_JAR.toString()));
    cmd.addAll(arguments(out));
    Process p = new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("submit-" + run + ".log").toFile())
        .start();
    int status = p.waitFor();
    if (status != 0) {
      throw new IllegalStateException("spark-submit exited with " + status + ": "
          + String.join("\n", Files.readAllLines(dir.resolve("submit-" + run + ".log"))));
    }
    return status;
  }

  private JobOptions options(Path out) {
    return JobOptions.parse(arguments(out).toArray(new String[0]));
  }

  private List<String> arguments(Path out) {
    List<String> a = new ArrayList<>(List.of(
        "--panel",
        baci.toString(),
        "--panel-format",
        "baci",
        "--level",
        "hs6",
        "--models",
        MODELS,
        "--horizon",
        Integer.toString(HORIZON),
        "--out",
        out.toString()));
    return a;
  }

  /** Stops the session and deletes the folder. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    if (spark != null) {
      spark.stop();
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
