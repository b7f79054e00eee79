package org.tradetarget.scenarios.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tradetarget.core.analysis.OutlookResult;
import org.tradetarget.scenarios.run.ScenarioComparison;
import org.tradetarget.scenarios.run.ScenarioResult;

/**
 * {@code compare.html}: one self-contained page (no scripts, charts as inline SVG, the run report's
 * style) that opens with one chart per corridor and then shows the tables {@code compare} prints.
 * For two scenarios each chart shows each changed assumption's effect on P(met by the deadline),
 * switched alone from the first scenario's value to the second's, largest first, and below them
 * the two scenarios' whole difference; for more, each scenario's P(met) side by side.
 */
public final class ComparisonPage {
  private ComparisonPage() {}

  /** The page. */
  public static String html(ScenarioComparison.Result c) {
    List<ScenarioResult> rs = c.results();
    List<String> names = rs.stream().map(r -> r.spec().name()).toList();
    String title = String.join(" vs ", names);
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang='en'>\n<head>\n<meta charset='utf-8'>\n")
        .append("<meta name='viewport' content='width=device-width, initial-scale=1'>\n")
        .append("<title>tradetarget compare: ")
        .append(Svg.escape(title))
        .append("</title>\n<style>\n")
        .append(HtmlReport.STYLE)
        .append('\n')
        .append(HtmlTable.STYLE)
        .append("\n</style>\n</head>\n<body>\n<main>\n<h1>")
        .append(Svg.escape(title))
        .append("</h1>\n<p class='muted'>Money in US$ million, years are calendar years. ")
        .append("Every run uses its file's paths and seed (common random numbers), so")
        .append(" differences come from the assumptions, not from chance: ");
    for (int i = 0; i < rs.size(); i++) {
      ScenarioResult r = rs.get(i);
      h.append(i == 0 ? "" : "; ")
          .append(Svg.escape(r.spec().name()))
          .append(String.format(
              Locale.ROOT,
              " %,d paths, seed %d",
              r.spec().simulation().paths(),
              r.spec().simulation().seed()));
    }
    h.append(".</p>\n");
    if (rs.size() == 2) {
      h.append("<h2 id='effects'>Each assumption's effect on the odds</h2>\n")
          .append("<p>Each assumption that differs switched alone from ")
          .append(Svg.escape(names.get(0)))
          .append("'s value to ")
          .append(Svg.escape(names.get(1)))
          .append("'s, the others kept; bars run from ")
          .append(Svg.escape(names.get(0)))
          .append("'s P(met by the deadline) (the black line), largest effect first; the grey")
          .append(" bar is the whole difference. One-at-a-time effects need not add up to it")
          .append(" when assumptions interact.</p>\n");
    } else {
      h.append("<h2 id='effects'>P(met by the deadline) in each scenario</h2>\n");
    }
    h.append("<div class='charts full'>\n");
    for (OutlookResult s0 : rs.get(0).summaries()) {
      String chartTitle = s0.name() + ": P(met by " + s0.deadline() + ")";
      List<EffectChart.Bar> bars = rs.size() == 2 ? effects(c, s0) : side(rs, s0.name());
      h.append("<div class='chart'>")
          .append(EffectChart.svg(chartTitle, bars, rs.size() == 2 ? s0.pMet() : Double.NaN))
          .append("</div>\n");
    }
    h.append("</div>\n");
    int k = 0;
    for (Rows t : ComparisonTables.tables(c)) {
      if (t.names().isEmpty()) {
        t.headings().forEach(l -> h.append("<p>").append(Svg.escape(l)).append("</p>\n"));
        t.notes()
            .forEach(l -> h.append("<p class='muted'>").append(Svg.escape(l)).append("</p>\n"));
      } else {
        h.append(HtmlTable.of(t, "compare-table-" + k++));
      }
    }
    h.append("<h2>Scenario files</h2>\n<dl>\n");
    for (ScenarioResult r : rs) {
      h.append("<dt>")
          .append(Svg.escape(r.spec().name()))
          .append("</dt><dd>")
          .append(Svg.escape(r.spec().file().toString()))
          .append("</dd>\n");
    }
    return h.append("</dl>\n</main>\n</body>\n</html>\n").toString();
  }

  /**
   * One corridor's one-at-a-time effects: the switches that change its P(met) or median (as the
   * table keeps them), largest change of P(met) first, then the whole difference.
   */
  static List<EffectChart.Bar> effects(ScenarioComparison.Result c, OutlookResult s0) {
    List<EffectChart.Bar> bars = new ArrayList<>();
    c.attributions().stream()
        .filter(a -> a.error().isEmpty() && a.corridor().equals(s0.name()))
        .filter(a -> a.deltaPMet() != 0.0 || a.deltaMedian() != 0.0)
        .sorted(Comparator.comparingDouble(
            (ScenarioComparison.Attribution a) -> -Math.abs(a.deltaPMet())))
        .forEach(a -> bars.add(new EffectChart.Bar(
            label(c, a.path()),
            s0.pMet(),
            s0.pMet() + a.deltaPMet(),
            Numbers.points(a.deltaPMet()),
            false)));
    find(c.results().get(1), s0.name())
        .ifPresent(s1 -> bars.add(new EffectChart.Bar(
            "all together: " + c.results().get(1).spec().name(),
            s0.pMet(),
            s1.pMet(),
            Numbers.points(s1.pMet() - s0.pMet()),
            true)));
    return bars;
  }

  private static List<EffectChart.Bar> side(List<ScenarioResult> rs, String corridor) {
    List<EffectChart.Bar> bars = new ArrayList<>();
    for (ScenarioResult r : rs) {
      find(r, corridor)
          .ifPresent(s -> bars.add(
              new EffectChart.Bar(r.spec().name(), 0, s.pMet(), Numbers.percent(s.pMet()), true)));
    }
    return bars;
  }

  /** The switched assumption with its two values when it is one key ({@code a: 1 → 2}). */
  private static String label(ScenarioComparison.Result c, String path) {
    return c.differences().stream()
        .filter(d -> d.path().equals(path))
        .findFirst()
        .map(d -> path + ": " + d.values().get(0) + " → " + d.values().get(1))
        .orElse(path);
  }

  private static Optional<OutlookResult> find(ScenarioResult r, String corridor) {
    return r.summaries().stream().filter(s -> s.name().equals(corridor)).findFirst();
  }
}
