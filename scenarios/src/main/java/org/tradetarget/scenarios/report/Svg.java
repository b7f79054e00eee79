package org.tradetarget.scenarios.report;

import java.util.Locale;

/**
 * Hand-written SVG charts: no fonts, scripts or network needed, so they render the same in any
 * browser and inline into the self-contained HTML report. Text uses the viewer's sans-serif font.
 */
public final class Svg {
  private static final int W = 640;
  private static final int H = 360;
  private static final int LEFT = 70;
  private static final int RIGHT = 20;
  static final int TOP = 30;
  static final int BOTTOM = 45;

  /** The full-width charts (fan charts): 640 × 360 units, money labels on the left. */
  static final Size WIDE = new Size(W, H, LEFT, RIGHT);

  /**
   * The charts the report sets two in a row (P(met by year), first passage): a narrower drawing
   * so that the same 11-unit text is not shrunk below 11 px when the chart is about 470 px wide.
   */
  static final Size COMPACT = new Size(440, 280, 60, 16);

  /** How many times the last observation the band may reach before the fan goes logarithmic. */
  static final double LOG_WHEN_BAND_OVER = 10;

  /** Plot width of {@link #WIDE}, the width the x-axis label spacing rules were made for. */
  static final double WIDE_PLOT = W - LEFT - RIGHT;

  /**
   * A chart's drawing size in SVG units (the viewBox) and its left and right margins.
   *
   * @param w width
   * @param h height
   * @param left left margin (y-axis labels)
   * @param right right margin
   */
  record Size(int w, int h, int left, int right) {}

  private Svg() {}

  /**
   * Fan chart data for one corridor, values in US$ million.
   *
   * @param title chart title
   * @param historyYears observed years
   * @param history observed values
   * @param years simulated years
   * @param q05 5 % quantile per simulated year
   * @param q25 25 %
   * @param q50 median
   * @param q75 75 %
   * @param q95 95 %
   * @param target the target value
   * @param deadline the deadline year
   * @param samplePaths a few whole simulated paths (values per simulated year), may be empty
   */
  @SuppressWarnings(
      "ArrayRecordComponent") // Arrays for the numeric code; they compare by identity.
  public record Fan(
      String title,
      int[] historyYears,
      double[] history,
      int[] years,
      double[] q05,
      double[] q25,
      double[] q50,
      double[] q75,
      double[] q95,
      double target,
      int deadline,
      double[][] samplePaths) {}

  /** A fan chart: history, 5–95 % and 25–75 % bands, the median, the target line, the deadline. */
  public static String fan(Fan f) {
    return fan(f, false);
  }

  /**
   * A fan chart, on a linear value axis from 0 or, with {@code logScale} or when {@link
   * #bandOutgrowsHistory the band outgrows the history}, on a logarithmic one (equal steps are
   * equal growth rates, labelled "log scale"), whose ticks are 1, 2 and 5 times powers of ten.
   */
  public static String fan(Fan f, boolean logScale) {
    int x0 = Math.min(f.historyYears()[0], f.years()[0]);
    int x1 = Math.max(f.years()[f.years().length - 1], f.deadline());
    double ymax = f.target();
    for (double v : f.history()) {
      ymax = Math.max(ymax, v);
    }
    for (double v : f.q95()) {
      ymax = Math.max(ymax, v);
    }
    ymax = niceCeil(ymax * 1.05);
    boolean log = logScale || bandOutgrowsHistory(f);
    Frame fr = log ? LogScale.frame(x0, x1, ymax, f) : new Frame(WIDE, x0, x1, 0, ymax);
    StringBuilder s = header(WIDE, f.title());
    fr.axes(s, log ? "US$ million, log scale" : "US$ million");
    // bands: connect the last observation to the first simulated year
    int by = f.historyYears()[f.historyYears().length - 1];
    double bv = f.history()[f.history().length - 1];
    s.append(band(fr, by, bv, f.years(), f.q05(), f.q95(), "#c6dbef"));
    s.append(band(fr, by, bv, f.years(), f.q25(), f.q75(), "#6baed6"));
    for (double[] p : f.samplePaths()) {
      s.append(line(fr, prepend(by, f.years()), prepend(bv, p), "#9e9ac8", 0.6, null));
    }
    s.append(line(fr, prepend(by, f.years()), prepend(bv, f.q50()), "#08519c", 2, null));
    s.append(line(fr, f.historyYears(), f.history(), "#000000", 2, null));
    double ty = fr.y(f.target());
    s.append(String.format(
        Locale.ROOT,
        "<line x1='%.1f' y1='%.1f' x2='%.1f' y2='%.1f' stroke='#d62728' stroke-width='1.5' stroke-dasharray='6 4'/>%n",
        fr.x(x0),
        ty,
        fr.x(x1),
        ty));
    s.append(text(fr.x(x0) + 4, ty - 5, "target " + Numbers.money(f.target()), "start", "#d62728"));
    double dx = fr.x(f.deadline());
    s.append(String.format(
        Locale.ROOT,
        "<line x1='%.1f' y1='%d' x2='%.1f' y2='%d' stroke='#d62728' stroke-width='1' stroke-dasharray='2 3'/>%n",
        dx,
        TOP,
        dx,
        H - BOTTOM));
    s.append(text(dx - 3, TOP + 12, "deadline " + f.deadline(), "end", "#d62728"));
    s.append(legend(
        new String[] {"history", "median", "25–75 %", "5–95 %"},
        new String[] {"#000000", "#08519c", "#6baed6", "#c6dbef"}));
    return s.append("</svg>\n").toString();
  }

  /**
   * Whether the band's top at the last simulated year is more than {@value #LOG_WHEN_BAND_OVER}
   * times the last observation: on a linear axis from 0 the history would then be squashed into
   * the bottom tenth of the chart, so the fan is drawn on a logarithmic axis instead.
   */
  static boolean bandOutgrowsHistory(Fan f) {
    double last = f.history()[f.history().length - 1];
    double top = f.q95().length == 0 ? Double.NaN : f.q95()[f.q95().length - 1];
    return last > 0 && Double.isFinite(top) && top > LOG_WHEN_BAND_OVER * last;
  }

  /** A step chart of P(met by year) with its 95 % Monte Carlo band, 0 to 1. */
  public static String probability(
      String title, int[] years, double[] p, double[] se, int deadline) {
    Frame fr = new Frame(COMPACT, years[0] - 1, years[years.length - 1] + 1, 0, 1);
    StringBuilder s = header(COMPACT, title);
    fr.axes(s, "probability");
    double bw = Math.max(2, (fr.x(years[0]) - fr.x(years[0] - 1)) * 0.7);
    for (int i = 0; i < years.length; i++) {
      double x = fr.x(years[i]);
      double y = fr.y(p[i]);
      s.append(String.format(
          Locale.ROOT,
          "<rect x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='%s'><title>%d: %s</title></rect>%n",
          x - bw / 2,
          y,
          bw,
          fr.y(0) - y,
          years[i] == deadline ? "#d62728" : "#6baed6",
          years[i],
          Numbers.percent(p[i])));
      if (se[i] > 0) {
        s.append(String.format(
            Locale.ROOT,
            "<line x1='%.1f' y1='%.1f' x2='%.1f' y2='%.1f' stroke='#000' stroke-width='1'/>%n",
            x,
            fr.y(Math.min(1, p[i] + 1.96 * se[i])),
            x,
            fr.y(Math.max(0, p[i] - 1.96 * se[i]))));
      }
    }
    return s.append("</svg>\n").toString();
  }

  /** A bar chart of the first-passage year distribution; the last bar is "not by the horizon". */
  public static String firstPassage(
      String title, int[] years, double[] share, double notByHorizon) {
    int n = years.length + 1;
    Frame fr = new Frame(COMPACT, 0, n, 0, 1);
    StringBuilder s = header(COMPACT, title);
    double max = notByHorizon;
    for (double v : share) {
      max = Math.max(max, v);
    }
    Frame f2 = new Frame(COMPACT, 0, n, 0, niceCeil(Math.max(max, 0.01)));
    f2.yAxis(s, "share of paths");
    double bw = (fr.x(1) - fr.x(0)) * 0.7;
    // every label as long as 16 fit in the wide plot's width, else every k-th
    int labelStep = (int) Math.ceil(n / (16 * f2.plotWidth() / WIDE_PLOT));
    for (int i = 0; i < n; i++) {
      double v = i < years.length ? share[i] : notByHorizon;
      String label = i < years.length ? Integer.toString(years[i]) : "later";
      double x = f2.x(i + 0.5);
      double y = f2.y(v);
      s.append(String.format(
          Locale.ROOT,
          "<rect x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='%s'><title>%s: %s</title></rect>%n",
          x - bw / 2,
          y,
          bw,
          f2.y(0) - y,
          i < years.length ? "#6baed6" : "#969696",
          label,
          Numbers.percent(v)));
      if (i % labelStep == 0) {
        s.append(text(x, COMPACT.h() - BOTTOM + 15, label, "middle", "#333"));
      }
    }
    return s.append("</svg>\n").toString();
  }

  private static StringBuilder header(Size z, String title) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(
        Locale.ROOT,
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %d %d' width='100%%' role='img' font-family='sans-serif' font-size='12'>%n",
        z.w(),
        z.h()));
    s.append("<title>").append(escape(title)).append("</title>\n");
    s.append("<rect width='100%' height='100%' fill='#ffffff'/>\n");
    s.append(
        text(z.w() / 2.0, 18, title, "middle", "#000").replace("font-size='11'", "font-size='14'"));
    return s;
  }

  private static String legend(String[] names, String[] colours) {
    StringBuilder s = new StringBuilder();
    double x = LEFT + 8;
    double y = TOP + 8;
    for (int i = 0; i < names.length; i++) {
      s.append(String.format(
          Locale.ROOT,
          "<rect x='%.1f' y='%.1f' width='14' height='8' fill='%s'/>%n",
          x,
          y + i * 14,
          colours[i]));
      s.append(text(x + 18, y + i * 14 + 8, names[i], "start", "#333"));
    }
    return s.toString();
  }

  private static String band(
      Frame fr, int by, double bv, int[] years, double[] lo, double[] hi, String fill) {
    StringBuilder d =
        new StringBuilder(String.format(Locale.ROOT, "M%.1f,%.1f", fr.x(by), fr.y(bv)));
    for (int i = 0; i < years.length; i++) {
      d.append(String.format(
          Locale.ROOT, " L%.1f,%.1f", fr.x(years[i]), fr.y(Math.min(hi[i], fr.ymax))));
    }
    for (int i = years.length - 1; i >= 0; i--) {
      d.append(String.format(Locale.ROOT, " L%.1f,%.1f", fr.x(years[i]), fr.y(fr.floor(lo[i]))));
    }
    return "<path d='" + d + " Z' fill='" + fill + "' stroke='none'/>\n";
  }

  private static String line(
      Frame fr, int[] xs, double[] ys, String colour, double width, String dash) {
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < xs.length; i++) {
      d.append(i == 0 ? "M" : " L")
          .append(String.format(
              Locale.ROOT, "%.1f,%.1f", fr.x(xs[i]), fr.y(fr.floor(Math.min(ys[i], fr.ymax)))));
    }
    return "<path d='" + d + "' fill='none' stroke='" + colour + "' stroke-width='" + width + "'"
        + (dash == null ? "" : " stroke-dasharray='" + dash + "'") + "/>\n";
  }

  static String text(double x, double y, String t, String anchor, String colour) {
    return String.format(
        Locale.ROOT,
        "<text x='%.1f' y='%.1f' text-anchor='%s' fill='%s' font-size='11'>%s</text>%n",
        x,
        y,
        anchor,
        colour,
        escape(t));
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("'", "&#39;")
        .replace("\"", "&quot;");
  }

  private static int[] prepend(int v, int[] a) {
    int[] o = new int[a.length + 1];
    o[0] = v;
    System.arraycopy(a, 0, o, 1, a.length);
    return o;
  }

  private static double[] prepend(double v, double[] a) {
    double[] o = new double[a.length + 1];
    o[0] = v;
    System.arraycopy(a, 0, o, 1, a.length);
    return o;
  }

  /** 1, 2, 2.5, 5 × 10^k at or above v. */
  static double niceCeil(double v) {
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * p >= v) {
        return m * p;
      }
    }
    return 10 * p;
  }
}
