package org.tradetarget.core.testing;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.data.CsvRecords;
import org.tradetarget.core.data.Dataset;

/**
 * Access to the reference values computed by R 4.2.2 / forecast 8.20: {@code expected.csv} and
 * {@code expected-extra.csv} (written by {@code extra.R}) and {@code expected-kinds.csv} (written by
 * {@code kinds.R}), {@code expected-arima.csv} ({@code arima.R}) and {@code expected-summary.csv}
 * ({@code summary.R}); see {@code
 * src/test/resources/reference/README.md}.
 */
public final class Reference {
  /** One expected value. */
  public record Value(
      String caseId, String series, String method, String quantity, int h, double value) {}

  private static final List<Value> ALL = load();

  private Reference() {}

  private static List<Value> load() {
    List<Value> out = new ArrayList<>();
    load("expected.csv", out);
    load("expected-extra.csv", out);
    load("expected-kinds.csv", out);
    load("expected-arima.csv", out);
    load("expected-summary.csv", out);
    load("expected-xreg.csv", out);
    return List.copyOf(out);
  }

  private static void load(String file, List<Value> out) {
    CsvRecords csv = CsvRecords.read(
        "reference/" + file,
        new InputStreamReader(
            Objects.requireNonNull(Reference.class.getResourceAsStream("/reference/" + file)),
            StandardCharsets.UTF_8));
    for (CsvRecords.Row r : csv.rows()) {
      out.add(new Value(
          r.get("case_id"),
          r.get("series"),
          r.get("method"),
          r.get("quantity"),
          r.isEmpty("h") ? 0 : Integer.parseInt(r.get("h")),
          Double.parseDouble(r.get("value"))));
    }
  }

  /** Every expected value. */
  public static List<Value> all() {
    return ALL;
  }

  /** The values of one case, e.g. {@code airmiles__rwdrift_log_rwf}. */
  public static List<Value> ofCase(String caseId) {
    List<Value> v = ALL.stream().filter(x -> x.caseId().equals(caseId)).toList();
    if (v.isEmpty()) {
      throw new IllegalArgumentException("no reference case " + caseId);
    }
    return v;
  }

  /** A parameter (h empty) of a case, e.g. {@code param_slope}. */
  public static OptionalDouble param(String caseId, String quantity) {
    return ofCase(caseId).stream()
        .filter(v -> v.quantity().equals(quantity) && v.h() == 0)
        .mapToDouble(Value::value)
        .findFirst();
  }

  /** The per-step values of a quantity, indexed h − 1. */
  public static double[] path(String caseId, String quantity) {
    return ofCase(caseId).stream()
        .filter(v -> v.quantity().equals(quantity) && v.h() > 0)
        .sorted(java.util.Comparator.comparingInt(Value::h))
        .mapToDouble(Value::value)
        .toArray();
  }

  /**
   * A reference input series: {@code airmiles}, {@code synth_a}, {@code synth_ets} or {@code
   * synth_logis}.
   */
  public static AnnualSeries series(String name) {
    return Dataset.readSeries(
        name,
        new InputStreamReader(
            Objects.requireNonNull(
                Reference.class.getResourceAsStream("/reference/" + name + ".csv")),
            StandardCharsets.UTF_8));
  }
}
