package org.tradetarget.scenarios.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.tradetarget.core.analysis.BacktestRanking;
import org.tradetarget.core.analysis.BacktestResult;
import org.tradetarget.core.analysis.HorizonScore;
import org.tradetarget.core.analysis.PairedTest;
import org.tradetarget.core.calibrate.ModelKind;

/**
 * The backtest report ({@code backtest --out DIR}: {@code backtest.html}): per series and pooled,
 * the scores by step ahead, the ranking with the paired test of its best two kinds, and a
 * calibration chart (coverage of the 80 % and 95 % intervals by step ahead against their nominal
 * level). Self-contained like the run report.
 */
public final class BacktestReports {
  private BacktestReports() {}

  /**
   * One series' backtests.
   *
   * @param id the corridor or series name
   * @param results per kind, its backtest
   * @param ranking the series' ranking
   * @param test the paired test of its best two kinds (empty with fewer than two ranked)
   */
  public record Series(
      String id, List<BacktestResult> results, BacktestRanking ranking, Optional<PairedTest> test) {
    /** Copies the list. */
    public Series {
      results = List.copyOf(results);
    }
  }

  /**
   * Every origin of every series scored together.
   *
   * @param scores per kind, the pooled scores at h = 1..H
   * @param ranking the pooled ranking
   * @param test the paired test of its best two kinds
   */
  public record Pooled(
      Map<ModelKind, List<HorizonScore>> scores,
      BacktestRanking ranking,
      Optional<PairedTest> test) {
    /** Copies the map. */
    public Pooled {
      scores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
    }
  }

  /** The HTML page. */
  public static String html(
      String title, List<String> intro, List<Series> series, Optional<Pooled> pooled) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang='en'>\n<head>\n<meta charset='utf-8'>\n")
        .append("<meta name='viewport' content='width=device-width, initial-scale=1'>\n")
        .append("<title>tradetarget: ")
        .append(Svg.escape(title))
        .append("</title>\n<style>\n")
        .append(HtmlReport.STYLE)
        .append("\n</style>\n</head>\n<body>\n<main>\n<h1>")
        .append(Svg.escape(title))
        .append("</h1>\n");
    for (String line : intro) {
      h.append("<p>").append(Svg.escape(line)).append("</p>\n");
    }
    h.append("<p class='muted'>Rolling-origin backtests: each kind fitted on the first o points")
        .append(" and projected h steps; mape in percent, rmse_log and crps_log in log units,")
        .append(" winkler95 in US$ million, coverage the share of actuals inside the intervals.")
        .append(" Lower crps_log is better.</p>\n");
    if (pooled.isPresent()) {
      Pooled p = pooled.get();
      h.append("<h2 id='pooled'>Pooled: every origin of every corridor</h2>\n");
      List<String> kinds = new ArrayList<>();
      List<List<HorizonScore>> scores = new ArrayList<>();
      p.scores().forEach((k, v) -> {
        kinds.add(k.id());
        scores.add(v);
      });
      calibration(h, "pooled", kinds, scores);
      scoreTable(h, kinds, scores);
      ranking(h, p.ranking(), p.test());
    }
    for (Series s : series) {
      h.append("<h2 id='")
          .append(Svg.escape(s.id()))
          .append("'>")
          .append(Svg.escape(s.id()))
          .append("</h2>\n");
      List<String> kinds = s.results().stream().map(r -> r.kind().id()).toList();
      List<List<HorizonScore>> scores =
          s.results().stream().map(BacktestResult::horizons).toList();
      if (pooled.isEmpty()) {
        calibration(h, s.id(), kinds, scores);
      }
      scoreTable(h, kinds, scores);
      ranking(h, s.ranking(), s.test());
    }
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void calibration(
      StringBuilder h, String name, List<String> kinds, List<List<HorizonScore>> scores) {
    // one 640-unit chart a row, so that its 11-unit text renders at 11 px or more
    h.append("<h3>Calibration: coverage by step ahead</h3>\n<div class='charts full'>\n");
    for (double level : new double[] {0.8, 0.95}) {
      List<double[]> cov = new ArrayList<>();
      for (List<HorizonScore> ks : scores) {
        double[] c = new double[ks.size()];
        for (int i = 0; i < c.length; i++) {
          OptionalDouble v = level == 0.8 ? ks.get(i).coverage80() : ks.get(i).coverage95();
          c[i] = v.orElse(Double.NaN);
        }
        cov.add(c);
      }
      h.append("<div class='chart'>")
          .append(ModelCharts.coverage(
              name + ": coverage of the " + Numbers.fixed(100 * level, 0) + " % intervals",
              kinds,
              cov,
              level))
          .append("</div>\n");
    }
    h.append("</div>\n<p class='muted'>A well-calibrated kind's dots sit on the dashed line;")
        .append(" below it its intervals were too narrow, above it too wide. With few origins")
        .append(" per step each dot moves in large jumps (one origin of five is 20 points).</p>\n");
  }

  private static void scoreTable(
      StringBuilder h, List<String> kinds, List<List<HorizonScore>> scores) {
    h.append("<div class='scroll'><table>\n<tr><th>model</th><th>h</th><th>n</th><th>mape %</th>")
        .append("<th>mase</th><th>rmse_log</th><th>cover80</th><th>cover95</th>")
        .append("<th>winkler95</th><th>crps_log</th></tr>\n");
    for (int k = 0; k < kinds.size(); k++) {
      for (HorizonScore s : scores.get(k)) {
        h.append("<tr><td>")
            .append(Svg.escape(kinds.get(k)))
            .append("</td><td>")
            .append(s.h())
            .append("</td><td>")
            .append(s.n())
            .append("</td><td>")
            .append(fixed(s.mape(), 1))
            .append("</td><td>")
            .append(fixed(s.mase(), 2))
            .append("</td><td>")
            .append(fixed(s.rmseLog(), 3))
            .append("</td><td>")
            .append(Numbers.percent(s.coverage80()))
            .append("</td><td>")
            .append(Numbers.percent(s.coverage95()))
            .append("</td><td>")
            .append(s.winkler95().isPresent() ? Numbers.money(s.winkler95().getAsDouble()) : "-")
            .append("</td><td>")
            .append(fixed(s.crpsLog(), 4))
            .append("</td></tr>\n");
      }
    }
    h.append("</table></div>\n");
  }

  private static void ranking(StringBuilder h, BacktestRanking r, Optional<PairedTest> test) {
    h.append("<h3>Ranking by mean crps_log</h3>\n<ol>\n");
    for (BacktestRanking.Entry e : r.entries()) {
      h.append(e.rank().isPresent() ? "<li>" : "<li style='list-style:none'>")
          .append(Svg.escape(e.kind().id()))
          .append(": ")
          .append(
              e.score().isPresent()
                  ? Numbers.fixed(e.score().getAsDouble(), 4)
                  : "unranked, " + Svg.escape(e.note()))
          .append("</li>\n");
    }
    h.append("</ol>\n<p>")
        .append(Svg.escape(test.map(PairedTest::sentence)
            .orElse("No paired test: fewer than two kinds are ranked.")))
        .append("</p>\n<p class='muted'>")
        .append(Svg.escape(PairedTest.NAME + "; " + PairedTest.VARIANCE_RULE + "."))
        .append("</p>\n");
  }

  private static String fixed(OptionalDouble v, int decimals) {
    return v.isPresent() ? Numbers.fixed(v.getAsDouble(), decimals) : "-";
  }
}
