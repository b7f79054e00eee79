package org.tradetarget.scenarios.report;

import java.util.List;
import java.util.Locale;

/**
 * The charts that compare model kinds: coverage of the backtest intervals by step ahead (a
 * calibration chart) and the spread of P(met) across kinds (a dot plot). Hand-written SVG like
 * {@link Svg}, in the same frame and fonts.
 */
public final class ModelCharts {
  private static final int W = 640;
  private static final int LEFT = 110;
  private static final int RIGHT = 20;
  private static final int TOP = 30;
  private static final int BOTTOM = 45;
  private static final String[] COLOURS = {
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf"
  };

  private ModelCharts() {}

  /** The colour of the i-th series. */
  static String colour(int i) {
    return COLOURS[i % COLOURS.length];
  }

  /**
   * Coverage of the backtest intervals by step ahead: one line per kind, the nominal level dashed.
   *
   * @param title the chart's title
   * @param kinds the kinds' names
   * @param coverage per kind, the coverage (fraction) at h = 1..H; NaN where not scored
   * @param nominal the intervals' nominal level, a fraction (0.8 or 0.95)
   */
  public static String coverage(
      String title, List<String> kinds, List<double[]> coverage, double nominal) {
    int height = 300;
    int horizon = coverage.stream().mapToInt(c -> c.length).max().orElse(1);
    double x0 = 0.5;
    double x1 = horizon + 0.5;
    StringBuilder s = header(title, height);
    yAxisFraction(s, height, "share of actuals inside");
    for (int h = 1; h <= horizon; h++) {
      s.append(text(x(h, x0, x1), height - BOTTOM + 15, "h = " + h, "middle", "#333"));
    }
    s.append(text((LEFT + W - RIGHT) / 2.0, height - 8, "steps ahead", "middle", "#333"));
    double ny = y(nominal, height);
    s.append(String.format(
        Locale.ROOT,
        "<line x1='%d' y1='%.1f' x2='%d' y2='%.1f' stroke='#000' stroke-width='1' stroke-dasharray='6 4'/>%n",
        LEFT,
        ny,
        W - RIGHT,
        ny));
    s.append(text(W - RIGHT - 4, ny - 5, "nominal " + Numbers.percent(nominal), "end", "#000"));
    for (int k = 0; k < kinds.size(); k++) {
      double[] c = coverage.get(k);
      StringBuilder d = new StringBuilder();
      double shift = (k - (kinds.size() - 1) / 2.0) * 0.04;
      for (int h = 1; h <= c.length; h++) {
        if (Double.isNaN(c[h - 1])) {
          continue;
        }
        double px = x(h + shift, x0, x1);
        double py = y(c[h - 1], height);
        d.append(d.length() == 0 ? "M" : " L")
            .append(String.format(Locale.ROOT, "%.1f,%.1f", px, py));
        s.append(String.format(
            Locale.ROOT,
            "<circle cx='%.1f' cy='%.1f' r='4' fill='%s'><title>%s h = %d: %s</title></circle>%n",
            px,
            py,
            colour(k),
            Svg.escape(kinds.get(k)),
            h,
            Numbers.percent(c[h - 1])));
      }
      if (d.length() > 0) {
        s.append("<path d='")
            .append(d)
            .append("' fill='none' stroke='")
            .append(colour(k))
            .append("' stroke-width='1.5'/>\n");
      }
    }
    legend(s, kinds, LEFT + 8, height - BOTTOM - 8 - 14.0 * kinds.size());
    return s.append("</svg>\n").toString();
  }

  /**
   * A dot plot of probabilities: one row per label (e.g. a model kind), one dot per group (e.g. a
   * corridor) with its 95 % Monte Carlo interval; a missing value (NaN) draws no dot.
   *
   * @param title the chart's title
   * @param rows the row labels, top to bottom
   * @param groups the groups' names (legend)
   * @param p per group, per row, the probability (fraction) or NaN
   * @param se per group, per row, its standard error
   */
  public static String dots(
      String title, List<String> rows, List<String> groups, double[][] p, double[][] se) {
    int rowHeight = 22;
    int height = TOP + BOTTOM + 30 + rowHeight * rows.size();
    StringBuilder s = header(title, height);
    for (int g = 0; g < groups.size(); g++) {
      double lx = LEFT + g * 150.0;
      s.append(String.format(
          Locale.ROOT,
          "<rect x='%.1f' y='%d' width='14' height='8' fill='%s'/>%n",
          lx,
          TOP - 2,
          colour(g)));
      s.append(text(lx + 18, TOP + 6, groups.get(g), "start", "#333"));
    }
    double top = TOP + 30;
    for (int i = 0; i <= 5; i++) {
      double v = i / 5.0;
      double xx = xFraction(v);
      s.append(String.format(
          Locale.ROOT,
          "<line x1='%.1f' y1='%.1f' x2='%.1f' y2='%d' stroke='#eee'/>%n",
          xx,
          top - 6,
          xx,
          height - BOTTOM));
      s.append(
          text(xx, height - BOTTOM + 15, Numbers.percent(v).replace(".0%", "%"), "middle", "#333"));
    }
    s.append(
        text((LEFT + W - RIGHT) / 2.0, height - 8, "P(met by the deadline)", "middle", "#333"));
    for (int r = 0; r < rows.size(); r++) {
      double yy = top + rowHeight * (r + 0.5);
      s.append(text(LEFT - 8, yy + 4, rows.get(r), "end", "#333"));
      s.append(String.format(
          Locale.ROOT,
          "<line x1='%d' y1='%.1f' x2='%d' y2='%.1f' stroke='#f3f3f3'/>%n",
          LEFT,
          yy,
          W - RIGHT,
          yy));
      for (int g = 0; g < groups.size(); g++) {
        double v = p[g][r];
        if (Double.isNaN(v)) {
          continue;
        }
        double dy = yy + (g - (groups.size() - 1) / 2.0) * 5;
        double e = 1.96 * se[g][r];
        s.append(String.format(
            Locale.ROOT,
            "<line x1='%.1f' y1='%.1f' x2='%.1f' y2='%.1f' stroke='%s' stroke-width='1'/>%n",
            xFraction(Math.max(0, v - e)),
            dy,
            xFraction(Math.min(1, v + e)),
            dy,
            colour(g)));
        s.append(String.format(
            Locale.ROOT,
            "<circle cx='%.1f' cy='%.1f' r='4' fill='%s'><title>%s, %s: %s</title></circle>%n",
            xFraction(v),
            dy,
            colour(g),
            Svg.escape(groups.get(g)),
            Svg.escape(rows.get(r)),
            Numbers.percent(v)));
      }
    }
    return s.append("</svg>\n").toString();
  }

  private static StringBuilder header(String title, int height) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(
        Locale.ROOT,
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %d %d' width='100%%' role='img' font-family='sans-serif' font-size='12'>%n",
        W,
        height));
    s.append("<title>").append(Svg.escape(title)).append("</title>\n");
    s.append("<rect width='100%' height='100%' fill='#ffffff'/>\n");
    s.append(
        text(W / 2.0, 18, title, "middle", "#000").replace("font-size='11'", "font-size='14'"));
    return s;
  }

  private static void legend(StringBuilder s, List<String> names, double x, double top) {
    for (int i = 0; i < names.size(); i++) {
      double y = top + i * 14;
      s.append(String.format(
          Locale.ROOT,
          "<rect x='%.1f' y='%.1f' width='14' height='8' fill='%s'/>%n",
          x,
          y,
          colour(i)));
      s.append(text(x + 18, y + 8, names.get(i), "start", "#333"));
    }
  }

  private static void yAxisFraction(StringBuilder s, int height, String label) {
    s.append(String.format(
        Locale.ROOT,
        "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#333'/>%n",
        LEFT,
        TOP,
        LEFT,
        height - BOTTOM));
    s.append(String.format(
        Locale.ROOT,
        "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#333'/>%n",
        LEFT,
        height - BOTTOM,
        W - RIGHT,
        height - BOTTOM));
    for (int i = 0; i <= 5; i++) {
      double v = i / 5.0;
      double yy = y(v, height);
      s.append(String.format(
          Locale.ROOT,
          "<line x1='%d' y1='%.1f' x2='%d' y2='%.1f' stroke='#eee'/>%n",
          LEFT + 1,
          yy,
          W - RIGHT,
          yy));
      s.append(text(LEFT - 6, yy + 4, Numbers.percent(v).replace(".0%", "%"), "end", "#333"));
    }
    s.append(String.format(
        Locale.ROOT,
        "<text x='%d' y='%.1f' transform='rotate(-90 %d %.1f)' text-anchor='middle' fill='#333' font-size='11'>%s</text>%n",
        LEFT - 50,
        (TOP + height - BOTTOM) / 2.0,
        LEFT - 50,
        (TOP + height - BOTTOM) / 2.0,
        Svg.escape(label)));
  }

  private static double x(double v, double x0, double x1) {
    return LEFT + (v - x0) / (x1 - x0) * (W - LEFT - RIGHT);
  }

  private static double xFraction(double v) {
    return LEFT + v * (W - LEFT - RIGHT);
  }

  private static double y(double v, int height) {
    return height - BOTTOM - v * (height - TOP - BOTTOM);
  }

  private static String text(double x, double y, String t, String anchor, String colour) {
    return String.format(
        Locale.ROOT,
        "<text x='%.1f' y='%.1f' text-anchor='%s' fill='%s' font-size='11'>%s</text>%n",
        x,
        y,
        anchor,
        colour,
        Svg.escape(t));
  }
}
