package org.tradetarget.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.tradetarget.core.calibrate.Calibrator;
import org.tradetarget.core.calibrate.ModelKind;
import org.tradetarget.core.calibrate.ModelParams;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.model.Forecast;

/**
 * Each model kind's fit and projection (10 years, 80 and 95 % intervals) on a 20-point series, the
 * cost of one variant in a sweep. Kinds whose calibrator is not implemented yet fail in setup
 * with "not implemented" and are skipped by JMH (reported as an error for that parameter only).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ModelKindBenchmark -rf json -rff target/kinds.json
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ModelKindBenchmark {
  /** Every kind of the registry. */
  @Param
  public ModelKind kind;

  private AnnualSeries series;
  private ModelParams params;

  /** Parameters for kinds that need them, passed only when the kind declares the name. */
  private static final Map<String, String> CANDIDATE_PARAMS = Map.of("rate", "0.08", "window", "5");

  /**
   * A trade-like series 2005–2024 (US$ million) named as a corridor (gravity needs one): an S-curve
   * towards 6,000 with a fixed wiggle, so that every kind, the logistic included, can fit it. Fails
   * for a kind whose calibrator is not implemented yet.
   */
  @Setup(Level.Trial)
  public void setup() {
    int[] years = new int[20];
    double[] values = new double[20];
    for (int i = 0; i < 20; i++) {
      years[i] = 2005 + i;
      values[i] = 6000 / (1 + Math.exp(-0.3 * (i - 10))) * Math.exp(0.03 * Math.sin(1.7 * i));
    }
    series = AnnualSeries.of("VN-LA", years, values);
    Calibrator c = kind.calibrator();
    Map<String, String> p = new LinkedHashMap<>();
    for (String name : c.parameterNames()) {
      if (CANDIDATE_PARAMS.containsKey(name)) {
        p.put(name, CANDIDATE_PARAMS.get(name));
      }
    }
    params = ModelParams.of(p);
    try {
      fitAndProject();
    } catch (UnsupportedOperationException e) {
      throw new IllegalStateException("kind " + kind.id() + " is not implemented yet; skipped", e);
    }
  }

  /** Fit, then project 10 years with 80 and 95 % intervals. */
  @Benchmark
  public Forecast fitAndProject() {
    return kind.fit(series, params).projection().forecast(10, 80, 95);
  }
}
