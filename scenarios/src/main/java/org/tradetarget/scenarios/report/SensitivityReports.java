package org.tradetarget.scenarios.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tradetarget.core.analysis.OutlookResult;
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
          .append(tornadoSvg(s.name() + ": P(met by " + s.deadline() + ")", bars, s.pMet()))
          .append("</div>\n");
    }
    return h.append("</div>\n")
        .append("<div class='scroll'><pre>")
        .append(Svg.escape(Render.table(tornadoTable(t))))
        .append("</pre></div>\n")
        .toString();
  }

  static String tornadoSvg(String title, List<Sensitivity.Bar> bars, double base) {
    int w = 640;
    int rowH = 26;
    int left = 230;
    int right = 20;
    int top = 40;
    int h = top + rowH * Math.max(bars.size(), 1) + 40;
    StringBuilder s = new StringBuilder(String.format(
        Locale.ROOT,
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %d %d' width='100%%' role='img' font-family='sans-serif' font-size='11'>%n",
        w,
        h));
    s.append("<title>")
        .append(Svg.escape(title))
        .append("</title>\n<rect width='100%' height='100%' fill='#fff'/>\n");
    s.append(String.format(
        Locale.ROOT,
        "<text x='%d' y='20' text-anchor='middle' font-size='14'>%s</text>%n",
        w / 2,
        Svg.escape(title)));
    double x0 = left;
    double x1 = w - right;
    for (int i = 0; i <= 4; i++) {
      double x = x0 + (x1 - x0) * i / 4;
      s.append(String.format(
          Locale.ROOT,
          "<line x1='%.1f' y1='%d' x2='%.1f' y2='%d' stroke='#eee'/>%n",
          x,
          top - 5,
          x,
          h - 35));
      s.append(String.format(
          Locale.ROOT,
          "<text x='%.1f' y='%d' text-anchor='middle' fill='#333'>%d%%</text>%n",
          x,
          h - 20,
          i * 25));
    }
    for (int i = 0; i < bars.size(); i++) {
      Sensitivity.Bar b = bars.get(i);
      double y = top + i * rowH;
      double lo = Math.min(b.pLow(), b.pHigh());
      double hi = Math.max(b.pLow(), b.pHigh());
      s.append(String.format(
          Locale.ROOT,
          "<text x='%d' y='%.1f' text-anchor='end' fill='#333'>%s [%s, %s]</text>%n",
          left - 6,
          y + 15,
          Svg.escape(shorten(b.path())),
          Svg.escape(b.low()),
          Svg.escape(b.high())));
      double xb = x0 + (x1 - x0) * base;
      double xl = x0 + (x1 - x0) * b.pLow();
      double xh = x0 + (x1 - x0) * b.pHigh();
      s.append(String.format(
          Locale.ROOT,
          "<rect x='%.1f' y='%.1f' width='%.1f' height='18' fill='#6baed6'><title>low: %s</title></rect>%n",
          Math.min(xb, xl),
          y + 3,
          Math.abs(xl - xb),
          Numbers.percent(b.pLow())));
      s.append(String.format(
          Locale.ROOT,
          "<rect x='%.1f' y='%.1f' width='%.1f' height='18' fill='#fd8d3c'><title>high: %s</title></rect>%n",
          Math.min(xb, xh),
          y + 3,
          Math.abs(xh - xb),
          Numbers.percent(b.pHigh())));
      if (hi - lo < 1e-9) {
        s.append(String.format(
            Locale.ROOT,
            "<rect x='%.1f' y='%.1f' width='2' height='18' fill='#999'/>%n",
            xb - 1,
            y + 3));
      }
    }
    double xb = x0 + (x1 - x0) * base;
    s.append(String.format(
        Locale.ROOT,
        "<line x1='%.1f' y1='%d' x2='%.1f' y2='%d' stroke='#000' stroke-width='1.5'/>%n",
        xb,
        top - 5,
        xb,
        h - 35));
    s.append(String.format(
        Locale.ROOT,
        "<rect x='%d' y='%d' width='12' height='8' fill='#6baed6'/><text x='%d' y='%d'>low end</text>%n",
        left,
        h - 12,
        left + 16,
        h - 4));
    s.append(String.format(
        Locale.ROOT,
        "<rect x='%d' y='%d' width='12' height='8' fill='#fd8d3c'/><text x='%d' y='%d'>high end</text>%n",
        left + 90,
        h - 12,
        left + 106,
        h - 4));
    return s.append("</svg>\n").toString();
  }

  private static String shorten(String path) {
    return path.length() <= 30 ? path : "\u2026" + path.substring(path.length() - 29);
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
      h.append("<div class='chart'>").append(heatmap(sw, c, corridors.get(c))).append("</div>\n");
    }
    return h.append("</div>\n").toString();
  }

  static String heatmap(Sensitivity.Sweep sw, int c, String corridor) {
    List<BigDecimal> xs = sw.varies().get(0).values();
    List<BigDecimal> ys =
        sw.varies().size() > 1 ? sw.varies().get(1).values() : List.of(BigDecimal.ZERO);
    int w = 640;
    int h = 420;
    int left = 80;
    int top = 40;
    int right = 20;
    int bottom = 70;
    double cw = (w - left - right) / (double) xs.size();
    double ch = (h - top - bottom) / (double) ys.size();
    StringBuilder s = new StringBuilder(String.format(
        Locale.ROOT,
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %d %d' width='100%%' role='img' font-family='sans-serif' font-size='10'>%n",
        w,
        h));
    String title = corridor + ": P(met by the deadline)";
    s.append("<title>")
        .append(Svg.escape(title))
        .append("</title>\n<rect width='100%' height='100%' fill='#fff'/>\n");
    s.append(String.format(
        Locale.ROOT,
        "<text x='%d' y='20' text-anchor='middle' font-size='14'>%s</text>%n",
        w / 2,
        Svg.escape(title)));
    int idx = 0;
    for (int i = 0; i < xs.size(); i++) {
      for (int k = 0; k < ys.size(); k++) {
        double p = sw.points().get(idx++).summaries().get(c).pMet();
        double x = left + i * cw;
        double y = top + (ys.size() - 1 - k) * ch;
        s.append(String.format(
            Locale.ROOT,
            "<rect x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='%s'><title>%s</title></rect>%n",
            x,
            y,
            cw + 0.5,
            ch + 0.5,
            colour(p),
            Numbers.percent(p)));
        if (cw > 28 && ch > 14) {
          s.append(String.format(
              Locale.ROOT,
              "<text x='%.1f' y='%.1f' text-anchor='middle' fill='%s'>%.0f</text>%n",
              x + cw / 2,
              y + ch / 2 + 3,
              p > 0.6 ? "#fff" : "#000",
              p * 100));
        }
      }
    }
    int every = Math.max(1, xs.size() / 10);
    for (int i = 0; i < xs.size(); i += every) {
      s.append(String.format(
          Locale.ROOT,
          "<text x='%.1f' y='%d' text-anchor='middle'>%s</text>%n",
          left + (i + 0.5) * cw,
          h - bottom + 14,
          xs.get(i).toPlainString()));
    }
    s.append(String.format(
        Locale.ROOT,
        "<text x='%.1f' y='%d' text-anchor='middle' font-size='11'>%s</text>%n",
        left + (w - left - right) / 2.0,
        h - bottom + 32,
        Svg.escape(sw.varies().get(0).path())));
    if (sw.varies().size() > 1) {
      int everyY = Math.max(1, ys.size() / 10);
      for (int k = 0; k < ys.size(); k += everyY) {
        s.append(String.format(
            Locale.ROOT,
            "<text x='%d' y='%.1f' text-anchor='end'>%s</text>%n",
            left - 4,
            top + (ys.size() - 1 - k + 0.5) * ch + 3,
            ys.get(k).toPlainString()));
      }
      s.append(String.format(
          Locale.ROOT,
          "<text x='12' y='%.1f' transform='rotate(-90 12 %.1f)' text-anchor='middle' font-size='11'>%s</text>%n",
          top + (h - top - bottom) / 2.0,
          top + (h - top - bottom) / 2.0,
          Svg.escape(sw.varies().get(1).path())));
    }
    s.append(String.format(
        Locale.ROOT,
        "<text x='%d' y='%d'>colour: P(met), white 0 %% → dark blue 100 %%; cell text in percent</text>%n",
        left,
        h - 10));
    return s.append("</svg>\n").toString();
  }

  private static String colour(double p) {
    double t = Math.max(0, Math.min(1, p));
    int r = (int) Math.round(247 + (8 - 247) * t);
    int g = (int) Math.round(251 + (48 - 251) * t);
    int b = (int) Math.round(255 + (107 - 255) * t);
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }
}
