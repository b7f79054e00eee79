package org.tradetarget.scenarios.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.tradetarget.core.analysis.OutlookResult;
import org.tradetarget.scenarios.run.Sensitivity;

/**
 * The charts of a sweep, one per corridor: over one varied value a line of P(met by the deadline)
 * with its Monte Carlo band, over two a heatmap.
 */
final class SweepCharts {
  /** The normal quantile of a two-sided 95 % band. */
  private static final double Z95 = 1.96;

  private SweepCharts() {}

  /** The chart of corridor c: a line over one varied value, a heatmap over two. */
  static String of(Sensitivity.Sweep sw, int c, String corridor) {
    return sw.varies().size() == 1 ? line(sw, c, corridor) : heatmap(sw, c, corridor);
  }

  /**
   * The line of corridor c over a one-value sweep: P(met by the deadline) at each grid value with
   * its 95 % Monte Carlo band (± 1.96 standard errors, within 0 and 1).
   */
  static String line(Sensitivity.Sweep sw, int c, String corridor) {
    List<BigDecimal> xs = sw.varies().get(0).values();
    int n = xs.size();
    double[] x = new double[n];
    double[] p = new double[n];
    double[] se = new double[n];
    for (int i = 0; i < n; i++) {
      OutlookResult r = sw.points().get(i).summaries().get(c);
      x[i] = xs.get(i).doubleValue();
      p[i] = r.pMet();
      se[i] = r.pMetSe();
    }
    int deadline = sw.points().get(0).summaries().get(c).deadline();
    Frame fr = new Frame(Svg.WIDE, x[0], x[n - 1], 0, 1);
    StringBuilder s = new StringBuilder(String.format(
        Locale.ROOT,
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %d %d' width='100%%' role='img' font-family='sans-serif' font-size='11'>%n",
        Svg.WIDE.w(),
        Svg.WIDE.h()));
    String title = corridor + ": P(met by " + deadline + ")";
    s.append("<title>")
        .append(Svg.escape(title))
        .append("</title>\n<rect width='100%' height='100%' fill='#fff'/>\n");
    s.append(String.format(
        Locale.ROOT,
        "<text x='%.1f' y='18' text-anchor='middle' font-size='14'>%s</text>%n",
        Svg.WIDE.w() / 2.0,
        Svg.escape(title)));
    fr.yAxis(s, "P(met by the deadline)");
    StringBuilder band = new StringBuilder();
    for (int i = 0; i < n; i++) {
      band.append(i == 0 ? "M" : " L")
          .append(String.format(
              Locale.ROOT, "%.1f,%.1f", fr.x(x[i]), fr.y(Math.min(1, p[i] + Z95 * se[i]))));
    }
    for (int i = n - 1; i >= 0; i--) {
      band.append(String.format(
          Locale.ROOT, " L%.1f,%.1f", fr.x(x[i]), fr.y(Math.max(0, p[i] - Z95 * se[i]))));
    }
    s.append("<path d='").append(band).append(" Z' fill='#c6dbef' stroke='none'/>\n");
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < n; i++) {
      d.append(i == 0 ? "M" : " L")
          .append(String.format(Locale.ROOT, "%.1f,%.1f", fr.x(x[i]), fr.y(p[i])));
    }
    s.append("<path d='").append(d).append("' fill='none' stroke='#08519c' stroke-width='2'/>\n");
    // every label while at most 8, else every k-th, always the first
    int every = (int) Math.ceil(n / 8.0);
    double base = Svg.WIDE.h() - Svg.BOTTOM;
    for (int i = 0; i < n; i++) {
      s.append(String.format(
          Locale.ROOT,
          "<circle cx='%.1f' cy='%.1f' r='3' fill='#08519c'><title>%s: %s ± %s</title></circle>%n",
          fr.x(x[i]),
          fr.y(p[i]),
          xs.get(i).toPlainString(),
          Numbers.percent(p[i]),
          Numbers.percent(se[i])));
      if (i % every == 0) {
        s.append(Svg.text(fr.x(x[i]), base + 15, xs.get(i).toPlainString(), "middle", "#333"));
      }
    }
    s.append(Svg.text(
        (Svg.WIDE.left() + Svg.WIDE.w() - Svg.WIDE.right()) / 2.0,
        Svg.WIDE.h() - 8,
        sw.varies().get(0).path(),
        "middle",
        "#333"));
    double lx = Svg.WIDE.left() + 8;
    s.append(String.format(
        Locale.ROOT,
        "<rect x='%.1f' y='%d' width='14' height='8' fill='#08519c'/>%n<rect x='%.1f' y='%d' width='14' height='8' fill='#c6dbef'/>%n",
        lx,
        Svg.TOP + 8,
        lx,
        Svg.TOP + 22));
    s.append(Svg.text(lx + 18, Svg.TOP + 16, "P(met by the deadline)", "start", "#333"));
    s.append(Svg.text(lx + 18, Svg.TOP + 30, "95 % Monte Carlo band", "start", "#333"));
    return s.append("</svg>\n").toString();
  }

  /** The heatmap of corridor c over a two-value sweep: one cell per grid point, coloured by P(met). */
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
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %d %d' width='100%%' role='img' font-family='sans-serif' font-size='11'>%n",
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
