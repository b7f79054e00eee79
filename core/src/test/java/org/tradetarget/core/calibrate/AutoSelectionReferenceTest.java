package org.tradetarget.core.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.data.AnnualSeries;
import org.tradetarget.core.testing.Reference;

/**
 * {@code arima-auto} and {@code ets-auto} choose R's model: on the 41 series of {@code
 * reference/arima.R} (airmiles, synth_a, two bundled corridors, Nile, LakeHuron, WWWusage,
 * synth_theta, lynx and the 32 seeded synthetic series of {@code auto-series.csv}), R 4.2.2 /
 * forecast 8.20's {@code auto.arima(x, seasonal = FALSE, stepwise = FALSE, approximation = FALSE,
 * max.p = 3, max.q = 3)} and {@code ets(x, model = "AZN")} on x = ln value recorded the chosen
 * model and its AICc. Each kind must pick R's model (orders with drift or mean; trend and damping)
 * on at least 90 % of the series, and where it does its AICc must be R's within 1e-3. The series on
 * which it differs are printed.
 */
final class AutoSelectionReferenceTest {
  private static final double AGREEMENT = 0.90;

  /** The 41 series by the names expected-arima.csv uses. */
  static Map<String, AnnualSeries> allSeries() {
    Map<String, AnnualSeries> out = new LinkedHashMap<>();
    for (String name : List.of(
        "airmiles",
        "synth_a",
        "vn_la",
        "vn_kh",
        "nile",
        "lakehuron",
        "wwwusage",
        "synth_theta",
        "lynx")) {
      String file = name.startsWith("vn_") ? "corridor_" + name : name;
      out.put(name, Reference.series(file));
    }
    out.putAll(autoSeries());
    return out;
  }

  private static Map<String, AnnualSeries> autoSeries() {
    Map<String, List<double[]>> rows = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(
            AutoSelectionReferenceTest.class.getResourceAsStream("/reference/auto-series.csv")),
        StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",", -1);
        rows.computeIfAbsent(f[0], k -> new ArrayList<>())
            .add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, AnnualSeries> out = new LinkedHashMap<>();
    rows.forEach((name, v) -> out.put(
        name,
        AnnualSeries.of(
            name,
            v.stream().mapToInt(a -> (int) a[0]).toArray(),
            v.stream().mapToDouble(a -> a[1]).toArray())));
    return out;
  }

  private static double r(String series, String method, String quantity) {
    return Reference.param(series + "__" + method, quantity).orElseThrow();
  }

  /** R's auto.arima choice, e.g. "ARIMA(0,1,1) drift". */
  private static String rArima(String s) {
    String m = "auto_arima";
    return "ARIMA(" + (int) r(s, m, "p") + "," + (int) r(s, m, "d") + "," + (int) r(s, m, "q") + ")"
        + (r(s, m, "drift") == 1 ? " drift" : "") + (r(s, m, "mean") == 1 ? " mean" : "");
  }

  /** Ours, read from the fit's parameters. */
  static String ourArima(Calibration c) {
    Map<String, Double> p = c.parameters();
    return "ARIMA(" + p.get("p").intValue() + "," + p.get("d").intValue() + ","
        + p.get("q").intValue() + ")" + (p.containsKey("drift") ? " drift" : "")
        + (p.containsKey("intercept") ? " mean" : "");
  }

  private static String rEts(String s) {
    if (r(s, "ets_auto", "trend") == 0) {
      return "ETS(A,N,N)";
    }
    return r(s, "ets_auto", "damped") == 1 ? "ETS(A,Ad,N)" : "ETS(A,A,N)";
  }

  static String ourEts(Calibration c) {
    Map<String, Double> p = c.parameters();
    if (!p.containsKey("beta")) {
      return "ETS(A,N,N)";
    }
    return p.containsKey("phi") ? "ETS(A,Ad,N)" : "ETS(A,A,N)";
  }

  @Test
  void arimaAuto_picksRsOrders_onAtLeast90Percent_withRsAicc() {
    check(ModelKind.ARIMA_AUTO, "auto_arima");
  }

  @Test
  void etsAuto_picksRsForm_onAtLeast90Percent_withRsAicc() {
    check(ModelKind.ETS_AUTO, "ets_auto");
  }

  private static void check(ModelKind kind, String method) {
    Map<String, AnnualSeries> all = allSeries();
    assertEquals(41, all.size());
    int agree = 0;
    List<String> differ = new ArrayList<>();
    List<String> aiccOff = new ArrayList<>();
    for (Map.Entry<String, AnnualSeries> e : all.entrySet()) {
      String s = e.getKey();
      Calibration c = kind.fit(e.getValue(), ModelParams.none());
      String ours = kind == ModelKind.ARIMA_AUTO ? ourArima(c) : ourEts(c);
      String theirs = kind == ModelKind.ARIMA_AUTO ? rArima(s) : rEts(s);
      double rAicc = r(s, method, "param_aicc");
      double aicc = c.aicc().orElseThrow();
      if (ours.equals(theirs)) {
        agree++;
        if (!(Math.abs(aicc - rAicc) <= 1e-3)) {
          aiccOff.add(s + " " + ours + ": AICc " + aicc + " vs R " + rAicc);
        }
      } else {
        differ.add(
            s + ": " + ours + " (AICc " + aicc + ") vs R " + theirs + " (AICc " + rAicc + ")");
      }
    }
    System.out.println(kind.id() + " picks R's model on " + agree + " of " + all.size()
        + " series; differs on " + differ);
    assertTrue(agree >= AGREEMENT * all.size(), kind.id() + " agrees on " + agree + ": " + differ);
    assertTrue(aiccOff.isEmpty(), aiccOff.toString());
  }
}
