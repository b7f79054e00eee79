package org.tradetarget.scenarios.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Where a chart's data go in SVG units: a linear x axis and a linear or logarithmic y axis. */
final class Frame {
  final Svg.Size z;
  final double xmin;
  final double xmax;
  final double ymin;
  final double ymax;
  /** The y-axis ticks of a logarithmic axis; null for a linear one. */
  final List<Double> logTicks;

  Frame(Svg.Size z, double xmin, double xmax, double ymin, double ymax) {
    this(z, xmin, xmax, ymin, ymax, null);
  }

  Frame(Svg.Size z, double xmin, double xmax, double ymin, double ymax, List<Double> logTicks) {
    this.z = z;
    this.xmin = xmin;
    this.xmax = xmax == xmin ? xmin + 1 : xmax;
    this.ymin = ymin;
    this.ymax = ymax;
    this.logTicks = logTicks;
  }

  double plotWidth() {
    return z.w() - z.left() - z.right();
  }

  double x(double v) {
    return z.left() + (v - xmin) / (xmax - xmin) * (z.w() - z.left() - z.right());
  }

  double y(double v) {
    if (logTicks != null) {
      return z.h()
          - Svg.BOTTOM
          - (Math.log(floor(v)) - Math.log(ymin))
              / (Math.log(ymax) - Math.log(ymin))
              * (z.h() - Svg.TOP - Svg.BOTTOM);
    }
    return z.h() - Svg.BOTTOM - (v - ymin) / (ymax - ymin) * (z.h() - Svg.TOP - Svg.BOTTOM);
  }

  /** A value drawn no lower than the axis: the bottom of a logarithmic axis; linear unchanged. */
  double floor(double v) {
    return logTicks == null ? v : Math.max(v, ymin);
  }

  void axes(StringBuilder s, String yLabel) {
    yAxis(s, yLabel);
    int span = (int) Math.round(xmax - xmin);
    // the rule made for the wide plot, on the span that would take the same room there
    double room = span * Svg.WIDE_PLOT / plotWidth();
    int stepYears = room <= 12 ? 1 : room <= 25 ? 2 : 5;
    for (int yr = (int) Math.ceil(xmin); yr <= xmax; yr++) {
      if (yr % stepYears == 0) {
        s.append(Svg.text(x(yr), z.h() - Svg.BOTTOM + 15, Integer.toString(yr), "middle", "#333"));
        s.append(String.format(
            Locale.ROOT,
            "<line x1='%.1f' y1='%d' x2='%.1f' y2='%d' stroke='#999'/>%n",
            x(yr),
            z.h() - Svg.BOTTOM,
            x(yr),
            z.h() - Svg.BOTTOM + 4));
      }
    }
    s.append(Svg.text((z.left() + z.w() - z.right()) / 2.0, z.h() - 8, "year", "middle", "#333"));
  }

  void yAxis(StringBuilder s, String yLabel) {
    s.append(String.format(
        Locale.ROOT,
        "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#333'/>%n",
        z.left(),
        Svg.TOP,
        z.left(),
        z.h() - Svg.BOTTOM));
    s.append(String.format(
        Locale.ROOT,
        "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#333'/>%n",
        z.left(),
        z.h() - Svg.BOTTOM,
        z.w() - z.right(),
        z.h() - Svg.BOTTOM));
    List<Double> ticks = new ArrayList<>();
    if (logTicks != null) {
      ticks.addAll(logTicks);
    } else {
      for (int i = 0; i <= 5; i++) {
        ticks.add(ymin + (ymax - ymin) * i / 5);
      }
    }
    for (double v : ticks) {
      double yy = y(v);
      s.append(String.format(
          Locale.ROOT,
          "<line x1='%d' y1='%.1f' x2='%d' y2='%.1f' stroke='#eee'/>%n",
          z.left() + 1,
          yy,
          z.w() - z.right(),
          yy));
      String label = logTicks == null && ymax <= 1.0001
          ? Numbers.percent(v).replace(".0%", "%")
          : Numbers.money(v);
      s.append(Svg.text(z.left() - 6, yy + 4, label, "end", "#333"));
    }
    s.append(String.format(
        Locale.ROOT,
        "<text x='14' y='%.1f' transform='rotate(-90 14 %.1f)' text-anchor='middle' fill='#333' font-size='11'>%s</text>%n",
        (Svg.TOP + z.h() - Svg.BOTTOM) / 2.0,
        (Svg.TOP + z.h() - Svg.BOTTOM) / 2.0,
        Svg.escape(yLabel)));
  }
}
