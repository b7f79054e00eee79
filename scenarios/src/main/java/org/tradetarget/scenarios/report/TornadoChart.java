package org.tradetarget.scenarios.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tradetarget.scenarios.run.Sensitivity;

/**
 * The tornado chart of one corridor: per assumption a bar from the scenario's P(met by the
 * deadline) to its value at the low and at the high end of the range. Each label (the assumption's
 * whole path and its range) is broken into lines of at most {@value #LABEL_CHARS} characters and
 * the left margin is made as wide as the longest line, so no label is cut.
 */
final class TornadoChart {
  /** The longest label line, in characters. */
  static final int LABEL_CHARS = 30;

  private static final int FONT = 11;
  private static final int LINE = 13;
  private static final int PLOT = 400;
  private static final int RIGHT = 20;
  private static final int TOP = 40;

  private TornadoChart() {}

  static String svg(String title, List<Sensitivity.Bar> bars, double base) {
    List<List<String>> labels = new ArrayList<>();
    double widest = 0;
    for (Sensitivity.Bar b : bars) {
      List<String> l = SvgText.wrap(b.path() + " [" + b.low() + ", " + b.high() + "]", LABEL_CHARS);
      labels.add(l);
      for (String line : l) {
        widest = Math.max(widest, SvgText.width(line, FONT));
      }
    }
    int left = (int) Math.ceil(Math.max(120, widest + 12));
    int w = Math.max(left + PLOT + RIGHT, (int) Math.ceil(SvgText.width(title, 14)) + 20);
    double[] rowTop = new double[bars.size() + 1];
    rowTop[0] = TOP;
    for (int i = 0; i < bars.size(); i++) {
      rowTop[i + 1] = rowTop[i] + Math.max(26, labels.get(i).size() * LINE + 8);
    }
    int h = (int) Math.ceil(rowTop[bars.size()] + (bars.isEmpty() ? 26 : 0)) + 40;
    StringBuilder s = new StringBuilder(String.format(
        Locale.ROOT,
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %d %d' width='100%%' role='img' font-family='sans-serif' font-size='%d'>%n",
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
    double x0 = left;
    double x1 = w - RIGHT;
    for (int i = 0; i <= 4; i++) {
      double x = x0 + (x1 - x0) * i / 4;
      s.append(String.format(
          Locale.ROOT,
          "<line x1='%.1f' y1='%d' x2='%.1f' y2='%d' stroke='#eee'/>%n",
          x,
          TOP - 5,
          x,
          h - 35));
      s.append(String.format(
          Locale.ROOT,
          "<text x='%.1f' y='%d' text-anchor='middle' fill='#333'>%d%%</text>%n",
          x,
          h - 20,
          i * 25));
    }
    double xb = x0 + (x1 - x0) * base;
    for (int i = 0; i < bars.size(); i++) {
      Sensitivity.Bar b = bars.get(i);
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
      double xl = x0 + (x1 - x0) * b.pLow();
      double xh = x0 + (x1 - x0) * b.pHigh();
      s.append(String.format(
          Locale.ROOT,
          "<rect x='%.1f' y='%.1f' width='%.1f' height='18' fill='#6baed6'><title>low: %s</title></rect>%n",
          Math.min(xb, xl),
          mid - 9,
          Math.abs(xl - xb),
          Numbers.percent(b.pLow())));
      s.append(String.format(
          Locale.ROOT,
          "<rect x='%.1f' y='%.1f' width='%.1f' height='18' fill='#fd8d3c'><title>high: %s</title></rect>%n",
          Math.min(xb, xh),
          mid - 9,
          Math.abs(xh - xb),
          Numbers.percent(b.pHigh())));
      if (Math.abs(b.pHigh() - b.pLow()) < 1e-9) {
        s.append(String.format(
            Locale.ROOT,
            "<rect x='%.1f' y='%.1f' width='2' height='18' fill='#999'/>%n",
            xb - 1,
            mid - 9));
      }
    }
    s.append(String.format(
        Locale.ROOT,
        "<line x1='%.1f' y1='%d' x2='%.1f' y2='%d' stroke='#000' stroke-width='1.5'/>%n",
        xb,
        TOP - 5,
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
}
