package org.tradetarget.scenarios.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart of changes in P(met by the deadline) for one corridor: per row a bar from one
 * probability to another on a 0–100 % axis, green where the odds rise and red where they fall (a
 * grey bar for a total), the change written in a column at the right. Each label is broken into
 * lines of at most {@value #LABEL_CHARS} characters and the left margin is made as wide as the
 * longest line, so no label is cut; the chart is drawn as wide as its title needs.
 */
final class EffectChart {
  /** The longest label line, in characters. */
  static final int LABEL_CHARS = 30;

  /** The fill of a bar that raises the odds. */
  static final String UP = "#31a354";

  /** The fill of a bar that lowers them. */
  static final String DOWN = "#de2d26";

  /** The fill of a total. */
  static final String TOTAL = "#737373";

  private static final int FONT = 11;
  private static final int LINE = 13;
  private static final int PLOT = 400;
  private static final int VALUE = 80;
  private static final int RIGHT = 10;
  private static final int TOP = 40;

  private EffectChart() {}

  /**
   * One row of the chart.
   *
   * @param label what moved, e.g. the assumption's dotted path and its two values
   * @param from the probability the bar starts at, in [0, 1]
   * @param to the probability it ends at, in [0, 1]
   * @param value the text in the right column, e.g. {@code +9.6 pts}
   * @param total whether the row is a total (drawn grey)
   */
  record Bar(String label, double from, double to, String value, boolean total) {}

  /**
   * The chart as SVG.
   *
   * @param title the chart's title
   * @param bars the rows, top to bottom
   * @param reference a probability marked by a vertical line across every row (the first
   *     scenario's), or NaN for none
   */
  static String svg(String title, List<Bar> bars, double reference) {
    List<List<String>> labels = new ArrayList<>();
    double widest = 0;
    for (Bar b : bars) {
      List<String> l = SvgText.wrap(b.label(), LABEL_CHARS);
      labels.add(l);
      for (String line : l) {
        widest = Math.max(widest, SvgText.width(line, FONT));
      }
    }
    int left = (int) Math.ceil(Math.max(120, widest + 12));
    int w = Math.max(left + PLOT + VALUE + RIGHT, (int) Math.ceil(SvgText.width(title, 14)) + 20);
    double x0 = left;
    double x1 = w - VALUE - RIGHT;
    double[] rowTop = new double[bars.size() + 1];
    rowTop[0] = TOP;
    for (int i = 0; i < bars.size(); i++) {
      rowTop[i + 1] = rowTop[i] + Math.max(26, labels.get(i).size() * LINE + 8);
    }
    int h = (int) Math.ceil(rowTop[bars.size()]) + 44;
    StringBuilder s = new StringBuilder(String.format(
        Locale.ROOT,
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %d %d' width='100%%' role='img'"
            + " font-family='sans-serif' font-size='%d'>%n",
        w,
        h,
        FONT));
    s.append("<title>")
        .append(Svg.escape(title))
        .append("</title>\n<rect width='100%' height='100%' fill='#fff'/>\n");
    s.append(String.format(
        Locale.ROOT,
        "<text x='%.1f' y='20' text-anchor='middle' font-size='14'>%s</text>%n",
        w / 2.0,
        Svg.escape(title)));
    for (int i = 0; i <= 4; i++) {
      double x = x0 + (x1 - x0) * i / 4;
      s.append(String.format(
          Locale.ROOT,
          "<line x1='%.1f' y1='%d' x2='%.1f' y2='%d' stroke='#eee'/>%n",
          x,
          TOP - 5,
          x,
          h - 39));
      s.append(String.format(
          Locale.ROOT,
          "<text x='%.1f' y='%d' text-anchor='middle' fill='#333'>%d%%</text>%n",
          x,
          h - 25,
          i * 25));
    }
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      List<String> label = labels.get(i);
      double mid = (rowTop[i] + rowTop[i + 1]) / 2;
      double first = mid - (label.size() - 1) * LINE / 2.0 + 4;
      for (int k = 0; k < label.size(); k++) {
        s.append(String.format(
            Locale.ROOT,
            "<text x='%d' y='%.1f' text-anchor='end' fill='#333'>%s</text>%n",
            left - 6,
            first + k * LINE,
            Svg.escape(label.get(k))));
      }
      double xa = x0 + (x1 - x0) * clamp(b.from());
      double xb = x0 + (x1 - x0) * clamp(b.to());
      String fill = b.total() ? TOTAL : b.to() >= b.from() ? UP : DOWN;
      s.append(String.format(
          Locale.ROOT,
          "<rect x='%.1f' y='%.1f' width='%.1f' height='18' fill='%s'><title>%s → %s</title></rect>%n",
          Math.min(xa, xb),
          mid - 9,
          Math.max(1.5, Math.abs(xb - xa)),
          fill,
          Numbers.percent(b.from()),
          Numbers.percent(b.to())));
      s.append(String.format(
          Locale.ROOT,
          "<text x='%d' y='%.1f' text-anchor='end' fill='#333'>%s</text>%n",
          w - RIGHT,
          mid + 4,
          Svg.escape(b.value())));
    }
    if (Double.isFinite(reference)) {
      double xr = x0 + (x1 - x0) * clamp(reference);
      s.append(String.format(
          Locale.ROOT,
          "<line x1='%.1f' y1='%d' x2='%.1f' y2='%.1f' stroke='#000' stroke-width='1.5'/>%n",
          xr,
          TOP - 5,
          xr,
          rowTop[bars.size()]));
    }
    legend(s, left, h, UP, "raises P(met)", 0);
    legend(s, left, h, DOWN, "lowers P(met)", 110);
    legend(s, left, h, TOTAL, "total", 220);
    return s.append("</svg>\n").toString();
  }

  private static void legend(StringBuilder s, int left, int h, String fill, String text, int dx) {
    s.append(String.format(
        Locale.ROOT,
        "<rect x='%d' y='%d' width='12' height='8' fill='%s'/><text x='%d' y='%d'>%s</text>%n",
        left + dx,
        h - 14,
        fill,
        left + dx + 16,
        h - 6,
        text));
  }

  private static double clamp(double p) {
    return Math.max(0, Math.min(1, p));
  }
}
