package org.tradetarget.scenarios.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradetarget.core.analysis.Checkpoint;
import org.tradetarget.core.analysis.OutlookResult;
import org.tradetarget.core.analysis.SeriesAttainment;
import org.tradetarget.scenarios.run.PreparedCorridor;
import org.tradetarget.scenarios.run.ScenarioResult;

/**
 * One self-contained HTML file per run: no scripts, no external style sheets, fonts or images;
 * charts are inline SVG. Readable on a phone (fluid width, tables scroll sideways when they must;
 * the summary wraps to fit windows down to about 800 px).
 */
public final class HtmlReport {
  private HtmlReport() {}

  static final String STYLE = """
      body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;padding:0 12px 40px;color:#222;line-height:1.45}
      main{max-width:960px;margin:0 auto}
      h1{font-size:1.5em;margin:.8em 0 .2em}h2{font-size:1.2em;margin-top:1.8em;border-bottom:1px solid #ddd}
      h3{font-size:1.05em}.muted{color:#666;font-size:.9em}
      .scroll{overflow-x:auto}table{border-collapse:collapse;font-size:.9em;margin:.5em 0}
      th,td{padding:4px 8px;border-bottom:1px solid #eee;text-align:right;white-space:nowrap}
      th:first-child,td:first-child{text-align:left}th{background:#f5f5f5}
      table.heads-wrap th{white-space:normal}
      .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px}
      .charts.full{grid-template-columns:1fr}
      .chart{border:1px solid #eee;border-radius:4px}.fan{margin:8px 0}
      dl{display:grid;grid-template-columns:minmax(120px,max-content) 1fr;gap:4px 12px;font-size:.9em}
      dt{color:#555}dd{margin:0;word-break:break-word}
      .assumed{color:#b35900}""";

  /**
   * Readability at 100 % zoom: the summary table wraps its cells to fit the page instead of
   * scrolling sideways, the two small charts per corridor are never drawn narrower than their
   * drawing (so 11-unit chart text stays at least 11 px; see {@link Svg#COMPACT}), the tornado and
   * sweep charts (640 units wide) take the full width, one a row, and the reading guide stands out
   * from the text around it.
   */
  private static final String READABLE_STYLE = """
      #summary{width:100%}#summary th{white-space:normal;vertical-align:bottom}
      @media (max-width:1000px){#summary td{white-space:normal;vertical-align:top}}
      .charts{grid-template-columns:repeat(auto-fit,minmax(440px,1fr))}
      @media (max-width:500px){.charts{grid-template-columns:1fr}}
      .charts.full{grid-template-columns:1fr}
      .howto{background:#f6f8fb;border-left:3px solid #6baed6;padding:.4em .9em;margin:1em 0}
      .howto h2{margin-top:.5em}.howto p{margin:.4em 0}""";

  /** The report of one run. */
  public static String render(ScenarioResult r) {
    return render(r, List.of());
  }

  /** The report of one run with extra sections after the corridors. */
  public static String render(ScenarioResult r, List<String> sections) {
    return render(r, "", sections);
  }

  /**
   * A page that opens with its own section (a tornado's or a sweep's charts and table) under the
   * scenario's title, the report of the run below it.
   */
  public static String openedBy(ScenarioResult r, String lead) {
    return render(
        r,
        lead
            + "<p class='muted' id='report-below'>Below: the report of the scenario as written.</p>\n",
        List.of());
  }

  private static String render(ScenarioResult r, String lead, List<String> sections) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang='en'>\n<head>\n<meta charset='utf-8'>\n")
        .append("<meta name='viewport' content='width=device-width, initial-scale=1'>\n")
        .append("<title>tradetarget: ")
        .append(esc(r.spec().name()))
        .append("</title>\n")
        .append("<style>\n")
        .append(STYLE)
        .append('\n')
        .append(READABLE_STYLE)
        .append('\n')
        .append(HtmlTable.STYLE)
        .append("\n</style>\n</head>\n<body>\n<main>\n");
    h.append("<h1>").append(esc(r.spec().name())).append("</h1>\n");
    h.append("<p>").append(esc(r.spec().description())).append("</p>\n");
    h.append(
            "<p class='muted'>Money in US$ million, years are calendar years. “Met by” a year means at or above the target in at least one simulated year up to and including it. ")
        .append(String.format(Locale.ROOT, "%,d", r.spec().simulation().paths()))
        .append(" simulated paths, seed ")
        .append(r.spec().simulation().seed())
        .append("; ± is the Monte Carlo standard error.</p>\n")
        .append(lead);
    howToRead(h, r);
    h.append(
            "<h2>Summary</h2>\n<div class='scroll'><table id='summary'>\n<tr><th>corridor</th><th>target</th><th>deadline</th>")
        .append(
            "<th>median at deadline</th><th>band</th><th>P(met by deadline)</th><th>median first year</th>")
        .append("<th>required growth/yr</th><th>assumed growth/yr</th></tr>\n");
    for (OutlookResult s : r.summaries()) {
      h.append("<tr><td>")
          .append(s.name())
          .append("</td><td>")
          .append(Numbers.money(s.target()))
          .append("</td><td>")
          .append(s.deadline())
          .append(s.deadlineAssumed() ? " <span class='assumed'>(assumed)</span>" : "")
          .append("</td><td>")
          .append(Numbers.money(s.median()))
          .append("</td><td>")
          .append(Numbers.money(s.bandLow()))
          .append("–")
          .append(Numbers.money(s.bandHigh()))
          .append(" (")
          .append(Numbers.fixed(s.bandLevel(), 0))
          .append(" %)")
          .append("</td><td>")
          .append(Numbers.percent(s.pMet()))
          .append(" ± ")
          .append(Numbers.percent(s.pMetSe()))
          .append("</td><td>")
          .append(
              s.medianFirstYear().isPresent()
                  ? Integer.toString(s.medianFirstYear().getAsInt())
                  : "later")
          .append("</td><td>")
          .append(Numbers.percent(s.requiredCagr()))
          .append("</td><td>")
          .append(Numbers.percent(s.assumedCagr()))
          .append("</td></tr>\n");
    }
    h.append("</table></div>\n");
    if (r.attainment().joint().isPresent() && r.summaries().size() > 1) {
      h.append("<p>P(every target met by its deadline) = ")
          .append(Numbers.percent(r.attainment().joint().getAsDouble()))
          .append(" ± ")
          .append(Numbers.percent(r.attainment().jointSe().getAsDouble()))
          .append("</p>\n");
    }

    for (int i = 0; i < r.corridors().size(); i++) {
      corridor(h, r, i);
    }

    sections.forEach(h::append);
    h.append("<h2 id='assumptions'>Assumptions</h2>\n<dl>\n");
    for (Map.Entry<String, String> e : Assumptions.of(r).entrySet()) {
      h.append("<dt>")
          .append(esc(e.getKey()))
          .append("</dt><dd>")
          .append(esc(e.getValue()))
          .append("</dd>\n");
    }
    h.append("</dl>\n<h2>Provenance</h2>\n<dl>\n");
    for (Map.Entry<String, String> e : r.provenance().entrySet()) {
      h.append("<dt>")
          .append(esc(e.getKey()))
          .append("</dt><dd>")
          .append(esc(e.getValue()))
          .append("</dd>\n");
    }
    for (PreparedCorridor c : r.corridors()) {
      h.append("<dt>")
          .append(c.spec().corridor().id())
          .append(" target source</dt><dd>")
          .append(esc(c.target().provenance().citation()))
          .append(
              c.target().provenance().quote().isEmpty()
                  ? ""
                  : ": “" + esc(c.target().provenance().quote()) + "”")
          .append("</dd>\n");
    }
    h.append("</dl>\n</main>\n</body>\n</html>\n");
    return h.toString();
  }

  /**
   * A short guide for readers who do not work with simulations: what the band, P(met by year) and
   * the median first year mean, and that every number follows from the assumptions listed below.
   */
  static void howToRead(StringBuilder h, ScenarioResult r) {
    String band = Numbers.fixed(r.spec().outputs().bandLevel(), 0);
    h.append("<section class='howto' id='how-to-read'>\n<h2>How to read this report</h2>\n")
        .append("<p>A simulation plays out each corridor's trade ")
        .append(String.format(Locale.ROOT, "%,d", r.spec().simulation().paths()))
        .append(
            " times, each time with different ups and downs, and counts how often each outcome comes up. ")
        .append("These are not forecasts of a single number; they say how likely each outcome is ")
        .append("if the assumptions hold.</p>\n<p><b>Band</b>: in ")
        .append(band)
        .append(" out of 100 simulated futures the value at the deadline falls inside this range; ")
        .append("the <b>median</b> is the middle one (half above, half below). In the charts, the")
        .append(" light shading is this band and the darker shading holds the middle half.</p>\n")
        .append("<p><b>P(met by year)</b>: the chance that trade reaches the target in at least ")
        .append("one year up to and including that year. 50 % is a coin toss.</p>\n")
        .append("<p><b>Median first year</b>: the year by which half of the simulated futures ")
        .append("have reached the target; “later” means fewer than half reach it in the years ")
        .append("simulated.</p>\n<p>Every number here depends on the assumptions listed under ")
        .append("<a href='#assumptions'>Assumptions</a> below (the data used, how growth is ")
        .append("modelled, the projects included); other assumptions give other numbers.</p>\n")
        .append("</section>\n");
  }

  private static void corridor(StringBuilder h, ScenarioResult r, int i) {
    OutlookResult s = r.summaries().get(i);
    PreparedCorridor c = r.corridors().get(i);
    SeriesAttainment a = r.series(i);
    h.append("<h2 id='")
        .append(s.name())
        .append("'>")
        .append(esc(c.spec().corridor().displayName()))
        .append(" (")
        .append(s.name())
        .append(")</h2>\n");
    h.append("<p>")
        .append(esc(c.calibration().kind().id()))
        .append(" on ")
        .append(esc(c.dataLabel()))
        .append(", using ")
        .append(c.calibration().used().firstYear())
        .append("–")
        .append(c.calibration().used().lastYear())
        .append(" (")
        .append(c.calibration().used().size())
        .append(c.calibration().used().size() == 1 ? " point)" : " points)")
        .append(". Base ")
        .append(Numbers.money(s.baseValue()))
        .append(" in ")
        .append(s.baseYear())
        .append(".</p>\n");
    h.append("<p>Basis: ")
        .append(esc(ResultReports.basisMeaning(c.basis(), c.spec().corridor())))
        .append(".</p>\n");
    h.append("<div class='chart fan'>")
        .append(ResultReports.fanSvg(r, i))
        .append("</div>\n")
        .append("<div class='charts'>\n")
        .append("<div class='chart'>")
        .append(ResultReports.oddsSvg(r, i))
        .append("</div>\n")
        .append("<div class='chart'>")
        .append(ResultReports.firstPassageSvg(r, i))
        .append("</div>\n</div>\n");
    h.append(
            "<h3>Target odds by year</h3>\n<div class='scroll'><table>\n<tr><th>year</th><th>median</th>")
        .append("<th>band</th><th>P(at or above in year)</th><th>P(met by year)</th></tr>\n");
    double band = s.bandLevel();
    List<Checkpoint> cps = a.checkpoints();
    for (Checkpoint cp : cps) {
      h.append("<tr><td>")
          .append(cp.year())
          .append(cp.year() == s.deadline() ? " (deadline)" : "")
          .append("</td><td>")
          .append(Numbers.money(cp.quantile(0.5)))
          .append("</td><td>")
          .append(Numbers.money(cp.quantile(OutlookResult.bandQuantile(band, false))))
          .append("–")
          .append(Numbers.money(cp.quantile(OutlookResult.bandQuantile(band, true))))
          .append("</td><td>")
          .append(Numbers.percent(cp.atOrAbove()))
          .append("</td><td>")
          .append(Numbers.percent(cp.metBy()))
          .append(" ± ")
          .append(Numbers.percent(cp.metBySe()))
          .append("</td></tr>\n");
    }
    h.append("</table></div>\n");
    if (s.byDeadline().size() > 1) {
      h.append("<h3>How the answer changes with the deadline</h3>\n<div class='scroll'><table>\n")
          .append(
              "<tr><th>deadline</th><th>required growth/yr</th><th>P(met by deadline)</th></tr>\n");
      s.byDeadline().stream()
          .sorted((x, y) -> Integer.compare(x.deadline(), y.deadline()))
          .forEach(o -> h.append("<tr><td>")
              .append(o.deadline())
              .append("</td><td>")
              .append(Numbers.percent(o.requiredCagr()))
              .append("</td><td>")
              .append(Numbers.percent(o.pMet()))
              .append(" ± ")
              .append(Numbers.percent(o.pMetSe()))
              .append("</td></tr>\n"));
      h.append("</table></div>\n");
    }
    if (a.shortfall().isPresent()) {
      var sf = a.shortfall().get();
      h.append("<p>Expected shortfall at ")
          .append(sf.deadline())
          .append(": ")
          .append(Numbers.money(sf.expected()))
          .append(" (mean ")
          .append(
              sf.meanGivenBelow().isPresent()
                  ? Numbers.money(sf.meanGivenBelow().getAsDouble())
                  : "–")
          .append(" in the ")
          .append(Numbers.percent(sf.belowAtDeadline()))
          .append(" of paths below the target that year).</p>\n");
    }
  }

  static String esc(String s) {
    return Svg.escape(s);
  }
}
