package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backtests of several corridors: the overall ranking is the plain mean of each corridor's mean
 * score; the pooled rows score every origin of every corridor together.
 */
final class BacktestAllTest {
  @Test
  void overallRankingIsTheMeanOfTheCorridorScores() {
    CliRunner.Result r = CliRunner.run(
        "backtest",
        "--corridor",
        "all",
        "--models",
        "rw-drift,log-linear",
        "--horizon",
        "2",
        "--min-train",
        "8");
    assertEquals(0, r.code(), r.toString());
    Matcher m = Pattern.compile("^\\s+\\d+\\. rw-drift\\s+([0-9.]+)$", Pattern.MULTILINE)
        .matcher(r.out());
    List<Double> scores = new java.util.ArrayList<>();
    while (m.find()) {
      scores.add(Double.parseDouble(m.group(1)));
    }
    // VN-LA, VN-KH, overall, then pooled; KH-LA (3 points) is too short for 8 training points
    assertEquals(4, scores.size(), r.out());
    assertEquals((scores.get(0) + scores.get(1)) / 2, scores.get(2), 1e-4 + 1e-12);
    assertTrue(r.out().contains("Not backtested: KH-LA"), r.out());
  }

  @Test
  void allCorridorsCsv_hasPooledRowsThatPoolEveryOrigin() {
    CliRunner.Result r = CliRunner.run(
        "backtest",
        "--corridor",
        "all",
        "--models",
        "rw-drift,log-linear,arima",
        "--horizon",
        "3",
        "--format",
        "csv");
    assertEquals(0, r.code(), r.toString());
    List<String> lines = r.out().lines().toList();
    assertEquals(
        "corridor,model,h,n,mape,mase,rmse_log,coverage80,coverage95,winkler95,crps_log",
        lines.get(0));
    Map<String, double[]> byKey = new LinkedHashMap<>();
    Set<String> corridors = new java.util.TreeSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      assertEquals(11, f.length, line);
      double[] v = new double[9];
      for (int i = 0; i < 9; i++) {
        v[i] = Double.parseDouble(f[i + 2]);
      }
      byKey.put(f[0] + "|" + f[1] + "|" + (int) v[0], v);
      corridors.add(f[0]);
    }
    assertEquals(Set.of("VN-LA", "VN-KH", "pooled"), corridors);
    // one row per corridor, model and h: 3 corridors (two and pooled) x 3 kinds x 3 steps
    assertEquals(27, byKey.size());
    boolean differsFromMeanOfMeans = false;
    for (String model : List.of("rw-drift", "log-linear", "arima")) {
      for (int h = 1; h <= 3; h++) {
        double[] la = byKey.get("VN-LA|" + model + "|" + h);
        double[] kh = byKey.get("VN-KH|" + model + "|" + h);
        double[] p = byKey.get("pooled|" + model + "|" + h);
        double n = la[1] + kh[1];
        // n: the total number of origins scored at h
        assertEquals(n, p[1], 0);
        // Means over all origins: each corridor's mean times its n, summed, over the total n.
        // columns after h,n: mape, mase, rmse_log, coverage80, coverage95, winkler95, crps_log
        for (int c : new int[] {2, 3, 5, 6, 7, 8}) {
          double pooled = (la[1] * la[c] + kh[1] * kh[c]) / n;
          assertEquals(pooled, p[c], 1e-9 * Math.max(1, Math.abs(pooled)), model + " h" + h);
        }
        // RMSE pools the mean squares: sqrt((n1 r1^2 + n2 r2^2) / (n1 + n2))
        assertEquals(Math.sqrt((la[1] * la[4] * la[4] + kh[1] * kh[4] * kh[4]) / n), p[4], 1e-12);
        if (Math.abs((la[2] + kh[2]) / 2 - p[2]) > 1e-6) {
          differsFromMeanOfMeans = true;
        }
      }
    }
    // VN-LA has 5 origins at h = 1, VN-KH 4: the pooled MAPE is not the mean of the two MAPEs
    assertTrue(differsFromMeanOfMeans);
  }

  @Test
  void singleCorridorCsv_keepsItsHeader() {
    CliRunner.Result r = CliRunner.run(
        "backtest",
        "--corridor",
        "VN-LA",
        "--models",
        "rw-drift",
        "--horizon",
        "2",
        "--format",
        "csv");
    assertEquals(0, r.code(), r.toString());
    assertEquals(
        "model,h,n,mape,mase,rmse_log,coverage80,coverage95,winkler95,crps_log",
        r.out().lines().findFirst().orElseThrow());
  }

  @Test
  void rankingNamesThePairedTest_withItsPValue() {
    CliRunner.Result r = CliRunner.run(
        "backtest", "--corridor", "all", "--models", "rw-drift,arima", "--horizon", "2");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("Diebold-Mariano test"), r.out());
    assertTrue(
        Pattern.compile("over 9 origins: DM = -?[0-9.]+, p = [0-9.]+\\. The difference is")
            .matcher(r.out())
            .find(),
        r.out());
    CliRunner.Result j = CliRunner.run(
        "backtest",
        "--corridor",
        "all",
        "--models",
        "rw-drift,arima",
        "--horizon",
        "2",
        "--format",
        "json");
    assertTrue(j.out().contains("\"p_value\""), j.out());
    assertTrue(j.out().contains("\"pooled\""), j.out());
  }

  @Test
  void inputWithSeveralCorridors_isPooled_andOutWritesCsvAndHtml(@TempDir Path dir)
      throws Exception {
    // Synthetic values, not real trade figures: two corridors of 7 years in the full form.
    Path file = dir.resolve("panel.csv");
    StringBuilder csv = new StringBuilder("corridor,year,flow,value_usd_million\n");
    double[] a = {100, 112, 120, 138, 150, 149, 171};
    double[] b = {40, 44, 47, 55, 56, 64, 70};
    for (int i = 0; i < 7; i++) {
      csv.append("VN-LA,").append(2010 + i).append(",total,").append(a[i]).append('\n');
    }
    for (int i = 0; i < 7; i++) {
      csv.append("KH-LA,").append(2012 + i).append(",total,").append(b[i]).append('\n');
    }
    Files.writeString(file, csv.toString());
    Path out = dir.resolve("out");
    String[] args = {
      "backtest",
      "--input",
      file.toString(),
      "--models",
      "rw-drift,log-linear",
      "--horizon",
      "2",
      "--min-train",
      "4",
      "--format",
      "csv",
      "--out",
      out.toString()
    };
    CliRunner.Result r = CliRunner.run(args);
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().startsWith("corridor,model,h,"), r.out());
    assertTrue(r.out().contains("\npooled,rw-drift,1,6,"), r.out()); // 3 + 3 origins at h = 1
    assertEquals(r.out(), Files.readString(out.resolve("backtest.csv")));
    String html = Files.readString(out.resolve("backtest.html"));
    assertTrue(html.contains("<svg") && html.contains("coverage of the 95 % intervals"), html);
    CliRunner.Result again = CliRunner.run(args);
    assertEquals(2, again.code(), again.toString());
    assertEquals(1, again.err().lines().count(), again.err());
    assertTrue(again.err().contains("--force"), again.err());

    // one corridor in the full form is a single series: the single header
    Path one = dir.resolve("one.csv");
    Files.writeString(one, csv.substring(0, csv.indexOf("KH-LA")));
    CliRunner.Result s = CliRunner.run(
        "backtest",
        "--input",
        one.toString(),
        "--models",
        "rw-drift",
        "--horizon",
        "2",
        "--min-train",
        "4",
        "--format",
        "csv");
    assertEquals(0, s.code(), s.toString());
    assertTrue(s.out().startsWith("model,h,n,"), s.out());
  }
}
