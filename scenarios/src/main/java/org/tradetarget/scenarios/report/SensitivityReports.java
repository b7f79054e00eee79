package org.tradetarget.scenarios.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.tradetarget.core.analysis.OutlookResult;
import org.tradetarget.scenarios.run.ScenarioResult;
import org.tradetarget.scenarios.run.Sensitivity;

/** Tornado and sweep results as CSV, JSON, text tables, SVG charts and HTML sections. */
public final class SensitivityReports {
  /** The tornado CSV header. */
  public static final String TORNADO_HEADER =
      "corridor,assumption,low,high,p_met_base,p_met_low,p_met_high,median_base,median_low,median_high";

  private SensitivityReports() {}

  /** Tornado rows: one per assumption and corridor, columns as {@link #TORNADO_HEADER}. */
  public static Rows tornadoRows(Sensitivity.Tornado t) {
    Rows r = new Rows(TORNADO_HEADER.split(","));
    for (Sensitivity.Bar b : t.bars()) {
      r.add(
          b.corridor(),
          b.path(),
          b.low(),
          b.high(),
          b.pBase(),
          b.pLow(),
          b.pHigh(),
          b.medianBase(),
          b.medianLow(),
          b.medianHigh());
    }
    return r;
  }

  /** Tornado CSV, header first. */
  public static String tornadoCsv(Sensitivity.Tornado t) {
    return Render.csv(tornadoRows(t));
  }

  /** Tornado JSON. */
  public static String tornadoJson(Sensitivity.Tornado t) {
    ObjectNode j = Render.object();
    j.put("scenario", t.base().spec().name());
    j.set(
        "bars",
        Render.array(tornadoRows(t)
            .select(
                "corridor",
                "assumption",
                "low",
                "high",
                "p_met_base",
                "p_met_low",
                "p_met_high",
                "median_base",
                "median_low",
                "median_high")));
    return Render.json(j) + "\n";
  }

  /** Tornado as a table for people. */
  public static Rows tornadoTable(Sensitivity.Tornado t) {
    Rows tt = new Rows(
        "corridor",
        "assumption",
        ">low",
        ">high",
        ">P(met) low",
        ">base",
        ">high",
        ">median low",
        ">base",
        ">high");
    for (Sensitivity.Bar b : t.bars()) {
      tt.add(
          b.corridor(),
          b.path(),
          b.low(),
          b.high(),
          Numbers.percent(b.pLow()),
          Numbers.percent(b.pBase()),
          Numbers.percent(b.pHigh()),
          Numbers.money(b.medianLow()),
          Numbers.money(b.medianBase()),
          Numbers.money(b.medianHigh()));
    }
    return tt.note(
        "Each assumption moved alone to the ends of its range (sensitivity section), largest swing in P(met by the deadline) first.");
  }

  /** The HTML section with one tornado chart per corridor. */
  public static String tornadoHtml(Sensitivity.Tornado t) {
    StringBuilder h = new StringBuilder("<h2 id='tornado'>Which assumption matters most</h2>\n")
        .append(
            "<p>Each assumption of the scenario's <code>sensitivity</code> section moved alone to the low and the high end ")
        .append(
            "of its range (same seed: common random numbers); bars show P(met by the deadline), the line the scenario as written.</p>\n")
        .append("<div class='charts full'>\n");
    for (OutlookResult s : t.base().summaries()) {
      List<Sensitivity.Bar> bars =
          t.bars().stream().filter(b -> b.corridor().equals(s.name())).toList();
      h.append("<div class='chart'>")
          .append(TornadoChart.svg(s.name() + ": P(met by " + s.deadline() + ")", bars, s.pMet()))
          .append("</div>\n");
    }
    return h.append("</div>\n")
        .append(HtmlTable.of(tornadoTable(t), "tornado-table"))
        .toString();
  }

  /** {@code tornado.html}: the tornado charts and table first, the scenario's report below. */
  public static String tornadoPage(Sensitivity.Tornado t) {
    return HtmlReport.openedBy(t.base(), tornadoHtml(t));
  }

  /** {@code sweep.html}: the sweep charts and table first, the base scenario's report below. */
  public static String sweepPage(ScenarioResult base, Sensitivity.Sweep sw) {
    return HtmlReport.openedBy(base, sweepHtml(sw));
  }

  /**
   * A sweep for people: per corridor and grid point, P(met by the deadline) with its standard error
   * and the deadline median.
   */
  public static Rows sweepTable(Sensitivity.Sweep sw, List<Sensitivity.Vary> varies) {
    List<String> head = new ArrayList<>(List.of("corridor"));
    varies.forEach(v -> head.add(">" + v.path()));
    head.add(">P(met by deadline)");
    head.add(">median at deadline");
    Rows t = new Rows(head);
    for (Sensitivity.Point p : sw.points()) {
      for (OutlookResult c : p.summaries()) {
        List<Object> row = new ArrayList<>(List.of(c.name()));
        p.values().forEach(v -> row.add(v.toPlainString()));
        row.add(Numbers.percent(c.pMet()) + " ± " + Numbers.percent(c.pMetSe()));
        row.add(Numbers.money(c.median()));
        t.add(row.toArray());
      }
    }
    return t;
  }

  /** Sweep CSV: one row per grid point and corridor, header first. */
  public static String sweepCsv(Sensitivity.Sweep sw) {
    List<String> head = new ArrayList<>(List.of("scenario", "corridor"));
    sw.varies().forEach(v -> head.add(v.path()));
    head.addAll(List.of("deadline", "p_met", "se_met", "median_at_deadline"));
    Rows r = new Rows(head);
    for (Sensitivity.Point p : sw.points()) {
      for (OutlookResult s : p.summaries()) {
        List<Object> row = new ArrayList<>(List.of(sw.spec().name(), s.name()));
        p.values().forEach(v -> row.add(v.toPlainString()));
        row.addAll(List.of(s.deadline(), s.pMet(), s.pMetSe(), s.median()));
        r.add(row.toArray());
      }
    }
    return Render.csv(r);
  }

  /** Sweep JSON. */
  public static String sweepJson(Sensitivity.Sweep sw) {
    ObjectNode j = Render.object();
    j.put("scenario", sw.spec().name());
    j.set("vary", Render.node(sw.varies().stream().map(Sensitivity.Vary::path).toList()));
    ArrayNode points = j.putArray("points");
    for (Sensitivity.Point p : sw.points()) {
      ObjectNode o = points.addObject();
      o.set(
          "values", Render.node(p.values().stream().map(BigDecimal::doubleValue).toList()));
      Rows corridors = new Rows("corridor", "deadline", "p_met", "se_met", "median_at_deadline");
      p.summaries()
          .forEach(s -> corridors.add(s.name(), s.deadline(), s.pMet(), s.pMetSe(), s.median()));
      o.set("corridors", Render.array(corridors));
    }
    return Render.json(j) + "\n";
  }

  /** The HTML section: a heatmap (two values) or a line of P(met) (one value) per corridor. */
  public static String sweepHtml(Sensitivity.Sweep sw) {
    StringBuilder h =
        new StringBuilder("<h2 id='sweep'>Sweep</h2>\n<p>P(met by the deadline) over ");
    for (int k = 0; k < sw.varies().size(); k++) {
      Sensitivity.Vary v = sw.varies().get(k);
      h.append(k > 0 ? " and " : "")
          .append("<code>")
          .append(Svg.escape(v.path()))
          .append("</code> from ")
          .append(v.from().toPlainString())
          .append(" to ")
          .append(v.to().toPlainString())
          .append(" by ")
          .append(v.step().toPlainString());
    }
    h.append(
        " (same seed at every point: common random numbers).</p>\n<div class='charts full'>\n");
    List<String> corridors =
        sw.points().get(0).summaries().stream().map(OutlookResult::name).toList();
    for (int c = 0; c < corridors.size(); c++) {
      h.append("<div class='chart'>")
          .append(SweepCharts.of(sw, c, corridors.get(c)))
          .append("</div>\n");
    }
    return h.append("</div>\n")
        .append(HtmlTable.of(sweepTable(sw, sw.varies()), "sweep-table"))
        .toString();
  }
}
